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
  scan(text, 0, out, null, null);
  return out;
}

/**
 * The splitter's loop, from a state where a sentence starts at `from` (0, or
 * where an earlier run of the same text started one). Records every position
 * where a sentence starts in `starts`; when `stop` says yes to one, returns
 * it (nothing after it is split), otherwise splits to the end and returns -1.
 */
function scan(text: string, from: number, out: Sentence[], starts: number[] | null, stop: ((at: number) => boolean) | null): number {
  let start = from;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > s) out.push({ start: s, end: e });
  };
  const n = text.length;
  for (let i = from; i < n; i++) {
    const c = text.charCodeAt(i);
    // Nothing but a line break or a terminator needs a look (letters, digits, spaces, most punctuation).
    if (c !== 10 && c !== 13 && c !== 0x2028 && c !== 0x2029 && !isTerminator(c)) continue;
    if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) {
      push(i);
      start = i + 1;
      starts?.push(start);
      if (stop?.(start)) return start;
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
    starts?.push(start);
    if (stop?.(start)) return start;
    i = k - 1;
  }
  push(n);
  return -1;
}

/** Index of the first element ≥ x in an ascending list. */
function lowerBound(list: readonly number[], x: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid] as number) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Splits drafts as they change: gives what `splitSentences` gives, but
 * re-splits only around the part that differs from the previous text. The
 * splitter's only state is where the current sentence started, its lookahead
 * ends at the first character after a run of terminators, closers and spaces,
 * and its look-behind stops at the boundary before: so the old split holds up
 * to the last sentence start whose lookahead ended before the change, and
 * from the first sentence start after the change that the old split also had
 * (shifted by the change in length), the rest is the old split shifted.
 * Keeps one copy of the last text (never a slice that shares a larger string).
 */
export class SentenceSplitter {
  private text = '';
  /** The last text's split, as starts and ends (numbers, not objects: nothing per sentence is kept). */
  private rangeStarts: number[] = [];
  private rangeEnds: number[] = [];
  /** Every position where a sentence started in the last text's split, ascending (0 first). */
  private starts: number[] = [0];

  split(text: string): Sentence[] {
    const old = this.text;
    const oldLen = old.length;
    const n = text.length;
    const rs = this.rangeStarts;
    const re = this.rangeEnds;
    if (text === old) return rs.map((start, r) => ({ start, end: re[r] as number }));
    const min = Math.min(oldLen, n);
    let p = 0;
    while (p < min && old.charCodeAt(p) === text.charCodeAt(p)) p++;
    let q = 0;
    while (q < min - p && old.charCodeAt(oldLen - 1 - q) === text.charCodeAt(n - 1 - q)) q++;
    // The last old sentence start before the change whose deciding character is still before it.
    let si = lowerBound(this.starts, p + 1) - 1;
    const seen = (x: number) => {
      let m = x;
      while (m < oldLen && (old[m] === ' ' || old[m] === '\t' || old[m] === '\u00A0')) m++;
      return m;
    };
    while (si > 0 && seen(this.starts[si] as number) >= p) si--;
    const x = si >= 0 ? (this.starts[si] as number) : 0;
    const delta = n - oldLen;
    const suffixFrom = n - q; // text[suffixFrom…] equals old[suffixFrom - delta…]
    const out: Sentence[] = [];
    const keep = lowerBound(rs, x);
    for (let r = 0; r < keep; r++) out.push({ start: rs[r] as number, end: re[r] as number });
    const starts = this.starts.slice(0, si + 1);
    const oldStarts = this.starts;
    const y = scan(text, x, out, starts, (at) => {
      if (at - 1 < suffixFrom) return false;
      const k = lowerBound(oldStarts, at - delta);
      return oldStarts[k] === at - delta;
    });
    if (y >= 0) {
      const oldY = y - delta;
      for (let r = lowerBound(rs, oldY); r < rs.length; r++) out.push({ start: (rs[r] as number) + delta, end: (re[r] as number) + delta });
      for (let k = lowerBound(oldStarts, oldY) + 1; k < oldStarts.length; k++) starts.push((oldStarts[k] as number) + delta);
    }
    this.text = ` ${text}`.slice(1);
    this.rangeStarts = out.map((r) => r.start);
    this.rangeEnds = out.map((r) => r.end);
    this.starts = starts;
    return out;
  }
}
