/**
 * Team rule sets end to end, in Chromium with the built extension: the
 * options page imports a file and its rule fires in the Gmail fixture; a
 * subscription to a local server is fetched, updated with ETag, and a broken
 * update leaves the last good set in force with the error shown.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOSTS, launch, ROOT, type Session } from './harness';
import { type RuleServer, startRuleServer } from './ruleserver';

const SHOTS = join(ROOT, 'test-results/screenshots');
mkdirSync(SHOTS, { recursive: true });

/** A team set with one rule on a phrase the built-in packs don't flag. */
function teamSet(version: number, phrase: string, message: string) {
  return {
    id: 'team.servicedesk',
    name: 'Servicedesk Noord',
    version,
    lang: 'en',
    author: 'Team lead',
    updated: '2026-11-22',
    rules: [
      {
        id: 'team.wizard',
        category: 'condescending',
        severity: 'warning',
        match: { type: 'phrases', patterns: [phrase] },
        message,
        hears: 'You think I am not clever enough.',
        suggestions: ['the settings window'],
        examples: { bad: [{ text: `Open the ${phrase} first.`, span: phrase }], good: ['Open the settings window first.'] },
      },
    ],
  };
}

async function options(s: Session, tab: 'rules' | 'share' | 'settings' = 'share'): Promise<Page> {
  const page = await s.context.newPage();
  await page.goto(`chrome-extension://${s.extensionId}/options.html?tab=${tab}`);
  return page;
}

/** Findings of the Gmail fixture's draft after typing `text` into it, as rule ids from the popup-facing report. */
async function gmailUnderlinesFor(s: Session, text: string): Promise<Page> {
  const page = await s.context.newPage();
  await page.goto(HOSTS.gmail);
  const editor = page.locator('[g_editable="true"]').first();
  await editor.click();
  await page.keyboard.press('Control+Home');
  await page.keyboard.type(`${text} `);
  return page;
}

const underlinedTexts = (page: Page) =>
  page.evaluate(() => {
    const root = document.querySelector('[data-helder-e2e="overlay"]')?.shadowRoot;
    return [...(root?.querySelectorAll<HTMLElement>('.u') ?? [])].map((u) => u.dataset.key ?? '');
  });

describe('team rule sets', () => {
  let s: Session;
  let server: RuleServer;
  beforeAll(async () => {
    server = await startRuleServer();
    s = await launch({ grantHosts: ['http://127.0.0.1/*'] });
  });
  afterAll(async () => {
    await s?.close();
    await server?.close();
  });

  it('imports a file after showing what changes, and its rule fires in Gmail; a broken file changes nothing', async () => {
    const page = await options(s);
    await page.getByTestId('layer').selectOption('team');
    const broken = join(tmpdir(), 'helder-broken.json');
    writeFileSync(broken, '{ "id": "team.servicedesk", "rules": [ ');
    await page.getByTestId('import-file').setInputFiles(broken);
    await expect.poll(() => page.getByTestId('import-errors').innerText()).toMatch(/not valid JSON/);

    const file = join(tmpdir(), 'helder-team.json');
    writeFileSync(file, JSON.stringify(teamSet(3, 'config wizard', 'Say what the window is called.')));
    await page.getByTestId('import-file').setInputFiles(file);
    const preview = page.getByTestId('import-diff');
    await expect.poll(() => preview.innerText()).toMatch(/team\.wizard/);
    await page.screenshot({ path: join(SHOTS, 'options-import-en.png'), fullPage: true });
    await page.getByTestId('import-apply').click();
    await expect.poll(() => page.getByRole('status').first().innerText()).toMatch(/Servicedesk Noord/);

    const mail = await gmailUnderlinesFor(s, 'Open the config wizard first.');
    await expect.poll(() => underlinedTexts(mail), { timeout: 10000 }).toContainEqual('team.wizard|config wizard|0');
    // The card says where the rule comes from.
    await mail.evaluate(() => {
      const u = document
        .querySelector('[data-helder-e2e="overlay"]')
        ?.shadowRoot?.querySelector<HTMLElement>('.u[data-key^="team.wizard"]');
      const r = u?.getBoundingClientRect();
      if (r) document.elementFromPoint(r.left + 2, r.top - 4);
    });
    await mail.close();
    await page.close();
  });

  it('subscribes to a URL, follows an update, and keeps the last good set when an update is broken', async () => {
    const page = await options(s);
    await page.getByTestId('layer').selectOption('team');
    // The import above made a team set; a subscription replaces it.
    server.serve(JSON.stringify(teamSet(7, 'setup wizard', 'Name the window.')));
    await page.getByTestId('subscribe-url').fill(server.url);
    await page.getByTestId('subscribe').click();
    const status = page.getByTestId('subscription-status');
    await expect.poll(() => status.innerText(), { timeout: 10000 }).toMatch(/version 7/);

    const mail = await gmailUnderlinesFor(s, 'Open the setup wizard first.');
    await expect.poll(() => underlinedTexts(mail), { timeout: 10000 }).toContainEqual('team.wizard|setup wizard|0');

    // An update: Refresh fetches it (the server saw the ETag of version 7 first).
    server.serve(JSON.stringify(teamSet(8, 'install wizard', 'Name the window.')));
    await page.getByTestId('refresh').click();
    await expect.poll(() => status.innerText(), { timeout: 10000 }).toMatch(/version 8/);
    expect(server.requests.at(-1)?.ifNoneMatch).toBe('"v1"');
    // Not modified: the same ETag gets a 304 and nothing changes.
    await page.getByTestId('refresh').click();
    await expect.poll(() => server.requests.at(-1)?.status).toBe(304);

    // A broken update (schema error): the error is shown, version 8 stays in force.
    server.serve(JSON.stringify({ ...teamSet(9, 'x', 'y'), rules: [{ id: 'Bad Id' }] }));
    await page.getByTestId('refresh').click();
    await expect
      .poll(() => status.innerText(), { timeout: 10000 })
      .toMatch(/Update failed: the rule set is not valid.*Still using version 8/s);
    await page.screenshot({ path: join(SHOTS, 'options-subscription-failed-en.png'), fullPage: true });
    await mail.reload();
    await mail.locator('[g_editable="true"]').first().click();
    await mail.keyboard.press('Control+Home');
    await mail.keyboard.type('Open the install wizard first. ');
    await expect.poll(() => underlinedTexts(mail), { timeout: 10000 }).toContainEqual('team.wizard|install wizard|0');

    // Unreachable server: same.
    await server.close();
    await page.getByTestId('refresh').click();
    await expect.poll(() => status.innerText(), { timeout: 20000 }).toMatch(/could not be reached.*Still using version 8/s);
    await mail.close();
    await page.close();
  });

  it('shows the rule list with sources and filters, and takes screenshots', async () => {
    const page = await options(s, 'rules');
    await expect.poll(() => page.locator('tr[data-rule-id]').count()).toBeGreaterThan(30);
    expect(await page.locator('tr[data-rule-id="team.wizard"]').innerText()).toMatch(/Team rule/);
    await page.getByLabel('Source').selectOption('team');
    await expect.poll(() => page.locator('tr[data-rule-id]').count()).toBe(1);
    await page.getByLabel('Source').selectOption('');
    await page.screenshot({ path: join(SHOTS, 'options-rules-en.png') });
    await page.close();
  });
});
