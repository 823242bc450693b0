import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isDutchParticipleShape, PARTICIPLE_NL_RE } from '../../rules/engine/participle';

describe('isDutchParticipleShape', () => {
  it('agrees with the regex it replaces', () => {
    for (const w of [
      'gekeken',
      'opgepakt',
      'gereboot',
      'doorgestuurd',
      'verstuurd',
      'bekend',
      'ge',
      'gen',
      'gedd',
      'geabd',
      'geen',
      'gegeen',
      'x',
      'Gekeken',
    ])
      expect(isDutchParticipleShape(w)).toBe(PARTICIPLE_NL_RE.test(w));
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('g', 'e', 'n', 'd', 't', 'b', 'v', 'r', 'o', 'a', 'é', '-', 'ver', 'ont', 'onder', 'mis'), {
          maxLength: 14,
        }),
        (parts) => {
          const w = parts.join('');
          expect(isDutchParticipleShape(w)).toBe(PARTICIPLE_NL_RE.test(w));
        },
      ),
      { numRuns: 20000 },
    );
  });
  it('is linear on "gegege…"', () => {
    const word = `${'ge'.repeat(200_000)}x`;
    const t0 = performance.now();
    expect(isDutchParticipleShape(word)).toBe(false);
    // The regex takes minutes on this word.
    expect(performance.now() - t0).toBeLessThan(1000);
  });
});
