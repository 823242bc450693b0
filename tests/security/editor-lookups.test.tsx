// @vitest-environment jsdom
/**
 * The options page's rule list with a rule id that is also a name on every
 * object (issue 14, item 5): `constructor` is a valid id. Before the fix the
 * rule had no origin (it was listed as a built-in rule) and its lock control
 * looked its value up on the object prototype. (Checked against 439005a's
 * mergeLayers and RuleList.)
 */
import { cleanup, render, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeBrowser } from '@webext-core/fake-browser';
import { afterEach, describe, expect, it, vi } from 'vitest';

(globalThis as { chrome?: unknown }).chrome = fakeBrowser;
vi.mock('@/components/i18n', () => import('../unit/i18n'));
const { Options } = await import('@/components/editor/Options');
const { useEditor } = await import('@/components/editor/store');
const { useSettings } = await import('@/components/stores/settings');
const { saveRuleSet } = await import('@/utils/rulesets');

afterEach(() => {
  cleanup();
  fakeBrowser.reset();
  useEditor.setState({ layer: 'personal', team: null, personal: null, subscription: null, policy: {}, loaded: false });
  useSettings.setState({ settings: null });
});

const rule = (id: string) => ({
  id,
  category: 'tip',
  severity: 'info',
  match: { type: 'phrases', patterns: ['config wizard'] },
  message: 'Noem het venster.',
  hears: 'Je vindt me dom.',
});
const row = (id: string) => document.querySelector(`tr[data-rule-id="${id}"]`) as HTMLElement | null;

describe('rule list lookups', () => {
  it('shows a team rule called "constructor" as a team rule with no lock, and locks it on request', async () => {
    const user = userEvent.setup();
    expect(
      (await saveRuleSet('team', { id: 'team.x', name: 'Team X', version: 1, lang: 'nl', rules: [rule('constructor')] }, 'team.json')).ok,
    ).toBe(true);
    render(<Options />);
    await waitFor(() => expect(row('constructor')).toBeTruthy());
    expect(row('constructor')?.textContent).toMatch(/Team rule/);
    await user.selectOptions(document.querySelector('select[data-testid="layer"]') as HTMLSelectElement, 'team');
    const lock = () => within(row('constructor') as HTMLElement).getByTestId('rule-lock') as HTMLSelectElement;
    await waitFor(() => expect(lock().value).toBe(''));
    await user.selectOptions(lock(), 'on');
    await waitFor(() => expect(useEditor.getState().team?.ruleSet.locks).toEqual({ constructor: 'on' }));
    expect(Object.hasOwn(useEditor.getState().team?.ruleSet.locks ?? {}, 'constructor')).toBe(true);
  });
});
