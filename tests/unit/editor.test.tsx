// @vitest-environment jsdom
/**
 * The rule form: live pass/fail of the examples, errors next to their field,
 * save refused while invalid, the jargon table, editing without losing
 * anything, and "try on a reply". Storage is the in-memory fake browser; UI
 * strings come from the real English messages.json.
 */

import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeBrowser } from '@webext-core/fake-browser';
import { afterEach, describe, expect, it, vi } from 'vitest';

(globalThis as { chrome?: unknown }).chrome = fakeBrowser;
vi.mock('@/components/i18n', () => import('./i18n'));

const { RuleForm } = await import('@/components/editor/RuleForm');
const { useEditor } = await import('@/components/editor/store');
const { parseTermRows, duplicateRows } = await import('@/components/editor/csv');
const { Settings } = await import('@/components/editor/Settings');
const { useSettings } = await import('@/components/stores/settings');
const { getSettings, personalRuleSetItem, teamRuleSetItem } = await import('@/utils/settings');
const { saveRuleSet } = await import('@/utils/rulesets');

afterEach(() => {
  cleanup();
  fakeBrowser.reset();
  useEditor.setState({ layer: 'personal', team: null, personal: null, subscription: null, policy: {}, loaded: true });
});

const change = (el: HTMLElement, value: string) => fireEvent.change(el, { target: { value } });
const verdicts = () => screen.queryAllByTestId('example-verdict').map((v) => v.textContent ?? '');
const saveButton = () => screen.getByTestId('save-rule') as HTMLButtonElement;
/** The field container (label, input, its errors) of a labelled control. */
const fieldOf = (label: string) => screen.getByLabelText(label).closest('.field') as HTMLElement;

function fillRule() {
  change(screen.getByLabelText('Id'), 'mine.wizard');
  change(screen.getByTestId('patterns'), 'config wizard');
  change(screen.getByLabelText('Message to the writer'), 'Name the window.');
  change(screen.getByLabelText('What the reader hears'), 'You think I am slow.');
  change(screen.getByLabelText('Example 1: text'), 'Open the config wizard first.');
  change(screen.getByLabelText('Example 1: marked part'), 'config wizard');
}

