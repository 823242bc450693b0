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

export function tokenize(text: string, offset = 0, end = text.length): Token[] {
  const out: Token[] = [];
  WORD_RE.lastIndex = offset;
  for (;;) {
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
    if (key.includes('-')) t.parts = key.split('-').filter(Boolean);
    if (key.includes("'") && splitContraction(t, out)) continue;
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
