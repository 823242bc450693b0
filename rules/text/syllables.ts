/**
 * Syllable counting for readability formulas. The precise source is the TeX
 * hyphenation patterns of the `hyphen` package (nl, en-us); they are large
 * (~230 KB for Dutch), so they are loaded on demand with `loadHyphenation()`.
 * Until they are loaded, a vowel-group count is used: Dutch and English
 * diphthongs (ij, ei, ou, au, ui, oe, ie, eu, aa, ee, oo, uu, ea, oa, ai, ay...)
 * count as one syllable, and a silent final English "e" is dropped.
 */
import type { Lang } from '../types';

type Hyphenate = (word: string) => string;
const hyphenators: Partial<Record<Lang, Hyphenate>> = {};
const SOFT_HYPHEN = '\u00AD';

export async function loadHyphenation(lang: Lang): Promise<void> {
  if (hyphenators[lang]) return;
  type Mod = { hyphenateSync?: Hyphenate; default?: { hyphenateSync: Hyphenate } };
  const mod: Mod = lang === 'nl' ? await import('hyphen/nl') : await import('hyphen/en-us');
  // CommonJS module: the function sits on the namespace or on its default export, depending on the bundler.
  const fn = mod.hyphenateSync ?? mod.default?.hyphenateSync;
  if (!fn) throw new Error(`hyphenation patterns for ${lang} could not be loaded`);
  hyphenators[lang] = (w) => fn(w);
}

export function hyphenationLoaded(lang: Lang): boolean {
  return hyphenators[lang] !== undefined;
}

const codes = (s: string) => new Set([...s].map((c) => c.charCodeAt(0)));
/** The letters of a vowel group, and the diaereses among them. */
const VOWELS = codes('aeiouyàáâäèéêëìíîïòóôöùúûü');
const DIAERESES = codes('äëïöü');

function heuristic(word: string, lang: Lang): number {
  let w = word.toLowerCase();
  if (lang === 'en') {
    if (w.length > 3 && /[^aeiouy]e$/.test(w) && !/[^aeiouy]le$/.test(w)) w = w.slice(0, -1);
    w = w.replace(/(?:ed)$/, (m, i: number) => (i > 1 && !/[td]$/.test(w.slice(0, i)) ? 'd' : m));
  }
  // A diaeresis marks a new syllable (ideeën, reünie): split the group there.
  // Each group of vowels counts 1, and each diaeresis after its first letter 1 more.
  let n = 0;
  let inGroup = false;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (!VOWELS.has(c)) {
      inGroup = false;
      continue;
    }
    if (!inGroup) n++;
    else if (DIAERESES.has(c)) n++;
    inGroup = true;
  }
  return Math.max(1, n);
}

const cache = new Map<string, number>();
/** Longer words are counted, not cached: a word can be as long as a hostile text, and the cache would keep it. */
const MAX_CACHED_WORD = 40;

export function countSyllables(word: string, lang: Lang): number {
  if (!/\p{L}/u.test(word)) return 0;
  const key = `${lang}:${word}`;
  const hit = word.length <= MAX_CACHED_WORD ? cache.get(key) : undefined;
  if (hit !== undefined) return hit;
  const h = hyphenators[lang];
  let n: number;
  if (h && /^[\p{L}'-]+$/u.test(word)) {
    n = 0;
    for (const part of word.split('-')) {
      if (!part) continue;
      n += h(part.toLowerCase()).split(SOFT_HYPHEN).length;
    }
  } else {
    n = heuristic(word, lang);
  }
  if (word.length > MAX_CACHED_WORD) return n;
  if (cache.size > 20000) cache.clear();
  cache.set(key, n);
  return n;
}
