/**
 * The Firefox build (MV3, `npm run build:firefox:e2e` → .output-e2e/firefox-mv3) in Debian's firefox-esr,
 * driven over WebDriver BiDi by puppeteer-core (no browser download). The Gmail fixture is served at
 * mail.google.com by request interception. Covered: underline, card, Apply and Ctrl+Z, the review before
 * sending with exactly one send. Not automated here (see README, "Firefox"): the popup and the options page,
 * because WebDriver BiDi refuses to navigate a tab to a moz-extension:// page ("not allowed in this
 * context") and has no way to open the toolbar popup; subscribing to a rule-set URL, because that needs the
 * writer to answer Firefox's host-permission prompt.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './harness';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const EXTENSION = join(ROOT, '.output-e2e/firefox-mv3');
const GMAIL = readFileSync(join(ROOT, 'tests/fixtures/gmail.html'), 'utf8');
const ERROR_DRAFT = 'Hi Anna, as I already told you, the VPN login works again since 10:00.';

const overlay = <T>(page: Page, body: string) =>
  page.evaluate((code) => {
    const root = document.querySelector('[data-helder-e2e="overlay"]')?.shadowRoot ?? null;
    return new Function('root', code)(root);
  }, body) as Promise<T>;

async function gmail(b: Browser): Promise<Page> {
  const page = await b.newPage();
  await page.setRequestInterception(true);
  page.on('request', (r) => {
    if (new URL(r.url()).hostname === 'mail.google.com') void r.respond({ status: 200, contentType: 'text/html', body: GMAIL });
    else void r.abort();
  });
  await page.goto('https://mail.google.com/mail/u/0/');
  await page.waitForSelector('[g_editable="true"]');
  await expect
    .poll(() => overlay<number>(page, "return root ? root.querySelectorAll('.u').length : 0"), { timeout: 20000 })
    .toBeGreaterThan(0);
  return page;
}

describe.skipIf(!existsSync(FIREFOX) || !existsSync(join(EXTENSION, 'manifest.json')))('Firefox (firefox-esr over WebDriver BiDi)', () => {
  let b: Browser;
  beforeAll(async () => {
    b = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true });
    await b.installExtension(EXTENSION);
  });
  afterAll(async () => {
    await b?.close();
  });

  it('underlines, opens a card, applies a suggestion and Ctrl+Z takes it back', async () => {
    const page = await gmail(b);
    const at = await overlay<{ x: number; y: number; key: string }>(
      page,
      "const u = root.querySelector('.u'); const r = u.getBoundingClientRect(); return { x: r.left + 4, y: r.bottom - 8, key: u.dataset.key };",
    );
    const editor = '.AO [g_editable="true"]';
    const before = await page.$eval(editor, (e) => (e as HTMLElement).innerText);
    await page.mouse.click(at.x, at.y);
    await expect.poll(() => overlay<number>(page, "return root.querySelectorAll('.card').length")).toBe(1);
    // The first suggestion: fill its placeholder, if it has one, as the writer would, then Apply.
    const centre = (sel: string) =>
      overlay<{ x: number; y: number } | null>(
        page,
        `const e = root.querySelector(${JSON.stringify(sel)}); if (!e) return null; const r = e.getBoundingClientRect(); return { x: r.left + r.width / 2, y: r.top + r.height / 2 };`,
      );
    const field = await centre('.card .sugg input');
    if (field) {
      await page.mouse.click(field.x, field.y);
      await page.keyboard.type('today 16:00');
    }
    const apply = await centre('.card .sugg button.primary');
    expect(apply).not.toBeNull();
    await page.mouse.click(apply?.x ?? 0, apply?.y ?? 0);
    await expect.poll(() => page.$eval(editor, (e) => (e as HTMLElement).innerText)).not.toBe(before);
    await page.keyboard.down('Control');
    await page.keyboard.press('z');
    await page.keyboard.up('Control');
    await expect.poll(() => page.$eval(editor, (e) => (e as HTMLElement).innerText)).toBe(before);
    await page.close();
  });

  it('reviews a draft with an error finding at Send, and Send anyway sends exactly once', async () => {
    const page = await gmail(b);
    await page.evaluate((t) => {
      const ed = document.querySelector('.AO [g_editable="true"]') as HTMLElement;
      (ed.firstElementChild as HTMLElement).textContent = t;
      ed.dispatchEvent(new InputEvent('input', { bubbles: true }));
    }, ERROR_DRAFT);
    await page.click('.AO [g_editable="true"] > div');
    await page.keyboard.down('Control');
    await page.keyboard.press('Enter');
    await page.keyboard.up('Control');
    const review = () => page.evaluate(() => document.querySelector('[data-helder-e2e="review"]')?.shadowRoot?.textContent ?? '');
    await expect.poll(review, { timeout: 5000 }).toContain('as I already told you');
    expect(await page.evaluate(() => (window as unknown as { __sent: unknown[] }).__sent.length)).toBe(0);
    const send = await page.evaluate(() => {
      const b = document.querySelector('[data-helder-e2e="review"]')?.shadowRoot?.querySelector('.rfoot .send') as HTMLElement;
      const r = b.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    });
    await page.mouse.click(send.x, send.y);
    await expect.poll(() => page.evaluate(() => (window as unknown as { __sent: unknown[] }).__sent.length)).toBe(1);
    await new Promise((r) => setTimeout(r, 600));
    expect(await page.evaluate(() => (window as unknown as { __sent: unknown[] }).__sent.length)).toBe(1);
    await page.close();
  });
});
