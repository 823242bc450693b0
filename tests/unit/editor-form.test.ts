/**
 * The rule form's model (components/editor/form.ts): editing a rule and saving
 * it unchanged gives back the same rule — nothing the form has no input for
 * is lost — and validation problems land on the right field and row.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { draftFromRule, fieldErrors, newDraft, ruleFromDraft, sentIndex } from '@/components/editor/form';
import { BUILTIN_RULE_SETS, problem, type Rule, type RuleSet, validateRuleSet } from '@/rules';
import { mockLang } from './i18n';

vi.mock('@/components/i18n', () => import('./i18n'));
afterEach(() => {
  mockLang.value = 'en';
});

function roundTrip(set: RuleSet, rule: Rule): Rule {
  const res = validateRuleSet({ ...set, rules: set.rules.map((r) => (r.id === rule.id ? ruleFromDraft(draftFromRule(rule)) : r)) });
  if (!res.ok) throw new Error(JSON.stringify(res.problems));
  return res.ruleSet.rules.find((r) => r.id === rule.id) as Rule;
}

describe('rule form model', () => {
  it('gives back every built-in rule unchanged (signals, detectors, variants, contexts, enabled)', () => {
    let rules = 0;
    for (const raw of BUILTIN_RULE_SETS) {
      // Compare with the set as validation gives it back (defaults filled in).
      const valid = validateRuleSet(raw);
      if (!valid.ok) throw new Error(JSON.stringify(valid.problems));
      const set = valid.ruleSet;
      for (const rule of set.rules) {
        expect(roundTrip(set, rule), rule.id).toEqual(rule);
        rules++;
      }
    }
    expect(rules).toBeGreaterThan(30);
  });

  it('keeps a switched-off rule, a case-sensitive term with variants, and good examples with a customer message', () => {
    const set = validateRuleSet({
      id: 'team',
      name: 'Team',
      version: 1,
      lang: 'nl',
      signals: { moment: ['vandaag'] },
      rules: [
        {
          id: 'team.jargon',
          category: 'jargon',
          severity: 'info',
          enabled: false,
          match: { type: 'jargon', terms: [{ term: 'IT', variants: ['I.T.'], plain: 'de helpdesk', caseSensitive: true }] },
          unless: [{ signal: 'moment', patterns: ['straks'], in: 'text' }],
          message: 'm',
          hears: 'h',
          examples: { bad: [{ text: 'Bel IT.', span: 'IT', context: 'Help' }], good: [{ text: 'Bel de helpdesk.', context: 'Help' }] },
        },
      ],
    });
    if (!set.ok) throw new Error(JSON.stringify(set.problems));
    const rule = set.ruleSet.rules[0] as Rule;
    expect(roundTrip(set.ruleSet, rule)).toEqual(rule);
  });

  it('leaves empty rows out and maps problems back to the visible row', () => {
    const d = {
      ...newDraft('mine'),
      id: 'mine.x',
      patterns: 'snel',
      message: 'm',
      hears: 'h',
      bad: [
        { text: '', span: '', context: '' },
        { text: 'Dat gaat snel.', span: 'traag', context: '' },
      ],
      good: [
        { text: '', context: '' },
        { text: 'Vandaag.', context: '' },
      ],
    };
    const raw = ruleFromDraft(d) as { examples: { bad: unknown[]; good: unknown[] } };
    expect(raw.examples.bad).toHaveLength(1);
    expect(raw.examples.good).toEqual(['Vandaag.']);
    expect(sentIndex(d, 'bad', 0)).toBe(-1);
    expect(sentIndex(d, 'bad', 1)).toBe(0);
    const res = validateRuleSet({ id: 'p', name: 'P', version: 1, lang: 'nl', rules: [raw] });
    expect(res.ok).toBe(false);
    if (res.ok) return;
    const errors = fieldErrors(res.problems, 0, d);
    expect(errors['bad.1']?.[0]).toMatch(/the span "traag" does not occur/);
    expect(errors['bad.0']).toBeUndefined();
  });

  it('maps condition, term and pattern problems to their fields; problems of other rules are general', () => {
    const d = {
      ...newDraft(''),
      type: 'jargon' as const,
      terms: [
        { term: '', plain: '' },
        { term: 'VPN', plain: '' },
      ],
      unless: [
        { signal: '', patterns: '', findings: [], in: '' as const },
        { signal: 'nope', patterns: '', findings: [], in: '' as const },
      ],
    };
    const problems = [
      problem('$.rules[2].match.terms[0].plain', 'empty', { field: 'plain' }),
      problem('$.rules[2].unless[0].signal', 'unknownSignal', { signal: 'nope' }),
      problem('$.rules[2].id', 'badId'),
      problem('$.rules[0].message', 'empty', { field: 'message' }),
    ];
    const errors = fieldErrors(problems, 2, d);
    expect(errors['terms.1']).toEqual(['the plain alternative is empty']);
    expect(errors['unless.1']).toEqual(['there is no signal "nope" in this rule set\'s "signals"']);
    expect(errors.id?.[0]).toMatch(/^an id may only use lowercase letters/);
    expect(errors.general).toEqual(['$.rules[0].message: the message is empty']);

    // The same problems next to the same fields, in a Dutch browser.
    mockLang.value = 'nl';
    const nl = fieldErrors(problems, 2, d);
    expect(nl['terms.1']).toEqual(['het eenvoudige alternatief is leeg']);
    expect(nl['unless.1']).toEqual(['er is geen signaal "nope" in de "signals" van deze regelset']);
    expect(nl.id?.[0]).toMatch(/^een id bestaat alleen uit kleine letters/);
    expect(nl.general).toEqual(['$.rules[0].message: de melding is leeg']);
  });
});
