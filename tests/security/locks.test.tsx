// @vitest-environment jsdom
/**
 * Locks and lookups (issue 14, item 5):
 * - a personal set can't take the team set's or a built-in set's id (before
 *   the fix the id-clash check skipped sets with the same id);
 * - a locked rule stays in force whatever the other layers contain;
 * - names from a rule set are looked up without the object prototype:
 *   `{constructor}`, a rule called `constructor`, locks on `__proto__`.
 */
import { render, screen } from '@testing-library/react';
import { fakeBrowser } from '@webext-core/fake-browser';
import { afterEach, describe, expect, it, vi } from 'vitest';

(globalThis as { chrome?: unknown }).chrome = fakeBrowser;
vi.mock('@/components/i18n', () => import('../unit/i18n'));
const { BUILTIN_RULE_SETS, mergeLayers, validateRuleSet } = await import('@/rules');
type RuleSet = import('@/rules').RuleSet;
const { checkRuleSet, saveRuleSet } = await import('@/utils/rulesets');
const { fillPlaceholders } = await import('@/components/placeholders');
const { SuggestionForm } = await import('@/components/findings/SuggestionForm');

afterEach(() => fakeBrowser.reset());

function set(input: Record<string, unknown>): RuleSet {
  const res = validateRuleSet({ version: 1, lang: 'nl', rules: [], ...input });
  if (!res.ok) throw new Error(JSON.stringify(res.problems));
  return res.ruleSet;
}
const rule = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  category: 'vague-promise',
  severity: 'warning',
  match: { type: 'phrases', patterns: ['zo snel mogelijk'] },
  message: 'Noem een moment.',
  hears: 'Ooit.',
  ...extra,
});
const all = (sets: RuleSet[], id: string) => sets.flatMap((s) => s.rules).filter((r) => r.id === id);

describe('set ids', () => {
  const team = set({ id: 'team.sd', name: 'Servicedesk', rules: [rule('team.one')] });

  it("refuses a personal set that takes the team set's id", async () => {
    expect((await saveRuleSet('team', team, 'team.json')).ok).toBe(true);
    const personal = { id: 'team.sd', name: 'Mine', version: 1, lang: 'nl', rules: [rule('mine.one')] };
    const res = await saveRuleSet('personal', personal, 'editor');
    expect(res).toMatchObject({ ok: false, problems: [{ path: '$.id', code: 'setIdTaken' }] });
    expect(checkRuleSet(personal, 'personal', [team])).toMatchObject({ ok: false });
  });

  it("refuses a set that takes a built-in set's id", () => {
    const id = BUILTIN_RULE_SETS[0]?.id as string;
    const res = checkRuleSet({ id, name: 'Mine', version: 1, lang: 'nl', rules: [] }, 'personal');
    expect(res).toMatchObject({ ok: false, problems: [{ code: 'builtinSetId' }] });
  });

  it('still merges a stored pair that shares an id (saved before the check) as two sets with their own ids', () => {
    const personal = set({ id: 'team.sd', name: 'Mine', signals: { moment: ['we'] }, rules: [] });
    const m = mergeLayers({ builtin: [], team, personal });
    expect(new Set(m.ruleSets.map((s) => s.id)).size).toBe(2);
    expect(m.origins['team.one']).toMatchObject({ source: 'team', ruleSetId: 'team.sd' });
  });
});

describe('a locked rule stays in force', () => {
  const builtin = set({ id: 'builtin.test', name: 'Built-in', rules: [rule('b.blame'), rule('b.other')] });

  it('whatever the personal layer contains: overrides, "turn off", or a rule reusing its id', () => {
    const team = set({ id: 'team', name: 'Team', locks: { 'b.blame': 'on' } });
    // A personal set stored before the id check: its own, switched-off copy of the locked rule.
    const personal = set({
      id: 'me',
      name: 'Me',
      overrides: { 'b.blame': { enabled: false } },
      rules: [rule('b.blame', { enabled: false, severity: 'info' })],
    });
    const m = mergeLayers({ builtin: [builtin], team, personal, disabledRules: ['b.blame'] });
    const copies = all(m.ruleSets, 'b.blame');
    expect(copies).toHaveLength(1);
    expect(copies[0]).toMatchObject({ enabled: true, severity: 'warning' });
    expect(m.origins['b.blame']).toMatchObject({ source: 'builtin', locked: 'on' });
  });

  it('locked off: no copy of it in a higher layer fires', () => {
    const team = set({ id: 'team', name: 'Team', locks: { 'b.other': 'off' } });
    const personal = set({ id: 'me', name: 'Me', rules: [rule('b.other')], overrides: { 'b.other': { enabled: true } } });
    const m = mergeLayers({ builtin: [builtin], team, personal });
    expect(all(m.ruleSets, 'b.other').map((r) => r.enabled)).toEqual([false]);
  });
});

describe('lookups by names from a rule set', () => {
  it('a rule called "constructor" gets its origin and its lock, and Object is left alone', () => {
    const team = set({ id: 'team', name: 'Team', rules: [rule('constructor'), rule('tostring')], locks: { constructor: 'off' } });
    const m = mergeLayers({ builtin: [], team, managedLocks: { __proto__: 'on', hasownproperty: 'on' } as never });
    expect(Object.hasOwn(m.origins, 'constructor')).toBe(true);
    expect(m.origins.constructor).toEqual({ source: 'team', ruleSetId: 'team', locked: 'off' });
    expect(all(m.ruleSets, 'constructor')[0]?.enabled).toBe(false);
    expect((Object as unknown as { locked?: unknown }).locked).toBeUndefined();
    expect(({} as { locked?: unknown }).locked).toBeUndefined();
  });

  it('a lock on "__proto__" from policy is a plain name', () => {
    const policyLocks = JSON.parse('{"__proto__": "on", "constructor": "off"}');
    const m = mergeLayers({ builtin: [set({ id: 'b', name: 'B', rules: [rule('b.one')] })], managedLocks: policyLocks });
    expect(all(m.ruleSets, 'b.one')[0]?.enabled).toBe(true);
    expect(Object.getPrototypeOf(m.origins)).toBeNull();
    expect(({} as { on?: unknown }).on).toBeUndefined();
  });

  it('a {constructor} placeholder is not filled from Object', () => {
    expect(fillPlaceholders('Ik bel u {constructor}.', {})).toBe('Ik bel u {constructor}.');
    expect(fillPlaceholders('{toString} {naam}', { naam: 'Anja' })).toBe('{toString} Anja');
  });

  it('the suggestion form shows {constructor} as a placeholder to fill, with no quick picks from Object', () => {
    const { placeholders } = set({ id: 's', name: 'S', placeholders: { tijdstip: ['vandaag 16:00'] } });
    render(<SuggestionForm suggestion="Ik bel u {constructor}." picks={placeholders} onApply={() => {}} />);
    expect(document.body.textContent).not.toMatch(/native code|function/);
    expect(screen.getByRole('button', { name: /Apply/i }).hasAttribute('disabled')).toBe(true);
  });
});
