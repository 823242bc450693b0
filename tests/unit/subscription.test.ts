import { describe, expect, it } from 'vitest';
import { parseRuleSet } from '@/rules';
import type { Subscription } from '@/utils/settings';
import { checkSubscriptionUrl, fetchRuleSetUpdate, nextSubscription, subscriptionOriginPattern } from '@/utils/subscription';

const SET = {
  id: 'team.sd',
  name: 'Servicedesk',
  version: 7,
  lang: 'nl',
  rules: [
    {
      id: 'team.asap',
      category: 'vague-promise',
      severity: 'warning',
      match: { type: 'phrases', patterns: ['zo snel mogelijk'] },
      message: 'Noem een moment.',
      hears: 'Ooit.',
    },
  ],
};

type Reply = { status?: number; body?: string; headers?: Record<string, string>; url?: string } | Error;

/** A fetch that answers from a script and records the request headers. */
function fakeFetch(reply: Reply) {
  const calls: Array<{ url: string; headers: Record<string, string> }> = [];
  const fn = (async (url: string, init?: RequestInit) => {
    calls.push({ url, headers: { ...(init?.headers as Record<string, string>) } });
    if (reply instanceof Error) throw reply;
    const res = new Response(reply.status === 304 ? null : (reply.body ?? ''), {
      status: reply.status ?? 200,
      headers: reply.headers,
    });
    Object.defineProperty(res, 'url', { value: reply.url ?? url });
    return res;
  }) as unknown as typeof fetch;
  return { fn, calls };
}

const validate = (text: string) => parseRuleSet(text);
const URL_ = 'https://rules.example.org/servicedesk.json';

describe('subscription URLs', () => {
  it('accepts https, and http only on this machine', () => {
    expect(checkSubscriptionUrl(URL_).ok).toBe(true);
    expect(checkSubscriptionUrl('http://127.0.0.1:8080/set.json').ok).toBe(true);
    expect(checkSubscriptionUrl('http://localhost/set.json').ok).toBe(true);
    expect(checkSubscriptionUrl('http://rules.example.org/set.json')).toEqual({ ok: false, error: 'the address must start with https://' });
    expect(checkSubscriptionUrl('ftp://x/y').ok).toBe(false);
    expect(checkSubscriptionUrl('rules.json').ok).toBe(false);
    expect(checkSubscriptionUrl('https://me:pw@rules.example.org/x').ok).toBe(false);
  });

  it('asks for the host permission of exactly that host', () => {
    expect(subscriptionOriginPattern(URL_)).toBe('https://rules.example.org/*');
    expect(subscriptionOriginPattern('http://127.0.0.1:8080/a.json')).toBe('http://127.0.0.1/*');
    expect(() => subscriptionOriginPattern('http://example.org/a.json')).toThrow(/https/);
  });
});

