// @vitest-environment jsdom
/**
 * Sharing on the options page: import (refused with every problem listed and
 * storage untouched, or previewed as a diff and applied on request), export
 * (version bumped, today's date, file name), and subscribing by URL (host
 * permission asked in the click, then the background asked; status from
 * storage). The background is stood in for by a mocked sendMessage.
 */

import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeBrowser } from '@webext-core/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

(globalThis as { chrome?: unknown }).chrome = fakeBrowser;
vi.mock('@/components/i18n', () => import('./i18n'));
const { mockLang } = await import('./i18n');
const { problem } = await import('@/rules');
const sendMessage = vi.fn();
vi.mock('@/utils/messaging', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/utils/messaging')>()),
  sendMessage: (...args: unknown[]) => sendMessage(...args),
}));

const { Sharing } = await import('@/components/editor/Sharing');
const { useEditor } = await import('@/components/editor/store');
const { personalRuleSetItem, subscriptionItem, teamRuleSetItem } = await import('@/utils/settings');
const { saveRuleSet } = await import('@/utils/rulesets');

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

const rule = (id: string, patterns: string[], severity = 'info') => ({
  id,
  category: 'tip',
  severity,
  match: { type: 'phrases', patterns },
  message: 'm',
  hears: 'h',
});
const mine = (version: number, rules: unknown[], extra: Record<string, unknown> = {}) => ({
  id: 'mine',
  name: 'Mine',
  version,
  lang: 'en',
  rules,
  ...extra,
});
const file = (text: string, name = 'mine.json') => new File([text], name, { type: 'application/json' });
const pick = (f: File) => fireEvent.change(screen.getByTestId('import-file'), { target: { files: [f] } });

describe('import', () => {
  it('refuses invalid JSON with a clear message and leaves the stored set as it was', async () => {
    expect((await saveRuleSet('personal', mine(1, [rule('mine.a', ['kindly'])]), 'first.json')).ok).toBe(true);
    const before = await personalRuleSetItem.getValue();
    render(<Sharing />);
    pick(file('{ "id": '));
    await waitFor(() => expect(screen.getByTestId('import-errors').textContent).toMatch(/nothing changed.*\$: is not valid JSON/s));
    expect(screen.queryByTestId('import-preview')).toBeNull();
    expect(await personalRuleSetItem.getValue()).toEqual(before);
  });

  it('lists every schema problem by path in plain words, and changes nothing', async () => {
    render(<Sharing />);
    pick(file(JSON.stringify(mine(2, [{ ...rule('Mine A', ['kindly']), severity: 'loud' }]))));
    const errors = await screen.findByTestId('import-errors');
    expect(errors.textContent).toMatch(/\$\.rules\[0\]\.id: an id may only use lowercase letters/);
    expect(errors.textContent).toMatch(/\$\.rules\[0\]\.severity: should be one of "error", "warning", "info", but is "loud"/);
    expect(await personalRuleSetItem.getValue()).toBeNull();
  });

  it('refuses a set over 1 MB', async () => {
    render(<Sharing />);
    pick(file(JSON.stringify(mine(2, [rule('mine.a', ['x'.repeat(1024 * 1024)])]))));
    await waitFor(() => expect(screen.getByTestId('import-errors').textContent).toMatch(/larger than 1 MB/));
    expect(await personalRuleSetItem.getValue()).toBeNull();
  });

  it('shows what changes before applying; Cancel keeps the old set, Apply stores the new one', async () => {
    const user = userEvent.setup();
    const jargon = (terms: Array<[string, string]>) => ({
      id: 'mine.jargon',
      category: 'jargon',
      severity: 'info',
      match: { type: 'jargon', terms: terms.map(([term, plain]) => ({ term, plain })) },
      message: 'm',
      hears: 'h',
    });
    const v1 = mine(1, [
      rule('mine.a', ['kindly']),
      rule('mine.b', ['revert']),
      jargon([
        ['VPN', 'secure connection'],
        ['DNS', 'address book'],
      ]),
    ]);
    const v2 = mine(
      2,
      [
        rule('mine.a', ['kindly'], 'warning'),
        rule('mine.c', ['do the needful']),
        jargon([
          ['VPN', 'safe connection'],
          ['MFA', 'extra login code'],
        ]),
      ],
      { author: 'Lead', overrides: { 'en.passive': { enabled: false } } },
    );
    expect((await saveRuleSet('personal', v1, 'v1.json')).ok).toBe(true);
    render(<Sharing />);
    pick(file(JSON.stringify(v2), 'v2.json'));
    const diff = await screen.findByTestId('import-diff');
    expect(screen.getByTestId('import-preview').textContent).toMatch(/v2\.json: “Mine” version 2/);
    for (const line of [
      /Version: 1 → 2/,
      /Author: — → Lead/,
      /Rules added \(1\): mine\.c/,
      /Rules removed \(1\): mine\.b/,
      /Rules changed \(2\): mine\.a \(severity\), mine\.jargon \(match\)/,
      /Terms added \(1\): MFA/,
      /Terms removed \(1\): DNS/,
      /Terms changed \(1\): VPN/,
      /Rule settings changed \(1\): en\.passive/,
    ])
      expect(diff.textContent).toMatch(line);
    expect((await personalRuleSetItem.getValue())?.ruleSet.version).toBe(1);

    await user.click(screen.getByTestId('import-cancel'));
    expect(screen.queryByTestId('import-preview')).toBeNull();
    expect((await personalRuleSetItem.getValue())?.ruleSet.version).toBe(1);

    pick(file(JSON.stringify(v2), 'v2.json'));
    await user.click(await screen.findByTestId('import-apply'));
    await waitFor(async () => expect((await personalRuleSetItem.getValue())?.ruleSet.version).toBe(2));
    expect((await personalRuleSetItem.getValue())?.origin).toBe('v2.json');
    expect(screen.getByTestId('import-status').textContent).toMatch(/Imported “Mine” version 2/);
  });
  it('previews lock changes of a team set in words', async () => {
    expect((await saveRuleSet('team', { ...mine(1, []), id: 'team.noord', locks: { 'nl.jargon': 'off' } }, 'v1.json')).ok).toBe(true);
    useEditor.setState({ layer: 'team' });
    render(<Sharing />);
    pick(file(JSON.stringify({ ...mine(2, []), id: 'team.noord', locks: { 'nl.blame.schuld': 'on' } })));
    const diff = await screen.findByTestId('import-diff');
    expect(diff.textContent).toMatch(
      /Locks changed \(2\): nl\.blame\.schuld: writer decides → locked on, nl\.jargon: locked off → writer decides/,
    );
  });
});

