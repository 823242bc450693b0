/**
 * Rule-set subscriptions: a team's rule set published at a URL, checked on a
 * schedule and on demand with conditional requests (ETag / Last-Modified).
 * The functions here take `fetch` and return outcomes without touching
 * storage, so they are tested in node; the background applies them.
 */
import type { RuleSet, RuleSetProblem, ValidationResult } from '@/rules';
import { formatProblems, MAX_RULE_SET_BYTES } from '@/rules';
import type { Subscription, SubscriptionErrorKind } from './settings';

/** Why an update failed; the UI words each kind in the writer's language and adds `error` as detail. */
export type { SubscriptionErrorKind };

export type UpdateOutcome =
  | { kind: 'updated'; ruleSet: RuleSet; etag?: string; lastModified?: string }
  | { kind: 'not-modified' }
  | { kind: 'failed'; errorKind: SubscriptionErrorKind; error: string; problems?: RuleSetProblem[] };

/** How many of an invalid update's problems are kept with the subscription for the editor to show. */
const MAX_KEPT_PROBLEMS = 50;

/** The outcome for an update that is not a valid rule set (or no longer fits beside the personal set). */
export function invalidOutcome(problems: readonly RuleSetProblem[]): UpdateOutcome & { kind: 'failed' } {
  return {
    kind: 'failed',
    errorKind: problems.some((p) => p.code === 'tooLarge') ? 'too-large' : 'invalid',
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
}

/** One conditional request for the subscribed rule set. Never throws. */
export async function fetchRuleSetUpdate(
  sub: Pick<Subscription, 'url' | 'etag' | 'lastModified'>,
  opts: FetchOptions,
): Promise<UpdateOutcome> {
  const checked = checkSubscriptionUrl(sub.url);
  if (!checked.ok) return { kind: 'failed', errorKind: 'url', error: checked.error };
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (sub.etag) headers['If-None-Match'] = sub.etag;
  if (sub.lastModified) headers['If-Modified-Since'] = sub.lastModified;
  let res: Response;
  try {
    res = await (opts.fetch ?? fetch)(checked.url.href, {
      headers,
      cache: 'no-store',
      credentials: 'omit',
      redirect: 'follow',
      signal: AbortSignal.timeout(opts.timeoutMs ?? 15000),
    });
  } catch (e) {
    const err = e as Error;
    const detail = err.name === 'TimeoutError' ? 'no answer within 15 seconds' : err.message || String(e);
    return { kind: 'failed', errorKind: 'network', error: `could not reach ${checked.url.host}: ${detail}` };
  }
  if (res.url && !checkSubscriptionUrl(res.url).ok)
    return { kind: 'failed', errorKind: 'insecure-redirect', error: `the server redirected to ${res.url}, which is not https` };
  if (res.status === 304) return { kind: 'not-modified' };
  if (!res.ok) return { kind: 'failed', errorKind: 'http', error: `the server answered ${res.status} ${res.statusText}`.trim() };
  const length = Number(res.headers.get('content-length'));
  if (length > MAX_RULE_SET_BYTES) return { kind: 'failed', errorKind: 'too-large', error: 'the rule set is larger than 1 MB' };
  let text: string;
  try {
    text = await res.text();
  } catch (e) {
    return { kind: 'failed', errorKind: 'network', error: `the download broke off: ${(e as Error).message}` };
  }
  const valid = opts.validate(text);
  if (!valid.ok) return invalidOutcome(valid.problems);
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
