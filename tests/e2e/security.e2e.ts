/**
 * What the page can do with the production build (.output/chrome-mv3, not the e2e build): it can't read
 * Helder's UI, can't switch the review off with a test hook, can't stop Helder by pre-empting its element
 * names or attachShadow, and can't get rid of the overlay by removing it (issue 14, item 3).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOSTS, launch, PRODUCTION, type Session } from './harness';

declare const chrome: { tabs: { query(q: object): Promise<Array<{ id?: number }>> } };

/** Helder's hosts as the page sees them: elements it added to <html> (next to head and body). */
const hosts = (page: Page) =>
  page.evaluate(() =>
    [...document.documentElement.children]
      .filter((e) => e !== document.head && e !== document.body && e.tagName !== 'SCRIPT')
      .map((e) => ({ tag: e.tagName, open: !!(e as HTMLElement).shadowRoot, attrs: [...e.attributes].map((a) => a.name) })),
  );
const sent = (page: Page) => page.evaluate(() => (window as unknown as { __sent: unknown[] }).__sent.length);

async function openOutlook(s: Session, setup?: () => void): Promise<Page> {
  const page = await s.context.newPage();
  page.on('pageerror', (e) => console.error('[page]', e.message));
  if (setup) await page.addInitScript(setup);
  await page.goto('https://outlook.office.com/mail/?fixture=outlook-shapes&shape=inline');
  await page.waitForSelector('[aria-multiline="true"][contenteditable="true"]');
  await expect.poll(() => hosts(page), { timeout: 15000 }).toHaveLength(1);
  // Ready once Helder has analysed the draft: nothing of that shows in the page, so ask the popup.
  const tabs = await s.worker.evaluate(() => chrome.tabs.query({}));
  const tabId = Math.max(...tabs.map((t) => t.id ?? -1));
  const popup = await s.context.newPage();
  await popup.goto(`chrome-extension://${s.extensionId}/popup.html?tab=${tabId}`);
  let ready = false;
  for (let i = 0; i < 6 && !ready; i++) {
    if (i > 0) await popup.reload(); // Helder may not have started when the popup first asked
    ready = await popup
      .getByText('already told you')
      .first()
      .waitFor({ timeout: 3000 })
      .then(
        () => true,
        () => false,
      );
  }
  expect(ready).toBe(true);
  await popup.close();
  await page.bringToFront();
  return page;
}

/** Ctrl+Enter in the draft (which has an error finding): the review takes it, nothing is sent. */
async function sendIsReviewed(page: Page): Promise<boolean> {
  await page.locator('[aria-multiline="true"][contenteditable="true"] > div').first().click();
  await page.keyboard.press('End');
  await page.keyboard.press('Control+Enter');
  await page.waitForTimeout(600);
  const result = { sent: await sent(page), hosts: (await hosts(page)).length };
  if (result.sent !== 0 || result.hosts !== 2) console.error('[sendIsReviewed]', result);
  return result.sent === 0 && result.hosts === 2;
}

describe('the page cannot steer Helder (production build)', () => {
  let s: Session;
  beforeAll(async () => {
    s = await launch({ production: true });
  });
  afterAll(async () => {
    await s?.close();
  });

  it('reads nothing: the overlay host is a plain div with a closed shadow root and no attributes', async () => {
    const page = await openOutlook(s);
    expect(await hosts(page)).toEqual([{ tag: 'DIV', open: false, attrs: ['style'] }]);
    const leaked = await page.evaluate(() => {
      const all = [...document.querySelectorAll('*')];
      return {
        openRoots: all.filter((e) => e.shadowRoot).length,
        text: document.documentElement.innerText.includes('The reader hears'),
        marked: document.querySelectorAll('[data-helder-e2e], helder-overlay, helder-review').length,
      };
    });
    expect(leaked).toEqual({ openRoots: 0, text: false, marked: 0 });
    expect(await sendIsReviewed(page)).toBe(true);
    // The review is closed to the page too.
    expect((await hosts(page)).every((h) => !h.open)).toBe(true);
    await page.close();
  });

  it('<html data-helder-test-fail-review="1"> does not switch the review off', async () => {
    const page = await openOutlook(s);
    await page.evaluate(() => {
      document.documentElement.dataset.helderTestFailReview = '1';
    });
    expect(await sendIsReviewed(page)).toBe(true);
    await page.close();
  });

  it('a page that defines <helder-overlay> and <helder-review> and breaks attachShadow first does not stop Helder', async () => {
    const page = await openOutlook(s, () => {
      class Trap extends HTMLElement {
        constructor() {
          super();
          throw new Error('pre-empted');
        }
      }
      customElements.define('helder-overlay', Trap);
      customElements.define('helder-review', class extends Trap {});
      Element.prototype.attachShadow = () => {
        throw new Error('no shadow roots here');
      };
    });
    expect(await sendIsReviewed(page)).toBe(true);
    await page.close();
  });

  it('an overlay removed by the page comes back', async () => {
    const page = await openOutlook(s);
    await page.evaluate(() => {
      for (const e of [...document.documentElement.children]) if (e !== document.head && e !== document.body) e.remove();
    });
    await expect.poll(() => hosts(page), { timeout: 2000 }).toHaveLength(1);
    expect(await sendIsReviewed(page)).toBe(true);
    await page.close();
  });

  it('posts nothing to the page: no start-up message, nothing that carries the extension id', async () => {
    // Before the fix WXT's content-script context posted {type: "<extension id>:content:wxt:content-script-started", …}
    // to the page with window.postMessage: any page script could see that Helder runs and which extension it is.
    const page = await openOutlook(s, () => {
      const seen: string[] = [];
      (window as unknown as { __seen: string[] }).__seen = seen;
      addEventListener('message', (e) => seen.push(typeof e.data === 'string' ? e.data : (JSON.stringify(e.data) ?? String(e.data))), true);
    });
    // Helder runs (openOutlook waited for its analysis); and it still reviews at Send.
    expect(await sendIsReviewed(page)).toBe(true);
    const seen = await page.evaluate(() => (window as unknown as { __seen: string[] }).__seen);
    expect(seen.filter((m) => m.includes(s.extensionId) || /wxt|helder/i.test(m))).toEqual([]);
    expect(seen).toEqual([]);
    await page.close();
  });

  it('the production content script has no test hook, no open shadow root and no start-up message', () => {
    const js = readFileSync(join(PRODUCTION, 'mail.js'), 'utf8');
    expect(js).not.toMatch(/helderTestFailReview|helder-test-fail-review|helderE2e|data-helder-e2e/);
    // Nor WXT's content-script context, which posts the extension id to the page.
    expect(js).not.toMatch(/content-script-started|postMessage/);
    expect(js).not.toMatch(/mode:\s*"open"/);
    expect(js).toMatch(/mode:\s*"closed"/);
  });

  it('Gmail too: the review at Send, with nothing readable', async () => {
    const page = await s.context.newPage();
    await page.goto(HOSTS.gmail);
    await page.waitForSelector('[g_editable="true"]');
    await expect.poll(() => hosts(page), { timeout: 15000 }).toHaveLength(1);
    expect((await hosts(page))[0]?.open).toBe(false);
    await page.close();
  });
});
