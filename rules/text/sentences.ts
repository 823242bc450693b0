/**
 * Sentence splitting for real support mail. Intl.Segmenter gets Dutch
 * abbreviations (bijv., o.a., dhr., z.s.m.) and times (14.00 uur) wrong, so
 * boundaries are found with explicit rules:
 * - every line break ends a sentence (mail is written line by line: greetings, lists);
 * - . ! ? … end a sentence when followed by whitespace (or closing quotes/brackets and whitespace) or the end;
 * - a period after a title-like abbreviation (dhr., bijv., o.a., e.g.) or an initial (J. Jansen) never ends one;
 * - a period after an abbreviation that often ends a sentence (z.s.m., enz., etc.) ends it only
 *   when the next word starts with a capital;
 * - an ellipsis followed by a lowercase word does not end the sentence (hm… lastig);
 * - a number at the start of a line followed by a period is a list item (1. Start…), not a sentence.
 */
import { fold } from './normalize';

export interface Sentence {
  start: number;
  end: number;
}

const NEVER_ENDS = new Set(
  [
    // Dutch
    'dhr',
    'mevr',
    'mw',
    'mr',
    'dr',
    'drs',
    'ir',
    'ing',
    'prof',
    'bijv',
    'bv',
    'b.v',
    'o.a',
    'i.v.m',
    'm.b.t',
    'i.p.v',
    'ca',
    'tel',
    'afd',
    'evt',
    'resp',
    'incl',
    'excl',
    'vgl',
    'zgn',
    'd.w.z',
    'a.u.b',
    't.a.v',
    'p.p',
    'm.i',
    'ivm',
    'mbt',
    'ipv',
    'dwz',
    'aub',
    'tav',
    'm.v.g',
    'st',
    'jl',
    'a.s',
    'j.l',
    'vnl',
    'vlgs',
    'max',
    'min',
    'blz',
    'pag',
    // English
    'e.g',
    'i.e',
    'mrs',
    'ms',
    'vs',
    'approx',
    'dept',
    'jr',
    'sr',
    'fig',
    'cf',
    'ext',
  ].map(fold),
);
const SOFT_ENDS = new Set(
  ['z.s.m', 'zsm', 't.z.t', 'tzt', 'enz', 'etc', 'e.d', 'e.a', 'a.s.a.p', 'o.i.d', 'm.a.w', 'p.m', 'a.m', 'u.i.t', 'm.b.v'].map(fold),
);

const CLOSERS = new Set(['"', "'", ')', ']', '»', '\u201D', '\u2019']);

/** The word before a period, at most 40 characters back (longer runs are no abbreviation; keeps "a.a.a.…" linear). */
function wordBefore(text: string, dot: number): string {
  let i = dot;
  while (i > 0 && dot - i < 40 && /[\p{L}\p{N}.]/u.test(text[i - 1] as string)) i--;
  return text.slice(i, dot);
}

/** A one- or two-digit number that starts its line (a list item "1. …"): looks back over spaces only. */
function isLineStartNumber(text: string, dot: number, word: string): boolean {
  if (!/^\d{1,2}$/.test(word)) return false;
  let i = dot - word.length;
  while (i > 0 && (text[i - 1] === ' ' || text[i - 1] === '\t')) i--;
  return i === 0 || text[i - 1] === '\n';
}

/** What `/\s/` matches, by char code (the splitter tests every character). */
function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** . ! ? … */
function isTerminator(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 0x2026;
}

/** The run of terminators text[i..j] holds "…" or is "...". */
function isEllipsis(text: string, i: number, j: number): boolean {
  if (j - i === 2 && text.charCodeAt(i) === 46 && text.charCodeAt(i + 1) === 46 && text.charCodeAt(j) === 46) return true;
  for (let x = i; x <= j; x++) if (text.charCodeAt(x) === 0x2026) return true;
  return false;
}

export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > s) out.push({ start: s, end: e });
  };
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    // Nothing but a line break or a terminator needs a look (letters, digits, spaces, most punctuation).
    if (c !== 10 && c !== 13 && c !== 0x2028 && c !== 0x2029 && !isTerminator(c)) continue;
    if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) {
      push(i);
      start = i + 1;
      continue;
    }
    // Extend over a run of terminators and closing quotes/brackets.
    let j = i;
    while (j + 1 < n && isTerminator(text.charCodeAt(j + 1))) j++;
    let k = j + 1;
    while (k < n && CLOSERS.has(text[k] as string)) k++;
    if (k < n && !isSpace(text.charCodeAt(k))) {
      i = j;
      continue; // 14.00, 1.250,50, e-mail.nl, "ok?!" inside words
    }
    // Next visible character (skip spaces, not newlines: a newline is a boundary anyway).
    let m = k;
    while (m < n && (text[m] === ' ' || text[m] === '\t' || text[m] === '\u00A0')) m++;
    const next = m < n ? (text[m] as string) : '';
    if (j === i && text.charCodeAt(i) === 46) {
      const nextIsUpper = next !== '' && /[\p{Lu}\p{N}"'\u201C\u2018(]/u.test(next);
      const w = wordBefore(text, i);
      const key = fold(w);
      if (NEVER_ENDS.has(key)) {
        i = j;
        continue;
      }
      if ((key === 'nr' || key === 'no') && /\d/.test(next)) {
        i = j; // nr. 5, No. 12
        continue;
      }
      if (/^\p{Lu}$/u.test(w) && nextIsUpper) {
        i = j; // initial: J. Jansen
        continue;
      }
      if ((SOFT_ENDS.has(key) || /^(?:\p{L}\.)+\p{L}$/u.test(w)) && !nextIsUpper) {
        i = j;
        continue;
      }
      if (isLineStartNumber(text, i, w)) {
        i = j;
        continue;
      }
    }
    if (isEllipsis(text, i, j) && next !== '' && /\p{Ll}/u.test(next)) {
      i = j;
      continue;
    }
    push(k);
    start = k;
    i = k - 1;
  }
  push(n);
  return out;
}
