/**
 * The shape of a Dutch participle for the passive detector: what
 * `PARTICIPLE_NL_RE` matches, in time linear in the word. The regex's first
 * alternative backtracks over every "ge" of the word, each time to its end:
 * quadratic on "gegegege…" (40 KB after "wordt" took 0.8 s).
 */
export const PARTICIPLE_NL_RE = /^(?:[a-z]+)?ge[a-z]{2,}(?:d|t|en)$|^(?:be|ver|ont|her|er|onder|over|mis)[a-z]{2,}(?:d|t|en)$/;
/** The second alternative alone: anchored at the start, one backtrack over the word at most. */
const PREFIXED = /^(?:be|ver|ont|her|er|onder|over|mis)[a-z]{2,}(?:d|t|en)$/;

export function isDutchParticipleShape(key: string): boolean {
  const n = key.length;
  for (let i = 0; i < n; i++) {
    const c = key.charCodeAt(i);
    if (c < 97 || c > 122) return false;
  }
  // Ends in d or t (one letter), or en (two): nothing else ends the word.
  const suffix = key.endsWith('en') ? 2 : key.endsWith('d') || key.endsWith('t') ? 1 : 0;
  if (suffix === 0) return false;
  // "ge", at least two letters, then the ending.
  const ge = key.indexOf('ge');
  if (ge >= 0 && ge + 4 <= n - suffix) return true;
  return PREFIXED.test(key);
}