describe('fetching a subscribed rule set', () => {
  it('downloads and validates a set, keeping its ETag and Last-Modified', async () => {
    const { fn, calls } = fakeFetch({
      body: JSON.stringify(SET),
      headers: { etag: '"v7"', 'last-modified': 'Sun, 22 Nov 2026 09:00:00 GMT' },
    });
    const out = await fetchRuleSetUpdate({ url: URL_ }, { fetch: fn, validate });
    expect(out).toMatchObject({ kind: 'updated', etag: '"v7"', lastModified: 'Sun, 22 Nov 2026 09:00:00 GMT' });
    if (out.kind === 'updated') expect(out.ruleSet.version).toBe(7);
    expect(calls[0]?.headers['If-None-Match']).toBeUndefined();
  });

  it('sends conditional headers and reports "not modified" on 304', async () => {
    const { fn, calls } = fakeFetch({ status: 304 });
    const out = await fetchRuleSetUpdate(
      { url: URL_, etag: '"v7"', lastModified: 'Sun, 22 Nov 2026 09:00:00 GMT' },
      { fetch: fn, validate },
    );
    expect(out).toEqual({ kind: 'not-modified' });
    expect(calls[0]?.headers).toMatchObject({ 'If-None-Match': '"v7"', 'If-Modified-Since': 'Sun, 22 Nov 2026 09:00:00 GMT' });
  });

  it('gives a clear failure for every kind of bad answer', async () => {
    const cases: Array<[Reply, string, RegExp]> = [
      [new TypeError('Failed to fetch'), 'network', /could not reach rules\.example\.org: Failed to fetch/],
      [{ status: 404, body: 'nope' }, 'http', /answered 404/],
      [{ body: '{ "id": ' }, 'invalid', /not valid JSON/],
      [{ body: JSON.stringify({ ...SET, rules: [{ id: 'Bad Id' }] }) }, 'invalid', /\$\.rules\[0\]\.id/],
      [{ body: JSON.stringify({ ...SET, description: 'x'.repeat(1_100_000) }) }, 'too-large', /1 MB/],
      [{ body: '{}', headers: { 'content-length': '2000000' } }, 'too-large', /1 MB/],
      [{ body: JSON.stringify(SET), url: 'http://rules.example.org/x.json' }, 'insecure-redirect', /not https/],
    ];
    for (const [reply, kind, message] of cases) {
      const out = await fetchRuleSetUpdate({ url: URL_ }, { fetch: fakeFetch(reply).fn, validate });
      expect(out.kind, JSON.stringify(reply).slice(0, 80)).toBe('failed');
      if (out.kind === 'failed') {
        expect(out.errorKind).toBe(kind);
        expect(out.error).toMatch(message);
      }
    }
  });
});

describe('the subscription record', () => {
  const sub: Subscription = {
    url: URL_,
    etag: '"v7"',
    lastModified: 'x',
    checkedAt: '2026-11-22T09:00:00.000Z',
    updatedAt: '2026-11-22T09:00:00.000Z',
    version: '7',
  };
  const now = new Date('2026-11-22T10:42:00.000Z');

  it('keeps the validators and the version when an update fails, and records the error', () => {
    const next = nextSubscription(sub, { kind: 'failed', errorKind: 'invalid', error: '$.rules[0].id: bad' }, now);
    expect(next).toMatchObject({
      etag: '"v7"',
      version: '7',
      updatedAt: sub.updatedAt,
      error: '$.rules[0].id: bad',
      failedAt: now.toISOString(),
    });
  });

  it("keeps an invalid update's problems with their codes, and drops them on the next outcome", async () => {
    const bad = JSON.stringify({ ...SET, rules: [{ id: 'Bad Id' }] });
    const out = await fetchRuleSetUpdate({ url: URL_ }, { fetch: fakeFetch({ body: bad }).fn, validate });
    if (out.kind !== 'failed') throw new Error('should fail');
    expect(out.problems?.map((p) => p.code)).toEqual(expect.arrayContaining(['badId', 'missing']));
    const failed = nextSubscription(sub, out, now);
    expect(failed.problems).toEqual(out.problems);
    // A later failure of another kind does not keep the old problems; nor does success.
    expect(nextSubscription(failed, { kind: 'failed', errorKind: 'network', error: 'down' }, now).problems).toBeUndefined();
    expect(nextSubscription(failed, { kind: 'not-modified' }, now).problems).toBeUndefined();
  });

  it('clears an earlier error on "not modified" and on an update', () => {
    const failed = nextSubscription(sub, { kind: 'failed', errorKind: 'network', error: 'down' }, now);
    const ok = nextSubscription(failed, { kind: 'not-modified' }, now);
    expect(ok.error).toBeUndefined();
    expect(ok).toMatchObject({ checkedAt: now.toISOString(), version: '7', etag: '"v7"' });
    const parsed = parseRuleSet(JSON.stringify({ ...SET, version: 8 }));
    if (!parsed.ok) throw new Error('fixture');
    const updated = nextSubscription(failed, { kind: 'updated', ruleSet: parsed.ruleSet, etag: '"v8"' }, now);
    expect(updated).toEqual({
      url: URL_,
      managed: undefined,
      etag: '"v8"',
      lastModified: undefined,
      checkedAt: now.toISOString(),
      updatedAt: now.toISOString(),
      version: '8',
    });
  });
});
