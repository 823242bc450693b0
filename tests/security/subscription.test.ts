/**
 * Subscriptions (issue 14, item 4 and 6): redirects, validation crashes,
 * the byte limit while streaming, and no going back to an older version.
 *
 * The fake fetch below behaves like a real one for the `redirect` mode it is
 * given: with "follow" it requests the target itself (as the code before the
 * fix asked it to), so a test that counts requests to the target fails there.
 */
import { fakeBrowser } from '@webext-core/fake-browser';
import { describe, expect, it, vi } from 'vitest';
import { parseRuleSet } from '@/rules';
import { ALLOW_OLDER_HEADER, compareVersions, fetchRuleSetUpdate, redirectAllowed } from '@/utils/subscription';
import { crashingSet, teamSet } from './fixtures';

// A validation that crashes: see crash-mock.ts.
vi.mock('@/rules/engine/pattern', async () => (await import('./crash-mock')).patternThatCrashes());

// utils/rulesets reads WXT storage, which needs a browser: an in-memory fake one.
(globalThis as { chrome?: unknown }).chrome = fakeBrowser;
const { checkRuleSet } = await import('@/utils/rulesets');

type Route = { status?: number; body?: string | ReadableStream<Uint8Array>; headers?: Record<string, string> };

/** A fetch over a table of URLs that records every URL requested and honours `redirect`. */
function server(routes: Record<string, Route>, opts: { opaque?: boolean } = {}) {
  const requested: string[] = [];
  const fn = (async (input: string, init?: RequestInit) => {
    let url = input;
    for (let hop = 0; hop < 10; hop++) {
      requested.push(url);
      const route = routes[url] ?? { status: 404, body: 'not here' };
      const status = route.status ?? 200;
      const location = route.headers?.location;
      if (status >= 300 && status < 400 && status !== 304 && location) {
        if (init?.redirect === 'manual') {
          if (opts.opaque) {
            // What a browser gives: the target is hidden.
            const res = new Response(null, { status: 200 });
            Object.defineProperty(res, 'type', { value: 'opaqueredirect' });
            Object.defineProperty(res, 'status', { value: 0 });
            Object.defineProperty(res, 'url', { value: url });
            return res;
          }
          const res = new Response(null, { status, headers: route.headers });
          Object.defineProperty(res, 'url', { value: url });
          return res;
        }
        if (init?.redirect === 'error') throw new TypeError('redirect');
        url = new URL(location, url).href;
        continue;
      }
      const res = new Response(status === 304 ? null : (route.body ?? ''), { status, headers: route.headers });
      Object.defineProperty(res, 'url', { value: url });
      return res;
    }
    throw new TypeError('too many redirects');
  }) as unknown as typeof fetch;
  return { fn, requested };
}

const validate = (text: string) => checkRuleSet(text, 'team');
const URL_ = 'https://rules.example.org/team.json';

