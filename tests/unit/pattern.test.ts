import { describe, expect, it } from 'vitest';
import { compilePattern, PatternError, patternProblem } from '@/rules';

const show = (src: string) => compilePattern(src).map((seq) => seq.map((t) => ('v' in t ? t.v : `<${t.t}>`)).join(' '));

describe('pattern language', () => {
  it('expands alternatives and optional words', () => {
    expect(show('we (gaan|gaat) [er] mee')).toEqual(['we gaan er mee', 'we gaat er mee', 'we gaan mee', 'we gaat mee']);
  });

  it('supports multi-word alternatives, nested groups, classes and exact case', () => {
    expect(show('(kijk|kijken) (ernaar|er (even|eens) naar)')).toContain('kijken er eens naar');
    expect(show('om <time>')).toEqual(['om <time>']);
    expect(show('=IT')).toEqual(['IT']);
  });

  it('expands a gap into zero to three words', () => {
    expect(show('we .. slag')).toEqual(['we slag', 'we <any> slag', 'we <any> <any> slag', 'we <any> <any> <any> slag']);
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
    ['<date>', 'has an unknown placeholder <date> (use <num> or <time>)'],
    ['*a*b*', 'has more than two *'],
    ['(a|b) (c|d) (e|f) (g|h) (i|j) (k|l) (m|n) (o|p) (q|r) (s|t) (u|v) (w|x) (y|z)', 'expands to more than 4096 variants'],
    ['a .. b .. c .. d .. e .. f .. g .. h', 'expands to more than 4096 variants'],
    ['a b c d e f g h i j k l m n o p q', 'is longer than 16 words'],
  ])('refuses %j: %s', (src, reason) => {
    expect(() => compilePattern(src)).toThrow(PatternError);
    expect(patternProblem(src)).toContain(reason);
  });
});
