import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOSTS, launch, ROOT, type Session } from './harness';

const SHOTS = join(ROOT, 'test-results/screenshots');
mkdirSync(SHOTS, { recursive: true });

/** Underlines drawn by Helder, read from its shadow root. */
async function underlines(page: Page) {
  return page.evaluate(() => {
    const root = document.querySelector('[data-helder-e2e="overlay"]')?.shadowRoot;
    return [...(root?.querySelectorAll<HTMLElement>('.u') ?? [])].map((u) => {
      const r = u.getBoundingClientRect();
      return { key: u.dataset.key ?? '', draft: u.dataset.draft ?? '', left: r.left, right: r.right, bottom: r.bottom, cls: u.className };
    });
  });
}

/** Client rects of the first occurrence of `phrase` in an editor (text may cross elements). */
async function phraseRects(page: Page, editorIndex: number, phrase: string) {
  return page.evaluate(
    ([i, p]) => {
      const editor = document.querySelectorAll('[contenteditable="true"]')[i as number] as HTMLElement;
      const walker = document.createTreeWalker(editor, NodeFilter.SHOW_TEXT);
      const nodes: Text[] = [];
      for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
      const text = nodes.map((n) => n.data).join('');
      const at = text.indexOf(p as string);
      if (at < 0) return [];
      const locate = (off: number): [Text, number] => {
        let acc = 0;
        for (const n of nodes) {
          if (off <= acc + n.data.length) return [n, off - acc];
          acc += n.data.length;
        }
        throw new Error('offset');
      };
      const r = document.createRange();
      r.setStart(...locate(at));
      r.setEnd(...locate(at + (p as string).length));
      return [...r.getClientRects()].filter((x) => x.width > 0).map((x) => ({ left: x.left, right: x.right, bottom: x.bottom }));
    },
    [editorIndex, phrase] as const,
  );
}

async function open(s: Session, url: string): Promise<Page> {
  const page = await s.context.newPage();
  await page.goto(url);
  await page.waitForSelector('[contenteditable="true"]');
  return page;
}

