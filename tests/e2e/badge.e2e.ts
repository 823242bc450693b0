/**
 * Badge and findings list: what the badge says, where it sits (never on draft text, never on Send), hiding it
 * from its own menu and showing it again from the popup; the list as a dialog with a heading and a close
 * button, Esc, focus kept in a card, and "Turn off this rule" undone from where it was done. Screenshots under
 * test-results/screenshots/.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOSTS, launch, ROOT, type Session } from './harness';

const SHOTS = join(ROOT, 'test-results/screenshots');
mkdirSync(SHOTS, { recursive: true });
const OUTLOOK = 'https://outlook.office.com/mail/?fixture=outlook-shapes&shape=inline';
const EDITOR = '[aria-multiline="true"][contenteditable="true"][aria-label^="Message body"]';

declare const chrome: {
  tabs: { query(q: object): Promise<Array<{ id?: number }>> };
  storage: { local: { get(k: string): Promise<Record<string, unknown>> } };
};

const inOverlay = <T>(page: Page, fn: string) =>
  page.evaluate((code) => {
    const root = document.querySelector('[data-helder-e2e="overlay"]')?.shadowRoot ?? null;
    return new Function('root', code)(root);
  }, fn) as Promise<T>;
const box = (page: Page, sel: string) =>
  inOverlay<{ left: number; top: number; right: number; bottom: number } | null>(
    page,
    `const e = root?.querySelector(${JSON.stringify(sel)}); if (!e) return null; const r = e.getBoundingClientRect(); return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };`,
  );
const settings = (s: Session) =>
  s.worker.evaluate(async () => (await chrome.storage.local.get('settings')).settings as Record<string, unknown>);

/** Text line rects of the editor that intersect a box. */
function textUnder(page: Page, b: { left: number; top: number; right: number; bottom: number }) {
  return page.evaluate(
    ([sel, bx]) => {
      const ed = document.querySelector(sel as string) as HTMLElement;
      const r = document.createRange();
      r.selectNodeContents(ed);
      const b = bx as { left: number; top: number; right: number; bottom: number };
      return [...r.getClientRects()].filter(
        (x) => x.width > 0 && x.left < b.right && x.right > b.left && x.top < b.bottom && x.bottom > b.top,
      ).length;
    },
    [EDITOR, b] as const,
  );
}

function overlaps(
  a: { left: number; top: number; right: number; bottom: number },
  b: { left: number; top: number; right: number; bottom: number },
) {
  return a.left < b.right && a.right > b.left && a.top < b.bottom && a.bottom > b.top;
}

