// @vitest-environment jsdom
/**
 * The popup's states and actions beyond the basics in popup.test.tsx: several
 * drafts, a draft closing, no findings, refused and failed actions, Helder off
 * for the site, the severity filter, keyboard-only use, quick settings written
 * to storage, and the scratch pad with the real engine (apply, undo, copy,
 * rule sets that fail to load). The content script is a mocked sendMessage;
 * storage is the in-memory fake browser; strings come from the real en messages.
 */

import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeBrowser } from '@webext-core/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Finding } from '@/rules';
import type { DraftReport, DraftSummary } from '@/utils/messaging';
import { finding } from './finding';

(globalThis as { chrome?: unknown }).chrome = fakeBrowser;
vi.mock('@/components/i18n', () => import('./i18n'));
const sendMessage = vi.fn();
vi.mock('@/utils/messaging', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/utils/messaging')>()),
  sendMessage: (...args: unknown[]) => sendMessage(...args),
}));
/** Lets one test make loading the stored rule sets fail. */
const rulesLoad = vi.hoisted(() => ({ fail: false }));
vi.mock('@/utils/rulesets', async (importOriginal) => {
  const real = await importOriginal<typeof import('@/utils/rulesets')>();
  return {
    ...real,
    watchActiveRules: (...[cb, onError]: Parameters<typeof real.watchActiveRules>) => {
      if (!rulesLoad.fail) return real.watchActiveRules(cb, onError);
      void Promise.resolve().then(() => onError?.(new Error('storage is unreadable')));
      return () => {};
    },
  };
});

const { Popup } = await import('@/components/popup/Popup');
const { usePopup, refusalText } = await import('@/components/popup/store');
const { useSettings } = await import('@/components/stores/settings');
const { useRules } = await import('@/components/stores/rules');
const { getSettings, settingsItem, DEFAULT_SETTINGS } = await import('@/utils/settings');

function report(draftId: string, findings: Finding[], score = 80): DraftReport {
  return {
    draftId,
    text: 'soon. later. jargon here.',
    result: { lang: 'en', score, findings, stats: {} as DraftReport['result']['stats'] },
    ignored: [],
    origins: {},
  };
}

const summary = (draftId: string, label: string, score = 80): DraftSummary => ({
  draftId,
  client: 'gmail',
  label,
  score,
  findingCount: 1,
});

/** A fake content script: drafts and their reports, answering the popup's messages. */
function page(reports: Record<string, DraftReport>, labels: Record<string, string> = {}) {
  const state = { reports, drafts: Object.keys(reports).map((id) => summary(id, labels[id] ?? '')) };
  sendMessage.mockImplementation(async (type: string, data: { draftId?: string }) => {
    if (type === 'listDrafts') return { host: 'mail.google.com', drafts: state.drafts };
    if (type === 'getDraftReport') return state.reports[data.draftId ?? ''] ?? null;
    if (type === 'applySuggestion') return { ok: true };
    if (type === 'showFinding' || type === 'ignoreFinding') return true;
    return null;
  });
  return state;
}

const items = () => [...document.querySelectorAll<HTMLElement>('li.finding')];
const calls = (type: string) => sendMessage.mock.calls.filter((c) => c[0] === type);

beforeEach(() => {
  usePopup.setState({
    tabId: null,
    mode: 'loading',
    host: null,
    draftId: null,
    report: null,
    error: null,
    status: null,
    drafts: [],
    notRunning: false,
  });
  useSettings.setState({ settings: null, error: null });
  useRules.setState({ rules: null, engine: null, error: null });
  rulesLoad.fail = false;
});

afterEach(() => {
  cleanup();
  sendMessage.mockReset();
  fakeBrowser.reset();
});

describe('popup where Helder could not start', () => {
  it('says Helder is not running on that site (and that sending works as usual), with the scratch pad', async () => {
    sendMessage.mockImplementation(async (type: string) =>
      type === 'listDrafts' ? { host: 'outlook.office.com', drafts: [], notRunning: true } : null,
    );
    render(<Popup tabId={3} />);
    const note = await screen.findByText(/Helder is not running on outlook\.office\.com/);
    expect(note.textContent).toContain('Sending works as usual');
  });
});

