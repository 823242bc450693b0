/**
 * Lookups by a name that came from a rule set or the page (a placeholder, a
 * rule id, a lock): only the object's own entries count, never what it
 * inherits, so `{constructor}` or a rule called `constructor` find nothing
 * instead of `Object`'s members.
 */
export function own<T>(map: Readonly<Record<string, T>> | null | undefined, key: string): T | undefined {
  return map != null && Object.hasOwn(map, key) ? map[key] : undefined;
}
