/**
 * A card of every category, in Dutch and in English, as the writer sees it in
 * Gmail: each underline opens a card whose "hears" line quotes the writer's
 * own words, whose suggestions are in the draft's register, and whose
 * screenshot lands in test-results/screenshots/cards/ to be looked at.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOSTS, launch, ROOT, type Session } from './harness';

const SHOTS = join(ROOT, 'test-results/screenshots/cards');
mkdirSync(SHOTS, { recursive: true });

const DRAFTS = {
  nl: [
    'Hoi Sanne,',
    '',
    'De server is plat en je laptop wordt morgen vervangen. Dit is DRINGEND!! Dat had je zelf moeten zien.',
    'Zoals ik al zei, je moet gewoon even je DNS-cache flushen. Dat kan niet anders. Ik zoek het voor je uit.',
    '',
    'Groet,',
    'Kees',
  ],
  en: [
    'Hi Tom,',
    '',
    'The server is down and your laptop will be replaced tomorrow. This is URGENT!! You should have saved it.',
    "As I said before, you just need to flush your DNS cache. That's not possible. We'll look into it.",
    '',
    'Regards,',
    'Kate',
  ],
};

describe('cards of every category', () => {
  let s: Session;
  beforeAll(async () => {
    s = await launch();
  });
  afterAll(async () => {
    await s?.close();
  });

  for (const lang of ['nl', 'en'] as const)
    it(`${lang}: every card quotes the draft and speaks the draft's register`, async () => {
      const page = await s.context.newPage();
      await page.setViewportSize({ width: 1100, height: 900 });
      await page.goto(`${HOSTS.gmail}${lang === 'nl' ? '?lang=nl' : ''}`);
      await page.waitForSelector('[contenteditable="true"]');
      await page.evaluate((lines) => {
        const ed = document.querySelector('[g_editable="true"]') as HTMLElement;
        ed.innerHTML = lines.map((l) => (l ? `<div>${l}</div>` : '<div><br></div>')).join('');
        ed.dispatchEvent(new InputEvent('input', { bubbles: true }));
      }, DRAFTS[lang]);
      const overlay = '[data-helder-e2e="overlay"]';
      const badge = page.locator(`${overlay} .badge-main`).first();
      await expect.poll(() => badge.count(), { timeout: 10000 }).toBe(1);
      await badge.click();
      const items = page.locator(`${overlay} .list .item`);
      await expect.poll(() => items.count(), { timeout: 5000 }).toBeGreaterThan(6);
      const n = await items.count();
      const categories = new Set<string>();
      for (let i = 0; i < n; i++) {
        if ((await items.count()) === 0) await badge.click();
        const label = ((await items.nth(i).locator('.text').textContent()) ?? '').trim();
        await items.nth(i).click();
        const card = page.locator(`${overlay} .card`);
        await expect.poll(() => card.count()).toBe(1);
        const hears = (await card.locator('.hears').textContent()) ?? '';
        const cat = ((await card.locator('.cat').textContent()) ?? '').trim();
        categories.add(cat);
        // A span finding's list entry is its quoted text: the card's hears quotes those words.
        const quoted = /^“(.*)”$/.exec(label)?.[1];
        if (quoted) expect(hears, label).toContain(quoted);
        if (lang === 'nl') expect((await card.locator('.sugg').allTextContents()).join(' '), label).not.toMatch(/\b(u|uw)\b/);
        await card.screenshot({ path: join(SHOTS, `${lang}-${String(i).padStart(2, '0')}-${cat.replace(/\W+/g, '_')}.png`) });
        await card.locator('button.close').click();
      }
      expect(categories.size).toBeGreaterThanOrEqual(8);
      await page.close();
    });
});
