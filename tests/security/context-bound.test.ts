// @vitest-environment jsdom
/**
 * The customer's message is read as context up to a bounded size: a
 * megabyte of quoted mail (the hostile shapes included) costs what its first
 * 20,000 characters cost, and a message nested thousands of elements deep is
 * read without recursion (jsdom builds deep trees slowly; browsers are tested end to end).
 */
import { describe, expect, it } from 'vitest';
import { CONTEXT_LIMIT, textOf } from '@/utils/adapters/types';

describe('reading the customer message', () => {
  it('keeps line breaks at blocks and <br>, and no script text', () => {
    const el = document.createElement('div');
    el.innerHTML = '<div>Hoi,</div><div>mijn laptop is kapot.<br>Groet</div><script>x()</script>';
    expect(textOf(el)).toBe('Hoi,\nmijn laptop is kapot.\nGroet');
  });

  it.each([
    ['a.a.a.', 'a.'.repeat(500_000)],
    ['runs of ?', '?'.repeat(1_000_000)],
    ['lines of costs', '€ 12,50\n'.repeat(125_000)],
    ['x 1.', 'x 1. '.repeat(200_000)],
  ])('reads at most %s of a megabyte up to the limit', (_name, body) => {
    const el = document.createElement('blockquote');
    el.textContent = body;
    const t0 = performance.now();
    const text = textOf(el);
    expect(text.length).toBeLessThanOrEqual(CONTEXT_LIMIT);
    expect(text.length).toBeGreaterThan(CONTEXT_LIMIT / 2);
    expect(performance.now() - t0).toBeLessThan(1000);
  });

  it('reads a message nested 1,500 elements deep', () => {
    const root = document.createElement('div');
    let at: HTMLElement = root;
    for (let i = 0; i < 1_500; i++) {
      const d = document.createElement('span');
      at.append(d);
      at = d;
    }
    at.textContent = 'De printer is kapot.';
    expect(textOf(root)).toBe('De printer is kapot.');
  });
});