describe('in-page coach', () => {
  let s: Session;
  beforeAll(async () => {
    s = await launch();
  });
  afterAll(async () => {
    await s?.close();
  });

  it('underlines exactly the words the reader will mis-hear, not the quote or signature (Gmail)', async () => {
    const page = await open(s, HOSTS.gmail);
    await expect.poll(async () => (await underlines(page)).length, { timeout: 10000 }).toBeGreaterThan(0);
    const lines = await underlines(page);
    const phrase = await phraseRects(page, 0, 'we will look into it');
    expect(phrase.length).toBeGreaterThan(0);
    for (const r of phrase)
      expect(lines.some((u) => Math.abs(u.left - r.left) < 1 && Math.abs(u.right - r.right) < 1 && Math.abs(u.bottom - r.bottom) < 3)).toBe(
        true,
      );
    // The quoted customer message (with "VPN") and the signature sit below the writer's text: nothing is underlined there.
    const quoteTop = await page.evaluate(() => document.querySelector('.M9 .gmail_quote')!.getBoundingClientRect().top);
    expect(lines.every((u) => u.bottom <= quoteTop + 1)).toBe(true);
    await page.screenshot({ path: join(SHOTS, 'gmail-underlines.png') });
    await page.close();
  });

  it('finds the delayed pop-up compose and a phrase split by <b>', async () => {
    const page = await open(s, `${HOSTS.gmail}?delay=600`);
    await page.click('#compose-btn');
    await page.waitForSelector('.nn [g_editable="true"]');
    await page.evaluate(() => {
      // The page itself (not Helder) puts formatted text in the new editor.
      const ed = document.querySelector('.nn [g_editable="true"]') as HTMLElement;
      ed.innerHTML = '<div dir="ltr">Beste Anja, we gaan <b>ermee</b> aan de slag.</div>';
      ed.dispatchEvent(new InputEvent('input', { bubbles: true }));
    });
    const phrase = await phraseRects(page, 1, 'we gaan ermee aan de slag');
    await expect
      .poll(
        async () => {
          const lines = await underlines(page);
          return phrase.every((r) => lines.some((u) => Math.abs(u.left - r.left) < 1 && Math.abs(u.right - r.right) < 1));
        },
        { timeout: 10000 },
      )
      .toBe(true);
    expect(new Set((await underlines(page)).map((u) => u.draft)).size).toBe(2);
    await page.close();
  });

  it('opens a card, applies a suggestion through the editor, and Ctrl+Z restores the original (Gmail)', async () => {
    const page = await open(s, HOSTS.gmail);
    const editor = page.locator('[g_editable="true"]').first();
    await expect.poll(async () => (await underlines(page)).length, { timeout: 10000 }).toBeGreaterThan(0);
    const before = await editor.innerHTML();
    const [r] = await phraseRects(page, 0, 'AD account');
    await page.mouse.click((r!.left + r!.right) / 2, r!.bottom - 4);
    const card = page.locator('[data-helder-e2e="overlay"] .card');
    await expect.poll(() => card.count()).toBe(1);
    expect(await card.textContent()).toContain('AD account');
    await page.screenshot({ path: join(SHOTS, 'gmail-card.png') });
    await page.screenshot({ path: join(ROOT, 'tests/e2e/readme/card.png'), clip: { x: 0, y: 0, width: 800, height: 520 } });
    await card.locator('button.primary').first().click();
    // The term stays and its plain meaning follows in brackets.
    await expect.poll(() => editor.innerText()).toContain('AD account (your work sign-in account)');
    await editor.focus();
    await page.keyboard.press('Control+z');
    await expect.poll(() => editor.innerText()).not.toContain('(your work sign-in account)');
    expect(await editor.innerHTML()).toBe(before);
    await page.close();
  });

  it('puts a sentence for the whole message after the greeting, on the body line (Gmail)', async () => {
    const page = await open(s, HOSTS.gmail);
    const editor = page.locator('[g_editable="true"]').first();
    await page.evaluate(() => {
      const ed = document.querySelector('[g_editable="true"]') as HTMLElement;
      ed.innerHTML = '<div dir="ltr">Hi Anna,</div><div><br></div><div>Your AD account was locked; I unlocked it.</div>';
      ed.dispatchEvent(new InputEvent('input', { bubbles: true }));
    });
    const badge = page.locator('[data-helder-e2e="overlay"] .badge-main').first();
    await expect.poll(() => badge.count(), { timeout: 10000 }).toBe(1);
    await badge.click();
    const items = page.locator('[data-helder-e2e="overlay"] .list .item');
    await expect.poll(() => items.count(), { timeout: 5000 }).toBeGreaterThan(0);
    const card = page.locator('[data-helder-e2e="overlay"] .card');
    let found = false;
    for (let i = 0; i < (await items.count()) && !found; i++) {
      await items.nth(i).click();
      await expect.poll(() => card.count()).toBe(1);
      found = (await card.textContent())?.includes("I'm sorry") ?? false;
      if (!found) {
        await card.locator('button.close').click();
        await badge.click();
      }
    }
    expect(found).toBe(true);
    await card.locator('input').first().click();
    await page.keyboard.type("you couldn't log in");
    const apply = card.locator('button.primary').first();
    await expect.poll(() => apply.isEnabled()).toBe(true);
    await apply.click();
    await expect.poll(() => editor.innerText(), { timeout: 10000 }).toContain("I'm sorry you couldn't log in. Your AD account");
    const text = await editor.innerText();
    expect(text).toMatch(/^Hi Anna,\n+I'm sorry/);
    expect(text).not.toContain("Anna,I'm");
    await page.close();
  });

  it('leaves a belittling word out with one click, through the editor (Outlook)', async () => {
    const page = await open(s, HOSTS.outlook);
    const editor = page.locator('[role="textbox"][contenteditable="true"]').first();
    await editor.click();
    await page.keyboard.press('Control+a');
    await page.keyboard.type('Hi Tom, just restart the laptop and it will work again.');
    await expect.poll(async () => (await phraseRects(page, 0, 'just restart')).length, { timeout: 10000 }).toBeGreaterThan(0);
    const [r] = await phraseRects(page, 0, 'just');
    await expect.poll(async () => (await underlines(page)).some((u) => Math.abs(u.left - r!.left) < 1), { timeout: 10000 }).toBe(true);
    await page.mouse.click((r!.left + r!.right) / 2, r!.bottom - 4);
    const card = page.locator('[data-helder-e2e="overlay"] .card');
    await expect.poll(() => card.count()).toBe(1);
    await card.getByRole('button', { name: 'Leave out “just”' }).click();
    await expect.poll(() => editor.innerText()).toContain('Hi Tom, restart the laptop and it will work again.');
    await page.close();
  });

  it('never changes the editor while the writer types', async () => {
    const page = await open(s, `${HOSTS.outlook}?delay=100`);
    const editor = page.locator('[role="textbox"][contenteditable="true"]').first();
    await editor.click();
    await page.keyboard.press('Control+Home');
    const typed = 'Nee, dat kan niet. We kijken ernaar en komen er zo snel mogelijk op terug. Uw AD-account is DRINGEND geblokkeerd!! '
      .repeat(2)
      .slice(0, 200);
    const mutations = await page.evaluate(() => {
      (window as unknown as { __muts: string[] }).__muts = [];
      const ed = document.querySelector('[role="textbox"][contenteditable="true"]') as HTMLElement;
      new MutationObserver((ms) => {
        for (const m of ms) if (m.type === 'attributes') (window as unknown as { __muts: string[] }).__muts.push(m.attributeName ?? '');
      }).observe(ed, { attributes: true, subtree: true });
      return 0;
    });
    expect(mutations).toBe(0);
    await page.keyboard.type(typed, { delay: 5 });
    await page.waitForTimeout(800);
    const html = await editor.innerHTML();
    // Exactly what a plain contenteditable holds after typing: no spans, no attributes added by Helder.
    expect(html).not.toMatch(/helder|data-key|<mark|class="u /);
    expect(await page.evaluate(() => (window as unknown as { __muts: string[] }).__muts)).toEqual([]);
    expect(await editor.innerText()).toContain(typed.trim().slice(0, 50));
    await expect.poll(async () => (await underlines(page)).length, { timeout: 10000 }).toBeGreaterThan(2);
    await page.close();
  });

  it('works on the Dutch Outlook page, with the history and signature left alone', async () => {
    const page = await open(s, `${HOSTS.outlook}?lang=nl&quote=container`);
    await expect.poll(async () => (await underlines(page)).length, { timeout: 10000 }).toBeGreaterThan(0);
    const phrase = await phraseRects(page, 0, 'we gaan ermee aan de slag');
    const lines = await underlines(page);
    for (const r of phrase) expect(lines.some((u) => Math.abs(u.left - r.left) < 1 && Math.abs(u.right - r.right) < 1)).toBe(true);
    const sigTop = await page.evaluate(() => document.querySelector('#Signature')!.getBoundingClientRect().top);
    expect(lines.every((u) => u.bottom <= sigTop + 1)).toBe(true);
    const badge = page.locator('[data-helder-e2e="overlay"] .badge').first();
    await badge.click();
    await expect.poll(() => page.locator('[data-helder-e2e="overlay"] .list li').count()).toBeGreaterThan(1);
    await page.screenshot({ path: join(SHOTS, 'outlook-nl-list.png') });
    await page.close();
  });
});
