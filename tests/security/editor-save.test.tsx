// @vitest-environment jsdom
/**
 * The rule form and the size limit / a full storage (issue 14, item 6).
 * Before the fix the editor saved a set past 1 MB (whose own export Import
 * then refused), and a save past the storage.local quota threw an uncaught
 * error while the form showed nothing.
 */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeBrowser } from '@webext-core/fake-browser';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { bigSet } from './fixtures';

(globalThis as { chrome?: unknown }).chrome = fakeBrowser;
vi.mock('@/components/i18n', () => import('../unit/i18n'));
const { RuleForm } = await import('@/components/editor/RuleForm');
const { useEditor } = await import('@/components/editor/store');
const { personalRuleSetItem } = await import('@/utils/settings');
const { checkRuleSet, saveRuleSet } = await import('@/utils/rulesets');

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  fakeBrowser.reset();
  useEditor.setState({ layer: 'personal', team: null, personal: null, subscription: null, policy: {}, loaded: true });
});

const change = (el: HTMLElement, value: string) => fireEvent.change(el, { target: { value } });
function fillRule() {
  change(screen.getByLabelText('Id'), 'mine.wizard');
  change(screen.getByTestId('patterns'), 'config wizard');
  change(screen.getByLabelText('Message to the writer'), 'Name the window.');
  change(screen.getByLabelText('What the reader hears'), 'You think I am slow.');
  change(screen.getByLabelText('Example 1: text'), 'Open the config wizard first.');
  change(screen.getByLabelText('Example 1: marked part'), 'config wizard');
}
async function stored(set: unknown) {
  expect((await saveRuleSet('personal', set, 'editor')).ok).toBe(true);
  useEditor.setState({ layer: 'personal', personal: await personalRuleSetItem.getValue(), loaded: true });
}

describe('saving from the rule form', () => {
  it('says a rule would take the set past 1 MB, and does not save it', async () => {
    // The largest set that can still be saved: one more rule takes it over.
    let lo = 1000;
    let hi = 6000;
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1;
      if (checkRuleSet(bigSet(mid), 'personal').ok) lo = mid;
      else hi = mid;
    }
    await stored(bigSet(lo));
    const before = await personalRuleSetItem.getValue();
    render(<RuleForm rule={null} onClose={() => {}} />);
    fillRule();
    await waitFor(() =>
      expect(document.body.textContent).toMatch(/the rule set would take \d+ KB when saved, more than the 1024 KB \(1 MB\)/),
    );
    expect((screen.getByTestId('save-rule') as HTMLButtonElement).disabled).toBe(true);
    expect(await personalRuleSetItem.getValue()).toEqual(before);
  });

  it('shows a full storage and keeps the form and the last saved set', async () => {
    await stored(bigSet(2));
    const before = await personalRuleSetItem.getValue();
    const user = userEvent.setup();
    const onClose = vi.fn();
    render(<RuleForm rule={null} onClose={onClose} />);
    fillRule();
    await waitFor(() => expect((screen.getByTestId('save-rule') as HTMLButtonElement).disabled).toBe(false));
    const set = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
    vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementation(async (items: Record<string, unknown>) => {
      if ('personalRuleSet' in items) throw new Error('Resource::kQuotaBytes quota exceeded');
      return set(items);
    });
    await user.click(screen.getByTestId('save-rule'));
    await waitFor(() => expect(document.body.textContent).toMatch(/Not saved.*storage for Helder is full, so nothing was saved/s));
    expect(onClose).not.toHaveBeenCalled();
    expect(await personalRuleSetItem.getValue()).toEqual(before);
  });
});
