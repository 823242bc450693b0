// @vitest-environment jsdom
/**
 * The options page's rule list: every rule in force with its source, filters,
 * on/off and severity written to the edited layer, team locks, and what the
 * administrator's policy (chrome.storage.managed) controls. Storage is the
 * in-memory fake browser, so the tests read back what the page wrote.
 */

import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeBrowser } from '@webext-core/fake-browser';
import { afterEach, describe, expect, it, vi } from 'vitest';

(globalThis as { chrome?: unknown }).chrome = fakeBrowser;
vi.mock('@/components/i18n', () => import('./i18n'));

const { Options } = await import('@/components/editor/Options');
const { useEditor } = await import('@/components/editor/store');
const { useSettings } = await import('@/components/stores/settings');
const { BUILTIN_RULE_SETS } = await import('@/rules');
const { getSettings, personalRuleSetItem, teamRuleSetItem, updateSettings } = await import('@/utils/settings');
const { saveRuleSet } = await import('@/utils/rulesets');

afterEach(() => {
  cleanup();
  fakeBrowser.reset();
  useEditor.setState({ layer: 'personal', team: null, personal: null, subscription: null, policy: {}, loaded: false });
  useSettings.setState({ settings: null });
});

const BUILTIN_COUNT = BUILTIN_RULE_SETS.reduce((n, s) => n + s.rules.length, 0);
const rows = () => document.querySelectorAll('tr[data-rule-id]');
const row = (id: string) => document.querySelector(`tr[data-rule-id="${id}"]`) as HTMLElement;
const switchOf = (id: string) => within(row(id)).getByTestId('rule-enabled') as HTMLInputElement;
const severityOf = (id: string) => within(row(id)).getByTestId('rule-severity') as HTMLSelectElement;

const teamSet = {
  id: 'team.noord',
  name: 'Servicedesk Noord',
  version: 7,
  lang: 'nl',
  locks: { 'nl.blame.schuld': 'on' },
  rules: [
    {
      id: 'team.wizard',
      category: 'condescending',
      severity: 'warning',
      match: { type: 'phrases', patterns: ['config wizard'] },
      message: 'Noem het venster.',
      hears: 'Je vindt me dom.',
    },
  ],
};

async function openOptions() {
  render(<Options />);
  await waitFor(() => expect(rows().length).toBeGreaterThan(0));
}

describe('rule list', () => {
  it('lists every built-in, team and personal rule with its source, and filters them', async () => {
    const user = userEvent.setup();
    expect((await saveRuleSet('team', teamSet, 'team.json')).ok).toBe(true);
    await openOptions();
    await waitFor(() => expect(rows()).toHaveLength(BUILTIN_COUNT + 1));
    expect(row('team.wizard').textContent).toMatch(/Team rule/);
    expect(row('nl.blame.schuld').textContent).toMatch(/Built-in rule/);

    await user.selectOptions(screen.getByTestId('filter-source'), 'team');
    expect(rows()).toHaveLength(1);
    await user.selectOptions(screen.getByTestId('filter-source'), '');
    await user.selectOptions(screen.getByTestId('filter-lang'), 'en');
    expect([...rows()].every((r) => r.getAttribute('data-rule-id')?.startsWith('en.'))).toBe(true);
    await user.selectOptions(screen.getByTestId('filter-category'), 'jargon');
    expect([...rows()].map((r) => r.getAttribute('data-rule-id'))).toEqual(['en.jargon']);
    expect(screen.getByText(`1 of ${BUILTIN_COUNT + 1} rules`)).toBeTruthy();
  });

  it('writes on/off and severity of a built-in rule as overrides of a new personal set, and resets them', async () => {
    const user = userEvent.setup();
    await openOptions();
    expect(await personalRuleSetItem.getValue()).toBeNull();
    await user.click(switchOf('nl.passive.worden'));
    await waitFor(async () =>
      expect((await personalRuleSetItem.getValue())?.ruleSet.overrides).toEqual({ 'nl.passive.worden': { enabled: false } }),
    );
    const stored = (await personalRuleSetItem.getValue())?.ruleSet;
    expect(stored).toMatchObject({ id: 'personal', version: 1, rules: [] });
    await waitFor(() => expect(switchOf('nl.passive.worden').checked).toBe(false));
    expect(row('nl.passive.worden').textContent).toMatch(/changed in this set/);

    await user.selectOptions(severityOf('nl.jargon'), 'info');
    await waitFor(async () =>
      expect((await personalRuleSetItem.getValue())?.ruleSet.overrides?.['nl.jargon']).toEqual({ severity: 'info' }),
    );
    await waitFor(() => expect(severityOf('nl.jargon').value).toBe('info'));

    await user.click(within(row('nl.passive.worden')).getByRole('button', { name: 'Undo the changes of this set to nl.passive.worden' }));
    await waitFor(async () =>
      expect((await personalRuleSetItem.getValue())?.ruleSet.overrides).toEqual({ 'nl.jargon': { severity: 'info' } }),
    );
    await waitFor(() => expect(switchOf('nl.passive.worden').checked).toBe(true));
  });

  it('switching a rule back on also takes back the writer’s “turn off this rule” from a card', async () => {
    const user = userEvent.setup();
    await updateSettings({ disabledRules: ['nl.condescending.gewoon'] });
    await openOptions();
    await waitFor(() => expect(switchOf('nl.condescending.gewoon').checked).toBe(false));
    await user.click(switchOf('nl.condescending.gewoon'));
    await waitFor(async () => expect((await getSettings()).disabledRules).toEqual([]));
    await waitFor(() => expect(switchOf('nl.condescending.gewoon').checked).toBe(true));
  });

  it('shows a rule the team locked as locked; the writer can’t switch it, the team lead sets the lock', async () => {
    const user = userEvent.setup();
    expect((await saveRuleSet('team', teamSet, 'team.json')).ok).toBe(true);
    await openOptions();
    await waitFor(() =>
      expect(within(row('nl.blame.schuld')).getByTestId('rule-lock-note').textContent).toMatch(/locked on — by your team/),
    );
    expect(switchOf('nl.blame.schuld').disabled).toBe(true);
    expect(severityOf('nl.blame.schuld').disabled).toBe(true);
    expect(switchOf('nl.alarming.geen-idee').disabled).toBe(false);

    await user.selectOptions(screen.getByTestId('layer'), 'team');
    const lock = within(row('nl.alarming.geen-idee')).getByTestId('rule-lock') as HTMLSelectElement;
    await user.selectOptions(lock, 'off');
    await waitFor(async () =>
      expect((await teamRuleSetItem.getValue())?.ruleSet.locks).toEqual({ 'nl.blame.schuld': 'on', 'nl.alarming.geen-idee': 'off' }),
    );
    await waitFor(() => expect(switchOf('nl.alarming.geen-idee').checked).toBe(false));
    expect(switchOf('nl.alarming.geen-idee').disabled).toBe(true);
    await user.selectOptions(within(row('nl.blame.schuld')).getByTestId('rule-lock'), '');
    await waitFor(async () => expect((await teamRuleSetItem.getValue())?.ruleSet.locks).toEqual({ 'nl.alarming.geen-idee': 'off' }));
    // The team lead's on/off goes to the team set's overrides, not to the personal set.
    await user.click(switchOf('nl.passive.worden'));
    await waitFor(async () =>
      expect((await teamRuleSetItem.getValue())?.ruleSet.overrides).toEqual({ 'nl.passive.worden': { enabled: false } }),
    );
    expect(await personalRuleSetItem.getValue()).toBeNull();
  });

  it('opens the form for the layer’s own rules only, and deletes one after confirming', async () => {
    const user = userEvent.setup();
    expect((await saveRuleSet('team', teamSet, 'team.json')).ok).toBe(true);
    await openOptions();
    expect(within(row('team.wizard')).queryByTestId('edit-rule')).toBeNull();
    await user.selectOptions(screen.getByTestId('layer'), 'team');
    expect(within(row('nl.blame.schuld')).queryByTestId('edit-rule')).toBeNull();
    await user.click(within(row('team.wizard')).getByTestId('edit-rule'));
    expect(screen.getByTestId('rule-form')).toBeTruthy();
    expect(document.activeElement?.id).toBe('form-title');
    await user.click(screen.getByTestId('cancel-rule'));
    await waitFor(() => expect(row('team.wizard')).toBeTruthy());

    vi.stubGlobal('confirm', () => true);
    await user.click(within(row('team.wizard')).getByRole('button', { name: 'Delete team.wizard' }));
    await waitFor(async () => expect((await teamRuleSetItem.getValue())?.ruleSet.rules).toEqual([]));
    vi.unstubAllGlobals();
  });
});