describe('redirects', () => {
  it('refuses a redirect to plain http on this machine before requesting it', async () => {
    const evil = 'http://127.0.0.1:8080/team.json';
    const { fn, requested } = server({
      [URL_]: { status: 302, headers: { location: evil } },
      [evil]: { body: JSON.stringify(teamSet()) },
    });
    const out = await fetchRuleSetUpdate({ url: URL_ }, { fetch: fn, validate });
    expect(out).toMatchObject({ kind: 'failed', errorKind: 'insecure-redirect' });
    expect(requested).toEqual([URL_]);
  });

  it('refuses a redirect to another https site before requesting it', async () => {
    const other = 'https://evil.example.net/team.json';
    const { fn, requested } = server({
      [URL_]: { status: 301, headers: { location: other } },
      [other]: { body: JSON.stringify(teamSet()) },
    });
    const out = await fetchRuleSetUpdate({ url: URL_ }, { fetch: fn, validate });
    expect(out).toMatchObject({ kind: 'failed', errorKind: 'redirect' });
    if (out.kind === 'failed') expect(out.error).toMatch(/evil\.example\.net.*did not follow/);
    expect(requested).toEqual([URL_]);
  });

  it('refuses a redirect from one local port to another (another origin)', async () => {
    const from = 'http://127.0.0.1:8080/team.json';
    const to = 'http://127.0.0.1:9090/team.json';
    const { fn, requested } = server({ [from]: { status: 307, headers: { location: to } }, [to]: { body: JSON.stringify(teamSet()) } });
    const out = await fetchRuleSetUpdate({ url: from }, { fetch: fn, validate });
    expect(out).toMatchObject({ kind: 'failed', errorKind: 'redirect' });
    expect(requested).toEqual([from]);
  });

  it('follows redirects on the same https origin, each one checked', async () => {
    const moved = 'https://rules.example.org/v2/team.json';
    const { fn, requested } = server({
      [URL_]: { status: 301, headers: { location: '/v2/team.json' } },
      [moved]: { body: JSON.stringify(teamSet()) },
    });
    const out = await fetchRuleSetUpdate({ url: URL_ }, { fetch: fn, validate });
    expect(out.kind).toBe('updated');
    expect(requested).toEqual([URL_, moved]);
  });

  it('refuses a same-origin chain that ends on another origin, and endless chains', async () => {
    const hop = 'https://rules.example.org/hop';
    const evil = 'http://127.0.0.1/x';
    const chain = server({ [URL_]: { status: 302, headers: { location: hop } }, [hop]: { status: 302, headers: { location: evil } } });
    expect(await fetchRuleSetUpdate({ url: URL_ }, { fetch: chain.fn, validate })).toMatchObject({ errorKind: 'insecure-redirect' });
    expect(chain.requested).toEqual([URL_, hop]);
    const loop = server({ [URL_]: { status: 302, headers: { location: URL_ } } });
    expect(await fetchRuleSetUpdate({ url: URL_ }, { fetch: loop.fn, validate })).toMatchObject({ errorKind: 'redirect' });
    expect(loop.requested.length).toBeLessThanOrEqual(6);
  });

  it("refuses a redirect whose target the browser hides (opaque redirect), since it can't be checked", async () => {
    const { fn, requested } = server(
      { [URL_]: { status: 302, headers: { location: 'http://127.0.0.1/x' } }, 'http://127.0.0.1/x': { body: '{}' } },
      { opaque: true },
    );
    const out = await fetchRuleSetUpdate({ url: URL_ }, { fetch: fn, validate });
    expect(out).toMatchObject({ kind: 'failed', errorKind: 'redirect' });
    expect(requested).toEqual([URL_]);
  });

  it('allows only the same origin', () => {
    const u = (s: string) => new URL(s);
    expect(redirectAllowed(u(URL_), u('https://rules.example.org/other.json'))).toBe(true);
    expect(redirectAllowed(u(URL_), u('http://rules.example.org/team.json'))).toBe(false);
    expect(redirectAllowed(u(URL_), u('https://cdn.rules.example.org/team.json'))).toBe(false);
    expect(redirectAllowed(u(URL_), u('https://rules.example.org:8443/team.json'))).toBe(false);
  });
});

describe('a validation that crashes', () => {
  it('is an invalid update with the crash listed as a problem, not a thrown error', async () => {
    const { fn } = server({ [URL_]: { body: JSON.stringify(crashingSet()) } });
    const out = await fetchRuleSetUpdate({ url: URL_ }, { fetch: fn, validate });
    expect(out).toMatchObject({ kind: 'failed', errorKind: 'invalid' });
    if (out.kind === 'failed') {
      expect(out.problems?.map((p) => p.code)).toEqual(['validationCrashed']);
      expect(out.error).toMatch(/could not check this rule set \(Maximum call stack size exceeded\)/);
    }
  });

  it('is an outcome even when the validator itself throws', async () => {
    const { fn } = server({ [URL_]: { body: JSON.stringify(teamSet()) } });
    const out = await fetchRuleSetUpdate(
      { url: URL_ },
      {
        fetch: fn,
        validate: () => {
          throw new RangeError('Maximum call stack size exceeded');
        },
      },
    );
    expect(out).toMatchObject({ kind: 'failed', errorKind: 'invalid' });
    if (out.kind === 'failed') expect(out.problems?.[0]?.code).toBe('validationCrashed');
  });
});

