// @vitest-environment jsdom
/**
 * The page can't act for the writer (issue 14, item 3), with the real guard of components/inpage/host.ts:
 * Helder's UI lives in closed shadow roots under plain <div> hosts, and its controls ignore events a script
 * dispatches (isTrusted false), so a page can neither read the findings nor click Apply, Ignore, "Turn off
 * this rule", the list, the badge menu or "Send anyway" for the writer.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createHost } from '@/components/inpage/host';
import { mountReview } from '@/components/inpage/review';
import { renderBadge, renderCard, renderList, renderRuleOff, type UiHandlers } from '@/components/inpage/ui';
import { finding } from './finding';

function handlers(): UiHandlers & Record<string, ReturnType<typeof vi.fn>> {
  return { apply: vi.fn(), remove: vi.fn(), ignore: vi.fn(), disableRule: vi.fn(), enableRule: vi.fn(), close: vi.fn(), open: vi.fn() };
}

afterEach(() => {
  document.body.replaceChildren();
  for (const el of [...document.documentElement.children]) if (el !== document.head && el !== document.body) el.remove();
});

describe('the page cannot act for the writer', () => {
  it('hosts are plain divs with closed shadow roots: nothing of the findings is readable from the page', () => {
    const { host, root } = createHost(document, 'overlay');
    expect(host.tagName).toBe('DIV');
    root.append(Object.assign(document.createElement('div'), { textContent: 'as I already told you · score 42' }));
    document.documentElement.append(host);
    expect(host.shadowRoot).toBeNull();
    expect(document.documentElement.textContent).not.toContain('as I already told you');
    expect(host.getAttribute('data-helder-e2e')).toBeNull();
  });

  it('the review is closed to the page too, and a page-defined <helder-review> element does not matter', () => {
    customElements.define(
      'helder-review',
      class extends HTMLElement {
        override attachShadow(): ShadowRoot {
          throw new Error('pre-empted by the page');
        }
      },
    );
    const anchor = document.createElement('div');
    document.body.append(anchor);
    const actions = { sendAnyway: vi.fn(), back: vi.fn(), refresh: vi.fn(() => []), crashed: vi.fn() };
    const h = mountReview(anchor, [{ key: 'k', finding: finding({ text: 'as I already told you' }) }], actions, {
      apply: vi.fn(() => ({ ok: true as const })),
      ignore: vi.fn(),
      disableRule: vi.fn(),
      enableRule: vi.fn(),
    });
    expect(h.isVisible()).toBe(true);
    const hosts = [...document.documentElement.children].filter((e) => e !== document.head && e !== document.body);
    expect(hosts.map((e) => e.tagName)).toEqual(['DIV']);
    expect((hosts[0] as HTMLElement).shadowRoot).toBeNull();
    expect(document.documentElement.textContent).not.toContain('as I already told you');
    h.close();
  });

  it("a script's clicks and inputs on a card do nothing: no Apply with its own text, no Ignore, no rule turned off", () => {
    const h = handlers();
    const card = renderCard(finding({ suggestions: ['I will update you by {tijdstip}.', 'Today.'] }), 'k', undefined, h);
    document.body.append(card);
    const input = card.querySelector('input') as HTMLInputElement;
    input.value = 'NEVER, says the page';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    for (const b of card.querySelectorAll('button')) {
      b.disabled = false;
      b.click();
    }
    card.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    for (const fn of Object.values(h)) expect(fn).not.toHaveBeenCalled();
  });

  it("a script's clicks on the list, the badge and its menu, and the rule-off notice do nothing", () => {
    const h = handlers();
    const list = renderList([{ finding: finding(), key: 'k' }], h);
    const notice = renderRuleOff('Vague promise', 'en.vague', h);
    const b = { toggleList: vi.fn(), hideHere: vi.fn(), hideEverywhere: vi.fn() };
    const badge = renderBadge(40, 3, 'mail.google.com', b, true);
    document.body.append(list, notice, badge);
    for (const el of [list, notice, badge]) for (const btn of el.querySelectorAll('button')) btn.click();
    for (const fn of [...Object.values(h), ...Object.values(b)]) expect(fn).not.toHaveBeenCalled();
  });
});
