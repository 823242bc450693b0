import { describe, expect, it } from 'vitest';
import { compilePattern, PatternError, patternProblem } from '@/rules';

const show = (src: string) => compilePattern(src).map((seq) => seq.map((t) => ('v' in t ? t.v : `<${t.t}>`)).join(' '));
/** Each sequence as word tests, a word set shown as its sorted words. */
const words = (src: string) =>
  compilePattern(src).map((seq) => seq.map((t) => (t.t === 'set' ? [...t.words].sort().join('/') : 'v' in t ? t.v : `<${t.t}>`)).join(' '));

describe('pattern language', () => {
  it('expands optional words, and one-word alternatives into one word set', () => {
    expect(words('we (gaan|gaat) [er] mee')).toEqual(['we gaan/gaat er mee', 'we gaan/gaat mee']);
  });

  it('supports multi-word alternatives, nested groups, classes and exact case', () => {
    expect(words('(kijk|kijken) (ernaar|er (even|eens) naar)').sort()).toEqual(['kijk/kijken er eens/even naar', 'kijk/kijken ernaar']);
    expect(show('om <time>')).toEqual(['om <time>']);
    expect(show('=IT')).toEqual(['IT']);
  });

  it('keeps a gap as one test that the automaton matches over zero to three words', () => {
    expect(show('we .. slag')).toEqual(['we <gap> slag']);
  });

  it('refuses a word class the set does not define', () => {
    expect(() => compilePattern('@nobody here', { lang: 'nl', classOf: () => null })).toThrow(/uses the word class @nobody/);
  });

  it('expands a lemma into its inflected forms', () => {
    const [nl] = words('+kijken');
    for (const f of ['kijk', 'kijkt', 'kijken', 'keek', 'keken', 'gekeken']) expect(nl?.split('/')).toContain(f);
    const [en] = compilePattern('+look', { lang: 'en', classOf: () => null }).map(
      (seq) => (seq[0] as unknown as { words: Set<string> }).words,
    );
    for (const f of ['look', 'looks', 'looked', 'looking']) expect(en?.has(f)).toBe(true);
  });

  it('matches a separable verb joined, as "uit te zoeken", and split with the particle later in the clause', () => {
    expect(show('ik +uit/zoeken')).toEqual(['ik +uit/zoeken', 'ik uit te zoeken', 'ik +uit/zoeken#split <star> uit']);
  });

  it('puts the parts of "&" in every order, joined by clause gaps', () => {
    expect(words('(ik & bel)').sort()).toEqual(['bel <star> ik', 'ik <star> bel']);
  });

  it('folds literals like the text (case, diacritics, abbreviation dots, punctuation)', () => {
    expect(show('Geëscaleerd, Z.S.M.!')).toEqual(['geescaleerd zsm']);
  });

  it('compiles globs to anchored word tests', () => {
    const [seq] = compilePattern('kijk*');
    const t = seq![0]!;
    expect(t.t).toBe('glob');
    if (t.t === 'glob') {
      expect(t.re.test('kijken')).toBe(true);
      expect(t.re.test('bekijken')).toBe(false);
    }
  });

  it.each([
    ['', 'is empty'],
    ['(a|b', 'missing ")"'],
    ['a)', 'unexpected ")"'],
    ['a | b', 'uses "|" outside ( ) or [ ]'],
    ['~ ~', 'matches any words; it needs at least one real word'],
    ['<date>', 'has an unknown placeholder <date> (use <num>, <time> or <name>)'],
    ['*a*b*', 'has more than two *'],
    [
      '(a b|c d) (e f|g h) (i j|k l) (m n|o p) (q r|s t) (u v|w x) (a b|c d) (e f|g h) (i j|k l) (m n|o p) (q r|s t) (u v|w x) (y z|z y)',
      'expands to more than 4096 variants',
    ],
    ['a (b & c & d & e & f & g)', 'has more than 5 parts joined with "&"'],
    ['(a & b | c)', 'mixes "&" and "|" in one group'],
    ['+ kijk', 'is not a word'],
    ['((((((((((a))))))))))', 'nests brackets more than 8 deep'],
    ['a b c d e f g h i j k l m n o p q', 'is longer than 16 words'],
  ])('refuses %j: %s', (src, reason) => {
    expect(() => compilePattern(src)).toThrow(PatternError);
    expect(patternProblem(src)).toContain(reason);
  });
});