describe('export', () => {
  it('offers the next version, writes name, version, author and today into the file and the stored set', async () => {
    const user = userEvent.setup();
    expect((await saveRuleSet('personal', mine(6, [rule('mine.a', ['kindly'])]), 'editor')).ok).toBe(true);
    let blob: Blob | undefined;
    let name = '';
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      blob = b as Blob;
      return 'blob:helder';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      name = this.download;
    });
    render(<Sharing />);
    const version = await screen.findByTestId('export-version');
    await waitFor(() => expect((version as HTMLInputElement).value).toBe('7'));
    await user.type(screen.getByLabelText('Author'), 'Anja');
    await user.click(screen.getByTestId('export'));
    await waitFor(() => expect(name).toBe('helder-mine-7.json'));
    const today = new Date().toISOString().slice(0, 10);
    expect(JSON.parse(await (blob as Blob).text())).toMatchObject({ id: 'mine', name: 'Mine', version: 7, author: 'Anja', updated: today });
    expect((await personalRuleSetItem.getValue())?.ruleSet).toMatchObject({ version: 7, author: 'Anja', updated: today });
  });

  it('saves name, author and language without exporting, keeping the version', async () => {
    const user = userEvent.setup();
    expect((await saveRuleSet('personal', mine(6, []), 'editor')).ok).toBe(true);
    render(<Sharing />);
    await user.selectOptions(await screen.findByLabelText('Language'), 'nl');
    await user.type(screen.getByLabelText('Author'), 'Anja');
    await user.click(screen.getByTestId('save-details'));
    await waitFor(async () =>
      expect((await personalRuleSetItem.getValue())?.ruleSet).toMatchObject({ lang: 'nl', author: 'Anja', version: 6 }),
    );
  });

  it('refuses an export without a name, next to the field', async () => {
    const user = userEvent.setup();
    expect((await saveRuleSet('personal', mine(6, []), 'editor')).ok).toBe(true);
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    render(<Sharing />);
    await user.clear(await screen.findByLabelText('Name'));
    await user.click(screen.getByTestId('export'));
    await waitFor(() => expect(screen.getByText(/the name is empty/)).toBeTruthy());
    expect(click).not.toHaveBeenCalled();
    expect((await personalRuleSetItem.getValue())?.ruleSet.version).toBe(6);
  });
});

