import { describe, expect, it } from 'vitest';
import { diffRuleSets, type RuleSet, validateRuleSet } from '@/rules';

function set(input: Record<string, unknown>): RuleSet {
  const res = validateRuleSet({ id: 'team', name: 'Team', version: 1, lang: 'nl', rules: [], ...input });
  if (!res.ok) throw new Error(JSON.stringify(res.problems));
  return res.ruleSet;
}
const phrases = (id: string, severity = 'warning') => ({
  id,
  category: 'vague-promise',
  severity,
  match: { type: 'phrases', patterns: ['zo snel mogelijk'] },
  message: 'Noem een moment.',
  hears: 'Ooit.',
});
const jargon = (terms: Array<[string, string]>) => ({
  id: 'team.jargon',
  category: 'jargon',
  severity: 'info',
  match: { type: 'jargon', terms: terms.map(([term, plain]) => ({ term, plain })) },
  message: 'Vakjargon.',
  hears: 'Onbegrijpelijk.',
});

describe('diffRuleSets', () => {
  it('lists meta, added, removed and changed rules with the fields that changed', () => {
    const before = set({ version: 6, rules: [phrases('a'), phrases('b')] });
    const after = set({ version: 7, author: 'Lead', rules: [phrases('a', 'error'), phrases('c')] });
    const d = diffRuleSets(before, after);
    expect(d.meta).toEqual([
      ['version', '6', '7'],
      ['author', '', 'Lead'],
    ]);
    expect(d.added).toEqual(['c']);
    expect(d.removed).toEqual(['b']);
    expect(d.changed).toEqual([{ id: 'a', fields: ['severity'] }]);
    expect(d.same).toBe(false);
  });

  it('lists jargon terms added, removed and changed (case-insensitive), and lock and override changes', () => {
    const before = set({
      rules: [
        jargon([
          ['VPN', 'beveiligde verbinding'],
          ['AD', 'gebruikersbeheer'],
        ]),
      ],
      locks: { x: 'on' },
    });
    const after = set({
      rules: [
        jargon([
          ['vpn', 'veilige verbinding'],
          ['MFA', 'extra inlogcode'],
        ]),
      ],
      locks: { x: 'off' },
      overrides: { y: { severity: 'info' } },
    });
    const d = diffRuleSets(before, after);
    expect(d.jargon).toEqual({ added: ['MFA'], removed: ['AD'], changed: ['vpn'] });
    expect(d.changed).toEqual([{ id: 'team.jargon', fields: ['match'] }]);
    expect(d.locks).toEqual(['x']);
    expect(d.overrides).toEqual(['y']);
  });

  it('lists signals and placeholders that changed, so a change there is never an empty preview', () => {
    const before = set({ signals: { moment: ['vandaag'], plan: ['eerst'] }, placeholders: { tijdstip: ['vandaag 16:00'] } });
    const after = set({ signals: { moment: ['vandaag', 'morgen'], reden: ['omdat'] }, placeholders: { tijdstip: ['vandaag 16:00'] } });
    const d = diffRuleSets(before, after);
    expect(d.signals).toEqual(['moment', 'plan', 'reden']);
    expect(d.placeholders).toEqual([]);
    expect(d.same).toBe(false);
    expect(diffRuleSets(after, { ...after, placeholders: { tijdstip: ['morgen 09:00'] } }).placeholders).toEqual(['tijdstip']);
  });

  it('against nothing, everything is added; against itself, nothing changes', () => {
    const s = set({ rules: [phrases('a')] });
    expect(diffRuleSets(null, s).added).toEqual(['a']);
    expect(diffRuleSets(s, s).same).toBe(true);
  });
});
