/**
 * Background: keeps the subscribed team rule set up to date. It fetches the
 * set on a schedule (alarm) and on demand, validates it, and stores it only
 * when valid; a failed check is recorded and the last good set stays.
 * Enterprise policy (chrome.storage.managed `ruleSetUrl`) subscribes too.
 */
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { onMessage, type SubscriptionResponse } from '@/utils/messaging';
import { checkRuleSet, saveRuleSet } from '@/utils/rulesets';
import { getManagedPolicy, personalRuleSetItem, type Subscription, subscriptionItem } from '@/utils/settings';
import { checkSubscriptionUrl, fetchRuleSetUpdate, invalidOutcome, nextSubscription } from '@/utils/subscription';

const ALARM = 'helder-rule-set-refresh';
/** How often the subscribed set is checked; conditional requests keep this cheap. */
const REFRESH_MINUTES = 60;

/** Validation of a downloaded team set: schema, size, and ids against the personal set. */
async function teamValidator() {
  const personal = await personalRuleSetItem.getValue();
  return (t: string) => checkRuleSet(t, 'team', personal ? [personal.ruleSet] : []);
}

/** One check of `sub`; stores the set when it changed and valid, and the status in any case. */
async function check(sub: Subscription): Promise<SubscriptionResponse> {
  const outcome = await fetchRuleSetUpdate(sub, { validate: await teamValidator() });
  if (outcome.kind === 'updated') {
    const saved = await saveRuleSet('team', outcome.ruleSet, sub.url);
    if (!saved.ok) {
      // Validated above; only a race with a personal-set change can land here.
      const failed = invalidOutcome(saved.problems);
      await subscriptionItem.setValue(nextSubscription(sub, failed));
      return { ok: false, errorKind: failed.errorKind, message: failed.error };
    }
  }
  const next = nextSubscription(sub, outcome);
  await subscriptionItem.setValue(next);
  if (outcome.kind === 'failed') return { ok: false, errorKind: outcome.errorKind, message: outcome.error };
  return { ok: true, status: outcome.kind, version: next.version };
}

// One check at a time: an alarm and a click at once don't race on storage.
let queue: Promise<unknown> = Promise.resolve();
function serialized(job: () => Promise<SubscriptionResponse>): Promise<SubscriptionResponse> {
  const run = queue
    .then(job)
    .catch((e): SubscriptionResponse => ({ ok: false, errorKind: 'network', message: (e as Error).message || String(e) }));
  queue = run;
  return run;
}

function refresh(): Promise<SubscriptionResponse> {
  return serialized(async () => {
    const sub = await subscriptionItem.getValue();
    if (!sub) return { ok: false, errorKind: 'none', message: 'there is no subscription' };
    return check(sub);
  });
}

/** Subscribes to `url`: the first download must be a valid set, otherwise nothing changes. */
function subscribe(url: string, managed = false): Promise<SubscriptionResponse> {
  return serialized(async () => {
    const current = await subscriptionItem.getValue();
    if (current?.managed && !managed)
      return { ok: false, errorKind: 'managed', message: 'the rule-set address is set by your administrator' };
    const checked = checkSubscriptionUrl(url);
    if (!checked.ok) return { ok: false, errorKind: 'url', message: checked.error };
    const candidate: Subscription = { url: checked.url.href, managed: managed || undefined };
    const outcome = await fetchRuleSetUpdate(candidate, { validate: await teamValidator() });
    if (outcome.kind !== 'updated') {
      if (managed) await subscriptionItem.setValue(nextSubscription(candidate, outcome)); // Policy: keep retrying.
      if (outcome.kind === 'failed') return { ok: false, errorKind: outcome.errorKind, message: outcome.error };
      return { ok: false, errorKind: 'http', message: 'the server answered 304 Not Modified to a first request' };
    }
    const saved = await saveRuleSet('team', outcome.ruleSet, candidate.url);
    if (!saved.ok) return { ok: false, errorKind: 'invalid', message: saved.problems.map((p) => p.message).join('; ') };
    const next = nextSubscription(candidate, outcome);
    await subscriptionItem.setValue(next);
    return { ok: true, status: 'updated', version: next.version };
  });
}

async function unsubscribe(): Promise<SubscriptionResponse> {
  const current = await subscriptionItem.getValue();
  if (current?.managed) return { ok: false, errorKind: 'managed', message: 'the rule-set address is set by your administrator' };
  await subscriptionItem.setValue(null);
  return { ok: true, status: 'unsubscribed' };
}

/** Enterprise policy: follow `ruleSetUrl` when it is set and differs from the current subscription. */
async function applyPolicy(): Promise<void> {
  const policy = await getManagedPolicy();
  const current = await subscriptionItem.getValue();
  if (policy.ruleSetUrl) {
    if (current?.url !== policy.ruleSetUrl || !current.managed) await subscribe(policy.ruleSetUrl, true);
  } else if (current?.managed) {
    await subscriptionItem.setValue({ ...current, managed: undefined });
  }
}

async function ensureAlarm(): Promise<void> {
  if (!(await browser.alarms.get(ALARM))) await browser.alarms.create(ALARM, { periodInMinutes: REFRESH_MINUTES, delayInMinutes: 1 });
}

export default defineBackground(() => {
  onMessage('subscribe', ({ data }) => subscribe(data.url));
  onMessage('unsubscribe', () => unsubscribe());
  onMessage('refreshSubscription', () => refresh());
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === ALARM) void refresh();
  });
  browser.runtime.onInstalled.addListener(() => void ensureAlarm());
  browser.runtime.onStartup.addListener(() => void ensureAlarm());
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'managed') void applyPolicy().catch((e) => console.error('[Helder] could not apply policy', e));
  });
  void ensureAlarm();
  void applyPolicy().catch((e) => console.error('[Helder] could not apply policy', e));
});