describe('subscribe', () => {
  const URL_ = 'https://intranet.example.org/helder/team.json';

  it('asks for that host in the click, then asks the background; the status follows storage', async () => {
    const user = userEvent.setup();
    const request = vi.fn(async () => true);
    fakeBrowser.permissions.request = request as never;
    sendMessage.mockResolvedValue({ ok: true, status: 'updated', version: '7' });
    useEditor.setState({ layer: 'team' });
    render(<Sharing />);
    expect(screen.getByTestId('subscription-status').textContent).toMatch(/Not subscribed/);
    await user.type(screen.getByTestId('subscribe-url'), URL_);
    await user.click(screen.getByTestId('subscribe'));
    await waitFor(() => expect(sendMessage).toHaveBeenCalledWith('subscribe', { url: URL_ }));
    expect(request).toHaveBeenCalledWith({ origins: ['https://intranet.example.org/*'] });
    expect(request.mock.invocationCallOrder[0]).toBeLessThan(sendMessage.mock.invocationCallOrder[0] as number);
    expect(screen.getByTestId('subscribe-message').textContent).toMatch(/Fetched version 7/);

    // What the background stores shows up in the status line.
    expect((await saveRuleSet('team', { ...mine(7, []), id: 'team.noord' }, URL_)).ok).toBe(true);
    const now = new Date();
    await subscriptionItem.setValue({ url: URL_, checkedAt: now.toISOString(), updatedAt: now.toISOString(), version: '7' });
    await waitFor(() => expect(screen.getByTestId('subscription-status').textContent).toMatch(/Updated \d{1,2}[:.]\d{2}.*\(version 7\)/));
    await subscriptionItem.setValue({
      url: URL_,
      version: '7',
      error: '$.rules[0].id: an id may only use lowercase letters\n$.rules[0].hears: is missing',
      errorKind: 'invalid',
      failedAt: now.toISOString(),
    });
    await waitFor(() =>
      expect(screen.getByTestId('subscription-status').textContent).toMatch(
        /Update failed: the rule set is not valid\. Still using version 7\./,
      ),
    );
    expect(screen.getByTestId('subscription-details').textContent).toMatch(/\$\.rules\[0\]\.hears: is missing/);

    // Problems stored with their codes are worded in the writer's language.
    mockLang.value = 'nl';
    await subscriptionItem.setValue({
      url: URL_,
      version: '7',
      error: '$.rules[0].hears: is missing',
      errorKind: 'invalid',
      problems: [problem('$.rules[0].hears', 'missing'), problem('$.rules[0].id', 'duplicateId', { id: 'x', rule: 1 })],
      failedAt: now.toISOString(),
    });
    await waitFor(() => expect(screen.getByTestId('subscription-details').textContent).toMatch(/\$\.rules\[0\]\.hears: ontbreekt/));
    expect(screen.getByTestId('subscription-details').textContent).toContain('$.rules[0].id: het id "x" wordt al gebruikt door regel 1');
    mockLang.value = 'en';

    sendMessage.mockResolvedValue({ ok: true, status: 'updated', version: '8' });
    await user.click(screen.getByTestId('refresh'));
    expect(sendMessage).toHaveBeenLastCalledWith('refreshSubscription', undefined);
  });

  it('does not ask the background when access is refused, nor for an address without https', async () => {
    const user = userEvent.setup();
    const request = vi.fn(async () => false);
    fakeBrowser.permissions.request = request as never;
    render(<Sharing />);
    await user.type(screen.getByTestId('subscribe-url'), 'http://intranet.example.org/team.json');
    await user.click(screen.getByTestId('subscribe'));
    expect(screen.getByTestId('subscribe-message').textContent).toMatch(/not a usable address.*https/);
    expect(request).not.toHaveBeenCalled();

    await user.clear(screen.getByTestId('subscribe-url'));
    await user.type(screen.getByTestId('subscribe-url'), URL_);
    await user.click(screen.getByTestId('subscribe'));
    await waitFor(() => expect(screen.getByTestId('subscribe-message').textContent).toMatch(/Access to that site was not granted/));
    expect(sendMessage).not.toHaveBeenCalled();
    expect(await teamRuleSetItem.getValue()).toBeNull();
  });
});
