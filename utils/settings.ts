/**
 * Extension storage: the single source of truth shared by the content script,
 * popup, options page and background. Every context reads through these items
 * and reacts to `watch`, so settings apply live everywhere.
 */
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import type { RuleSet, RuleSetProblem, Severity } from '@/rules';

export interface Settings {
  /** Master switch. */
  enabled: boolean;
  /** Hostnames where Helder is off (e.g. "mail.google.com"). */
  disabledSites: string[];
  /** Hostnames where the in-compose badge is hidden. */
  badgeHiddenSites: string[];
  /** The in-compose badge hidden on every site. */
  badgeHidden: boolean;
  /** Text language: detected per draft, or forced. */
  lang: 'auto' | 'nl' | 'en';
  /** Severities shown in cards, badge and popup. */
  showSeverities: Severity[];
  /** Rules the writer switched off (personal layer; team locks win). */
  disabledRules: string[];
  /** Pre-send review. */
  presend: { enabled: boolean; threshold: Severity };
  /** Hostnames where an administrator's policy turned Helder off (read-only, never stored). */
  policyDisabledSites?: string[];
}

export const DEFAULT_SETTINGS: Settings = {
  enabled: true,
  disabledSites: [],
  badgeHiddenSites: [],
  badgeHidden: false,
  lang: 'auto',
  showSeverities: ['error', 'warning', 'info'],
  disabledRules: [],
  presend: { enabled: true, threshold: 'error' },
};

export const settingsItem = storage.defineItem<Settings>('local:settings', { fallback: DEFAULT_SETTINGS });

/** A rule set kept in storage: always one that passed validation (the last good one). */
export interface StoredRuleSet {
  ruleSet: RuleSet;
  /** Where it came from: an imported file name, a subscription URL, or "editor". */
  origin: string;
  savedAt: string;
}

/** Why a subscription update failed (kept with the subscription, shown in the options page). */
export type SubscriptionErrorKind =
  | 'url'
  | 'network'
  | 'http'
  | 'too-large'
  | 'invalid'
  | 'insecure-redirect'
  /** A redirect to another origin, or one whose target can't be checked. */
  | 'redirect'
  /** The server offers an older version than the one in use. */
  | 'older'
  /** The browser could not store the set (quota). */
  | 'storage';

export interface Subscription {
  url: string;
  etag?: string;
  lastModified?: string;
  /** ISO time of the last successful check (fetched or not modified). */
  checkedAt?: string;
  /** ISO time the rule set last changed. */
  updatedAt?: string;
  /** Version of the rule set last fetched from this URL. */
  version?: string;
  /** Last failure, shown to the user; the last good set stays in force. */
  error?: string;
  errorKind?: SubscriptionErrorKind;
  /** An invalid update's problems (the first ones), for the editor to word in the writer's language. */
  problems?: RuleSetProblem[];
  /** ISO time of the last failure. */
  failedAt?: string;
  /** Set when the URL comes from enterprise policy: the writer can't unsubscribe. */
  managed?: boolean;
}

export const teamRuleSetItem = storage.defineItem<StoredRuleSet | null>('local:teamRuleSet', { fallback: null });
export const personalRuleSetItem = storage.defineItem<StoredRuleSet | null>('local:personalRuleSet', { fallback: null });
export const subscriptionItem = storage.defineItem<Subscription | null>('local:subscription', { fallback: null });

/** What an administrator can set through `chrome.storage.managed` (components/public/managed-schema.json). */
export interface ManagedPolicy {
  ruleSetUrl?: string;
  lockedRules?: Record<string, 'on' | 'off'>;
  disabledSites?: string[];
}

/** Policy keys kept from outside data: only well-formed values. */
function cleanPolicy(raw: Record<string, unknown>): ManagedPolicy {
  const policy: ManagedPolicy = {};
  if (typeof raw.ruleSetUrl === 'string' && raw.ruleSetUrl.trim()) policy.ruleSetUrl = raw.ruleSetUrl.trim();
  if (raw.lockedRules && typeof raw.lockedRules === 'object') {
    const locks = Object.entries(raw.lockedRules as Record<string, unknown>).filter(
      (e): e is [string, 'on' | 'off'] => e[1] === 'on' || e[1] === 'off',
    );
    if (locks.length) policy.lockedRules = Object.fromEntries(locks);
  }
  if (Array.isArray(raw.disabledSites)) policy.disabledSites = raw.disabledSites.filter((h): h is string => typeof h === 'string');
  return policy;
}

/**
 * The last policy read from `storage.managed`, kept in `storage.local`: in a
 * fresh browser `storage.managed` can take seconds to answer, and Helder does
 * not wait for it (see `currentPolicy`). Written only with what managed said.
 */
export const policyMirrorItem = storage.defineItem<ManagedPolicy | null>('local:managedPolicy', { fallback: null });

async function readManaged(): Promise<ManagedPolicy> {
  let policy: ManagedPolicy;
  try {
    policy = cleanPolicy(((await browser.storage.managed.get(null)) ?? {}) as Record<string, unknown>);
  } catch {
    policy = {}; // No policy installed (or not supported by this browser).
  }
  try {
    const mirrored = await policyMirrorItem.getValue();
    if (JSON.stringify(mirrored) !== JSON.stringify(policy)) await policyMirrorItem.setValue(policy);
  } catch {
    // The mirror only speeds up the next start.
  }
  return policy;
}

/** The administrator's policy, waiting for `storage.managed` however long it takes (the background's subscription). */
export function getManagedPolicy(): Promise<ManagedPolicy> {
  return readManaged();
}

/**
 * The policy without blocking on `storage.managed`, which in a fresh browser
 * takes about 3 s to answer each context's first read: its answer if it
 * comes before the last policy seen (the mirror in storage.local, read in a
 * millisecond), otherwise that last policy. The read goes on and updates the
 * mirror when the policy changed, and everything that watches the mirror
 * (`watchActiveRules`, the options page) applies it then; the background
 * also re-reads on every policy change (storage.onChanged "managed").
 */
export async function currentPolicy(): Promise<ManagedPolicy> {
  const read = readManaged();
  const mirror = policyMirrorItem.getValue().then(
    (m) => m ?? {},
    () => ({}),
  );
  return Promise.race([read, mirror]);
}

export async function getSettings(): Promise<Settings> {
  const [s, policy] = await Promise.all([settingsItem.getValue(), currentPolicy()]);
  return {
    ...DEFAULT_SETTINGS,
    ...s,
    presend: { ...DEFAULT_SETTINGS.presend, ...s?.presend },
    policyDisabledSites: policy.disabledSites ?? [],
  };
}

export async function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = { ...(await getSettings()), ...patch };
  const { policyDisabledSites: _policy, ...stored } = next;
  await settingsItem.setValue(stored);
  return next;
}

export function badgeShown(settings: Settings, host: string): boolean {
  return !settings.badgeHidden && !settings.badgeHiddenSites.includes(host);
}

export function siteEnabled(settings: Settings, host: string): boolean {
  return settings.enabled && !settings.disabledSites.includes(host) && !settings.policyDisabledSites?.includes(host);
}
