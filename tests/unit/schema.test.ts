import { describe, expect, it } from 'vitest';
import { MAX_RULE_SET_BYTES, parseRuleSet, problemText, validateRuleSet } from '@/rules';

const rule = (over: Record<string, unknown> = {}) => ({
  id: 'team.vague.binnenkort',
  category: 'vague-promise',
  severity: 'warning',
  match: { type: 'phrases', patterns: ['binnenkort'] },
  message: 'Geen moment.',
  hears: 'Ooit.',
  suggestions: ['Vandaag om {tijdstip}.'],
  examples: { bad: [{ text: 'We doen het binnenkort.', span: 'binnenkort' }], good: ['We doen het vandaag.'] },
  ...over,
});
const set = (over: Record<string, unknown> = {}) => ({ id: 'team', name: 'Team', version: '1.0.0', lang: 'nl', rules: [rule()], ...over });
const problems = (x: unknown) => {
  const r = validateRuleSet(x);
  return r.ok ? [] : r.problems.map((p) => `${p.path}: ${p.message}`);
};

describe('rule-set validation', () => {
  it('accepts a valid set and fills defaults', () => {
    const r = validateRuleSet(set());
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.ruleSet.rules[0]!.enabled).toBe(true);
      expect(r.ruleSet.signals).toEqual({});
    }
  });

  it('lists every problem by JSON path in plain words', () => {
    const bad = set({
      version: undefined,
      lang: 'de',
      rules: [
        rule({ category: 'rude', severity: 'fatal' }),
        rule({ id: 'team.vague.binnenkort', match: { type: 'phrases', patterns: ['(a|b'] } }),
        rule({ id: 'Bad Id', message: '', colour: 'red' }),
        rule({ id: 'x', examples: { bad: [{ text: 'Hallo daar.', span: 'binnenkort' }], good: [] } }),
        rule({ id: 'y', unless: [{ signal: 'moment' }] }),
      ],
    });
    expect(problems(bad)).toEqual(
      expect.arrayContaining([
        '$.version: is missing',
        '$.lang: should be one of "nl", "en", but is "de"',
        '$.rules[0].category: should be one of "jargon", "vague-promise", "bare-no", "alarming", "blame", "condescending", "passive", "shouting", "no-empathy", "long-sentence", "readability", "tip", but is "rude"',
        '$.rules[0].severity: should be one of "error", "warning", "info", but is "fatal"',
        '$.rules[1].match.patterns[0]: pattern "(a|b" is missing ")"',
        '$.rules[1].id: the id "team.vague.binnenkort" is already used by rule 1',
        expect.stringMatching(/^\$\.rules\[2\]\.id: an id may only use lowercase letters/),
        '$.rules[2].message: the message is empty',
        '$.rules[2]: has unknown field "colour" (a typo?)',
        '$.rules[3].examples.bad[0].span: the span "binnenkort" does not occur in the example text',
        `$.rules[4].unless[0].signal: there is no signal "moment" in this rule set's "signals"`,
      ]),
    );
  });

  it('says every problem in Dutch too, from its code and parameters', () => {
    const bad = set({
      version: true,
      lang: 'de',
      signals: { moment: [] },
      rules: [
        rule({ severity: 'fatal', match: { type: 'regex' } }),
        rule({ id: 'Bad Id', message: '', hears: 7, colour: 'red', unless: [{}], when: [{ signal: 'nlp:weekday' }] }),
        rule({
          id: 'x',
          match: { type: 'phrases', patterns: ['a | b', '*a*b*', ''] },
          examples: { bad: [{ text: 'Hallo.', span: 'x' }], good: [5] },
        }),
        rule({ id: 'y', match: { type: 'jargon', terms: [] }, suggestions: ['x'.repeat(1001)], unless: [{ signal: 'nope' }] }),
        rule({ id: 'y' }),
      ],
    });
    const r = validateRuleSet(bad);
    if (r.ok) throw new Error('should be refused');
    const dutch = r.problems.map((p) => `${p.path}: ${problemText(p.code, p.params, 'nl')}`);
    expect(dutch).toEqual(
      expect.arrayContaining([
        '$.version: moet een versie zijn, zoals "1.2.0" of 7',
        '$.lang: moet een van "nl" of "en" zijn, maar is "de"',
        '$.signals.moment: voeg minstens één patroon toe',
        '$.rules[0].severity: moet een van "error", "warning" of "info" zijn, maar is "fatal"',
        '$.rules[0].match.type: match.type moet "phrases", "jargon", "detector" of "message" zijn',
        '$.rules[1].message: de melding is leeg',
        '$.rules[1].hears: moet "hears" (wat de lezer hoort) zijn (tekst), maar is een getal',
        '$.rules[1]: heeft een onbekend veld "colour" (een tikfout?)',
        '$.rules[1].unless[0]: een voorwaarde heeft een "signal", een patroon in "patterns" of een categorie in "findings" nodig',
        '$.rules[1].when[0].signal: "nlp:weekday" is geen ingebouwd signaal meer: zet de woorden onder "signals" en noem dat signaal',
        '$.rules[2].match.patterns[0]: patroon "a | b" gebruikt "|" buiten ( ) of [ ]',
        '$.rules[2].match.patterns[1]: patroon "*a*b*" heeft meer dan twee * in "*a*b*"',
        '$.rules[2].match.patterns[2]: patroon "" is leeg',
        '$.rules[2].examples.good[0]: een goed voorbeeld is tekst, of { "text": …, "context": … }',
        '$.rules[3].match.terms: voeg minstens één term toe',
        '$.rules[3].suggestions[0]: een formulering is langer dan 1000 tekens',
        '$.rules[3].unless[0].signal: er is geen signaal "nope" in de "signals" van deze regelset',
        '$.rules[4].id: het id "y" wordt al gebruikt door regel 4',
      ]),
    );
    expect(dutch.some((l) => l.includes('een id bestaat alleen uit kleine letters'))).toBe(true);
    // Every problem has its own Dutch text: none falls back to English or to its code.
    r.problems.forEach((p, i) => {
      expect(dutch[i]).not.toBe(`${p.path}: ${p.message}`);
      expect(dutch[i]).not.toContain(p.code);
    });
  });

  it('explains wrong types', () => {
    expect(problems(set({ rules: 'none' }))).toEqual(['$.rules: should be a list [ … ], but is text']);
    expect(problems(set({ name: 5 }))).toEqual(['$.name: should be the name (text), but is a number']);
  });

  it('refuses a pattern that would expand without bound', () => {
    const huge = Array.from({ length: 13 }, () => '(a b|c d)').join(' ');
    const p = problems(set({ rules: [rule({ match: { type: 'phrases', patterns: [huge] } })] }));
    expect(p).toEqual([`$.rules[0].match.patterns[0]: pattern "${huge}" expands to more than 4096 variants`]);
    // Gaps are matched by the automaton itself and no longer multiply variants.
    expect(problems(set({ rules: [rule({ match: { type: 'phrases', patterns: ['a .. b .. c .. d .. e .. f .. g .. h'] } })] }))).toEqual(
      [],
    );
  });
});

describe('parseRuleSet', () => {
  it('refuses invalid JSON with the parser message', () => {
    const r = parseRuleSet('{"id": ');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]!.message).toMatch(/^is not valid JSON/);
  });

  it('refuses a set over 1 MB without parsing it', () => {
    const r = parseRuleSet(JSON.stringify(set({ description: 'x'.repeat(MAX_RULE_SET_BYTES) })));
    expect(r).toEqual({ ok: false, problems: [{ path: '$', message: 'the rule set is larger than 1 MB', code: 'tooLarge', params: {} }] });
  });

  it('never half-loads: one bad rule refuses the whole set', () => {
    const r = parseRuleSet(JSON.stringify(set({ rules: [rule(), rule({ id: 'z', severity: 'loud' })] })));
    expect(r.ok).toBe(false);
    expect('ruleSet' in r).toBe(false);
  });
});
