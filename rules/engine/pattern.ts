/**
 * The phrase-pattern language team leads write rules in. It is matched word by
 * word (never character by character), compiled into one trie for all rules,
 * and has no unbounded repetition: matching is linear in the length of the
 * text by construction, so no pattern can freeze a mail page. Patterns that
 * would expand to too many variants are refused instead.
 *
 *   we gaan ermee aan de slag     words, matched case- and diacritic-insensitively
 *   (ermee|er mee|hiermee)        alternatives; each may be several words
 *   [direct|meteen]               optional words
 *   kijk*  *account  ge*d         word globs: any word starting/ending with, or around, the letters
 *   ~                             exactly one word, any word
 *   ..                            a gap of zero to three words
 *   <num> <time>                  a number; a clock time (14:00, 14.00, 9u, 3pm)
 *   =IT                           exact case (for acronyms that are also everyday words)
 * Punctuation in a pattern is ignored, as it is in the text (matches stay within one sentence).
 */

import { type PatternReason, type ProblemParams, patternReasonText } from '../problems';
import { tokenize } from '../text/tokenize';

export type TokenTest =
  | { t: 'lit'; v: string }
  | { t: 'exact'; v: string }
  | { t: 'glob'; v: string; re: RegExp }
  | { t: 'any' }
  | { t: 'num' }
  | { t: 'time' };

export type Sequence = TokenTest[];

export const MAX_VARIANTS = 4096;
export const MAX_WORDS = 16;
const GAP_MAX = 3;

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
  | { kind: 'tok'; test: TokenTest }
  | { kind: 'gap' };

function parseChunk(chunk: string): Node[] {
  if (chunk === '~') return [{ kind: 'tok', test: { t: 'any' } }];
  if (chunk === '..' || chunk === '…') return [{ kind: 'gap' }];
  if (chunk === '<num>') return [{ kind: 'tok', test: { t: 'num' } }];
  if (chunk === '<time>') return [{ kind: 'tok', test: { t: 'time' } }];
  if (/^<.*>$/.test(chunk)) throw new PatternError('unknownPlaceholder', { chunk });
  if (chunk.startsWith('=')) {
    const v = chunk.slice(1);
    if (!v) throw new PatternError('equalsWithoutWord');
    return [{ kind: 'tok', test: { t: 'exact', v } }];
  }
  if (chunk.includes('*')) {
    const stars = (chunk.match(/\*/g) ?? []).length;
    const letters = chunk.replace(/\*/g, '');
    if (stars > 2) throw new PatternError('tooManyStars', { chunk });
    if (letters.length < 2) throw new PatternError('starNeedsLetters', { chunk });
    const folded = tokenize(letters.replace(/\*/g, ''))
      .map((t) => t.key)
      .join('');
    if (!folded) throw new PatternError('noLetters', { chunk });
    const parts = chunk.split('*').map((p) =>
      tokenize(p)
        .map((t) => t.key)
        .join('-'),
    );
    const src = parts.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join("[\\p{L}\\p{N}'-]*");
    return [{ kind: 'tok', test: { t: 'glob', v: chunk, re: new RegExp(`^${src}$`, 'u') } }];
  }
  return tokenize(chunk).map((t) => ({ kind: 'tok', test: { t: 'lit', v: t.key } }) as Node);
}

function parse(src: string): Node {
  let i = 0;
  const n = src.length;
  function seq(closers: string): Node {
    const items: Node[] = [];
    let options: Node[] | null = null;
    let current: Node[] = items;
    for (;;) {
      while (i < n && /\s/.test(src[i] as string)) i++;
      if (i >= n) break;
      const ch = src[i] as string;
      if (closers.includes(ch)) break;
      if (ch === '|') {
        if (!closers) throw new PatternError('barOutsideGroup');
        options ??= [];
        options.push({ kind: 'seq', items: current === items ? [...items] : current });
        current = [];
        i++;
        continue;
      }
      if (ch === '(' || ch === '[') {
        const close = ch === '(' ? ')' : ']';
        i++;
        const inner = seq(close);
        if (src[i] !== close) throw new PatternError('missingClose', { close });
        i++;
        const opts = inner.kind === 'alt' ? inner.options : [inner];
        current.push({ kind: 'alt', options: opts, optional: ch === '[' });
        continue;
      }
      if (ch === ')' || ch === ']') throw new PatternError('unexpected', { char: ch });
      let j = i;
      while (j < n && !/[\s()[\]|]/.test(src[j] as string)) j++;
      current.push(...parseChunk(src.slice(i, j)));
      i = j;
    }
    if (options) {
      options.push({ kind: 'seq', items: current });
      return { kind: 'alt', options, optional: false };
    }
    return { kind: 'seq', items };
  }
  const root = seq('');
  if (i < n) throw new PatternError('unexpected', { char: src[i] ?? '' });
  return root;
}

type Partial = Array<TokenTest | 'gap'>;

function expand(node: Node): Partial[] {
  switch (node.kind) {
    case 'tok':
      return [[node.test]];
    case 'gap':
      return [['gap']];
    case 'alt': {
      const out: Partial[] = [];
      for (const o of node.options) out.push(...expand(o));
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
export function compilePattern(src: string): Sequence[] {
  if (!src.trim()) throw new PatternError('empty');
  const partials = expand(parse(src));
  const out: Sequence[] = [];
  const seen = new Set<string>();
  for (const p of partials) {
    // Expand gaps into 0..GAP_MAX "any" words; trim gaps at the ends (they would only widen the span).
    let variants: Sequence[] = [[]];
    const trimmed = trimGaps(p);
    for (const item of trimmed) {
      if (item === 'gap') {
        const next: Sequence[] = [];
        for (const v of variants) for (let k = 0; k <= GAP_MAX; k++) next.push([...v, ...Array<TokenTest>(k).fill({ t: 'any' })]);
        variants = next;
      } else variants = variants.map((v) => [...v, item]);
      if (variants.length > MAX_VARIANTS) throw new PatternError('tooManyVariants', { max: MAX_VARIANTS });
    }
    for (const v of variants) {
      if (v.length === 0) continue;
      if (v.length > MAX_WORDS) throw new PatternError('tooManyWords', { max: MAX_WORDS });
      if (v.every((t) => t.t === 'any')) throw new PatternError('anyWordsOnly');
      const key = JSON.stringify(v.map((t) => [t.t, 'v' in t ? t.v : '']));
      if (!seen.has(key)) {
        seen.add(key);
        out.push(v);
      }
    }
  }
  if (out.length === 0) throw new PatternError('noWords');
  if (out.length > MAX_VARIANTS) throw new PatternError('tooManyVariants', { max: MAX_VARIANTS });
  return out;
}

function trimGaps(p: Partial): Partial {
  let s = 0;
  let e = p.length;
  while (s < e && p[s] === 'gap') s++;
  while (e > s && p[e - 1] === 'gap') e--;
  return p.slice(s, e);
}

/** Validation helper: why a pattern is refused, or null when it is fine. */
export function patternIssue(src: string): PatternError | null {
  try {
    compilePattern(src);
    return null;
  } catch (e) {
    if (e instanceof PatternError) return e;
    throw e;
  }
}

/** The reason a pattern is refused, in English, or null when it is fine. */
export const patternProblem = (src: string): string | null => patternIssue(src)?.message ?? null;
