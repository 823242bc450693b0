// @vitest-environment jsdom

import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeBrowser } from '@webext-core/fake-browser';
import { afterEach, describe, expect, it, vi } from 'vitest';

(globalThis as { chrome?: unknown }).chrome = fakeBrowser;
vi.mock('@/components/i18n', () => import('./i18n'));

const { RuleForm } = await import('@/components/editor/RuleForm');
const { Sharing } = await import('@/components/editor/Sharing');
const { useEditor } = await import('@/components/editor/store');
const { parseTermRows, duplicateRows } = await import('@/components/editor/csv');
const { Settings } = await import('@/components/editor/Settings');
const { useSettings } = await import('@/components/stores/settings');
const { getSettings, personalRuleSetItem } = await import('@/utils/settings');

afterEach(() => {
  cleanup();
  fakeBrowser.reset();
  useEditor.setState({ layer: 'personal', team: null, personal: null, subscription: null, policy: {}, loaded: true });
});

async function fillRule(user: ReturnType<typeof userEvent.setup>) {
  const id = screen.getByLabelText('Id');
  await user.clear(id);
  await user.type(id, 'mine.wizard');
  fireEvent.change(screen.getByTestId('patterns'), { target: { value: 'config wizard' } });
  fireEvent.change(screen.getByLabelText('Message to the writer'), { target: { value: 'Name the window.' } });
  fireEvent.change(screen.getByLabelText('What the reader hears'), { target: { value: 'You think I am slow.' } });
  fireEvent.change(screen.getByLabelText('Example 1: text'), { target: { value: 'Open the config wizard first.' } });
  fireEvent.change(screen.getByLabelText('Example 1: marked part'), { target: { value: 'config wizard' } });
}

