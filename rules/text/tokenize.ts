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
 * A word is one of:
 * - a dotted abbreviation: z.s.m., i.v.m., o.a., e.g. (at least two letter-dot pairs);
 * - a number with separators: 14:00, 14.00, 1.250,50 (not followed by a letter);
 * - letters/digits joined by hyphens or apostrophes: AD-account, zo'n, we’ll, 2FA, P2-incident.
 * Letters are any Unicode letters (é, ë, ï, ß, ...) plus combining marks.
 */
const WORD_RE =
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

const WORD_START = /[\p{L}\p{N}]/u;

/**
 * Whether a word may start in text[from, end): every word starts with a letter
 * or digit. Unsure (a surrogate) counts as yes. Keeps `tokenize(text, a, b)`
 * proportional to b − a: the word regex would otherwise scan on past `end` to
 * the next word, across the rest of a text without words ("… … …").
 */
function wordAhead(text: string, from: number, end: number): boolean {
  for (let i = from; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if ((c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122)) return true;
    } else if ((c >= 0xd800 && c <= 0xdfff) || WORD_START.test(text[i] as string)) return true;
  }
  return false;
}

export function tokenize(text: string, offset = 0, end = text.length): Token[] {
  const out: Token[] = [];
  let prevEnd = offset;
  WORD_RE.lastIndex = offset;
  for (;;) {
    if (end < text.length && !wordAhead(text, WORD_RE.lastIndex, end)) break;
    const m = WORD_RE.exec(text);
    if (!m || m.index >= end) break;
    let raw = m[0];
    if (m.index + raw.length > end) raw = raw.slice(0, end - m.index);
    const key = tokenKey(raw);
    const t: Token = {
      start: m.index,
      end: m.index + raw.length,
      raw,
      key,
      isNumber: /^\d/.test(raw) && /^[\d:.,]+$/.test(raw),
    };
    if (out.length > 0 && breakBetween(text, prevEnd, m.index)) t.brk = true;
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
  for (const ch of raw) {
    if (/\p{Ll}/u.test(ch)) return false;
    if (/\p{Lu}/u.test(ch)) letters++;
  }
  return letters >= 2;
}
