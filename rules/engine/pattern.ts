/**
 * The phrase-pattern language team leads write rules in. It is matched word by
 * word (never character by character), compiled into one automaton for all
 * rules, and has no unbounded repetition: every match lies within a window of
 * WINDOW words, so matching is linear in the length of the text by
 * construction and no pattern can freeze a mail page. Patterns that would
 * expand to too many variants are refused instead.
 *
 *   we gaan ermee aan de slag     words, matched case- and diacritic-insensitively
 *   (ermee|er mee|hiermee)        alternatives; each may be several words
 *   [direct|meteen]               optional words
 *   kijk*  *account  ge*d         word globs: any word starting/ending with, or around, the letters
 *   +kijken  +look                every form of the word: kijk, kijkt, keek, keken, gekeken; looks, looked, looking
 *   +uit/zoeken                   a Dutch separable verb, joined (uitzoeken, uitgezocht, uit te zoeken)
 *                                 or split with the particle later in the clause (ik zoek het voor je uit)
 *   @you  @neg                    a word class the rule set defines once ("classes": { "you": ["u", "je", …] })
 *   ~                             exactly one word, any word
 *   ..                            a gap of zero to three words
 *   ...                           any number of words within the same clause (no comma, colon, bracket or dash in between)
 *   (A & B & C)                   all parts within one clause, in any order (V2, inversion, verb-final clauses)
 *   <num> <time> <name>           a number; a clock time (14:00, 14.00, 9u, 3pm); a capitalised word inside the sentence (Jan, Mark)
 *   =IT                           exact case (for acronyms that are also everyday words)
 * Punctuation in a pattern is ignored, as it is in the text (matches stay within one sentence).
 */

import { type PatternReason, type ProblemParams, patternReasonText } from '../problems';
import { formsOf, nlSeparable } from '../text/morph';
import { fold } from '../text/normalize';
import { tokenize } from '../text/tokenize';
import type { Lang } from '../types';

export type TokenTest =
  | { t: 'lit'; v: string }
  | { t: 'exact'; v: string }
  | { t: 'glob'; v: string; re: RegExp }
  | { t: 'any' }
  | { t: 'num' }
  | { t: 'time' }
  /** A capitalised word that does not start the sentence: a name. */
  | { t: 'name' }
  /** A set of folded words (a word class or the forms of a lemma), with optional globs. */
  | { t: 'set'; v: string; words: ReadonlySet<string>; globs?: readonly RegExp[] }
  /** Any number of words within the clause (never at either end of a sequence). */
  | { t: 'star' }
  /** Zero to GAP_MAX words, any words (never at either end of a sequence). */
  | { t: 'gap' };

export type Sequence = TokenTest[];

export const MAX_VARIANTS = 4096;
/** Most real words (not gaps) in one sequence. */
export const MAX_WORDS = 16;
/** Most words a match may span, gaps included: the automaton never looks further ahead. */
export const WINDOW = 24;
/** Most words a match with a clause gap (`...`, `&`) may span. */
export const STAR_WINDOW = 12;
/** Most words a `..` gap skips. */
export const GAP_MAX = 3;
const MAX_PARTS = 5;

export interface WordClass {
  words: ReadonlySet<string>;
  globs: readonly RegExp[];
}

/** What a pattern is compiled against: the language (for word forms) and the set's word classes. */
export interface PatternContext {
  lang: Lang;
  /** The class named `@name`, or null when the set defines none by that name. */
  classOf(name: string): WordClass | null;
}

/** For validating one pattern on its own: any class name is accepted (the set checks the names). */
export const LENIENT_CONTEXT: PatternContext = { lang: 'nl', classOf: () => ({ words: new Set(), globs: [] }) };

/** A refused pattern: `reason` is a code of rules/problems.ts, the message is its English text. */
export class PatternError extends Error {
  constructor(
    readonly reason: PatternReason,
    readonly params: ProblemParams = {},
  ) {
    super(patternReasonText(reason, params));
  }
}

type Node =
  | { kind: 'seq'; items: Node[] }
  | { kind: 'alt'; options: Node[]; optional: boolean }
  | { kind: 'all'; parts: Node[] }
  | { kind: 'tok'; test: TokenTest }
  | { kind: 'sep'; particle: string; joined: TokenTest; split: TokenTest; infinitive: string }
  | { kind: 'gap' }
  | { kind: 'star' };

