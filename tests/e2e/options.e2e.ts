/**
 * The options page (rule-set editor) end to end, in English and Dutch: the
 * built-in rules are listed, a team set is imported and a rule locked, a
 * personal rule is added in the form with its example passing, then failing
 * once the example is edited, and saved. Screenshots of the list, the form
 * and the share tab; the English list also for the README.
 */
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, ROOT, type Session } from './harness';

const SHOTS = join(ROOT, 'test-results/screenshots');
mkdirSync(SHOTS, { recursive: true });

const TEXT = {
  en: {
    allRules: 'All rules',
    builtin: 'Built-in rule',
    team: 'Team rule',
    personal: 'Personal rule',
    pass: /✓ passes/,
    fail: /✗ fails/,
    id: 'Id',
    patterns: 'Phrases or patterns, one per line',
    message: 'Message to the writer',
    hears: 'What the reader hears',
    exText: 'Example 1: text',
    exSpan: 'Example 1: marked part',
    lockedOn: /locked on — by your team/,
    rule: { pattern: 'config wizard', message: 'Say what the window is called.', hears: 'You think I am not clever enough.' },
    example: ['Open the config wizard first.', 'config wizard'],
    edited: ['Open the setup wizard first.', 'setup wizard'],
  },
  nl: {
    allRules: 'Alle regels',
    builtin: 'Ingebouwde regel',
    team: 'Teamregel',
    personal: 'Persoonlijke regel',
    pass: /✓ klopt/,
    fail: /✗ klopt niet/,
    id: 'Id',
    patterns: 'Zinsdelen of patronen, één per regel',
    message: 'Melding voor de schrijver',
    hears: 'Wat de lezer hoort',
    exText: 'Voorbeeld 1: tekst',
    exSpan: 'Voorbeeld 1: gemarkeerd deel',
    lockedOn: /vast aan — door je team/,
    rule: { pattern: 'ticketje', message: 'Zeg gewoon "melding".', hears: 'Hij maakt het klein.' },
    example: ['Ik heb een ticketje aangemaakt.', 'ticketje'],
    edited: ['Ik heb een meldinkje aangemaakt.', 'meldinkje'],
  },
} as const;

function teamFile(lang: 'en' | 'nl'): string {
  const file = join(tmpdir(), `helder-options-team-${lang}.json`);
  writeFileSync(
    file,
    JSON.stringify({
      id: 'team.servicedesk',
      name: 'Servicedesk Noord',
      version: 3,
      lang,
      author: 'Team lead',
      updated: '2026-11-22',
      locks: { [`${lang === 'nl' ? 'nl.blame.schuld' : 'en.blame.fault'}`]: 'on' },
      rules: [
        {
          id: 'team.asap',
          category: 'vague-promise',
          severity: 'warning',
          match: { type: 'phrases', patterns: lang === 'nl' ? ['zo snel mogelijk'] : ['as soon as possible'] },
          message: lang === 'nl' ? 'Noem een moment.' : 'Name a moment.',
          hears: lang === 'nl' ? 'Ooit.' : 'Some day.',
        },
      ],
    }),
  );
  return file;
}

const rowCount = (page: Page) => page.locator('tr[data-rule-id]').count();
const row = (page: Page, id: string) => page.locator(`tr[data-rule-id="${id}"]`);