describe('popup with drafts', () => {
  it('lets the writer pick one of several drafts and shows that draft’s findings', async () => {
    const user = userEvent.setup();
    page(
      {
        d1: report('d1', [finding({ ruleId: 'first.rule', message: 'First draft problem.' })], 80),
        d2: report('d2', [finding({ ruleId: 'second.rule', message: 'Second draft problem.' })], 55),
      },
      { d1: 'Re: VPN', d2: '' },
    );
    render(<Popup tabId={3} />);
    await screen.findByText('First draft problem.');
    const picker = screen.getByLabelText('Draft:') as HTMLSelectElement;
    expect([...picker.options].map((o) => o.textContent)).toEqual(['1. Re: VPN (score 80)', '2. (no subject) (score 80)']);
    await user.selectOptions(picker, 'd2');
    expect(await screen.findByText('Second draft problem.')).toBeTruthy();
    expect(screen.queryByText('First draft problem.')).toBeNull();
    expect(screen.getByText('55').className).toBe('num');
    expect(calls('getDraftReport').at(-1)?.[1]).toEqual({ draftId: 'd2' });
  });

  it('follows a draft being closed: says so and moves to the remaining one, or to the scratch pad', async () => {
    const state = page({
      d1: report('d1', [finding({ message: 'In the first.' })]),
      d2: report('d2', [finding({ message: 'In the second.' })]),
    });
    render(<Popup tabId={3} />);
    await screen.findByText('In the first.');
    state.drafts = state.drafts.filter((d) => d.draftId !== 'd1');
    await act(() => usePopup.getState().refresh());
    expect(screen.getByRole('status').textContent).toBe('The draft was closed.');
    expect(await screen.findByText('In the second.')).toBeTruthy();
    expect(screen.queryByLabelText('Draft:')).toBeNull();
    state.drafts = [];
    await act(() => usePopup.getState().refresh());
    expect(await screen.findByLabelText('Your reply')).toBeTruthy();
  });

  it('goes to the scratch pad when the mail page has no compose window open', async () => {
    sendMessage.mockResolvedValue({ host: 'mail.google.com', drafts: [] });
    render(<Popup tabId={3} />);
    expect(await screen.findByText('No draft open here. Paste or type a reply to check it.')).toBeTruthy();
    // The site switch is still offered: the page is a mail page.
    expect(screen.getByLabelText('Helder on mail.google.com')).toBeTruthy();
  });

  it('says the draft is clear when it has no findings', async () => {
    page({ d1: report('d1', [], 100) });
    render(<Popup tabId={3} />);
    expect(await screen.findByText('Nothing to improve. Clear!')).toBeTruthy();
    expect(screen.getByText('100').className).toBe('num');
    expect(screen.getByText('Clear')).toBeTruthy();
    expect(document.querySelector('.counts')).toBeNull();
  });

  it('shows a refused Apply in the writer’s words and keeps the finding', async () => {
    const user = userEvent.setup();
    page({ d1: report('d1', [finding({})]) });
    const base = sendMessage.getMockImplementation();
    sendMessage.mockImplementation(async (type: string, data: unknown) =>
      type === 'applySuggestion' ? { ok: false, reason: 'This draft is closed.' } : base?.(type, data),
    );
    render(<Popup tabId={3} />);
    await user.click(await screen.findByRole('button', { name: 'Apply' }));
    expect((await screen.findByRole('alert')).textContent).toBe('The draft was closed.');
    expect(items()).toHaveLength(1);
    expect(refusalText('Something unforeseen.')).toBe('Something unforeseen.');
  });

  it('shows Apply failing to reach the page', async () => {
    const user = userEvent.setup();
    page({ d1: report('d1', [finding({})]) });
    render(<Popup tabId={3} />);
    const apply = await screen.findByRole('button', { name: 'Apply' });
    sendMessage.mockRejectedValueOnce(new Error('The tab was closed.'));
    await user.click(apply);
    expect((await screen.findByRole('alert')).textContent).toBe('Could not reach the mail page: The tab was closed.');
  });

  it('after Apply says it can be undone in the draft and moves focus to the next finding', async () => {
    const user = userEvent.setup();
    const second = finding({ ruleId: 'second.rule', start: 10, end: 15, text: 'later' });
    const state = page({ d1: report('d1', [finding({}), second]) });
    render(<Popup tabId={3} />);
    await screen.findAllByRole('button', { name: 'Apply' });
    state.reports.d1 = report('d1', [second]);
    const first = within(items()[0] as HTMLElement);
    await user.click(first.getByRole('button', { name: 'Apply' }));
    expect(calls('applySuggestion')[0]?.[1]).toEqual({ draftId: 'd1', key: 'en.vague|soon|0', replacement: 'Today.' });
    expect(screen.getByRole('status').textContent).toBe('Applied in the draft. Ctrl+Z in the draft undoes it.');
    // The page re-analyses; the fixed finding leaves and focus is not dropped on the page body.
    await waitFor(() => expect(items()).toHaveLength(1));
    await waitFor(() => expect(document.activeElement).toBe(items()[0]));
    expect(items()[0]?.dataset.ruleId).toBe('second.rule');
  });

  it('reaches every action by keyboard: fill a placeholder by quick pick, Apply, Show, Ignore', async () => {
    const user = userEvent.setup();
    page({
      d1: report('d1', [finding({ suggestions: ['I will call you at {time}.'], picks: { time: ['today 4 pm', 'tomorrow 9 am'] } })]),
    });
    render(<Popup tabId={3} />);
    await screen.findByRole('button', { name: 'Apply' });
    const tabTo = async (name: string) => {
      for (let i = 0; i < 40 && document.activeElement?.textContent !== name; i++) await user.tab();
      expect(document.activeElement?.textContent).toBe(name);
    };
    await tabTo('tomorrow 9 am');
    await user.keyboard('{Enter}');
    await tabTo('Apply');
    await user.keyboard('{Enter}');
    expect(calls('applySuggestion')[0]?.[1]).toMatchObject({ replacement: 'I will call you at tomorrow 9 am.' });
    await tabTo('Show in draft');
    await user.keyboard(' ');
    expect(calls('showFinding')[0]?.[1]).toEqual({ draftId: 'd1', key: 'en.vague|soon|0' });
    await tabTo('Ignore');
    await user.keyboard('{Enter}');
    expect(calls('ignoreFinding')[0]?.[1]).toEqual({ draftId: 'd1', key: 'en.vague|soon|0' });
    await waitFor(() => expect(items()).toHaveLength(0));
    expect(screen.getByRole('status').textContent).toBe('Ignored for this draft.');
  });

  it('offers Show only for findings in the text, not for ones about the whole reply', async () => {
    page({
      d1: report('d1', [
        finding({ ruleId: 'span.rule' }),
        finding({ ruleId: 'msg.rule', scope: 'message', category: 'no-empathy', text: '', start: 0, end: 0 }),
      ]),
    });
    render(<Popup tabId={3} />);
    await screen.findAllByRole('button', { name: 'Apply' });
    const byRule = (id: string) => within(items().find((li) => li.dataset.ruleId === id) as HTMLElement);
    expect(byRule('span.rule').queryByRole('button', { name: 'Show in draft' })).toBeTruthy();
    expect(byRule('msg.rule').queryByRole('button', { name: 'Show in draft' })).toBeNull();
    expect(byRule('msg.rule').queryByRole('button', { name: 'Ignore' })).toBeTruthy();
  });

  it('says when Show finds the finding gone', async () => {
    const user = userEvent.setup();
    page({ d1: report('d1', [finding({})]) });
    const base = sendMessage.getMockImplementation();
    sendMessage.mockImplementation(async (type: string, data: unknown) => (type === 'showFinding' ? false : base?.(type, data)));
    render(<Popup tabId={3} />);
    await user.click(await screen.findByRole('button', { name: 'Show in draft' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('That finding is no longer in the draft.'));
  });
});

describe('quick settings', () => {
  it('with Helder off on this site shows no stale findings, and switching it on writes storage', async () => {
    const user = userEvent.setup();
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, disabledSites: ['mail.google.com'] });
    page({ d1: report('d1', [finding({ message: 'A finding.' })]) });
    render(<Popup tabId={3} />);
    expect(await screen.findByText(/Helder is off on this site/)).toBeTruthy();
    expect(screen.queryByText('A finding.')).toBeNull();
    const box = screen.getByLabelText('Helder on mail.google.com') as HTMLInputElement;
    expect(box.checked).toBe(false);
    await user.click(box);
    await waitFor(async () => expect((await getSettings()).disabledSites).toEqual([]));
    expect(await screen.findByText('A finding.')).toBeTruthy();
    await user.click(screen.getByLabelText('Helder on mail.google.com'));
    await waitFor(async () => expect((await getSettings()).disabledSites).toEqual(['mail.google.com']));
  });

  it('with Helder switched off everywhere offers to switch it on', async () => {
    const user = userEvent.setup();
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, enabled: false });
    page({ d1: report('d1', [finding({})]) });
    render(<Popup tabId={3} />);
    expect(await screen.findAllByText('Helder is switched off.')).toHaveLength(2);
    await user.click(screen.getByRole('button', { name: 'Switch Helder on' }));
    await waitFor(async () => expect((await getSettings()).enabled).toBe(true));
    await waitFor(() => expect(items()).toHaveLength(1));
  });

  it('shows only the chosen severities, says how many are hidden, and stores language and severities', async () => {
    const user = userEvent.setup();
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, showSeverities: ['error'] });
    page({ d1: report('d1', [finding({ severity: 'warning' })]) });
    render(<Popup tabId={3} />);
    expect(await screen.findByText('Nothing to show at the severities you chose.')).toBeTruthy();
    expect(screen.getByText('1 more hidden by your choice under Show (Quick settings).')).toBeTruthy();
    await user.click(screen.getByRole('checkbox', { name: 'Warning' }));
    await waitFor(() => expect(items()).toHaveLength(1));
    expect((await getSettings()).showSeverities).toEqual(['error', 'warning']);
    await user.selectOptions(screen.getByLabelText('Language of the text:'), 'nl');
    await waitFor(async () => expect((await getSettings()).lang).toBe('nl'));
  });
});