const WORD_ONLY = /^[\p{L}][\p{L}\p{M}'-]*$/u;

/** The one-word glob test of `kijk*`, `*account`, `ge*d`. */
export function globTest(chunk: string): { t: 'glob'; v: string; re: RegExp } {
  const stars = (chunk.match(/\*/g) ?? []).length;
  const letters = chunk.replace(/\*/g, '');
  if (stars > 2) throw new PatternError('tooManyStars', { chunk });
  if (letters.length < 2) throw new PatternError('starNeedsLetters', { chunk });
  const folded = tokenize(letters)
    .map((t) => t.key)
    .join('');
  if (!folded) throw new PatternError('noLetters', { chunk });
  const parts = chunk.split('*').map((p) =>
    tokenize(p)
      .map((t) => t.key)
      .join('-'),
  );
  const src = parts.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join("[\\p{L}\\p{N}'-]*");
  return { t: 'glob', v: chunk, re: new RegExp(`^${src}$`, 'u') };
}

/** A word class from its entries: words, globs (kijk*) and lemmas (+kijken). */
export function compileClass(entries: readonly string[], lang: Lang): WordClass {
  const words = new Set<string>();
  const globs: RegExp[] = [];
  for (const e of entries) {
    const w = e.trim();
    if (!w) continue;
    if (w.includes('*')) globs.push(globTest(w).re);
    else if (w.startsWith('+') && w.includes('/')) {
      const [particle = '', verb = ''] = w.slice(1).split('/');
      if (!WORD_ONLY.test(particle) || !WORD_ONLY.test(verb)) throw new PatternError('badLemma', { chunk: w });
      for (const f of nlSeparable(particle, verb).joined) words.add(f);
    } else if (w.startsWith('+')) for (const f of lemmaForms(w, lang)) words.add(f);
    else {
      const toks = tokenize(w);
      if (toks.length !== 1) throw new PatternError('classOneWord', { chunk: w });
      words.add((toks[0] as { key: string }).key);
    }
  }
  return { words, globs };
}

/** Why a word-class entry is refused, or null. */
export function classEntryIssue(entry: string): PatternError | null {
  try {
    compileClass([entry], 'nl');
    return null;
  } catch (e) {
    if (e instanceof PatternError) return e;
    throw e;
  }
}

const LEMMA_SETS = new Map<string, ReadonlySet<string>>();

/** The forms of a lemma as one shared set, so every pattern naming it shares one automaton edge. */
function lemmaSet(chunk: string, lang: Lang): ReadonlySet<string> {
  const key = `${lang}:${chunk}`;
  let set = LEMMA_SETS.get(key);
  if (!set) {
    set = new Set(lemmaForms(chunk, lang));
    if (LEMMA_SETS.size < 20000) LEMMA_SETS.set(key, set);
  }
  return set;
}

function lemmaForms(chunk: string, lang: Lang): string[] {
  const word = chunk.slice(1);
  if (!WORD_ONLY.test(word)) throw new PatternError('badLemma', { chunk });
  return formsOf(word, lang);
}

function parseChunk(chunk: string, ctx: PatternContext): Node[] {
  if (chunk === '~') return [{ kind: 'tok', test: { t: 'any' } }];
  if (chunk === '...') return [{ kind: 'star' }];
  if (chunk === '..' || chunk === '…') return [{ kind: 'gap' }];
  if (chunk === '<num>') return [{ kind: 'tok', test: { t: 'num' } }];
  if (chunk === '<time>') return [{ kind: 'tok', test: { t: 'time' } }];
  if (chunk === '<name>') return [{ kind: 'tok', test: { t: 'name' } }];
  if (/^<.*>$/.test(chunk)) throw new PatternError('unknownPlaceholder', { chunk });
  if (chunk.startsWith('=')) {
    const v = chunk.slice(1);
    if (!v) throw new PatternError('equalsWithoutWord');
    return [{ kind: 'tok', test: { t: 'exact', v } }];
  }
  if (chunk.startsWith('@')) {
    const name = chunk.slice(1);
    const cls = /^[a-z0-9][a-z0-9._-]*$/.test(name) ? ctx.classOf(name) : null;
    if (!cls) throw new PatternError('unknownClass', { name });
    return [{ kind: 'tok', test: { t: 'set', v: chunk, words: cls.words, globs: cls.globs.length ? cls.globs : undefined } }];
  }
  if (chunk.startsWith('+')) {
    const slash = chunk.indexOf('/');
    if (slash > 0 && ctx.lang === 'nl') {
      const particle = chunk.slice(1, slash);
      const verb = chunk.slice(slash + 1);
      if (!WORD_ONLY.test(particle) || !WORD_ONLY.test(verb)) throw new PatternError('badLemma', { chunk });
      const f = nlSeparable(particle, verb);
      return [
        {
          kind: 'sep',
          particle: f.particle,
          infinitive: f.infinitive,
          joined: { t: 'set', v: chunk, words: new Set(f.joined) },
          split: { t: 'set', v: `${chunk}#split`, words: new Set(f.split) },
        },
      ];
    }
    if (slash > 0) throw new PatternError('badLemma', { chunk });
    return [{ kind: 'tok', test: { t: 'set', v: chunk, words: lemmaSet(chunk, ctx.lang) } }];
  }
  if (chunk.includes('*')) return [{ kind: 'tok', test: globTest(chunk) }];
  if (/^[a-z]+$/.test(chunk)) return [{ kind: 'tok', test: { t: 'lit', v: chunk } }];
  return tokenize(chunk).map((t) => ({ kind: 'tok', test: { t: 'lit', v: fold(t.key) } }) as Node);
}

const MAX_DEPTH = 8;

function parse(src: string, ctx: PatternContext): Node {
  let i = 0;
  const n = src.length;
  let depth = 0;
  function seq(closers: string): Node {
    const items: Node[] = [];
    let options: Node[] | null = null;
    let parts: Node[] | null = null;
    let current: Node[] = items;
    for (;;) {
      while (i < n && /\s/.test(src[i] as string)) i++;
      if (i >= n) break;
      const ch = src[i] as string;
      if (closers.includes(ch)) break;
      if (ch === '|' || ch === '&') {
        if (ch === '|' && !closers) throw new PatternError('barOutsideGroup');
        if ((ch === '|' && parts) || (ch === '&' && options)) throw new PatternError('mixedAndOr');
        const list = ch === '|' ? (options ??= []) : (parts ??= []);
        list.push({ kind: 'seq', items: current === items ? [...items] : current });
        current = [];
        i++;
        continue;
      }
      if (ch === '(' || ch === '[') {
        const close = ch === '(' ? ')' : ']';
        i++;
        if (++depth > MAX_DEPTH) throw new PatternError('tooDeep', { max: MAX_DEPTH });
        const inner = seq(close);
        depth--;
        if (src[i] !== close) throw new PatternError('missingClose', { close });
        i++;
        if (inner.kind === 'all') {
          if (ch === '[') current.push({ kind: 'alt', options: [inner], optional: true });
          else current.push(inner);
          continue;
        }
        const opts = inner.kind === 'alt' ? inner.options : [inner];
        current.push({ kind: 'alt', options: opts, optional: ch === '[' });
        continue;
      }
      if (ch === ')' || ch === ']') throw new PatternError('unexpected', { char: ch });
      let j = i;
      while (j < n && !/[\s()[\]|&]/.test(src[j] as string)) j++;
      current.push(...parseChunk(src.slice(i, j), ctx));
      i = j;
    }
    if (options) {
      options.push({ kind: 'seq', items: current });
      return { kind: 'alt', options, optional: false };
    }
    if (parts) {
      parts.push({ kind: 'seq', items: current });
      return allNode(parts);
    }
    return { kind: 'seq', items };
  }
  const root = seq('');
  if (i < n) throw new PatternError('unexpected', { char: src[i] ?? '' });
  return root;
}

/**
 * "A & B & C": every order of the parts, joined by clause gaps. A part that is
 * a separable verb on its own splits into the verb and its particle, the
 * particle after the verb (zoek … ik … uit), next to the joined forms.
 */
function allNode(parts: Node[]): Node {
  // Each part is one element, or — for a separable verb among its options — the verb and its particle as two.
  const choices = parts.map(partChoices);
  let combos: Array<{ parts: Node[]; orders: Array<[number, number]> }> = [{ parts: [], orders: [] }];
  for (const list of choices) {
    const next: typeof combos = [];
    for (const c of combos)
      for (const ch of list) {
        if (ch.length === 1) next.push({ parts: [...c.parts, ch[0] as Node], orders: c.orders });
        else next.push({ parts: [...c.parts, ...ch], orders: [...c.orders, [c.parts.length, c.parts.length + 1]] });
      }
    combos = next;
    if (combos.length > MAX_VARIANTS) throw new PatternError('tooManyVariants', { max: MAX_VARIANTS });
  }
  const options: Node[] = [];
  for (const v of combos) {
    if (v.parts.length > MAX_PARTS) throw new PatternError('tooManyParts', { max: MAX_PARTS });
    for (const perm of permutations(v.parts.length)) {
      if (v.orders.some(([x, y]) => perm.indexOf(x) > perm.indexOf(y))) continue;
      const items: Node[] = [];
      perm.forEach((k, at) => {
        if (at > 0) items.push({ kind: 'star' });
        items.push(v.parts[k] as Node);
      });
      options.push({ kind: 'seq', items });
      if (options.length > MAX_VARIANTS) throw new PatternError('tooManyVariants', { max: MAX_VARIANTS });
    }
  }
  return { kind: 'alt', options, optional: false };
}

type Sep = Extract<Node, { kind: 'sep' }>;

/** A separable verb's forms that stay together: uitzoeken, uitgezocht, "uit te zoeken". */
function joinedForms(sep: Sep): Node[] {
  return [
    { kind: 'tok', test: sep.joined },
    {
      kind: 'seq',
      items: [
        { kind: 'tok', test: { t: 'lit', v: sep.particle } },
        { kind: 'tok', test: { t: 'lit', v: 'te' } },
        { kind: 'tok', test: { t: 'lit', v: sep.infinitive } },
      ],
    },
  ];
}

/** The ways one part of "A & B" can occur: whole, or split into a verb and its particle. */
function partChoices(part: Node): Node[][] {
  let node = part;
  while (node.kind === 'seq' && node.items.length === 1) node = node.items[0] as Node;
  const seps: Sep[] = [];
  let rest: Node[] = [];
  if (node.kind === 'sep') seps.push(node);
  else if (node.kind === 'alt' && !node.optional)
    for (const o of node.options) {
      let x = o;
      while (x.kind === 'seq' && x.items.length === 1) x = x.items[0] as Node;
      if (x.kind === 'sep') seps.push(x);
      else rest.push(o);
    }
  if (seps.length === 0) return [[part]];
  rest = [...rest, ...seps.flatMap(joinedForms)];
  const out: Node[][] = [[{ kind: 'alt', options: rest, optional: false }]];
  for (const sep of seps)
    out.push([
      { kind: 'tok', test: sep.split },
      { kind: 'tok', test: { t: 'lit', v: sep.particle } },
    ]);
  return out;
}

function permutations(n: number): number[][] {
  if (n <= 1) return [[0].slice(0, n)];
  const out: number[][] = [];
  for (const p of permutations(n - 1)) for (let at = 0; at <= p.length; at++) out.push([...p.slice(0, at), n - 1, ...p.slice(at)]);
  return out;
}

type Partial = TokenTest[];

const SETS = new Map<string, ReadonlySet<string>>();

/** The union of one-word tests as one set test, shared by every pattern that lists the same words. */
const UNIONS = new Map<string, TokenTest>();

function wordSet(tests: ReadonlyArray<Extract<TokenTest, { t: 'lit' | 'set' }>>): TokenTest {
  // The same list of tests (a class, lemmas, words) is merged once per process.
  const ids = tests.map((t) => (t.t === 'lit' ? t.v : `${t.v}#${setId(t.words)}`)).join('|');
  const done = UNIONS.get(ids);
  if (done) return done;
  const out = unionOf(tests);
  if (UNIONS.size < 50000) UNIONS.set(ids, out);
  return out;
}

const SET_IDS = new WeakMap<ReadonlySet<string>, number>();
let nextSetId = 0;
function setId(s: ReadonlySet<string>): number {
  let id = SET_IDS.get(s);
  if (id === undefined) SET_IDS.set(s, (id = nextSetId++));
  return id;
}

function unionOf(tests: ReadonlyArray<Extract<TokenTest, { t: 'lit' | 'set' }>>): TokenTest {
  const words = new Set<string>();
  for (const t of tests) {
    if (t.t === 'lit') words.add(t.v);
    else for (const w of t.words) words.add(w);
  }
  const key = [...words].sort().join('|');
  let shared = SETS.get(key);
  if (!shared) {
    shared = words;
    if (SETS.size < 50000) SETS.set(key, shared);
  }
  return { t: 'set', v: `{${key.length > 60 ? `${key.slice(0, 60)}…${key.length}` : key}}`, words: shared };
}

/** Expansions by node: the parts of "A & B" recur in every order and are expanded once. */
let memo = new WeakMap<Node, Partial[]>();

function expand(node: Node): Partial[] {
  const hit = memo.get(node);
  if (hit) return hit;
  const out = expandNode(node);
  memo.set(node, out);
  return out;
}

function expandNode(node: Node): Partial[] {
  switch (node.kind) {
    case 'tok':
      return [[node.test]];
    case 'gap':
      return [[{ t: 'gap' }]];
    case 'star':
      return [[{ t: 'star' }]];
    case 'sep':
      // Joined (uitzoeken, uitgezocht), "uit te zoeken", or split (zoek … uit).
      return [
        [node.joined],
        [
          { t: 'lit', v: node.particle },
          { t: 'lit', v: 'te' },
          { t: 'lit', v: node.infinitive },
        ],
        [node.split, { t: 'star' }, { t: 'lit', v: node.particle }],
      ];
    case 'all':
      return expand(allNode(node.parts));
    case 'alt': {
      const out: Partial[] = [];
      // One-word options become one word set, so "(niet|geen|nooit)" is one test, not three sequences.
      const single: Array<Extract<TokenTest, { t: 'lit' | 'set' }>> = [];
      for (const o of node.options) {
        const variants = expand(o);
        for (const v of variants) {
          const only = v.length === 1 ? v[0] : undefined;
          if (only && typeof only === 'object' && (only.t === 'lit' || (only.t === 'set' && !only.globs))) single.push(only);
          else out.push(v);
        }
      }
      if (single.length === 1) out.push([single[0] as TokenTest]);
      else if (single.length > 1) out.push([wordSet(single)]);
      if (node.optional) out.push([]);
      if (out.length > MAX_VARIANTS) throw new PatternError('tooManyVariants', { max: MAX_VARIANTS });
      return out;
    }
    case 'seq': {
      let acc: Partial[] = [[]];
      for (const item of node.items) {
        const next: Partial[] = [];
        for (const tail of expand(item)) for (const head of acc) next.push([...head, ...tail]);
        if (next.length > MAX_VARIANTS) throw new PatternError('tooManyVariants', { max: MAX_VARIANTS });
        acc = next;
      }
      return acc;
    }
  }
}

/** Parses a pattern and expands it into plain token sequences. Throws PatternError with a readable reason. */
export function compilePattern(src: string, ctx: PatternContext = LENIENT_CONTEXT): Sequence[] {
  if (!src.trim()) throw new PatternError('empty');
  memo = new WeakMap();
  const partials = expand(parse(src, ctx));
  const out: Sequence[] = [];
  const seen = new Set<string>();
  for (const p of partials) {
    // Gaps at the ends would only widen the span; the automaton skips the words of a gap itself.
    const v = trimGaps(p);
    if (v.length === 0) continue;
    let words = 0;
    let real = 0;
    let key = '';
    for (const t of v) {
      if (t.t !== 'star' && t.t !== 'gap') words++;
      if (t.t !== 'star' && t.t !== 'gap' && t.t !== 'any') real++;
      key += `${t.t}:${'v' in t ? t.v : ''}\u0001`;
    }
    if (words > MAX_WORDS) throw new PatternError('tooManyWords', { max: MAX_WORDS });
    if (real === 0) throw new PatternError('anyWordsOnly');
    if (!seen.has(key)) {
      seen.add(key);
      out.push(v);
    }
  }
  if (out.length === 0) throw new PatternError('noWords');
  if (out.length > MAX_VARIANTS) throw new PatternError('tooManyVariants', { max: MAX_VARIANTS });
  return out;
}

function trimGaps(p: Partial): Partial {
  const isGap = (x: Partial[number] | undefined) => x !== undefined && (x.t === 'gap' || x.t === 'star');
  let s = 0;
  let e = p.length;
  while (s < e && isGap(p[s])) s++;
  while (e > s && isGap(p[e - 1])) e--;
  // Two clause gaps in a row are one.
  return p
    .slice(s, e)
    .filter(
      (x, k, a) => !(typeof x === 'object' && x.t === 'star' && typeof a[k - 1] === 'object' && (a[k - 1] as TokenTest).t === 'star'),
    );
}

/** Validation helper: why a pattern is refused, or null when it is fine. */
export function patternIssue(src: string, ctx: PatternContext = LENIENT_CONTEXT): PatternError | null {
  try {
    compilePattern(src, ctx);
    return null;
  } catch (e) {
    if (e instanceof PatternError) return e;
    if (e instanceof RangeError) return new PatternError('tooDeep', { max: MAX_DEPTH });
    throw e;
  }
}

/** The reason a pattern is refused, in English, or null when it is fine. */
export const patternProblem = (src: string): string | null => patternIssue(src)?.message ?? null;
