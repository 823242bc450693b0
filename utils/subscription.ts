/**
 * Rule-set subscriptions: a team's rule set published at a URL, checked on a
 * schedule and on demand with conditional requests (ETag / Last-Modified).
 * The functions here take `fetch` and return outcomes without touching
 * storage, so they are tested in node; the background applies them.
 */
import type { RuleSet, RuleSetProblem, ValidationResult } from '@/rules';
import { formatProblems, MAX_RULE_SET_BYTES, problem } from '@/rules';
import { crashProblem } from '@/rules/schema';
import type { SubscriptionResponse } from './messaging';
import type { Subscription, SubscriptionErrorKind } from './settings';

export type UpdateOutcome =
  | { kind: 'updated'; ruleSet: RuleSet; etag?: string; lastModified?: string }
  | { kind: 'not-modified' }
  | { kind: 'failed'; errorKind: SubscriptionErrorKind; error: string; problems?: RuleSetProblem[] };

/** How many of an invalid update's problems are kept with the subscription for the editor to show. */
const MAX_KEPT_PROBLEMS = 50;

/**
 * What the background answers the options page: the response of the message
 * protocol, with a failure's problems (codes and parameters) so the page can
 * list them in the writer's language.
 */
export type SubscriptionReply = SubscriptionResponse & { problems?: RuleSetProblem[] };

/** The outcome for an update that is not a valid rule set (or no longer fits beside the personal set, or could not be stored). */
export function invalidOutcome(problems: readonly RuleSetProblem[]): UpdateOutcome & { kind: 'failed' } {
  return {
    kind: 'failed',
    errorKind: problems.some((p) => p.code === 'tooLarge' || p.code === 'tooLargeSaved')
      ? 'too-large'
      : problems.some((p) => p.code === 'storageFull' || p.code === 'storageFailed')
        ? 'storage'
        : 'invalid',
    error: formatProblems(problems),
    problems: problems.slice(0, MAX_KEPT_PROBLEMS),
  };
}

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** https only; plain http is accepted for this machine (localhost), which browsers treat as secure too. */
export function checkSubscriptionUrl(raw: string): { ok: true; url: URL } | { ok: false; error: string } {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return { ok: false, error: `"${raw.trim()}" is not a web address` };
  }
  if (url.protocol === 'https:' || (url.protocol === 'http:' && LOCAL_HOSTS.has(url.hostname))) {
    if (url.username || url.password) return { ok: false, error: 'the address may not contain a user name or password' };
    return { ok: true, url };
  }
  return { ok: false, error: 'the address must start with https://' };
}

/** The host permission to ask for at the moment of subscribing (match patterns carry no port). */
export function subscriptionOriginPattern(raw: string): string {
  const res = checkSubscriptionUrl(raw);
  if (!res.ok) throw new Error(res.error);
  return `${res.url.protocol}//${res.url.hostname}/*`;
}

export interface FetchOptions {
  fetch?: typeof fetch;
  timeoutMs?: number;
  /** Validation of the downloaded text (schema, size, ids against the other layers). */
  validate: (text: string) => ValidationResult;
  /** Largest body read, in bytes (default: the rule-set limit, 1 MB). */
  maxBytes?: number;
}

/** Redirects followed at most, each one checked before it is requested. */
const MAX_REDIRECTS = 5;

/**
 * Whether a redirect from `from` to `to` may be followed: only to the same
 * origin (scheme, host and port), so an https address stays https and a
 * redirect can't send Helder to another server, a plain-http address or this
 * machine. (Same origin rather than same site: the host permission the writer
 * granted is for exactly that host.)
 */
export function redirectAllowed(from: URL, to: URL): boolean {
  return to.origin === from.origin && checkSubscriptionUrl(to.href).ok;
}

/** The response header with which a team lead lets a subscription go back to an older version (see README). */
export const ALLOW_OLDER_HEADER = 'Helder-Allow-Older-Version';

/**
 * Orders two rule-set versions: dotted numbers compare number by number
 * ("1.10" > "1.9", 8 > 7); anything else compares as text with the numbers in
 * it taken by value ("2026-11-22b" > "2026-11-22a"). Negative when `a` is older.
 */