describe('rule form', () => {
  it('shows each example pass or fail live as the rule changes', async () => {
    const user = userEvent.setup();
    render(<RuleForm rule={null} onClose={() => {}} />);
    await fillRule(user);
    await waitFor(() => expect(screen.getByTestId('example-verdict').textContent).toMatch(/passes/));
    fireEvent.change(screen.getByTestId('patterns'), { target: { value: 'setup wizard' } });
    await waitFor(() => expect(screen.getByTestId('example-verdict').textContent).toMatch(/fails/));
    fireEvent.change(screen.getByTestId('good-examples'), { target: { value: 'Open the setup wizard now.' } });
    await waitFor(() => expect(screen.getAllByTestId('example-verdict').some((v) => /fails/.test(v.textContent ?? ''))).toBe(true));
  });

  it('shows problems next to their field in plain words and refuses to save; a valid rule is saved', async () => {
    const user = userEvent.setup();
    const onClose = vi.fn();
    render(<RuleForm rule={null} onClose={onClose} />);
    await fillRule(user);
    const id = screen.getByLabelText('Id');
    await user.clear(id);
    await user.type(id, 'Bad Id');
    await waitFor(() => expect(screen.getByText(/an id may only use lowercase letters/)).toBeTruthy());
    expect((screen.getByTestId('save-rule') as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(screen.getByTestId('patterns'), {
      target: { value: '(a|b|c|d) (a|b|c|d) (a|b|c|d) (a|b|c|d) (a|b|c|d) (a|b|c|d) (a|b|c|d)' },
    });
    await waitFor(() => expect(screen.getByText(/pattern ".*" .*(variants|too)/)).toBeTruthy());
    expect(await personalRuleSetItem.getValue()).toBeNull();

    fireEvent.change(screen.getByTestId('patterns'), { target: { value: 'config wizard' } });
    await user.clear(id);
    await user.type(id, 'mine.wizard');
    await waitFor(() => expect((screen.getByTestId('save-rule') as HTMLButtonElement).disabled).toBe(false));
    await user.click(screen.getByTestId('save-rule'));
    await waitFor(() => expect(onClose).toHaveBeenCalledWith(true));
    expect((await personalRuleSetItem.getValue())?.ruleSet.rules.map((r) => r.id)).toEqual(['mine.wizard']);
  });

  it('takes jargon by bulk paste and flags duplicate terms, blocking save', async () => {
    const user = userEvent.setup();
    render(<RuleForm rule={null} onClose={() => {}} />);
    await user.selectOptions(screen.getByLabelText('Finds'), 'jargon');
    fireEvent.change(screen.getByTestId('bulk-paste'), {
      target: { value: 'VPN\tbeveiligde verbinding\n"DNS, server","adresboek"\nvpn,veilige verbinding\nonly-a-term' },
    });
    await user.click(screen.getByRole('button', { name: 'Add pasted terms' }));
    expect(screen.getAllByTestId('jargon-row')).toHaveLength(3);
    expect(screen.getByText(/lines 4 have no plain alternative/)).toBeTruthy();
    expect(document.querySelectorAll('tr.dup .flag')).toHaveLength(2);
    expect(screen.getByText(/2 rows have a term that occurs more than once/)).toBeTruthy();
    expect((screen.getByTestId('save-rule') as HTMLButtonElement).disabled).toBe(true);
  });
});

describe('bulk paste parsing', () => {
  it('reads TSV and CSV with quotes, and finds duplicates case-insensitively', () => {
    const { rows, skipped } = parseTermRows('a\tb\n"x, y","say ""hi"""\n\nlonely');
    expect(rows).toEqual([
      { term: 'a', plain: 'b' },
      { term: 'x, y', plain: 'say "hi"' },
    ]);
    expect(skipped).toEqual([4]);
    expect([
      ...duplicateRows([
        { term: 'A', plain: '' },
        { term: 'b', plain: '' },
        { term: ' a ', plain: '' },
      ]),
    ]).toEqual([0, 2]);
  });
});

describe('import', () => {
  const file = (text: string) => new File([text], 'team.json', { type: 'application/json' });

  it('refuses invalid JSON with a clear message and changes nothing', async () => {
    render(<Sharing />);
    fireEvent.change(screen.getByTestId('import-file'), { target: { files: [file('{ "id": ')] } });
    await waitFor(() => expect(screen.getByTestId('import-errors').textContent).toMatch(/not valid JSON/));
    expect(await personalRuleSetItem.getValue()).toBeNull();
  });

  it('shows what changes before applying, and applies on request', async () => {
    const user = userEvent.setup();
    render(<Sharing />);
    const set = {
      id: 'mine',
      name: 'Mine',
      version: 2,
      lang: 'en',
      rules: [
        { id: 'mine.a', category: 'tip', severity: 'info', match: { type: 'phrases', patterns: ['kindly'] }, message: 'm', hears: 'h' },
      ],
    };
    fireEvent.change(screen.getByTestId('import-file'), { target: { files: [file(JSON.stringify(set))] } });
    await waitFor(() => expect(screen.getByTestId('import-diff').textContent).toMatch(/Rules added \(1\): mine\.a/));
    expect(await personalRuleSetItem.getValue()).toBeNull();
    await user.click(screen.getByTestId('import-apply'));
    await waitFor(async () => expect((await personalRuleSetItem.getValue())?.ruleSet.version).toBe(2));
  });
});

describe('settings', () => {
  it('switches the review before sending off and sets its threshold, in storage', async () => {
    const user = userEvent.setup();
    const unwatch = useSettings.getState().connect();
    render(<Settings />);
    await user.selectOptions(await screen.findByTestId('presend-threshold'), 'warning');
    await waitFor(async () => expect((await getSettings()).presend).toEqual({ enabled: true, threshold: 'warning' }));
    await user.click(screen.getByTestId('presend-enabled'));
    await waitFor(async () => expect((await getSettings()).presend.enabled).toBe(false));
    expect((screen.getByTestId('presend-threshold') as HTMLSelectElement).disabled).toBe(true);
    unwatch();
  });
});