describe('badge and findings list', () => {
  let s: Session;
  beforeAll(async () => {
    s = await launch();
  });
  afterAll(async () => {
    await s?.close();
  });

  it('says what it shows: a band word and the score, findings counted with the right plural, no check mark', async () => {
    const page = await s.context.newPage();
    await page.goto(OUTLOOK);
    await expect.poll(() => box(page, '.badge'), { timeout: 15000 }).not.toBeNull();
    const text = await inOverlay<string>(page, "return root.querySelector('.badge-main').textContent");
    const label = await inOverlay<string>(page, "return root.querySelector('.badge-main').getAttribute('aria-label')");
    expect(text).not.toContain('✓');
    expect(text).toMatch(/^(Clear|Could be clearer|Unclear)\d+· \d+$/);
    expect(label).toMatch(/score \d+ of 100, (1 finding|\d+ findings|no findings)\./);
    expect(label).not.toMatch(/\b1 findings\b/);
    const band = await inOverlay<string>(page, "return root.querySelector('.badge').className");
    expect(band).toMatch(/band-(good|fair|poor)/);
    await page.screenshot({ path: join(SHOTS, 'badge-outlook.png') });
    await page.close();
  });

  it('never covers the text of a long Outlook draft, nor the Send button', async () => {
    const page = await s.context.newPage();
    await page.goto(OUTLOOK);
    await page.waitForSelector(EDITOR);
    await page.evaluate((sel) => {
      const ed = document.querySelector(sel) as HTMLElement;
      const first = ed.firstElementChild as HTMLElement;
      const lines = Array.from(
        { length: 40 },
        (_, i) =>
          `<div class="elementToProof">Line ${i + 1}: as I already told you, the VPN login works again since 10:00 and it should stay that way.</div>`,
      );
      first.insertAdjacentHTML('afterend', lines.join(''));
      ed.dispatchEvent(new InputEvent('input', { bubbles: true }));
    }, EDITOR);
    await expect.poll(() => box(page, '.badge'), { timeout: 15000 }).not.toBeNull();
    const b = await box(page, '.badge');
    expect(b).not.toBeNull();
    if (!b) return;
    expect(await textUnder(page, b)).toBe(0);
    const send = await page.locator('button[aria-label="Send"]').boundingBox();
    if (send) expect(overlaps(b, { left: send.x, top: send.y, right: send.x + send.width, bottom: send.y + send.height })).toBe(false);
    await page.screenshot({ path: join(SHOTS, 'badge-outlook-long.png') });
    // Scrolled to the end of the draft: still on no text.
    await page.locator('[id^="editorParent"]').evaluate((e) => {
      e.scrollTop = e.scrollHeight;
    });
    await page.waitForTimeout(200);
    const b2 = await box(page, '.badge');
    if (b2) expect(await textUnder(page, b2)).toBe(0);
    await page.close();
  });

  it('is hidden from its own menu (this site, everywhere) and shown again from the popup', async () => {
    const page = await s.context.newPage();
    await page.goto(OUTLOOK);
    await expect.poll(() => box(page, '.badge'), { timeout: 15000 }).not.toBeNull();
    const more = await box(page, '.badge-more');
    if (!more) throw new Error('no menu button');
    await page.mouse.click((more.left + more.right) / 2, (more.top + more.bottom) / 2);
    const item = await box(page, '.badge-menu button');
    if (!item) throw new Error('no menu');
    await page.screenshot({ path: join(SHOTS, 'badge-menu.png') });
    await page.mouse.click(item.left + 10, (item.top + item.bottom) / 2);
    await expect.poll(() => box(page, '.badge')).toBeNull();
    expect((await settings(s)).badgeHiddenSites).toEqual(['outlook.office.com']);
    await page.screenshot({ path: join(SHOTS, 'badge-hidden.png') });
    // Underlines stay: only the badge is hidden.
    expect(await inOverlay<number>(page, "return root.querySelectorAll('.u').length")).toBeGreaterThan(0);
    // The popup shows it again.
    const tabs = await s.worker.evaluate(() => chrome.tabs.query({}));
    const tabId = Math.max(...tabs.map((t) => t.id ?? -1));
    const popup = await s.context.newPage();
    await popup.goto(`chrome-extension://${s.extensionId}/popup.html?tab=${tabId}`);
    const site = popup.getByLabel('Badge on outlook.office.com');
    await expect.poll(() => site.isChecked(), { timeout: 10000 }).toBe(false);
    await site.click();
    await expect.poll(async () => (await settings(s)).badgeHiddenSites).toEqual([]);
    await expect.poll(() => box(page, '.badge'), { timeout: 5000 }).not.toBeNull();
    // Everywhere, from the menu, then back from the popup.
    await page.bringToFront();
    // The badge may re-render (and move) between reading the menu's place and the click: open and click again then.
    for (let attempt = 0; attempt < 3 && (await box(page, '.badge')) !== null; attempt++) {
      const more2 = await box(page, '.badge-more');
      if (!more2) throw new Error('no menu button');
      await page.mouse.click((more2.left + more2.right) / 2, (more2.top + more2.bottom) / 2);
      // The menu opens on the next render: wait for its buttons before reading where they are.
      await expect
        .poll(() => inOverlay<number>(page, "return root.querySelectorAll('.badge-menu button').length"), { timeout: 5000 })
        .toBeGreaterThanOrEqual(2);
      const items = await inOverlay<Array<{ x: number; y: number }>>(
        page,
        "return [...root.querySelectorAll('.badge-menu button')].map((b) => { const r = b.getBoundingClientRect(); return { x: r.left + 10, y: r.top + r.height / 2 }; })",
      );
      await page.mouse.click(items[1]?.x ?? 0, items[1]?.y ?? 0);
      await page.waitForTimeout(500);
    }
    await expect.poll(() => box(page, '.badge')).toBeNull();
    expect((await settings(s)).badgeHidden).toBe(true);
    await popup.reload();
    const all = popup.getByLabel('Badge on every site');
    await expect.poll(() => all.isChecked(), { timeout: 10000 }).toBe(false);
    await all.click(); // a controlled checkbox: it shows the stored value once the setting is saved
    await expect.poll(async () => (await settings(s)).badgeHidden).toBe(false);
    await expect.poll(() => box(page, '.badge'), { timeout: 5000 }).not.toBeNull();
    await popup.close();
    await page.close();
  });

  it('the list has a heading and a close button, Esc closes it and the draft gets focus back; nothing covers Send', async () => {
    const page = await s.context.newPage();
    await page.goto(`${HOSTS.gmail}?delay=0`);
    await page.click('#compose-btn');
    await page.locator('.nn [g_editable="true"] div').first().click();
    await page.keyboard.type('Hi Anna, as I already told you, we will look into it. The AD account is locked.');
    await expect.poll(() => inOverlay<number>(page, "return root.querySelectorAll('.u').length"), { timeout: 10000 }).toBeGreaterThan(1);
    const badges = await inOverlay<Array<{ x: number; y: number; draft: string }>>(
      page,
      "return [...root.querySelectorAll('.badge-main')].map((b) => { const r = b.getBoundingClientRect(); return { x: r.left + r.width / 2, y: r.top + r.height / 2, draft: b.parentElement.dataset.draft }; })",
    );
    const mine = badges[badges.length - 1];
    if (!mine) throw new Error('no badge');
    await page.mouse.click(mine.x, mine.y);
    await expect.poll(() => box(page, '.list')).not.toBeNull();
    expect(await inOverlay<string>(page, "return root.querySelector('.list h2').textContent")).toBe('Helder findings');
    expect(await inOverlay<string>(page, "return root.querySelector('.list .close').getAttribute('aria-label')")).toBe('Close the list');
    await expect.poll(() => inOverlay<string>(page, "return root.activeElement?.className ?? ''")).toBe('item');
    await page.screenshot({ path: join(SHOTS, 'findings-list.png') });
    const send = await page.locator('.nn .aoO').boundingBox();
    const sendBox = send ? { left: send.x, top: send.y, right: send.x + send.width, bottom: send.y + send.height } : null;
    for (const sel of ['.list', '.badge']) {
      const b = await box(page, sel);
      if (b && sendBox) expect(overlaps(b, sendBox), sel).toBe(false);
    }
    await page.keyboard.press('Escape');
    await expect.poll(() => box(page, '.list')).toBeNull();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('g_editable'))).toBe('true');
    // A card from the list: Tab stays inside it; Esc from the draft closes it.
    const again = await box(page, `.badge[data-draft="${mine.draft}"] .badge-main`);
    if (!again) throw new Error('badge gone');
    await page.mouse.click((again.left + again.right) / 2, (again.top + again.bottom) / 2);
    await expect.poll(() => box(page, '.list')).not.toBeNull();
    await page.keyboard.press('Enter'); // opens the focused finding's card
    await expect.poll(() => box(page, '.card')).not.toBeNull();
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      expect(await inOverlay<boolean>(page, "return !!root.activeElement && !!root.activeElement.closest('.card')")).toBe(true);
    }
    const card = await box(page, '.card');
    if (card && sendBox) expect(overlaps(card, sendBox)).toBe(false);
    await page.keyboard.press('Escape');
    await expect.poll(() => box(page, '.card')).toBeNull();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('g_editable'))).toBe('true');
    await page.close();
  });

  it('"Turn off this rule" says so in place, and Undo there turns it back on', async () => {
    const page = await s.context.newPage();
    await page.goto(OUTLOOK);
    await expect.poll(() => inOverlay<number>(page, "return root.querySelectorAll('.u').length"), { timeout: 15000 }).toBeGreaterThan(0);
    const u = await box(page, '.u');
    if (!u) throw new Error('no underline');
    await page.mouse.click(u.left + 4, u.bottom - 8);
    await expect.poll(() => box(page, '.card')).not.toBeNull();
    await page.locator('body').evaluate(() => undefined);
    const off = await inOverlay<{ x: number; y: number } | null>(
      page,
      "const b = [...root.querySelectorAll('.card .actions button')].find((x) => x.textContent === 'Turn off this rule'); if (!b) return null; const r = b.getBoundingClientRect(); return { x: r.left + 5, y: r.top + r.height / 2 };",
    );
    if (!off) throw new Error('no turn-off button');
    await page.mouse.click(off.x, off.y);
    await expect.poll(async () => ((await settings(s)).disabledRules as string[] | undefined)?.length ?? 0).toBe(1);
    await expect.poll(() => box(page, '.notice')).not.toBeNull();
    const undo = await box(page, '.notice button.primary');
    if (!undo) throw new Error('no undo');
    await page.mouse.click(undo.left + 5, (undo.top + undo.bottom) / 2);
    await expect.poll(async () => ((await settings(s)).disabledRules as string[] | undefined)?.length ?? 0).toBe(0);
    await expect.poll(() => box(page, '.notice')).toBeNull();
    await page.close();
  });
});