export function compareVersions(a: string | number, b: string | number): number {
  const x = String(a).trim().replace(/^v/i, '');
  const y = String(b).trim().replace(/^v/i, '');
  const dotted = /^\d+(?:\.\d+)*$/;
  if (dotted.test(x) && dotted.test(y)) {
    const xs = x.split('.').map(Number);
    const ys = y.split('.').map(Number);
    for (let i = 0; i < Math.max(xs.length, ys.length); i++) {
      const d = (xs[i] ?? 0) - (ys[i] ?? 0);
      if (d !== 0) return Math.sign(d);
    }
    return 0;
  }
  return Math.sign(x.localeCompare(y, 'en', { numeric: true, sensitivity: 'base' }));
}

type Failure = UpdateOutcome & { kind: 'failed' };
const failure = (errorKind: SubscriptionErrorKind, error: string, problems?: RuleSetProblem[]): Failure =>
  problems ? { kind: 'failed', errorKind, error, problems } : { kind: 'failed', errorKind, error };

/** Reads a body up to `max` bytes, stopping the download as soon as it is over. */
async function readLimited(
  res: Response,
  max: number,
): Promise<{ ok: true; text: string } | { ok: false; tooLarge: boolean; error: string }> {
  try {
    if (!res.body) {
      const text = await res.text();
      return new TextEncoder().encode(text).length > max ? { ok: false, tooLarge: true, error: '' } : { ok: true, text };
    }
    const reader = res.body.getReader();
    const chunks: Uint8Array[] = [];
    let size = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > max) {
        await reader.cancel().catch(() => {});
        return { ok: false, tooLarge: true, error: '' };
      }
      chunks.push(value);
    }
    const all = new Uint8Array(size);
    let at = 0;
    for (const c of chunks) {
      all.set(c, at);
      at += c.byteLength;
    }
    return { ok: true, text: new TextDecoder().decode(all) };
  } catch (e) {
    const err = e as Error;
    return { ok: false, tooLarge: false, error: err.name === 'TimeoutError' ? 'no answer within 15 seconds' : err.message || String(e) };
  }
}

/**
 * One conditional request for the subscribed rule set. Never throws: every
 * failure, a crashing validation included, is an outcome.
 *
 * Redirects are followed here, not by `fetch` (`redirect: 'manual'`), so a
 * target is checked before anything is requested from it. Where the runtime
 * hides a redirect's target (a browser's "opaque redirect"), the redirect is
 * refused: subscribe to the final address instead.
 *
 * `sub.version` is the version last taken from this address: an older one is
 * refused unless the server names it in `Helder-Allow-Older-Version`.
 */
export async function fetchRuleSetUpdate(
  sub: Pick<Subscription, 'url' | 'etag' | 'lastModified' | 'version'>,
  opts: FetchOptions,
): Promise<UpdateOutcome> {
  try {
    return await fetchUpdate(sub, opts);
  } catch (e) {
    // Not expected; still an outcome the writer sees, never a silent success.
    return failure('network', `the update failed: ${(e as Error).message || String(e)}`);
  }
}

