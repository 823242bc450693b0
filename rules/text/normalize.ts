/**
 * Folding for matching: case- and diacritic-insensitive, typographic
 * apostrophes unified. Folding is applied per token, so offsets always refer
 * to the original text (a token keeps its own start/end).
 */
const MARKS = /\p{M}/gu;
const APOSTROPHES = /[\u2018\u2019\u201B\u02BC\u0060\u00B4]/g;
const HYPHENS = /[\u2010\u2011\u2012\u2013]/g;

export function fold(s: string): string {
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
  return /^(?:\p{L}\.)+\p{L}?\.?$/u.test(f) ? f.replace(/\./g, '') : f;
}