describe('the byte limit while streaming', () => {
  /** A body without Content-Length of `total` bytes in 64 KB chunks, counting what was pulled. */
  function endless(total: number) {
    const chunk = new Uint8Array(64 * 1024).fill(0x20);
    const state = { pulled: 0, cancelled: false };
    const body = new ReadableStream<Uint8Array>({
      pull(c) {
        if (state.pulled >= total) return c.close();
        state.pulled += chunk.byteLength;
        c.enqueue(chunk);
      },
      cancel() {
        state.cancelled = true;
      },
    });
    return { body, state };
  }

  it('stops a download without Content-Length at 1 MB, with a clear message', async () => {
    const { body, state } = endless(64 * 1024 * 1024);
    const { fn } = server({ [URL_]: { body } });
    const out = await fetchRuleSetUpdate({ url: URL_ }, { fetch: fn, validate });
    expect(out).toMatchObject({ kind: 'failed', errorKind: 'too-large' });
    if (out.kind === 'failed') expect(out.error).toMatch(/larger than 1 MB \(the download was stopped at 1 MB\)/);
    // Read at most the limit and a few chunks of the stream's own read-ahead: not 64 MB.
    expect(state.pulled).toBeLessThan(1.5 * 1024 * 1024);
    expect(state.cancelled).toBe(true);
  });

  it('still reads a set under the limit whole', async () => {
    const text = JSON.stringify(teamSet(7, { description: 'x'.repeat(1500) }));
    const bytes = new TextEncoder().encode(text);
    const body = new ReadableStream<Uint8Array>({
      start(c) {
        for (let i = 0; i < bytes.length; i += 100) c.enqueue(bytes.slice(i, i + 100));
        c.close();
      },
    });
    const { fn } = server({ [URL_]: { body } });
    expect((await fetchRuleSetUpdate({ url: URL_ }, { fetch: fn, validate })).kind).toBe('updated');
  });
});

describe('never back to an older version', () => {
  it('orders versions as numbers, dotted or not, and as text with numbers otherwise', () => {
    expect(compareVersions(8, '7')).toBe(1);
    expect(compareVersions('1.10', '1.9')).toBe(1);
    expect(compareVersions('1.2', '1.2.0')).toBe(0);
    expect(compareVersions('v2', '10')).toBe(-1);
    expect(compareVersions('2026-11-22b', '2026-11-22a')).toBe(1);
    expect(compareVersions('7', 7)).toBe(0);
  });

  it('refuses an older version than the one in use and keeps the current one', async () => {
    const { fn } = server({ [URL_]: { body: JSON.stringify(teamSet(6)), headers: { etag: '"old"' } } });
    const out = await fetchRuleSetUpdate({ url: URL_, version: '7', etag: '"v7"' }, { fetch: fn, validate });
    expect(out).toMatchObject({ kind: 'failed', errorKind: 'older' });
    if (out.kind === 'failed') {
      expect(out.error).toMatch(/version 6, older than version 7 in use/);
      expect(out.problems?.[0]).toMatchObject({ code: 'olderVersion', params: { version: '6', current: '7' } });
    }
  });

  it('takes the same or a newer version', async () => {
    for (const v of [7, 8, '7.1']) {
      const { fn } = server({ [URL_]: { body: JSON.stringify(teamSet(v)) } });
      expect((await fetchRuleSetUpdate({ url: URL_, version: '7' }, { fetch: fn, validate })).kind).toBe('updated');
    }
  });

  it('goes back only when the server names that older version in Helder-Allow-Older-Version', async () => {
    const named = server({ [URL_]: { body: JSON.stringify(teamSet(6)), headers: { [ALLOW_OLDER_HEADER]: '6' } } });
    expect((await fetchRuleSetUpdate({ url: URL_, version: '7' }, { fetch: named.fn, validate })).kind).toBe('updated');
    const other = server({ [URL_]: { body: JSON.stringify(teamSet(5)), headers: { [ALLOW_OLDER_HEADER]: '6' } } });
    expect((await fetchRuleSetUpdate({ url: URL_, version: '7' }, { fetch: other.fn, validate })).kind).toBe('failed');
  });

  it('a first subscription (no version yet) takes any version', async () => {
    const { fn } = server({ [URL_]: { body: JSON.stringify(teamSet(1)) } });
    const out = await fetchRuleSetUpdate({ url: URL_ }, { fetch: fn, validate });
    expect(out.kind).toBe('updated');
    expect(parseRuleSet(JSON.stringify(teamSet(1))).ok).toBe(true);
  });
});