describe('administrator policy', () => {
  it('shows what the policy sets and disables what it controls', async () => {
    const user = userEvent.setup();
    await fakeBrowser.storage.managed.set({
      ruleSetUrl: 'https://intranet.example.org/helder/team.json',
      lockedRules: { 'nl.jargon': 'off' },
    });
    expect((await saveRuleSet('team', teamSet, 'https://intranet.example.org/helder/team.json')).ok).toBe(true);
    await openOptions();
    await waitFor(() =>
      expect(screen.getByTestId('policy-note').textContent).toMatch(/Set by your administrator.*intranet\.example\.org.*nl\.jargon/s),
    );
    expect(within(row('nl.jargon')).getByTestId('rule-lock-note').textContent).toMatch(/locked off — by your administrator/);
    expect(switchOf('nl.jargon').checked).toBe(false);
    expect(switchOf('nl.jargon').disabled).toBe(true);

    // The team set comes from the policy's address: the team layer is read-only here.
    await user.selectOptions(screen.getByTestId('layer'), 'team');
    expect((screen.getByTestId('add-rule') as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByText(/The team set comes from your administrator/)).toBeTruthy();
    expect((within(row('nl.blame.schuld')).getByTestId('rule-lock') as HTMLSelectElement).disabled).toBe(true);
    expect(switchOf('nl.alarming.geen-idee').disabled).toBe(true);

    await user.click(screen.getByTestId('tab-share'));
    const url = screen.getByTestId('subscribe-url') as HTMLInputElement;
    expect(url.value).toBe('https://intranet.example.org/helder/team.json');
    expect(url.disabled).toBe(true);
    expect((screen.getByTestId('subscribe') as HTMLButtonElement).disabled).toBe(true);
    expect((screen.getByTestId('import-file') as HTMLInputElement).disabled).toBe(true);
  });

  it('refuses a change to a rule the policy locked even if a control were used', async () => {
    await fakeBrowser.storage.managed.set({ lockedRules: { 'nl.jargon': 'off' } });
    await openOptions();
    await waitFor(() => expect(switchOf('nl.jargon').disabled).toBe(true));
    fireEvent.click(switchOf('nl.jargon'));
    const res = await useEditor.getState().setRuleState('nl.jargon', { enabled: true });
    expect(res.ok).toBe(false);
    expect(await personalRuleSetItem.getValue()).toBeNull();
  });
});
