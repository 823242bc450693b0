import { tokenKey } from './normalize';

export interface Token {
  /** UTF-16 offsets into the original text. */
  start: number;
  end: number;
  raw: string;
  /** Folded key used for matching (lowercase, no diacritics, no abbreviation dots). */
  key: string;
  /** Parts of a hyphenated compound (AD-account → ad, account), folded; undefined otherwise. */
  parts?: string[];
  isNumber: boolean;
  /** A clause break (comma, semicolon, colon, bracket, dash, quote) stands between this word and the previous one. */
  brk?: boolean;
}

const BREAK_CHARS = new Set([',', ';', ':', '(', ')', '[', ']', '"', '\u201C', '\u201D', '\u2013', '\u2014', '\u2026']);

function breakBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text[i] as string;
    if (BREAK_CHARS.has(c)) return true;
    // A hyphen between spaces is a dash ("ik kijk - morgen - ernaar").
    if (c === '-' && i > from && text[i - 1] === ' ') return true;
  }
  return false;
}

/**
 * A word is one of (as the regex below says; `tokenize` matches it by hand, see there):
 * - a dotted abbreviation: z.s.m., i.v.m., o.a., e.g. (at least two letter-dot pairs);
 * - a number with separators: 14:00, 14.00, 1.250,50 (not followed by a letter);
 * - letters/digits joined by hyphens or apostrophes: AD-account, zo'n, we’ll, 2FA, P2-incident.
 * Letters are any Unicode letters (é, ë, ï, ß, ...) plus combining marks.
 */
export const WORD_RE =
  /(?:\p{L}\.){2,}(?![\p{L}\p{N}])|\d+(?:[:.,]\d+)*(?![\p{L}\p{M}\p{N}])|[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['\u2019\u2010\u2011-][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*/gu;

/**
 * English contractions become two words for matching, so "we'll", "we’ll" and
 * "we will" match the same pattern (offsets still point into the original).
 * Dutch forms with apostrophes (zo'n, auto's, 's ochtends) are left whole.
 */
const CONTRACTION = /^(.+?)(n't|'ll|'re|'ve|'m|'d|'s)$/;
const NT_STEM: Record<string, string> = { ca: 'can', wo: 'will', sha: 'shall', ai: 'is' };
const SUFFIX: Record<string, string> = { "'ll": 'will', "'re": 'are', "'ve": 'have', "'m": 'am', "'d": 'would', "'s": 'is' };
const S_IS = new Set(['it', 'that', 'what', 'there', 'here', 'he', 'she', 'who', 'where', 'let', 'this', 'how', 'everything', 'nothing']);

function splitContraction(t: Token, out: Token[]): boolean {
  if (t.key === 'cannot') {
    out.push({ ...t, end: t.start + 3, raw: t.raw.slice(0, 3), key: 'can' });
    out.push({ start: t.start + 3, end: t.end, raw: t.raw.slice(3), key: 'not', isNumber: false });
    return true;
  }
  const m = CONTRACTION.exec(t.key);
  if (!m) return false;
  const stem = m[1] as string;
  const suffix = m[2] as string;
  if (suffix === "'s" && !S_IS.has(stem)) return false;
  if (!/^[a-z]+$/.test(stem)) return false;
  const cut = t.end - suffix.length;
  out.push({
    start: t.start,
    end: cut,
    brk: t.brk,
    raw: t.raw.slice(0, cut - t.start),
    key: suffix === "n't" ? (NT_STEM[stem] ?? stem) : stem,
    isNumber: false,
  });
  out.push({
    start: cut,
    end: t.end,
    raw: t.raw.slice(cut - t.start),
    key: suffix === "n't" ? 'not' : (SUFFIX[suffix] as string),
    isNumber: false,
  });
  return true;
}

/** WORD_RE in parts, each matched where a word starts: one letter-dot pair of an abbreviation, a letter or digit, a number or word. */
const PAIR = /\p{L}\./uy;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/uy;
const NUMBER_OR_WORD =
  /\d+(?:[:.,]\d+)*(?![\p{L}\p{M}\p{N}])|[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['\u2019\u2010\u2011-][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*/uy;

const isAsciiWordChar = (c: number) => (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);

function letterOrDigitAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x80) return isAsciiWordChar(c);
  LETTER_OR_DIGIT.lastIndex = i;
  return LETTER_OR_DIGIT.test(text);
}

/**
 * Where the next word starts in text[from, end), or -1: every word starts
 * with a letter or digit (a whole surrogate pair when astral), which is where
 * WORD_RE's scan stops. Never looks past `end`.
 */
function nextWordStart(text: string, from: number, end: number): number {
  for (let i = from; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if (isAsciiWordChar(c)) return i;
      continue;
    }
    if (letterOrDigitAt(text, i)) return i;
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
  }
  return -1;
}

/** 0-9 . , : only, starting with a digit. */
function isNumeric(raw: string): boolean {
  const c0 = raw.charCodeAt(0);
  if (!(c0 >= 48 && c0 <= 57)) return false;
  for (let i = 1; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (!((c >= 48 && c <= 57) || c === 46 || c === 44 || c === 58)) return false;
  }
  return true;
}

/**
 * The words of text[offset, end), as WORD_RE finds them, in time linear in
 * the text: the regex itself is quadratic on "a.a.a.…a" (at every letter the
 * abbreviation alternative runs to the end of the dots, then gives up letter
 * by letter), so the abbreviation is matched here, and a run of letter-dot
 * pairs that failed is not tried again from inside.
 */
export function tokenize(text: string, offset = 0, end = text.length): Token[] {
  const out: Token[] = [];
  let prevEnd = offset;
  let pos = offset;
  /** A run of letter-dot pairs that is no abbreviation ends here: a word starting before it is none either. */
  let notDottedBefore = -1;
  for (;;) {
    const start = nextWordStart(text, pos, end);
    if (start < 0) break;
    let stop = -1;
    if (start >= notDottedBefore) {
      let i = start;
      let pairs = 0;
      for (;;) {
        PAIR.lastIndex = i;
        if (!PAIR.test(text)) break;
        i = PAIR.lastIndex;
        pairs++;
      }
      if (pairs >= 2 && !(i < text.length && letterOrDigitAt(text, i))) stop = i;
      else notDottedBefore = i;
    }
    if (stop < 0) {
      NUMBER_OR_WORD.lastIndex = start;
      NUMBER_OR_WORD.test(text);
      stop = NUMBER_OR_WORD.lastIndex;
    }
    pos = stop;
    const raw = text.slice(start, Math.min(stop, end));
    const key = tokenKey(raw);
    const t: Token = { start, end: start + raw.length, raw, key, isNumber: isNumeric(raw) };
    if (out.length > 0 && breakBetween(text, prevEnd, start)) t.brk = true;
    prevEnd = t.end;
    if (key.includes('-')) t.parts = key.split('-').filter(Boolean);
    if ((key.includes("'") || key === 'cannot') && splitContraction(t, out)) continue;
    out.push(t);
  }
  return out;
}

/** True when the raw word is written in capitals (at least two letters, no lowercase). */
export function isAllCaps(raw: string): boolean {
  let letters = 0;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c < 0x80) {
      if (c >= 97 && c <= 122) return false;
      if (c >= 65 && c <= 90) letters++;
      continue;
    }
    const cp = raw.codePointAt(i) as number;
    const ch = String.fromCodePoint(cp);
    if (cp > 0xffff) i++;
    if (/\p{Ll}/u.test(ch)) return false;
    if (/\p{Lu}/u.test(ch)) letters++;
  }
  return letters >= 2;
}