async function fetchUpdate(
  sub: Pick<Subscription, 'url' | 'etag' | 'lastModified' | 'version'>,
  opts: FetchOptions,
): Promise<UpdateOutcome> {
  const checked = checkSubscriptionUrl(sub.url);
  if (!checked.ok) return failure('url', checked.error);
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (sub.etag) headers['If-None-Match'] = sub.etag;
  if (sub.lastModified) headers['If-Modified-Since'] = sub.lastModified;
  const signal = AbortSignal.timeout(opts.timeoutMs ?? 15000);
  const max = opts.maxBytes ?? MAX_RULE_SET_BYTES;
  let url = checked.url;
  let res: Response;
  for (let hop = 0; ; hop++) {
    try {
      res = await (opts.fetch ?? fetch)(url.href, { headers, cache: 'no-store', credentials: 'omit', redirect: 'manual', signal });
    } catch (e) {
      const err = e as Error;
      const detail = err.name === 'TimeoutError' ? 'no answer within 15 seconds' : err.message || String(e);
      return failure('network', `could not reach ${url.host}: ${detail}`);
    }
    if (res.type === 'opaqueredirect')
      return failure(
        'redirect',
        `the server at ${url.host} redirected to an address Helder can't check first; subscribe to the final address`,
      );
    if (res.status < 300 || res.status > 399 || res.status === 304) break;
    const location = res.headers.get('location');
    let target: URL | null = null;
    try {
      target = location ? new URL(location, url) : null;
    } catch {
      target = null;
    }
    void res.body?.cancel().catch(() => {});
    if (!target) return failure('redirect', `the server answered ${res.status} without a usable address to go to`);
    if (!redirectAllowed(checked.url, target))
      return checkSubscriptionUrl(target.href).ok && !(checked.url.protocol === 'https:' && target.protocol !== 'https:')
        ? failure('redirect', `the server redirected to ${target.href}, another site than ${checked.url.origin}; Helder did not follow it`)
        : failure('insecure-redirect', `the server redirected to ${target.href}, which is not https; Helder did not follow it`);
    if (hop >= MAX_REDIRECTS) return failure('redirect', `the server redirected more than ${MAX_REDIRECTS} times`);
    url = target;
  }
  // A fetch that followed a redirect itself (it should not) is still checked.
  if (res.url && res.url !== url.href) {
    let final: URL | null = null;
    try {
      final = new URL(res.url);
    } catch {}
    if (!final || !checkSubscriptionUrl(final.href).ok)
      return failure('insecure-redirect', `the server redirected to ${res.url}, which is not https`);
    if (!redirectAllowed(checked.url, final))
      return failure('redirect', `the server redirected to ${res.url}, another site than ${checked.url.origin}`);
  }
  if (res.status === 304) return { kind: 'not-modified' };
  if (!res.ok) return failure('http', `the server answered ${res.status} ${res.statusText}`.trim());
  const length = Number(res.headers.get('content-length'));
  if (length > max) {
    void res.body?.cancel().catch(() => {});
    return failure('too-large', 'the rule set is larger than 1 MB');
  }
  const body = await readLimited(res, max);
  if (!body.ok)
    return body.tooLarge
      ? failure('too-large', 'the rule set is larger than 1 MB (the download was stopped at 1 MB)')
      : failure('network', `the download broke off: ${body.error}`);
  let valid: ValidationResult;
  try {
    valid = opts.validate(body.text);
  } catch (e) {
    return invalidOutcome([crashProblem(e)]);
  }
  if (!valid.ok) return invalidOutcome(valid.problems);
  if (sub.version !== undefined && compareVersions(valid.ruleSet.version, sub.version) < 0) {
    const allowed = res.headers.get(ALLOW_OLDER_HEADER)?.trim();
    if (allowed !== String(valid.ruleSet.version))
      return failure(
        'older',
        `the server offers version ${valid.ruleSet.version}, older than version ${sub.version} in use; Helder keeps ${sub.version}`,
        [problem('$.version', 'olderVersion', { version: String(valid.ruleSet.version), current: sub.version })],
      );
  }
  return {
    kind: 'updated',
    ruleSet: valid.ruleSet,
    etag: res.headers.get('etag') ?? undefined,
    lastModified: res.headers.get('last-modified') ?? undefined,
  };
}

/** The subscription record after an outcome: failures keep the validators, so the last good set stays in force. */
export function nextSubscription(sub: Subscription, outcome: UpdateOutcome, now = new Date()): Subscription {
  const at = now.toISOString();
  switch (outcome.kind) {
    case 'updated':
      return {
        url: sub.url,
        managed: sub.managed,
        etag: outcome.etag,
        lastModified: outcome.lastModified,
        checkedAt: at,
        updatedAt: at,
        version: String(outcome.ruleSet.version),
      };
    case 'not-modified': {
      const { error: _e, errorKind: _k, failedAt: _f, problems: _p, ...rest } = sub;
      return { ...rest, checkedAt: at };
    }
    case 'failed': {
      const { problems: _p, ...rest } = sub;
      const failed = { ...rest, error: outcome.error, errorKind: outcome.errorKind, failedAt: at };
      return outcome.problems?.length ? { ...failed, problems: outcome.problems } : failed;
    }
  }
}

/** The reply for a failed outcome. */
export function failedReply(outcome: UpdateOutcome & { kind: 'failed' }): SubscriptionReply {
  return outcome.problems?.length
    ? { ok: false, errorKind: outcome.errorKind, message: outcome.error, problems: outcome.problems }
    : { ok: false, errorKind: outcome.errorKind, message: outcome.error };
}
