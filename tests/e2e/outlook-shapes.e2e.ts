/**
 * Outlook's compose shapes, built like the real client (tests/fixtures/outlook-shapes.html: hashed class names,
 * Send at the top of the compose or in the pop-out's ribbon, no fixture-only attributes). In each, a draft with
 * an error finding gets the review at Send, and "Send anyway" sends exactly once.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type Session } from './harness';

const EDITOR = '[aria-multiline="true"][contenteditable="true"][aria-label^="Message body"]';
const SHAPES = [
  { shape: 'inline', host: 'outlook.office.com', what: 'inline reply in the conversation pane' },
  { shape: 'new', host: 'outlook.live.com', what: 'new mail in the reading pane' },
  { shape: 'popup', host: 'outlook.office365.com', what: 'pop-up compose dialog' },
  { shape: 'page', host: 'outlook.cloud.microsoft', what: 'reply on the message page' },
  { shape: 'popout', host: 'outlook.office.com', what: 'pop-out compose window' },
] as const;

async function openShape(s: Session, host: string, query: string): Promise<Page> {
  const page = await s.context.newPage();
  page.on('pageerror', (e) => console.error('[page]', e.message));
  await page.goto(`https://${host}/mail/?fixture=outlook-shapes&${query}`);
  await page.waitForSelector(EDITOR);
  return page;
}

const badges = (page: Page) =>
  page.evaluate(() => document.querySelector('[data-helder-e2e="overlay"]')?.shadowRoot?.querySelectorAll('.badge').length ?? 0);
const sent = (page: Page) => page.evaluate(() => (window as unknown as { __sent: unknown[] }).__sent.length);
const review = (page: Page) => page.locator('[data-helder-e2e="review"] [role="dialog"]');

describe('Outlook compose shapes', () => {
  let s: Session;
  beforeAll(async () => {
    s = await launch();
  });
  afterAll(async () => {
    await s?.close();
  });

  for (const { shape, host, what } of SHAPES) {
    it(`${what}: the review is shown at Send, and Send anyway sends exactly once`, async () => {
      const page = await openShape(s, host, `shape=${shape}`);
      await expect.poll(() => badges(page), { timeout: 15000 }).toBe(1);
      await page.locator('button[aria-label="Send"]').click();
      await expect.poll(() => review(page).count(), { timeout: 5000 }).toBe(1);
      expect(await review(page).textContent()).toContain('as I already told you');
      expect(await sent(page)).toBe(0);
      await review(page).getByRole('button', { name: 'Send anyway' }).click();
      await expect.poll(() => sent(page)).toBe(1);
      await page.waitForTimeout(600);
      expect(await sent(page)).toBe(1);
      // Ctrl+Enter in the editor is intercepted too (new draft with the same error).
      await page.locator(EDITOR).click();
      await page.keyboard.type('As I already told you, it works.');
      await page.keyboard.press('Control+Enter');
      await expect.poll(() => review(page).count(), { timeout: 5000 }).toBe(1);
      expect(await sent(page)).toBe(1);
      await page.close();
    });
  }

  it('the signature editor in Settings is not coached, and nothing of the compose behind it is painted over the dialog', async () => {
    const page = await openShape(s, 'outlook.office.com', 'shape=inline&settings=1');
    const underlines = () =>
      page.evaluate(() => document.querySelector('[data-helder-e2e="overlay"]')?.shadowRoot?.querySelectorAll('.u').length ?? 0);
    // Nothing at all while Settings is open: the signature editor's own "As I already told you, ... ASAP" is not
    // coached (it is on top, so its underlines would show), and the compose behind the dialog is not painted over it.
    await page.waitForTimeout(1500);
    expect(await badges(page)).toBe(0);
    expect(await underlines()).toBe(0);
    await page.click('#settings-close');
    await expect.poll(() => badges(page), { timeout: 5000 }).toBe(1);
    await expect.poll(underlines).toBeGreaterThan(0);
    await page.close();
  });

  it('a phrase across a raw line break (pasted from Word) is underlined whole', async () => {
    const page = await openShape(s, 'outlook.office.com', 'shape=inline');
    await expect.poll(() => badges(page), { timeout: 15000 }).toBe(1);
    const phrase = await page.evaluate((sel) => {
      const ed = document.querySelector<HTMLElement>(sel) as HTMLElement;
      const line = ed.firstElementChild as HTMLElement;
      line.replaceChildren(document.createTextNode('Hi Anna, we will fix it as soon\r\nas possible.'));
      ed.dispatchEvent(new InputEvent('input', { bubbles: true }));
      const t = line.firstChild as Text;
      const r = document.createRange();
      r.setStart(t, t.data.indexOf('as soon'));
      r.setEnd(t, t.data.indexOf('possible') + 'possible'.length);
      const b = r.getBoundingClientRect();
      return { left: b.left, right: b.right };
    }, EDITOR);
    const covered = () =>
      page.evaluate(() =>
        [...(document.querySelector('[data-helder-e2e="overlay"]')?.shadowRoot?.querySelectorAll<HTMLElement>('.u') ?? [])].map((u) => {
          const b = u.getBoundingClientRect();
          return { left: b.left, right: b.right };
        }),
      );
    await expect
      .poll(async () => (await covered()).some((u) => Math.abs(u.left - phrase.left) < 2 && Math.abs(u.right - phrase.right) < 2), {
        timeout: 5000,
      })
      .toBe(true);
    await page.close();
  });

  it("Apply is one step of Outlook's own undo: one Ctrl+Z restores exactly the text before Apply, typing kept", async () => {
    const page = await openShape(s, 'outlook.office.com', 'shape=inline');
    await expect.poll(() => badges(page), { timeout: 15000 }).toBe(1);
    const text = () => page.locator(EDITOR).evaluate((e) => (e.firstElementChild as HTMLElement).innerText);
    // The writer types at the end of the first line (a space, then a word: the word is new content, no snapshot yet).
    await page.locator(`${EDITOR} > div`).first().click();
    await page.keyboard.press('End');
    await page.keyboard.type(' Thanks');
    const typed = await text();
    expect(typed).toContain('Thanks');
    // Apply from the review (opened with Ctrl+Enter: no click in the editor, which would itself take a snapshot).
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => review(page).count(), { timeout: 5000 }).toBe(1);
    const suggestion = review(page).locator('.sugg').first();
    for (const input of await suggestion.locator('input').all()) await input.fill('today 16:00');
    await suggestion.getByRole('button', { name: 'Apply' }).click();
    await expect.poll(text).not.toBe(typed);
    await page.keyboard.press('Escape');
    await page.locator(EDITOR).focus();
    await page.keyboard.press('Control+z');
    expect(await text()).toBe(typed);
    expect(await sent(page)).toBe(0);
    await page.close();
  });

  it('the To and Cc wells are not coached (contenteditable too, but not a message body)', async () => {
    const page = await openShape(s, 'outlook.office.com', 'shape=inline');
    await expect.poll(() => badges(page), { timeout: 15000 }).toBe(1);
    const cc = page.locator('[role="textbox"][aria-label="Cc"]');
    await cc.click();
    await page.keyboard.type('as I already told you, ASAP');
    await page.waitForTimeout(1200);
    const box = await cc.boundingBox();
    const inCc = await page.evaluate(
      (b) =>
        [...(document.querySelector('[data-helder-e2e="overlay"]')?.shadowRoot?.querySelectorAll('.u') ?? [])].filter((u) => {
          const r = u.getBoundingClientRect();
          return b && r.top >= b.y && r.top <= b.y + b.height + 4;
        }).length,
      box,
    );
    expect(inCc).toBe(0);
    expect(await badges(page)).toBe(1);
    await page.close();
  });
});
