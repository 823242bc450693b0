/** Hostile inputs shared by the security tests. */

/** A valid team set with one rule (version `version`). */
export function teamSet(version: number | string = 7, extra: Record<string, unknown> = {}) {
  return {
    id: 'team.sd',
    name: 'Servicedesk',
    version,
    lang: 'nl',
    rules: [
      {
        id: 'team.asap',
        category: 'vague-promise',
        severity: 'warning',
        match: { type: 'phrases', patterns: ['zo snel mogelijk'] },
        message: 'Noem een moment.',
        hears: 'Ooit.',
      },
    ],
    ...extra,
  };
}

/** A pattern nested so deeply that validating it overflowed the stack ("Maximum call stack size exceeded"); now refused as too deep. */
export const DEEP_PATTERN = `${'('.repeat(20000)}a${')'.repeat(20000)}`;

/** A set whose validation crashes (before the fix: it threw). */
export function crashingSet(version: number | string = 8) {
  const set = teamSet(version);
  return { ...set, rules: [{ ...set.rules[0], match: { type: 'phrases', patterns: [DEEP_PATTERN] } }] };
}

/** A personal set with `n` jargon terms of about 230 bytes each. */
export function bigSet(n: number) {
  return {
    id: 'mine',
    name: 'Mine',
    version: 1,
    lang: 'en',
    rules: [
      {
        id: 'mine.jargon',
        category: 'jargon',
        severity: 'info',
        match: { type: 'jargon', terms: Array.from({ length: n }, (_, i) => ({ term: `term${i}`, plain: 'p'.repeat(200) })) },
        message: 'Explain it.',
        hears: 'Gibberish.',
      },
    ],
  };
}
