/**
 * The client moves or re-renders the editor: Gmail's full screen and back (the same editor element in another
 * container), Outlook's React re-render (a new editor element with the same text). Underlines stay on their
 * words in the very next frames, and an open card stays open.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOSTS, launch, type Session } from './harness';

/** Underline keys, and whether one underline lies exactly under `phrase` in the editor matching `editorSel`. */
async function underlines(page: Page, editorSel: string, phrase: string): Promise<{ keys: string[]; onPhrase: boolean }> {
  return page.evaluate(
    ([sel, p]) => {
      const root = document.querySelector('[data-helder-e2e="overlay"]')?.shadowRoot;
      const us = [...(root?.querySelectorAll<HTMLElement>('.u') ?? [])];
      const editor = document.querySelector<HTMLElement>(sel as string);
      let onPhrase = false;
      if (editor) {
        const walker = document.createTreeWalker(editor, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
          const at = n.data.indexOf(p as string);
          if (at < 0) continue;
          const r = document.createRange();
          r.setStart(n, at);
          r.setEnd(n, at + (p as string).length);
          const first = [...r.getClientRects()].find((x) => x.width > 0);
          onPhrase =
            !!first &&
            us.some((u) => {
              const b = u.getBoundingClientRect();
              return Math.abs(b.left - first.left) < 2 && Math.abs(b.bottom - first.bottom) < 4;
            });
          break;
        }
      }
      // Only the draft under test (the one with the phrase's own finding, blame): others may be covered.
      const draft = us.find((u) => u.dataset.key?.startsWith('en.blame'))?.dataset.draft;
      return { keys: us.filter((u) => u.dataset.draft === draft).map((u) => u.dataset.key ?? ''), onPhrase };
    },
    [editorSel, phrase] as const,
  );
}

/** Number of underlined findings in each of the next `frames` animation frames after clicking the last `act` match. */
async function framesAfter(page: Page, act: string, frames = 3): Promise<number[]> {
  return page.evaluate(
    ([code, n]) =>
      new Promise<number[]>((resolve) => {
        const counts: number[] = [];
        const root = document.querySelector('[data-helder-e2e="overlay"]')?.shadowRoot;
        const draft = root?.querySelector<HTMLElement>('.u[data-key^="en.blame"]')?.dataset.draft;
        const targets = document.querySelectorAll<HTMLElement>(code as string);
        targets[targets.length - 1]?.click(); // the client's own button (the last one: full screen adds an "exit")
        const tick = () => {
          counts.push(
            new Set([...(root?.querySelectorAll<HTMLElement>(`.u[data-draft="${draft}"]`) ?? [])].map((u) => u.dataset.key)).size,
          );
          if (counts.length >= (n as number)) resolve(counts);
          else requestAnimationFrame(tick);
        };
        requestAnimationFrame(() => requestAnimationFrame(tick));
      }),
    [act, frames] as const,
  );
}

describe('moves and re-renders', () => {
  let s: Session;
  beforeAll(async () => {
    s = await launch();
  });
  afterAll(async () => {
    await s?.close();
  });

  it('Gmail full screen and back: underlines stay on their words, the open card stays open', async () => {
    const page = await s.context.newPage();
    await page.goto(`${HOSTS.gmail}?delay=0`);
    await page.click('#compose-btn');
    const ed = page.locator('.nn [g_editable="true"]');
    await ed.waitFor();
    await ed.locator('div').first().click(); // the empty first line, above the signature
    await page.keyboard.type('Hi Anna, as I already told you, we will look into it.');
    const u = () => underlines(page, '[g_editable="true"][aria-label="Message Body"]:not(.AO *)', 'as I already told you');
    await expect.poll(async () => (await u()).onPhrase, { timeout: 10000 }).toBe(true);
    const before = await u();
    // Open a card on the first underline.
    const at = await page.evaluate(() => {
      const r = document.querySelector('[data-helder-e2e="overlay"]')?.shadowRoot?.querySelector('.u')?.getBoundingClientRect();
      return r ? { x: r.left + 4, y: r.bottom - 8 } : null;
    });
    expect(at).not.toBeNull();
    await page.mouse.click(at?.x ?? 0, at?.y ?? 0);
    const cards = () =>
      page.evaluate(() => document.querySelector('[data-helder-e2e="overlay"]')?.shadowRoot?.querySelectorAll('.card').length ?? 0);
    await expect.poll(cards).toBe(1);
    for (const step of ['full screen', 'back']) {
      const counts = await framesAfter(page, '.aUG');
      expect(
        counts.every((c) => c === new Set(before.keys).size),
        `${step}: ${counts}`,
      ).toBe(true);
      const now = await u();
      expect(new Set(now.keys)).toEqual(new Set(before.keys));
      expect(now.onPhrase, step).toBe(true);
      expect(await cards()).toBe(1);
    }
    await page.close();
  });

  it('Outlook re-render: a new editor element takes over the draft at once, underlines and open card kept', async () => {
    const page = await s.context.newPage();
    await page.goto('https://outlook.office.com/mail/?fixture=outlook-shapes&shape=inline&rerender=1');
    const u = () => underlines(page, '[aria-multiline="true"][aria-label^="Message body"]', 'as I already told you');
    await expect.poll(async () => (await u()).onPhrase, { timeout: 15000 }).toBe(true);
    const before = await u();
    const at = await page.evaluate(() => {
      const r = document.querySelector('[data-helder-e2e="overlay"]')?.shadowRoot?.querySelector('.u')?.getBoundingClientRect();
      return r ? { x: r.left + 4, y: r.bottom - 8 } : null;
    });
    await page.mouse.click(at?.x ?? 0, at?.y ?? 0);
    const cards = () =>
      page.evaluate(() => document.querySelector('[data-helder-e2e="overlay"]')?.shadowRoot?.querySelectorAll('.card').length ?? 0);
    await expect.poll(cards).toBe(1);
    const draftBefore = await page.evaluate(
      () => document.querySelector('[data-helder-e2e="overlay"]')?.shadowRoot?.querySelector<HTMLElement>('.badge')?.dataset.draft,
    );
    const counts = await framesAfter(page, '#rerender');
    expect(
      counts.every((c) => c === new Set(before.keys).size),
      String(counts),
    ).toBe(true);
    const now = await u();
    expect(now.keys).toEqual(before.keys);
    expect(now.onPhrase).toBe(true);
    const draftAfter = await page.evaluate(
      () => document.querySelector('[data-helder-e2e="overlay"]')?.shadowRoot?.querySelector<HTMLElement>('.badge')?.dataset.draft,
    );
    expect(draftAfter).toBe(draftBefore);
    // Still so once the client has settled (the page-wide scan runs after a pause).
    await page.waitForTimeout(600);
    expect((await u()).onPhrase).toBe(true);
    expect(await cards()).toBe(1);
    expect(
      await page.evaluate(
        () => document.querySelector('[data-helder-e2e="overlay"]')?.shadowRoot?.querySelector<HTMLElement>('.badge')?.dataset.draft,
      ),
    ).toBe(draftBefore);
    await page.close();
  });
});
