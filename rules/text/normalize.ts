/**
 * Folding for matching: case- and diacritic-insensitive, typographic
 * apostrophes unified. Folding is applied per token, so offsets always refer
 * to the original text (a token keeps its own start/end).
 */
const MARKS = /\p{M}/gu;
const APOSTROPHES = /[\u2018\u2019\u201B\u02BC\u0060\u00B4]/g;
const HYPHENS = /[\u2010\u2011\u2012\u2013]/g;

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return false;
  return true;
}

export function fold(s: string): string {
  // ASCII has no marks, no typographic hyphens and one apostrophe to unify (the backtick).
  if (isAscii(s)) {
    const lower = s.toLowerCase();
    return lower.includes('`') ? lower.replace(APOSTROPHES, "'") : lower;
  }
  return s
    .normalize('NFD')
    .replace(MARKS, '')
    .replace(APOSTROPHES, "'")
    .replace(HYPHENS, '-')
    .toLowerCase()
    .replace(/\u0133/g, 'ij');
}

/** Folded form used as a token key: also drops the dots of abbreviations (z.s.m. → zsm). */
export function tokenKey(raw: string): string {
  const f = fold(raw);
  return f.includes('.') && /^(?:\p{L}\.)+\p{L}?\.?$/u.test(f) ? f.replace(/\./g, '') : f;
}
