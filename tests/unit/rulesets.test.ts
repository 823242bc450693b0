import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';

// The storage layer runs on WXT's storage API; here it runs on an in-memory fake browser
// (@wxt-dev/browser reads `globalThis.chrome` when it is first imported, below).
(globalThis as { chrome?: unknown }).chrome = fakeBrowser;

const { checkRuleSet, clearRuleSet, loadActiveRules, saveRuleSet } = await import('@/utils/rulesets');
const { personalRuleSetItem, teamRuleSetItem, updateSettings } = await import('@/utils/settings');
const { BUILTIN_RULE_SETS } = await import('@/rules');

const builtinRuleId = BUILTIN_RULE_SETS[0]?.rules[0]?.id as string;

function teamSet(extra: Record<string, unknown> = {}) {
  return {
    id: 'team.servicedesk',
    name: 'Servicedesk',
    version: 3,
    lang: 'nl',
    rules: [
      {
        id: 'team.asap',
        category: 'vague-promise',
        severity: 'warning',
        match: { type: 'phrases', patterns: ['zo snel mogelijk'] },
        message: 'Noem een moment.',
        hears: 'Ooit.',
        examples: { bad: [{ text: 'Ik doe het zo snel mogelijk.', span: 'zo snel mogelijk' }], good: ['Ik doe het vandaag.'] },
      },
    ],
    ...extra,
  };
}

describe('rule-set storage: only valid sets are stored', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('stores a valid team set and merges it after the built-in packs', async () => {
    const res = await saveRuleSet('team', JSON.stringify(teamSet()), 'servicedesk.json');
    expect(res.ok).toBe(true);
    const stored = await teamRuleSetItem.getValue();
    expect(stored?.origin).toBe('servicedesk.json');
    const merged = await loadActiveRules();
    expect(merged.origins['team.asap']).toEqual({ source: 'team', ruleSetId: 'team.servicedesk' });
    expect(merged.origins[builtinRuleId]?.source).toBe('builtin');
  });

  it('keeps the last good set when the next one is invalid JSON, fails the schema, or is over 1 MB', async () => {
    await saveRuleSet('team', teamSet(), 'v3');
    const before = await teamRuleSetItem.getValue();
    const bad = [
      '{ "id": "team.servicedesk", ',
      JSON.stringify(teamSet({ version: 4, rules: [{ id: 'x' }] })),
      JSON.stringify(teamSet({ description: 'x'.repeat(1024 * 1024) })),
    ];
    for (const input of bad) {
      const res = await saveRuleSet('team', input, 'v4');
      expect(res.ok).toBe(false);
      if (!res.ok) expect(res.problems.length).toBeGreaterThan(0);
      expect(await teamRuleSetItem.getValue()).toEqual(before);
    }
  });

  it('refuses a pattern that could hang the page, with the path in plain words', async () => {
    const huge = Array.from({ length: 14 }, () => '(a x|b x|c x|d x)').join(' ');
    const set = teamSet();
    (set.rules[0] as { match: { patterns: string[] } }).match.patterns = [huge];
    const res = checkRuleSet(set, 'team');
    expect(res.ok).toBe(false);
    if (!res.ok) expect(res.problems[0]?.path).toBe('$.rules[0].match.patterns[0]');
  });

  it('refuses a team rule that redefines a built-in rule id, or a personal rule that redefines a team rule', async () => {
    const clash = teamSet();
    (clash.rules[0] as { id: string }).id = builtinRuleId;
    const res = await saveRuleSet('team', clash, 'x');
    expect(res.ok).toBe(false);
    if (!res.ok) expect(res.problems[0]).toMatchObject({ path: '$.rules[0].id' });
    expect(await teamRuleSetItem.getValue()).toBeNull();

    await saveRuleSet('team', teamSet(), 'team');
    const personal = { ...teamSet(), id: 'personal', name: 'Mine' };
    const res2 = await saveRuleSet('personal', personal, 'editor');
    expect(res2.ok).toBe(false);
    expect(await personalRuleSetItem.getValue()).toBeNull();
  });

  it('applies the writer’s switched-off rules unless the team locked them, and clears a layer', async () => {
    await saveRuleSet('team', teamSet({ locks: { [builtinRuleId]: 'on' } }), 'team');
    await updateSettings({ disabledRules: [builtinRuleId, 'team.asap'] });
    const merged = await loadActiveRules();
    const rule = (id: string) => merged.ruleSets.flatMap((s) => s.rules).find((r) => r.id === id);
    expect(rule(builtinRuleId)?.enabled).toBe(true);
    expect(merged.origins[builtinRuleId]?.locked).toBe('on');
    expect(rule('team.asap')?.enabled).toBe(false);
    await clearRuleSet('team');
    expect((await loadActiveRules()).origins['team.asap']).toBeUndefined();
  });
});
