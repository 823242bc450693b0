// @vitest-environment jsdom
/**
 * The in-page badge and findings list as the writer uses them (their events stand in through ./user.ts):
 * what the badge says in English and Dutch (band word, no check mark, plural forms), the list's heading,
 * close button and Esc, and focus kept inside an open card.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { finding } from './finding';
import { asWriter, writerClick } from './user';

const lang = vi.hoisted(() => ({ value: 'en' as 'en' | 'nl' }));
vi.mock('@/components/i18n', () => {
  const load = (l: string) =>
    JSON.parse(readFileSync(join(__dirname, `../../components/public/_locales/${l}/messages.json`), 'utf8')) as Record<
      string,
      { message: string }
    >;
  const all = { en: load('en'), nl: load('nl') };
  return {
    t: (key: string, subs?: string | string[]) => {
      const list = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
      const m = all[lang.value][key]?.message;
      return m ? m.replace(/\$(\d)/g, (_: string, n: string) => list[Number(n) - 1] ?? '') : key;
    },
    uiLang: () => lang.value,
  };
});
vi.mock('@/components/inpage/host', async (importOriginal) => (await import('./user')).hostDouble(await importOriginal()));

const { findingsText, renderBadge, renderCard, renderList, scoreBand } = await import('@/components/inpage/ui');

const noop = { toggleList: vi.fn(), hideHere: vi.fn(), hideEverywhere: vi.fn() };

beforeEach(() => {
  lang.value = 'en';
  document.body.replaceChildren();
});

describe('badge', () => {
  it('says the band in words and never shows a check mark, whatever the score', () => {
    for (const score of [0, 42, 70, 100]) {
      const b = renderBadge(score, 3, 'mail.google.com', noop, false);
      expect(b.textContent).not.toContain('✓');
      expect(b.className).toContain(`band-${scoreBand(score)}`);
    }
    expect(renderBadge(0, 5, 'x', noop, false).querySelector('.band-word')?.textContent).toBe('Unclear');
    expect(renderBadge(92, 1, 'x', noop, false).querySelector('.band-word')?.textContent).toBe('Clear');
  });

  it('counts findings with the right plural in English and Dutch', () => {
    expect([0, 1, 2].map(findingsText)).toEqual(['no findings', '1 finding', '2 findings']);
    lang.value = 'nl';
    expect([0, 1, 2].map(findingsText)).toEqual(['geen bevindingen', '1 bevinding', '2 bevindingen']);
    const label = renderBadge(50, 1, 'x', noop, false).querySelector('.badge-main')?.getAttribute('aria-label');
    expect(label).toBe('Helder: Onduidelijk, score 50 van 100, 1 bevinding. Opent de lijst met bevindingen.');
  });

  it('its menu hides it on this site or everywhere', () => {
    const h = { toggleList: vi.fn(), hideHere: vi.fn(), hideEverywhere: vi.fn() };
    const b = renderBadge(50, 2, 'outlook.office.com', h, false);
    document.body.append(b);
    writerClick(b.querySelector('.badge-more') as HTMLElement);
    const items = [...b.querySelectorAll<HTMLButtonElement>('.badge-menu button')];
    expect(items.map((i) => i.textContent)).toEqual(['Hide the badge on outlook.office.com', 'Hide the badge everywhere']);
    writerClick(items[0] as HTMLElement);
    writerClick(items[1] as HTMLElement);
    expect(h.hideHere).toHaveBeenCalledTimes(1);
    expect(h.hideEverywhere).toHaveBeenCalledTimes(1);
  });
});

describe('findings list and card', () => {
  const handlers = () => ({
    apply: vi.fn(),
    remove: vi.fn(),
    ignore: vi.fn(),
    disableRule: vi.fn(),
    enableRule: vi.fn(),
    close: vi.fn(),
    open: vi.fn(),
  });

  it('has a heading, a count, a close button, rows without a doubled label, and Esc closes it', () => {
    const h = handlers();
    const list = renderList(
      [
        { finding: finding({ severity: 'info', category: 'tip' }), key: 'a' },
        { finding: finding(), key: 'b' },
      ],
      h,
    );
    document.body.append(list);
    expect(list.querySelector('h2')?.textContent).toBe('Helder findings');
    expect(list.querySelector('.count')?.textContent).toBe('2 findings in this draft');
    expect(list.querySelector('ol')).toBeNull();
    for (const row of list.querySelectorAll('.item')) expect(row.textContent).not.toMatch(/Tip.*Tip/);
    writerClick(list.querySelector('.item') as HTMLElement);
    expect(h.open).toHaveBeenCalledWith('a');
    writerClick(list.querySelector('.close') as HTMLElement);
    asWriter(list, new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(h.close).toHaveBeenCalledTimes(2);
  });

  it('keeps Tab inside an open card', () => {
    const root = document.createElement('div').attachShadow({ mode: 'open' });
    document.body.append(root.host);
    const card = renderCard(finding(), 'k', undefined, handlers());
    root.append(card);
    const buttons = [...card.querySelectorAll<HTMLButtonElement>('button:not([disabled])')];
    (buttons[buttons.length - 1] as HTMLButtonElement).focus();
    const tab = asWriter(card, new KeyboardEvent('keydown', { key: 'Tab', bubbles: true, cancelable: true }));
    expect(tab.defaultPrevented).toBe(true);
    expect(root.activeElement).toBe(buttons[0]);
    const back = asWriter(card, new KeyboardEvent('keydown', { key: 'Tab', shiftKey: true, bubbles: true, cancelable: true }));
    expect(back.defaultPrevented).toBe(true);
    expect(root.activeElement).toBe(buttons[buttons.length - 1]);
  });
});