describe('scratch pad', () => {
  const reply = 'Dear Anna,\n\nNo, that is not possible. We will look into it.\n\nTim';

  it('checks a typed reply with the rules in force, applies a suggestion, undoes it and copies the text', async () => {
    const user = userEvent.setup();
    render(<Popup tabId={null} />);
    const box = (await screen.findByLabelText('Your reply')) as HTMLTextAreaElement;
    await waitFor(() => expect(useRules.getState().engine).not.toBeNull());
    await user.click(box);
    await user.paste(reply);
    await waitFor(() => expect(items().length).toBeGreaterThan(0));
    expect(items()[0]?.querySelector('.sev')?.textContent).toMatch(/Serious/);
    expect(items()[0]?.querySelector('.src')?.textContent).toBe('Built-in rule');
    // Apply the first suggestion, its placeholders typed in.
    const sugg = items()[0]?.querySelector('.sugg') as HTMLElement;
    for (const input of within(sugg).queryAllByRole('textbox')) await user.type(input, 'now');
    await user.click(within(sugg).getByRole('button', { name: 'Apply' }));
    await waitFor(() => expect(box.value).not.toBe(reply));
    // The refusal keeps the writer's words and gains a reason and an alternative.
    expect(box.value).toContain('No, that is not possible, because now. What we can do instead: now.');
    expect(screen.getByRole('status').textContent).toBe('Applied.');
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(box.value).toBe(reply);
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Copy text' }));
    expect(await navigator.clipboard.readText()).toBe(reply);
    expect(screen.getByRole('status').textContent).toBe('Copied.');
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValueOnce(new Error('denied'));
    await user.click(screen.getByRole('button', { name: 'Copy text' }));
    expect(screen.getByRole('status').textContent).toBe('Could not copy; select the text and press Ctrl+C.');
  });

  it('says so when the stored rule sets can’t be loaded, and checks with the built-in rules', async () => {
    const user = userEvent.setup();
    rulesLoad.fail = true;
    render(<Popup tabId={null} />);
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Could not load your rule sets (storage is unreadable); checking with the built-in rules.',
    );
    await user.click(screen.getByLabelText('Your reply'));
    await user.paste(reply);
    await waitFor(() => expect(items().length).toBeGreaterThan(0));
  });
});
