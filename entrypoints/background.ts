/**
 * Background: keeps the subscribed team rule set up to date. It fetches the
 * set on a schedule (alarm) and on demand, validates it, and stores it only
 * when valid; a failed check is recorded and the last good set stays.
 * Enterprise policy (chrome.storage.managed `ruleSetUrl`) subscribes too.
 */
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { BUILTIN_RULE_SETS, type RuleSet } from '@/rules';
import { crashProblem } from '@/rules/schema';
import { onMessage } from '@/utils/messaging';
import { checkRuleSet, saveRuleSet, storageProblem } from '@/utils/rulesets';
import { getManagedPolicy, personalRuleSetItem, type Subscription, subscriptionItem } from '@/utils/settings';
import {
  checkSubscriptionUrl,
  failedReply,
  fetchRuleSetUpdate,
  invalidOutcome,
  nextSubscription,
  type SubscriptionReply,
} from '@/utils/subscription';

const ALARM = 'helder-rule-set-refresh';
/** How often the subscribed set is checked; conditional requests keep this cheap. */
const REFRESH_MINUTES = 60;

/** Validation of a downloaded team set: schema, size, and ids against the personal set. */
async function teamValidator() {
  const personal = await personalRuleSetItem.getValue();
  return (t: string) => checkRuleSet(t, 'team', personal ? [personal.ruleSet] : []);
}

/** One check of `sub`; stores the set when it changed and valid, and the status in any case. */
async function check(sub: Subscription): Promise<SubscriptionReply> {
  const outcome = await fetchRuleSetUpdate(sub, { validate: await teamValidator() });
  if (outcome.kind === 'updated') {
    const saved = await saveRuleSet('team', outcome.ruleSet, sub.url);
    if (!saved.ok) {
      // Validated above: a race with a personal-set change, or a full storage, lands here.
      const failed = invalidOutcome(saved.problems);
      await subscriptionItem.setValue(nextSubscription(sub, failed));
      return failedReply(failed);
    }
  }
  const next = nextSubscription(sub, outcome);
  await subscriptionItem.setValue(next);
  if (outcome.kind === 'failed') return failedReply(outcome);
  return { ok: true, status: outcome.kind, version: next.version };
}

/** An unexpected error of a job as a reply (and, for a refresh, recorded with the subscription). */
function crashReply(e: unknown): SubscriptionReply {
  return failedReply(invalidOutcome([jobProblem(e)]));
}

/** What went wrong in a job: a full storage (quota) says so; anything else is a crash of the check. */
function jobProblem(e: unknown) {
  return /quota/i.test(String((e as Error)?.message ?? e)) ? storageProblem(e) : crashProblem(e);
}

// One check at a time: an alarm and a click at once don't race on storage.
let queue: Promise<unknown> = Promise.resolve();
function serialized(job: () => Promise<SubscriptionReply>): Promise<SubscriptionReply> {
  const run = queue.then(job).catch(crashReply);
  queue = run;
  return run;
}

function refresh(): Promise<SubscriptionReply> {
  return serialized(async () => {
    const sub = await subscriptionItem.getValue();
    if (!sub) return { ok: false, errorKind: 'none', message: 'there is no subscription' };
    try {
      return await check(sub);
    } catch (e) {
      // Never a silent success: whatever went wrong is recorded and shown; the last good set stays.
      const failed = invalidOutcome([jobProblem(e)]);
      await subscriptionItem.setValue(nextSubscription(sub, failed)).catch(() => {});
      return failedReply(failed);
    }
  });
}

/** Subscribes to `url`: the first download must be a valid set, otherwise nothing changes. */
function subscribe(url: string, managed = false): Promise<SubscriptionReply> {
  return serialized(async () => {
    const current = await subscriptionItem.getValue();
    if (current?.managed && !managed)
      return { ok: false, errorKind: 'managed', message: 'the rule-set address is set by your administrator' };
    const checked = checkSubscriptionUrl(url);
    if (!checked.ok) return { ok: false, errorKind: 'url', message: checked.error };
    // The same address again keeps its version: it never goes back to an older one.
    const version = current?.url === checked.url.href ? current.version : undefined;
    const candidate: Subscription = { url: checked.url.href, managed: managed || undefined, ...(version && { version }) };
    const outcome = await fetchRuleSetUpdate(candidate, { validate: await teamValidator() });
    if (outcome.kind !== 'updated') {
      if (managed) await subscriptionItem.setValue(nextSubscription(candidate, outcome)); // Policy: keep retrying.
      if (outcome.kind === 'failed') return failedReply(outcome);
      return { ok: false, errorKind: 'http', message: 'the server answered 304 Not Modified to a first request' };
    }
    const saved = await saveRuleSet('team', outcome.ruleSet, candidate.url);
    if (!saved.ok) return failedReply(invalidOutcome(saved.problems));
    const next = nextSubscription(candidate, outcome);
    await subscriptionItem.setValue(next);
    return { ok: true, status: 'updated', version: next.version };
  });
}

async function unsubscribe(): Promise<SubscriptionReply> {
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
  // The content script does not bundle the packs (they are most of its size); examples are for the editor and the CLI.
  onMessage('builtinRuleSets', () =>
    BUILTIN_RULE_SETS.map((set) => ({ ...set, rules: set.rules.map(({ examples: _, ...rule }) => rule) }) as RuleSet),
  );
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
