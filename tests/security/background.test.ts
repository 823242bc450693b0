/**
 * The background's subscription jobs (issue 14, items 4 and 6) with an
 * in-memory browser and a scripted fetch: every failure kind, a crashing
 * validation included, is answered and recorded; the last good set stays;
 * a subscription never goes back to an older version; a full storage is a
 * failure, not a crash.
 *
 * Before the fix, a crashing validation came back as "network" on subscribe
 * (the job's catch-all) and was not recorded at all on refresh, which the
 * options page then showed as nothing (a silent success).
 */
import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { crashingSet, teamSet } from './fixtures';

// A validation that crashes: see crash-mock.ts.
vi.mock('@/rules/engine/pattern', async () => (await import('./crash-mock')).patternThatCrashes());

(globalThis as { chrome?: unknown }).chrome = fakeBrowser;
type Handler = (m: { data: unknown }) => Promise<Record<string, unknown>>;
const handlers: Record<string, Handler> = {};
vi.mock('@/utils/messaging', () => ({
  onMessage: (name: string, fn: Handler) => {
    handlers[name] = fn;
  },
}));
const { subscriptionItem, teamRuleSetItem } = await import('@/utils/settings');
const background = (await import('@/entrypoints/background')).default as unknown as { main(): void };
background.main();

const URL_ = 'https://rules.example.org/team.json';
let body = '';
let headers: Record<string, string> = {};
const requested: string[] = [];
vi.stubGlobal('fetch', async (url: string) => {
  requested.push(url);
  return new Response(body, { status: 200, headers });
});
const call = (name: string, data?: unknown) => (handlers[name] as Handler)({ data });

beforeEach(async () => {
  await fakeBrowser.storage.local.clear();
  requested.length = 0;
  headers = {};
});

describe('subscribe', () => {
  it('lists a crashing validation as a problem of the set (never "could not be reached"), and stores nothing', async () => {
    body = JSON.stringify(crashingSet());
    const res = await call('subscribe', { url: URL_ });
    expect(res).toMatchObject({ ok: false, errorKind: 'invalid' });
    expect((res.problems as Array<{ code: string }>)?.map((p) => p.code)).toEqual(['validationCrashed']);
    expect(await teamRuleSetItem.getValue()).toBeNull();
  });
});

describe('refresh', () => {
  async function subscribed(version = 7) {
    body = JSON.stringify(teamSet(version));
    expect(await call('subscribe', { url: URL_ })).toMatchObject({ ok: true, version: String(version) });
  }

  it('records a crashing validation and keeps the last good set', async () => {
    await subscribed();
    body = JSON.stringify(crashingSet(8));
    const res = await call('refreshSubscription');
    expect(res).toMatchObject({ ok: false, errorKind: 'invalid' });
    const sub = await subscriptionItem.getValue();
    expect(sub).toMatchObject({ errorKind: 'invalid', version: '7' });
    expect(sub?.problems?.[0]?.code).toBe('validationCrashed');
    expect((await teamRuleSetItem.getValue())?.ruleSet.version).toBe(7);
  });

  it('refuses an older version, records why, and keeps the newer set', async () => {
    await subscribed(7);
    body = JSON.stringify(teamSet(6));
    const res = await call('refreshSubscription');
    expect(res).toMatchObject({ ok: false, errorKind: 'older' });
    expect(await subscriptionItem.getValue()).toMatchObject({ errorKind: 'older', version: '7' });
    expect((await teamRuleSetItem.getValue())?.ruleSet.version).toBe(7);
    // Subscribing to the same address again does not get round it.
    expect(await call('subscribe', { url: URL_ })).toMatchObject({ ok: false, errorKind: 'older' });
    expect((await teamRuleSetItem.getValue())?.ruleSet.version).toBe(7);
    // The team lead's override: the server names the older version it means.
    headers = { 'Helder-Allow-Older-Version': '6' };
    expect(await call('refreshSubscription')).toMatchObject({ ok: true, version: '6' });
    expect((await teamRuleSetItem.getValue())?.ruleSet.version).toBe(6);
  });

  it('records a full storage as a failure and keeps the last good set', async () => {
    await subscribed(7);
    body = JSON.stringify(teamSet(8));
    const set = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
    const spy = vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementation(async (items: Record<string, unknown>) => {
      if ('teamRuleSet' in items) throw new Error('Resource::kQuotaBytes quota exceeded');
      return set(items);
    });
    const res = await call('refreshSubscription');
    spy.mockRestore();
    expect(res).toMatchObject({ ok: false, errorKind: 'storage' });
    expect(await subscriptionItem.getValue()).toMatchObject({ errorKind: 'storage', version: '7' });
    expect((await teamRuleSetItem.getValue())?.ruleSet.version).toBe(7);
  });

  it('answers a full storage for the subscription record as such, not as an unreachable server', async () => {
    await subscribed(7);
    body = JSON.stringify(teamSet(8));
    const set = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
    const spy = vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementation(async (items: Record<string, unknown>) => {
      if ('subscription' in items) throw new Error('QUOTA_BYTES quota exceeded');
      return set(items);
    });
    const res = await call('refreshSubscription');
    spy.mockRestore();
    expect(res).toMatchObject({ ok: false, errorKind: 'storage' });
    expect((res.problems as Array<{ code: string }>)[0]?.code).toBe('storageFull');
  });
});
