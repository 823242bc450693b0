// @vitest-environment jsdom
/**
 * What is saved (issue 14, item 6) and what the options page shows when a
 * set can't be checked or stored (items 2 and 4):
 * - the 1 MB limit holds for what is saved (editor saves, layers), not only
 *   for imported text, and a saved set's export imports again;
 * - a storage.local quota error comes back as a problem the page shows, and
 *   the last good set stays;
 * - a set whose validation crashes is refused on import with the crash
 *   listed in the writer's language (before the fix: an uncaught page error
 *   and no message), and a subscription's problems are listed the same way.
 */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeBrowser } from '@webext-core/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { bigSet, crashingSet, teamSet } from './fixtures';

// A validation that crashes: see crash-mock.ts.
vi.mock('@/rules/engine/pattern', async () => (await import('./crash-mock')).patternThatCrashes());

(globalThis as { chrome?: unknown }).chrome = fakeBrowser;
vi.mock('@/components/i18n', () => import('../unit/i18n'));
const { mockLang } = await import('../unit/i18n');
const sendMessage = vi.fn();
vi.mock('@/utils/messaging', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/utils/messaging')>()),
  sendMessage: (...args: unknown[]) => sendMessage(...args),
}));
const { parseRuleSet, validateRuleSet, problemText } = await import('@/rules');
const { Sharing } = await import('@/components/editor/Sharing');
const { useEditor } = await import('@/components/editor/store');
const { personalRuleSetItem } = await import('@/utils/settings');
const { checkRuleSet, saveRuleSet } = await import('@/utils/rulesets');

let unwatch: () => void = () => {};
beforeEach(() => {
  useEditor.setState({ layer: 'personal', team: null, personal: null, subscription: null, policy: {}, loaded: false });
  unwatch = useEditor.getState().connect();
});
afterEach(() => {
  mockLang.value = 'en';
  unwatch();
  cleanup();
  sendMessage.mockReset();
  vi.restoreAllMocks();
  fakeBrowser.reset();
});

const file = (text: string, name = 'set.json') => new File([text], name, { type: 'application/json' });
const pick = (f: File) => fireEvent.change(screen.getByTestId('import-file'), { target: { files: [f] } });

describe('the size limit applies to what is saved', () => {
  it('refuses to save a set over 1 MB built up in the editor, with a clear message; the last good set stays', async () => {
    expect((await saveRuleSet('personal', bigSet(10), 'editor')).ok).toBe(true);
    const before = await personalRuleSetItem.getValue();
    const res = await useEditor.getState().save(bigSet(5000) as never);
    expect(res.ok).toBe(false);
    if (!res.ok) {
      expect(res.problems[0]?.code).toBe('tooLargeSaved');
      expect(res.problems[0]?.message).toMatch(/would take \d+ KB when saved, more than the 1024 KB \(1 MB\)/);
      expect(problemText('tooLargeSaved', res.problems[0]?.params, 'nl')).toMatch(/opgeslagen \d+ KB groot/);
    }
    expect(await personalRuleSetItem.getValue()).toEqual(before);
  });

  it('a set that could be saved exports to a file that imports again', async () => {
    // Just under the limit as saved (compact): the export must not grow past it.
    let n = 4400;
    while (!checkRuleSet(bigSet(n), 'personal').ok) n -= 50;
    expect((await saveRuleSet('personal', bigSet(n), 'editor')).ok).toBe(true);
    const stored = await personalRuleSetItem.getValue();
    const { exportText } = await import('@/components/editor/Sharing');
    const text = exportText(stored?.ruleSet as never);
    expect(parseRuleSet(text).ok).toBe(true);
    expect(checkRuleSet(text, 'personal').ok).toBe(true);
  });
});

describe('a full storage', () => {
  function failWrites() {
    const set = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
    return vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementation(async (items: Record<string, unknown>) => {
      if ('personalRuleSet' in items) throw new Error('Resource::kQuotaBytes quota exceeded');
      return set(items);
    });
  }

  it('is a problem from saveRuleSet, not a thrown error, and nothing is lost', async () => {
    expect((await saveRuleSet('personal', bigSet(3), 'first.json')).ok).toBe(true);
    const before = await personalRuleSetItem.getValue();
    failWrites();
    const res = await saveRuleSet('personal', bigSet(4), 'editor');
    expect(res).toMatchObject({ ok: false, problems: [{ code: 'storageFull' }] });
    expect(await personalRuleSetItem.getValue()).toEqual(before);
  });

  it('is shown on the options page when an import is applied', async () => {
    render(<Sharing />);
    pick(file(JSON.stringify(bigSet(2))));
    await screen.findByTestId('import-preview');
    failWrites();
    fireEvent.click(screen.getByTestId('import-apply'));
    await waitFor(() =>
      expect(screen.getByTestId('import-errors').textContent).toMatch(/storage for Helder is full, so nothing was saved/),
    );
    expect(await personalRuleSetItem.getValue()).toBeNull();
  });
});

describe('a validation that crashes', () => {
  it('never throws: parse, validate and the layer check list it as a problem', () => {
    const set = crashingSet();
    for (const res of [
      parseRuleSet(JSON.stringify(set)),
      validateRuleSet(set),
      checkRuleSet(set, 'team'),
      checkRuleSet(JSON.stringify(set)),
    ]) {
      expect(res.ok).toBe(false);
      if (!res.ok) expect(res.problems.map((p) => p.code)).toEqual(['validationCrashed']);
    }
  });

  it("is listed on import in the writer's language, and nothing changes", async () => {
    const errors: unknown[] = [];
    const onError = (e: unknown) => errors.push(e);
    process.on('unhandledRejection', onError);
    mockLang.value = 'nl';
    render(<Sharing />);
    pick(file(JSON.stringify(crashingSet())));
    await waitFor(() =>
      expect(screen.getByTestId('import-errors').textContent).toMatch(
        /Helder kon deze regelset niet controleren \(Maximum call stack size exceeded\)/,
      ),
    );
    expect(screen.queryByTestId('import-preview')).toBeNull();
    expect(await personalRuleSetItem.getValue()).toBeNull();
    process.off('unhandledRejection', onError);
    expect(errors).toEqual([]);
  });

  it("a subscription's problems are listed in the writer's language", async () => {
    const user = userEvent.setup();
    fakeBrowser.permissions.request = vi.fn(async () => true) as never;
    const problem = { path: '$', code: 'validationCrashed', params: { detail: 'Maximum call stack size exceeded' }, message: 'x' };
    sendMessage.mockResolvedValue({ ok: false, errorKind: 'invalid', message: 'English detail', problems: [problem] });
    mockLang.value = 'nl';
    render(<Sharing />);
    await user.type(screen.getByTestId('subscribe-url'), 'https://rules.example.org/team.json');
    await user.click(screen.getByTestId('subscribe'));
    await waitFor(() =>
      expect(screen.getByTestId('subscribe-problems').textContent).toMatch(/\$: Helder kon deze regelset niet controleren/),
    );
    expect(screen.getByTestId('subscribe-message').textContent).not.toMatch(/could not be reached/);
  });

  it('a redirect, an older version and a full storage each have their own wording', async () => {
    const { failureKind } = await import('@/components/editor/Sharing');
    mockLang.value = 'nl';
    expect(failureKind('redirect')).toMatch(/doorgestuurd|stuurde Helder door/);
    expect(failureKind('older')).toMatch(/oudere versie/);
    expect(failureKind('storage')).toMatch(/opslag/);
    mockLang.value = 'en';
    expect(failureKind('older')).toMatch(/older version/);
    expect(teamSet().id).toBe('team.sd');
  });
});
