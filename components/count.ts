/**
 * A message with a count in it: `${key}_one` when there is exactly one (and
 * the locale has that form), otherwise `key`. The count is the first
 * substitution. `t` returns the key itself for a missing message.
 */
export function countMessage(t: (key: string, subs: string[]) => string, key: string, n: number, rest: string[]): string {
  if (n === 1) {
    const one = t(`${key}_one`, [String(n), ...rest]);
    if (one !== `${key}_one`) return one;
  }
  return t(key, [String(n), ...rest]);
}
