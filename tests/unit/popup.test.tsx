// @vitest-environment jsdom

import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeBrowser } from '@webext-core/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Finding } from '@/rules';
import { finding as base } from './finding';

const finding = (over: Partial<Finding>): Finding =>
  base({
    ruleId: 'nl.vague',
    ruleSetId: 'builtin.nl',
    suggestions: ['I will call you at {time}.'],
    picks: { time: ['today 4 pm'] },
    ...over,
  });

(globalThis as { chrome?: unknown }).chrome = fakeBrowser;
vi.mock('@/components/i18n', () => import('./i18n'));
const sendMessage = vi.fn();
vi.mock('@/utils/messaging', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/utils/messaging')>()),
  sendMessage: (...args: unknown[]) => sendMessage(...args),
}));

const { FindingList } = await import('@/components/findings/FindingList');
const { SuggestionForm } = await import('@/components/findings/SuggestionForm');
const { Popup } = await import('@/components/popup/Popup');
const { usePopup } = await import('@/components/popup/store');
const { keyFindings } = await import('@/utils/messaging');

afterEach(() => {
  cleanup();
  sendMessage.mockReset();
  fakeBrowser.reset();
});

describe('FindingList', () => {
  it('orders findings by severity and shows message, what the reader hears, and where the rule comes from', () => {
    const list = keyFindings([
      finding({ ruleId: 'a', severity: 'info', category: 'tip', start: 0, text: 'x' }),
      finding({ ruleId: 'b', severity: 'error', category: 'blame', start: 10, text: 'y', hears: 'It is my fault.' }),
      finding({ ruleId: 'c', severity: 'warning', start: 5, text: 'z' }),
    ]);
    render(
      <FindingList
        findings={list}
        origins={{ b: { source: 'team', ruleSetId: 't', locked: 'on' } }}
        actions={{ apply: async () => null }}
      />,
    );
    const items = screen.getAllByRole('listitem');
    expect(items.map((li) => li.dataset.ruleId)).toEqual(['b', 'c', 'a']);
    const first = within(items[0] as HTMLElement);
    expect(first.getByText('Serious')).toBeTruthy();
    expect(first.getByText('It is my fault.')).toBeTruthy();
    expect(first.getByText(/Team rule · locked/)).toBeTruthy();
  });

  it('says so when there is nothing to improve', () => {
    render(<FindingList findings={[]} actions={{ apply: async () => null }} />);
    expect(screen.getByText('Nothing to improve. Clear!')).toBeTruthy();
  });

  it('shows rule text as text, never as HTML', () => {
    render(
      <FindingList findings={keyFindings([finding({ message: '<img src=x onerror=alert(1)>' })])} actions={{ apply: async () => null }} />,
    );
    expect(screen.getByText('<img src=x onerror=alert(1)>')).toBeTruthy();
    expect(document.querySelector('img')).toBeNull();
  });

  it('shows why Apply failed', async () => {
    const user = userEvent.setup();
    render(
      <FindingList
        findings={keyFindings([finding({ suggestions: ['Today.'] })])}
        actions={{ apply: async () => 'The text changed; the suggestion no longer applies.' }}
      />,
    );
    await user.click(screen.getByRole('button', { name: 'Apply' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/text changed/);
  });
});

describe('SuggestionForm', () => {
  it('keeps Apply off until every placeholder is filled, by quick pick or by typing', async () => {
    const user = userEvent.setup();
    const onApply = vi.fn();
    render(
      <SuggestionForm
        suggestion="Ik bel u {tijdstip} over {onderwerp}."
        picks={{ tijdstip: ['vandaag 16:00', 'morgen 09:00'] }}
        onApply={onApply}
      />,
    );
    const apply = screen.getByRole('button', { name: 'Apply' }) as HTMLButtonElement;
    expect(apply.disabled).toBe(true);
    await user.click(screen.getByRole('button', { name: 'morgen 09:00' }));
    expect(apply.disabled).toBe(true);
    await user.type(screen.getByLabelText('Fill in: onderwerp'), 'uw wachtwoord');
    expect(apply.disabled).toBe(false);
    await user.click(apply);
    expect(onApply).toHaveBeenCalledWith('Ik bel u morgen 09:00 over uw wachtwoord.');
  });
});

describe('Popup', () => {
  const report = {
    draftId: 'd1',
    text: 'We will look into it soon.',
    result: { lang: 'en', score: 72, findings: [finding({ start: 21, end: 25 })], stats: {} },
    ignored: [],
    origins: { 'nl.vague': { source: 'builtin', ruleSetId: 'builtin.nl' } },
  };

  beforeEach(() => {
    usePopup.setState({ mode: 'loading', draftId: null, report: null, error: null, drafts: [] });
  });

  it('coaches the draft in the tab: score, counts, findings; Apply goes to the content script', async () => {
    const user = userEvent.setup();
    sendMessage.mockImplementation(async (type: string) => {
      if (type === 'listDrafts')
        return { host: 'mail.google.com', drafts: [{ draftId: 'd1', client: 'gmail', label: 'Re: VPN', score: 72, findingCount: 1 }] };
      if (type === 'getDraftReport') return report;
      if (type === 'applySuggestion') return { ok: true };
      return null;
    });
    render(<Popup tabId={7} />);
    expect((await screen.findByText('72')).className).toBe('num');
    expect(document.querySelector('li.finding')?.textContent).toMatch(/Vague promise/);
    expect(document.querySelector('.counts')?.textContent).toBe('Vague promise: 1');
    await user.click(screen.getByRole('button', { name: 'today 4 pm' }));
    await user.click(screen.getByRole('button', { name: 'Apply' }));
    expect(sendMessage).toHaveBeenCalledWith(
      'applySuggestion',
      { draftId: 'd1', key: 'nl.vague|soon|0', replacement: 'I will call you at today 4 pm.' },
      7,
    );
    expect(screen.getByLabelText('Helder on mail.google.com')).toBeTruthy();
  });

  it('falls back to the scratch pad when the tab has no mail page', async () => {
    sendMessage.mockRejectedValue(new Error('Could not establish connection. Receiving end does not exist.'));
    render(<Popup tabId={7} />);
    expect(await screen.findByLabelText('Your reply')).toBeTruthy();
    expect(screen.queryByLabelText(/Helder on/)).toBeNull();
  });

  it('shows a page error in plain words when the draft report can’t be fetched', async () => {
    sendMessage.mockImplementation(async (type: string) => {
      if (type === 'listDrafts')
        return { host: 'mail.google.com', drafts: [{ draftId: 'd1', client: 'gmail', label: '', score: 100, findingCount: 0 }] };
      throw new Error('The tab was closed.');
    });
    render(<Popup tabId={7} />);
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('Could not reach the mail page: The tab was closed.'));
  });
});