describe('rule form', () => {
  it('shows each example pass or fail live as the pattern and the examples change', async () => {
    render(<RuleForm rule={null} onClose={() => {}} />);
    // Before message and "hears" are written, the examples already run.
    change(screen.getByTestId('patterns'), 'config wizard');
    change(screen.getByLabelText('Example 1: text'), 'Open the config wizard first.');
    change(screen.getByLabelText('Example 1: marked part'), 'config wizard');
    await waitFor(() => expect(verdicts()).toEqual([expect.stringMatching(/✓ passes/)]));

    change(screen.getByTestId('patterns'), 'setup wizard');
    await waitFor(() => expect(verdicts()).toEqual([expect.stringMatching(/✗ fails — does not mark "config wizard"/)]));

    change(screen.getByTestId('patterns'), 'config wizard');
    change(screen.getByLabelText('Near miss 1'), 'Open the config wizard later.');
    await waitFor(() =>
      expect(verdicts()).toEqual([expect.stringMatching(/passes/), expect.stringMatching(/fails — fires on "config wizard"/)]),
    );
    change(screen.getByLabelText('Near miss 1'), 'Open the settings window later.');
    await waitFor(() => expect(verdicts()).toEqual([expect.stringMatching(/passes/), expect.stringMatching(/passes/)]));
  });

  it('checks that taking over a suggestion makes the rule quiet', async () => {
    render(<RuleForm rule={null} onClose={() => {}} />);
    fillRule();
    change(screen.getByLabelText('Clearer wordings, one per line'), 'the config wizard window');
    await waitFor(() => expect(verdicts()).toContainEqual(expect.stringMatching(/suggestion 1 taken over: ✗ fails/)));
    change(screen.getByLabelText('Clearer wordings, one per line'), 'the settings window');
    await waitFor(() => expect(verdicts()).toContainEqual(expect.stringMatching(/suggestion 1 taken over: ✓ passes/)));
  });

  it('shows problems next to their field in plain words and refuses to save; a valid rule is saved', async () => {
    const user = userEvent.setup();
    const onClose = vi.fn();
    render(<RuleForm rule={null} onClose={onClose} />);
    fillRule();
    change(screen.getByLabelText('Id'), 'Bad Id');
    await waitFor(() =>
      expect(within(fieldOf('Id')).getByTestId('field-error').textContent).toMatch(/an id may only use lowercase letters/),
    );
    expect(screen.getByLabelText('Id').getAttribute('aria-invalid')).toBe('true');
    expect(saveButton().disabled).toBe(true);
    expect(screen.getByTestId('save-blocked').textContent).toMatch(/Fix the marked fields first/);

    change(
      screen.getByTestId('patterns'),
      '(a x|b x|c x|d x) (a x|b x|c x|d x) (a x|b x|c x|d x) (a x|b x|c x|d x) (a x|b x|c x|d x) (a x|b x|c x|d x) (a x|b x|c x|d x)',
    );
    await waitFor(() =>
      expect(within(fieldOf('Phrases or patterns, one per line')).getByTestId('field-error').textContent).toMatch(/variants/),
    );
    change(screen.getByLabelText('Example 1: marked part'), 'wizard config');
    await waitFor(() =>
      expect(within(screen.getByTestId('bad-example')).getByTestId('field-error').textContent).toMatch(
        /the span "wizard config" does not occur in the example text/,
      ),
    );
    // A click on the disabled button does nothing; nothing reached storage.
    await user.click(saveButton());
    expect(onClose).not.toHaveBeenCalled();
    expect(await personalRuleSetItem.getValue()).toBeNull();

    change(screen.getByTestId('patterns'), 'config wizard');
    change(screen.getByLabelText('Example 1: marked part'), 'config wizard');
    change(screen.getByLabelText('Id'), 'mine.wizard');
    await waitFor(() => expect(saveButton().disabled).toBe(false));
    expect(screen.queryAllByTestId('field-error')).toHaveLength(0);
    await user.click(saveButton());
    await waitFor(() => expect(onClose).toHaveBeenCalledWith(true));
    const stored = await personalRuleSetItem.getValue();
    expect(stored?.ruleSet.id).toBe('personal');
    expect(stored?.ruleSet.rules.map((r) => r.id)).toEqual(['mine.wizard']);
  });

  it('refuses an id that a rule of another layer already has, next to the id', async () => {
    render(<RuleForm rule={null} onClose={() => {}} />);
    fillRule();
    change(screen.getByLabelText('Id'), 'nl.blame.schuld');
    await waitFor(() => expect(within(fieldOf('Id')).getByTestId('field-error').textContent).toMatch(/already used by a rule/));
    expect(saveButton().disabled).toBe(true);
  });

  it('takes jargon by bulk paste (header row skipped) and flags duplicate terms, blocking save', async () => {
    const user = userEvent.setup();
    render(<RuleForm rule={null} onClose={() => {}} />);
    fillRule();
    await user.selectOptions(screen.getByLabelText('Finds'), 'jargon');
    change(
      screen.getByTestId('bulk-paste'),
      'term\tplain\nVPN\tbeveiligde verbinding\n"DNS, server","adresboek"\nvpn,veilige verbinding\nonly-a-term',
    );
    await user.click(screen.getByRole('button', { name: 'Add pasted terms' }));
    expect(screen.getAllByTestId('jargon-row')).toHaveLength(3);
    expect((screen.getByLabelText('Term 2') as HTMLInputElement).value).toBe('DNS, server');
    expect(screen.getByText(/lines 5 have no plain alternative/)).toBeTruthy();
    expect(document.querySelectorAll('tr.dup .flag')).toHaveLength(2);
    expect(screen.getByTestId('jargon-duplicates').textContent).toMatch(/2 rows have a term that occurs more than once.*\(vpn\)/);
    await waitFor(() => expect(screen.queryByTestId('save-blocked')).toBeTruthy());
    expect(saveButton().disabled).toBe(true);

    // Removing the duplicate unblocks saving; the rule is stored with its terms.
    await user.click(screen.getByRole('button', { name: 'Remove vpn' }));
    expect(document.querySelectorAll('tr.dup')).toHaveLength(0);
    change(screen.getByLabelText('Example 1: marked part'), 'VPN');
    change(screen.getByLabelText('Example 1: text'), 'Start the VPN first.');
    await waitFor(() => expect(saveButton().disabled).toBe(false));
    await user.click(saveButton());
    await waitFor(async () =>
      expect((await personalRuleSetItem.getValue())?.ruleSet.rules[0]?.match).toEqual({
        type: 'jargon',
        terms: [
          { term: 'VPN', plain: 'beveiligde verbinding' },
          { term: 'DNS, server', plain: 'adresboek' },
        ],
      }),
    );
  });

  it('edits a stored rule without losing what the form has no field for', async () => {
    const user = userEvent.setup();
    const team = {
      id: 'team.noord',
      name: 'Noord',
      version: 3,
      lang: 'nl',
      signals: { moment: ['vandaag', 'om <time>'] },
      rules: [
        {
          id: 'team.asap',
          category: 'vague-promise',
          severity: 'warning',
          match: { type: 'phrases', patterns: ['zo snel mogelijk'] },
          unless: [{ signal: 'moment', in: 'sentence+around' }],
          message: 'Noem een moment.',
          hears: 'Ooit.',
          examples: {
            bad: [{ text: 'Ik doe het zo snel mogelijk.', span: 'zo snel mogelijk' }],
            good: ['Ik doe het zo snel mogelijk, vandaag.'],
          },
        },
      ],
    };
    const saved = await saveRuleSet('team', team, 'test');
    if (!saved.ok) throw new Error(JSON.stringify(saved.problems));
    useEditor.setState({ layer: 'team', team: await teamRuleSetItem.getValue() });
    render(<RuleForm rule={saved.ruleSet.rules[0] ?? null} onClose={() => {}} />);
    expect((screen.getByLabelText('Not-when condition 1: signal') as HTMLSelectElement).value).toBe('moment');
    await waitFor(() => expect(verdicts()).toEqual([expect.stringMatching(/passes/), expect.stringMatching(/passes/)]));
    change(screen.getByLabelText('Message to the writer'), 'Noem een concreet moment.');
    await waitFor(() => expect(saveButton().disabled).toBe(false));
    await user.click(saveButton());
    await waitFor(async () => expect((await teamRuleSetItem.getValue())?.ruleSet.rules[0]?.message).toBe('Noem een concreet moment.'));
    const rule = (await teamRuleSetItem.getValue())?.ruleSet.rules[0];
    expect(rule?.unless).toEqual([{ signal: 'moment', in: 'sentence+around' }]);
    expect({ ...rule, message: '' }).toEqual({ ...saved.ruleSet.rules[0], message: '' });
  });

  it('tries the rule as it is in the form on a pasted reply, next to the rules in force', async () => {
    render(<RuleForm rule={null} onClose={() => {}} />);
    fillRule();
    change(screen.getByTestId('try-text'), 'Open the config wizard first. Kindly note that we will look into it ASAP!!!');
    await waitFor(() => expect(screen.getByTestId('try-results').textContent).toMatch(/“config wizard” — Name the window\..*this rule/));
    const items = within(screen.getByTestId('try-results')).getAllByRole('listitem');
    expect(items.length).toBeGreaterThan(1);
    expect(items.filter((li) => li.classList.contains('this-rule'))).toHaveLength(1);
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
