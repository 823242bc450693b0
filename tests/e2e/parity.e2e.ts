/**
 * What the page runs is what is measured: corpus replies typed into the
 * Gmail fixture get exactly the underlines that the engine gives the same
 * text in node (the engine `helder check` and `npm run eval` use).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILTIN_RULE_SETS, Engine } from '@/rules';
import { parseCorpus } from '@/rules/evaluate';
import { keyFindings } from '@/utils/messaging';
import { HOSTS, launch, ROOT, type Session } from './harness';

const engine = new Engine(BUILTIN_RULE_SETS);

/** Replies short enough to stay in view in the fixture's editor, as one line each. */
function replies() {
  const items = parseCorpus(readFileSync(join(ROOT, 'tests/corpus/dev-2.jsonl'), 'utf8'))
    .map((i) => ({ ...i, text: i.text.replace(/\s+/g, ' ').trim() }))
    .filter((i) => i.text.length < 330);
  return [...items.filter((i) => i.lang === 'nl').slice(0, 8), ...items.filter((i) => i.lang === 'en').slice(0, 6)];
}

/** Keys of the underlines Helder draws in the page. */
async function underlineKeys(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const root = document.querySelector('[data-helder-e2e="overlay"]')?.shadowRoot;
    return [...new Set([...(root?.querySelectorAll<HTMLElement>('.u') ?? [])].map((u) => u.dataset.key ?? ''))].sort();
  });
}

/** Waits until the underlines stop changing (typing settles, the coach redraws). */
async function settledKeys(page: Page): Promise<string[]> {
  let last = await underlineKeys(page);
  for (let i = 0; i < 40; i++) {
    await page.waitForTimeout(150);
    const now = await underlineKeys(page);
    if (now.join('\n') === last.join('\n') && i > 4) return now;
    last = now;
  }
  return last;
}

describe('page and engine agree', () => {
  let s: Session;
  let page: Page;
  beforeAll(async () => {
    s = await launch();
    page = await s.context.newPage();
    await page.goto(HOSTS.gmail);
    await page.waitForSelector('[contenteditable="true"]');
    // Wait until the coach has its rules: a flagged phrase gets its underline.
    await page.locator('[contenteditable="true"]').first().click();
    await page.keyboard.insertText('Nee, dat kan niet.');
    for (let i = 0; i < 100 && (await underlineKeys(page)).length === 0; i++) await page.waitForTimeout(200);
  });
  afterAll(async () => {
    await s?.close();
  });

  it.each(replies().map((r) => [r.id, r] as const))('%s: the underlines are the engine’s span findings', async (_id, item) => {
    const editor = page.locator('[contenteditable="true"]').first();
    await editor.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
    await page.keyboard.insertText(item.text);
    const text = await editor.evaluate((e) => (e as HTMLElement).innerText.replace(/\u00a0/g, ' ').trim());
    expect(text).toBe(item.text);
    // The page reads the quoted customer message as the reply's context; so does the engine here.
    const context = await page.evaluate(() => {
      const ed = document.querySelector('[contenteditable="true"]') as HTMLElement;
      const quoted = ed.querySelector('blockquote.gmail_quote') as HTMLElement | null;
      const thread = ed.closest('.AO, [role="main"]');
      const last = [...(thread?.querySelectorAll<HTMLElement>('.a3s') ?? [])].at(-1);
      return (quoted ?? last)?.innerText ?? '';
    });
    const expected = keyFindings(engine.analyze(text, { context }).findings.filter((f) => f.scope === 'span'))
      .map((k) => k.key)
      .sort();
    expect(await settledKeys(page)).toEqual([...new Set(expected)].sort());
  });
});
