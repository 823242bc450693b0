import { describe, expect, it } from 'vitest';
import { BUILTIN_RULE_SETS, type MergedRules, mergeLayers, type RuleSet, validateRuleSet } from '@/rules';

function set(input: Record<string, unknown>): RuleSet {
  const res = validateRuleSet({ version: 1, lang: 'nl', rules: [], ...input });
  if (!res.ok) throw new Error(JSON.stringify(res.problems));
  return res.ruleSet;
}

const rule = (id: string) => ({
  id,
  category: 'vague-promise',
  severity: 'warning',
  match: { type: 'phrases', patterns: ['zo snel mogelijk'] },
  message: 'Noem een moment.',
  hears: 'Ooit.',
});

const builtin = set({ id: 'builtin.test', name: 'Built-in', rules: [rule('b.one'), rule('b.two'), rule('b.three')] });
const find = (m: MergedRules, id: string) => m.ruleSets.flatMap((s) => s.rules).find((r) => r.id === id);

describe('mergeLayers: built-in < team < personal', () => {
  it('adds team and personal rules and records where every rule comes from', () => {
    const team = set({ id: 'team', name: 'Team', rules: [rule('t.one')] });
    const personal = set({ id: 'me', name: 'Me', rules: [rule('p.one')] });
    const m = mergeLayers({ builtin: [builtin], team, personal });
    expect(m.ruleSets.map((s) => s.id)).toEqual(['builtin.test', 'team', 'me']);
    expect(m.origins).toMatchObject({
      'b.one': { source: 'builtin', ruleSetId: 'builtin.test' },
      't.one': { source: 'team', ruleSetId: 'team' },
      'p.one': { source: 'personal', ruleSetId: 'me' },
    });
  });

  it('lets a higher layer override a lower one: personal beats team beats built-in', () => {
    const team = set({ id: 'team', name: 'Team', overrides: { 'b.one': { severity: 'error' }, 'b.two': { enabled: false } } });
    const personal = set({ id: 'me', name: 'Me', overrides: { 'b.one': { severity: 'info' }, 'b.two': { enabled: true } } });
    expect(find(mergeLayers({ builtin: [builtin], team }), 'b.one')?.severity).toBe('error');
    expect(find(mergeLayers({ builtin: [builtin], team }), 'b.two')?.enabled).toBe(false);
    const m = mergeLayers({ builtin: [builtin], team, personal });
    expect(find(m, 'b.one')?.severity).toBe('info');
    expect(find(m, 'b.two')?.enabled).toBe(true);
  });

  it('a team lock wins over personal overrides and the writer’s switched-off rules', () => {
    const team = set({ id: 'team', name: 'Team', locks: { 'b.one': 'on', 'b.two': 'off' } });
    const personal = set({ id: 'me', name: 'Me', overrides: { 'b.one': { enabled: false }, 'b.two': { enabled: true } } });
    const m = mergeLayers({ builtin: [builtin], team, personal, disabledRules: ['b.one', 'b.three'] });
    expect(find(m, 'b.one')?.enabled).toBe(true);
    expect(find(m, 'b.two')?.enabled).toBe(false);
    expect(find(m, 'b.three')?.enabled).toBe(false); // not locked: left to the writer
    expect(m.origins['b.one']?.locked).toBe('on');
    expect(m.origins['b.two']?.locked).toBe('off');
    expect(m.origins['b.three']?.locked).toBeUndefined();
  });

  it('enterprise policy locks win over team locks', () => {
    const team = set({ id: 'team', name: 'Team', locks: { 'b.one': 'on' } });
    const m = mergeLayers({ builtin: [builtin], team, managedLocks: { 'b.one': 'off', 'no.such.rule': 'on' } });
    expect(find(m, 'b.one')?.enabled).toBe(false);
    expect(m.origins['b.one']?.locked).toBe('off');
    expect(m.origins['no.such.rule']).toBeUndefined();
  });

  it('never changes the sets it was given', () => {
    const before = JSON.stringify(builtin);
    const team = set({ id: 'team', name: 'Team', locks: { 'b.one': 'off' }, overrides: { 'b.two': { severity: 'error' } } });
    mergeLayers({ builtin: [builtin], team, disabledRules: ['b.three'] });
    expect(JSON.stringify(builtin)).toBe(before);
  });

  it('with no team or personal set, the built-in packs come through as they are', () => {
    const m = mergeLayers({ builtin: BUILTIN_RULE_SETS });
    expect(m.ruleSets).toEqual(BUILTIN_RULE_SETS);
    expect(Object.values(m.origins).every((o) => o.source === 'builtin')).toBe(true);
  });
});
