/**
 * The toolbar popup end to end: the built extension in Chromium, opened as a
 * page for the tab showing the Gmail fixture (`popup.html?tab=<id>`), and as
 * a scratch pad where no draft is open. Screenshots in English and Dutch.
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOSTS, launch, ROOT, type Session } from './harness';

const SHOTS = join(ROOT, 'test-results/screenshots');
mkdirSync(SHOTS, { recursive: true });

declare const chrome: { tabs: { query(q: object): Promise<Array<{ id?: number }>> } };

async function mailTab(s: Session, query = ''): Promise<{ page: Page; tabId: number }> {
  const page = await s.context.newPage();
  await page.goto(`${HOSTS.gmail}${query}`);
  await page.waitForSelector('[g_editable="true"]');
  // The content script has attached once the badge is drawn.
  await expect
    .poll(() => page.evaluate(() => !!document.querySelector('[data-helder-e2e="overlay"]')?.shadowRoot?.querySelector('.badge')), {
      timeout: 10000,
    })
    .toBe(true);
  // Without the "tabs" permission tabs can't be found by URL; tab ids only grow, so the page just opened has the highest.
  const tabs = await s.worker.evaluate(() => chrome.tabs.query({}));
  const tabId = Math.max(...tabs.map((t) => t.id ?? -1));
  if (tabId < 0) throw new Error('no mail tab');
  return { page, tabId };
}

async function openPopup(s: Session, tabId?: number): Promise<Page> {
  const popup = await s.context.newPage();
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.goto(`chrome-extension://${s.extensionId}/popup.html${tabId === undefined ? '' : `?tab=${tabId}`}`);
  return popup;
}

const editorText = (page: Page) => page.locator('[g_editable="true"]').first().innerText();

describe.each([
  { lang: 'en-US', tag: 'en' },
  { lang: 'nl', tag: 'nl' },
])('popup ($tag)', ({ lang, tag }) => {
  let s: Session;
  beforeAll(async () => {
    s = await launch({ lang });
  });
  afterAll(async () => {
    await s?.close();
  });

  it('shows the draft’s score and findings, applies a suggestion to the draft, and ignores one', async () => {
    const { page, tabId } = await mailTab(s, tag === 'nl' ? '?lang=nl' : '');
    const popup = await openPopup(s, tabId);
    const findings = popup.locator('li.finding');
    await expect
      .poll(() => findings.count(), { timeout: 10000 })
      .toBeGreaterThan(0)
      .catch(async (e) => {
        await popup.screenshot({ path: join(SHOTS, `popup-draft-${tag}-failed.png`) });
        throw e;
      });
    const score = Number(await popup.locator('.score-value .num').innerText());
    expect(score).toBeGreaterThanOrEqual(0);
    expect(score).toBeLessThan(100);
    await expect.poll(() => popup.locator('.hears').first().innerText()).toMatch(/\S/);
    // Ordered by severity: no finding after a lower-severity one has a higher severity.
    const severities = await findings.evaluateAll((els) =>
      els.map((e) => ['info', 'warning', 'error'].findIndex((c) => e.classList.contains(c))),
    );
    expect(severities).toEqual([...severities].sort((a, b) => b - a));
    await popup.screenshot({ path: join(SHOTS, `popup-draft-${tag}.png`) });
    if (tag === 'en') copyFileSync(join(SHOTS, 'popup-draft-en.png'), join(ROOT, 'tests/e2e/readme/popup.png'));
    // The quick settings at the end of the popup, for the record.
    await popup.locator('.quick').scrollIntoViewIfNeeded();
    await popup.screenshot({ path: join(SHOTS, `popup-settings-${tag}.png`) });
    await popup.locator('.popup').evaluate((el) => el.scrollTo(0, 0));

    // Show: the draft's underline of that finding flashes.
    const spanItem = popup.locator('li.finding', { has: popup.locator('.quote') }).first();
    const key = await spanItem.getAttribute('data-key');
    await spanItem.getByRole('button', { name: tag === 'nl' ? 'Toon in concept' : 'Show in draft' }).click();
    await expect
      .poll(() =>
        page.evaluate(
          (k) =>
            !!document
              .querySelector('[data-helder-e2e="overlay"]')
              ?.shadowRoot?.querySelector(`.u.flash[data-key="${CSS.escape(k ?? '')}"]`),
          key,
        ),
      )
      .toBe(true);

    // Apply the first finding's first suggestion (placeholders typed in); the draft changes through the editor.
    const before = await editorText(page);
    const item = popup.locator('li.finding', { has: popup.locator('.quote') }).first();
    const sugg = item.locator('.sugg').first();
    const value = tag === 'nl' ? 'vandaag om 16:00' : 'today at 4 pm';
    const inputs = await sugg.locator('.fill input').all();
    for (const input of inputs) await input.fill(value);
    await sugg.locator('button.primary').click();
    await expect.poll(() => editorText(page), { timeout: 5000 }).not.toBe(before);
    if (inputs.length) expect(await editorText(page)).toContain(value);

    // A suggestion with a placeholder: Apply waits until it is filled, by a quick pick.
    const withPlaceholder = popup.locator('.sugg', { has: popup.locator('.fill') }).first();
    if ((await withPlaceholder.count()) > 0) {
      await expect(withPlaceholder.locator('button.primary').isDisabled()).resolves.toBe(true);
      const pick = withPlaceholder.locator('button.pick').first();
      if ((await pick.count()) > 0) {
        await pick.click();
        await expect(withPlaceholder.locator('button.primary').isDisabled()).resolves.toBe(false);
      }
    }

    // Ignore: the finding leaves the popup's list.
    const count = await findings.count();
    await findings
      .first()
      .getByRole('button', { name: tag === 'nl' ? 'Negeren' : 'Ignore' })
      .click();
    await expect.poll(() => findings.count(), { timeout: 5000 }).toBeLessThan(count);
    await popup.close();
    await page.close();
  });

  it('follows several drafts: a new compose window can be picked and is coached as it is written', async () => {
    const { page, tabId } = await mailTab(s, `?delay=100${tag === 'nl' ? '&lang=nl' : ''}`);
    const popup = await openPopup(s, tabId);
    await expect.poll(() => popup.locator('li.finding').count(), { timeout: 10000 }).toBeGreaterThan(0);
    expect(await popup.locator('select').count()).toBe(1); // the language quick setting only: one draft, no picker
    await page.click('#compose-btn');
    await page.waitForSelector('.nn [g_editable="true"]');
    // The open popup asks the page again and offers both drafts.
    const picker = popup.getByLabel(tag === 'nl' ? 'Concept:' : 'Draft:');
    await expect.poll(() => picker.locator('option').count(), { timeout: 10000 }).toBe(2);
    const second = await picker.locator('option').nth(1).getAttribute('value');
    await picker.selectOption(second ?? '');
    const phrase = tag === 'nl' ? 'we gaan ermee aan de slag' : 'we will look into it';
    await page.evaluate(
      (text) => {
        const ed = document.querySelector('.nn [g_editable="true"]') as HTMLElement;
        ed.innerHTML = `<div dir="ltr">${text}</div>`;
        ed.dispatchEvent(new InputEvent('input', { bubbles: true }));
      },
      `${tag === 'nl' ? 'Beste Anja, ' : 'Hi Anna, '}${phrase}.`,
    );
    const quotes = () => popup.locator('li.finding .quote').allInnerTexts();
    await expect.poll(async () => (await quotes()).map((q) => q.toLowerCase()), { timeout: 10000 }).toContain(phrase);
    // Only the second draft's findings: the first draft's "AD account" is not among them.
    expect((await quotes()).some((q) => /AD.account/i.test(q))).toBe(false);
    await popup.screenshot({ path: join(SHOTS, `popup-drafts-${tag}.png`) });
    await popup.close();
    await page.close();
  });

  it('is a scratch pad where no draft is open: findings as you type, apply, copy', async () => {
    const popup = await openPopup(s);
    const reply = popup.locator('textarea').first();
    await reply.waitFor();
    await reply.fill(
      tag === 'nl'
        ? 'Beste Anja,\n\nNee, dat kan niet. We gaan ermee aan de slag.\n\nGroet, Tim'
        : 'Hi Anna,\n\nNo, that is not possible. We will look into it.\n\nTim',
    );
    const findings = popup.locator('li.finding');
    await expect.poll(() => findings.count(), { timeout: 5000 }).toBeGreaterThan(0);
    await popup.screenshot({ path: join(SHOTS, `popup-scratch-${tag}.png`) });
    const before = await reply.inputValue();
    // Fill the first suggestion's placeholders by typing, then apply it.
    const sugg = popup.locator('.sugg').first();
    for (const input of await sugg.locator('.fill input').all()) await input.fill(tag === 'nl' ? 'vandaag om 16:00' : 'today at 4 pm');
    await sugg.locator('button.primary').click();
    await expect.poll(() => reply.inputValue()).not.toBe(before);
    await popup.close();
  });
});
