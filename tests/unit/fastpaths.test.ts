/**
 * The character-code fast paths of fold, isAllCaps and the syllable
 * heuristic give what the regex versions they replaced gave, on any text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fold } from '../../rules/text/normalize';
import { countSyllables, hyphenationLoaded } from '../../rules/text/syllables';
import { isAllCaps } from '../../rules/text/tokenize';

function foldBefore(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[\u2018\u2019\u201B\u02BC\u0060\u00B4]/g, "'")
    .replace(/[\u2010\u2011\u2012\u2013]/g, '-')
    .toLowerCase()
    .replace(/\u0133/g, 'ij');
}

function isAllCapsBefore(raw: string): boolean {
  let letters = 0;
  for (const ch of raw) {
    if (/\p{Ll}/u.test(ch)) return false;
    if (/\p{Lu}/u.test(ch)) letters++;
  }
  return letters >= 2;
}

function syllablesBefore(word: string, lang: 'nl' | 'en'): number {
  if (!/\p{L}/u.test(word)) return 0;
  let w = word.toLowerCase();
  if (lang === 'en') {
    if (w.length > 3 && /[^aeiouy]e$/.test(w) && !/[^aeiouy]le$/.test(w)) w = w.slice(0, -1);
    w = w.replace(/(?:ed)$/, (m, i: number) => (i > 1 && !/[td]$/.test(w.slice(0, i)) ? 'd' : m));
  }
  const groups = w.match(/[aeiouyàáâäèéêëìíîïòóôöùúûü]+/g) ?? [];
  let n = 0;
  for (const g of groups) n += 1 + (g.match(/[äëïöü]/g)?.length ?? 0) - (/^[äëïöü]/.test(g) ? 1 : 0);
  return Math.max(1, n);
}

const word = fc
  .array(fc.constantFrom(..."aeiouyAEIOUYbcdtlsäëïöüÄËéÉ`'-1 .ĳİßŉ".split(''), '𝐀', '𝐚', '😀', 'e\u0301', '\u2019', '\u2011'), {
    minLength: 1,
    maxLength: 12,
  })
  .map((units) => units.join(''));

describe('fast paths', () => {
  it('fold', () =>
    fc.assert(
      fc.property(fc.oneof(word, fc.string()), (s) => {
        expect(fold(s)).toBe(foldBefore(s));
      }),
      { numRuns: 5000 },
    ));
  it('isAllCaps', () =>
    fc.assert(
      fc.property(fc.oneof(word, fc.string()), (s) => {
        expect(isAllCaps(s)).toBe(isAllCapsBefore(s));
      }),
      { numRuns: 5000 },
    ));
  it('the syllable heuristic (hyphenation not loaded)', () => {
    expect(hyphenationLoaded('nl') || hyphenationLoaded('en')).toBe(false);
    fc.assert(
      fc.property(word, fc.constantFrom('nl' as const, 'en' as const), (w, lang) => {
        expect(countSyllables(w, lang)).toBe(syllablesBefore(w, lang));
      }),
      { numRuns: 5000 },
    );
  });
});
