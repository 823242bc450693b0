/**
 * A slow storage.managed (issue 14, item 6): in a fresh browser it takes
 * about 3 s to answer, and before the fix nothing in Helder had rules until
 * then (loadActiveRules and getSettings waited for it). Now the rules come
 * first and the policy is applied when it arrives; the last policy seen is
 * kept, so the next start has it at once.
 */
import { fakeBrowser } from '@webext-core/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MergedRules } from '@/rules';

(globalThis as { chrome?: unknown }).chrome = fakeBrowser;
const { loadActiveRules, watchActiveRules } = await import('@/utils/rulesets');
const { getSettings } = await import('@/utils/settings');

const POLICY = { lockedRules: { 'nl.jargon': 'off' } };
let answer: (p: unknown) => void = () => {};
let answered: unknown = null;

/** storage.managed that answers only when the test says so, as in a fresh browser. */
function slowManaged() {
  answered = null;
  const pending = new Promise((resolve) => {
    answer = (p) => {
      answered = p;
      resolve(p);
    };
  });
  vi.spyOn(fakeBrowser.storage.managed, 'get').mockImplementation((() => (answered ? Promise.resolve(answered) : pending)) as never);
}

const within = <T>(ms: number, p: Promise<T>) =>
  Promise.race([p, new Promise<'too slow'>((resolve) => setTimeout(() => resolve('too slow'), ms))]);

beforeEach(() => slowManaged());
afterEach(() => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
});

describe('a slow storage.managed', () => {
  it('does not hold up the rules or the settings', async () => {
    const rules = await within(1000, loadActiveRules());
    expect(rules).not.toBe('too slow');
    expect(Object.keys((rules as MergedRules).origins).length).toBeGreaterThan(10);
    expect(await within(1000, getSettings())).not.toBe('too slow');
  });

  it('applies the policy when it arrives, and has it at once on the next start', async () => {
    const seen: MergedRules[] = [];
    const stop = watchActiveRules((r) => seen.push(r));
    await vi.waitFor(() => expect(seen.length).toBe(1), { timeout: 1000 });
    expect(seen[0]?.origins['nl.jargon']?.locked).toBeUndefined();
    answer(POLICY);
    await vi.waitFor(() => expect(seen.at(-1)?.origins['nl.jargon']?.locked).toBe('off'), { timeout: 2000 });
    stop();

    // Next start: storage.managed slow again, the last policy seen applies from the first load.
    vi.restoreAllMocks();
    slowManaged();
    const rules = await within(1000, loadActiveRules());
    expect(rules).not.toBe('too slow');
    expect((rules as MergedRules).origins['nl.jargon']?.locked).toBe('off');
  });
});