describe.each([
  { lang: 'en-US', tag: 'en' as const },
  { lang: 'nl', tag: 'nl' as const },
])('options page ($tag)', ({ lang, tag }) => {
  const T = TEXT[tag];
  let s: Session;
  let page: Page;
  beforeAll(async () => {
    s = await launch({ lang });
    page = await s.context.newPage();
    await page.setViewportSize({ width: 1280, height: 860 });
    await page.goto(`chrome-extension://${s.extensionId}/options.html`);
  });
  afterAll(async () => {
    await s?.close();
  });

  it('lists the built-in rules with their source, on/off and severity', async () => {
    await expect.poll(() => rowCount(page), { timeout: 10000 }).toBeGreaterThan(30);
    await expect.poll(() => page.getByRole('heading', { name: T.allRules }).count()).toBe(1);
    expect(await row(page, `${tag === 'nl' ? 'nl.blame.schuld' : 'en.blame.fault'}`).innerText()).toContain(T.builtin);
    expect(
      await row(page, `${tag === 'nl' ? 'nl.blame.schuld' : 'en.blame.fault'}`)
        .getByTestId('rule-enabled')
        .isChecked(),
    ).toBe(true);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(tag);
  });

  it('imports a team set after its preview, and a team lock shows as locked for the writer', async () => {
    await page.getByTestId('layer').selectOption('team');
    await page.getByTestId('tab-share').click();
    await page.getByTestId('import-file').setInputFiles(teamFile(tag));
    await expect.poll(() => page.getByTestId('import-diff').innerText()).toMatch(/team\.asap/);
    await page.screenshot({ path: join(SHOTS, `options-share-${tag}.png`), fullPage: true });
    await page.getByTestId('import-apply').click();
    await expect.poll(() => page.getByTestId('import-status').innerText()).toMatch(/Servicedesk Noord/);

    await page.getByTestId('layer').selectOption('personal');
    await page.getByTestId('tab-rules').click();
    await expect.poll(() => row(page, 'team.asap').innerText()).toContain(T.team);
    await expect.poll(() => row(page, `${tag === 'nl' ? 'nl.blame.schuld' : 'en.blame.fault'}`).innerText()).toMatch(T.lockedOn);
    expect(
      await row(page, `${tag === 'nl' ? 'nl.blame.schuld' : 'en.blame.fault'}`)
        .getByTestId('rule-enabled')
        .isDisabled(),
    ).toBe(true);
  });

  it('adds a personal rule whose example passes, then fails once the example is edited, and saves it', async () => {
    await page.getByTestId('add-rule').click();
    const form = page.getByTestId('rule-form');
    await form.getByLabel(T.id, { exact: true }).fill(`mine.${tag}.wizard`);
    // A broken pattern is explained next to its field, in the writer's language; Save stays off.
    await form.getByLabel(T.patterns).fill('(a|b');
    await expect
      .poll(() => form.getByTestId('patterns-field').getByTestId('field-error').innerText())
      .toContain(tag === 'nl' ? 'patroon "(a|b" mist een ")"' : 'pattern "(a|b" is missing ")"');
    expect(await form.getByTestId('save-rule').isDisabled()).toBe(true);
    await form.getByTestId('patterns-field').screenshot({ path: join(SHOTS, `options-field-error-${tag}.png`) });
    await form.getByLabel(T.patterns).fill(T.rule.pattern);
    await form.getByLabel(T.message).fill(T.rule.message);
    await form.getByLabel(T.hears).fill(T.rule.hears);
    await form.getByLabel(T.exText).fill(T.example[0]);
    await form.getByLabel(T.exSpan).fill(T.example[1]);
    const verdict = form.getByTestId('bad-example').first().getByTestId('example-verdict').first();
    await expect.poll(() => verdict.innerText(), { timeout: 5000 }).toMatch(T.pass);

    // Edit the example: the pattern no longer finds it, and the verdict says so at once.
    await form.getByLabel(T.exText).fill(T.edited[0]);
    await form.getByLabel(T.exSpan).fill(T.edited[1]);
    await expect.poll(() => verdict.innerText(), { timeout: 5000 }).toMatch(T.fail);
    // Save still works (a failing example is information, not a schema problem), but first put it back.
    await form.getByTestId('try-text').fill(`${T.example[0]} ${tag === 'nl' ? 'We gaan ermee aan de slag.' : 'We will look into it.'}`);
    await expect.poll(() => form.getByTestId('try-results').innerText()).toMatch(new RegExp(T.rule.pattern));
    await page.screenshot({ path: join(SHOTS, `options-form-${tag}.png`), fullPage: true });
    await form.getByLabel(T.exText).fill(T.example[0]);
    await form.getByLabel(T.exSpan).fill(T.example[1]);
    await expect.poll(() => verdict.innerText(), { timeout: 5000 }).toMatch(T.pass);
    await form.getByTestId('save-rule').click();

    await expect.poll(() => row(page, `mine.${tag}.wizard`).count(), { timeout: 5000 }).toBe(1);
    expect(await row(page, `mine.${tag}.wizard`).innerText()).toContain(T.personal);
    // A built-in rule switched off in the personal set, for the screenshot too.
    // (The switch follows storage, so it flips a moment after the click.)
    const passive = row(page, tag === 'nl' ? 'nl.passive.worden' : 'en.passive').getByTestId('rule-enabled');
    await passive.click();
    await expect.poll(() => passive.isChecked()).toBe(false);
    await expect.poll(() => row(page, tag === 'nl' ? 'nl.passive.worden' : 'en.passive').innerText()).toMatch(/✎/);
    await page.getByTestId('filter-lang').selectOption(tag);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(SHOTS, `options-list-${tag}.png`) });
    if (tag === 'en') copyFileSync(join(SHOTS, 'options-list-en.png'), join(ROOT, 'tests/e2e/readme/options.png'));
  });

  it("refuses the personal set's details without a name, next to the field, in the writer's language", async () => {
    await page.getByTestId('tab-share').click();
    const box = page.getByTestId('export-box');
    await box.getByLabel(tag === 'nl' ? 'Naam' : 'Name', { exact: true }).fill('');
    await box.getByTestId('save-details').click();
    await expect.poll(() => box.getByTestId('field-error').innerText()).toContain(tag === 'nl' ? 'de naam is leeg' : 'the name is empty');
    await box.screenshot({ path: join(SHOTS, `options-details-error-${tag}.png`) });
  });
});
