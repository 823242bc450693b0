/**
 * Extension storage: the single source of truth shared by the content script,
 * popup, options page and background. Every context reads through these items
 * and reacts to `watch`, so settings apply live everywhere.
 */
import { storage } from 'wxt/utils/storage';
import type { RuleSet, Severity } from '@/rules';

export interface Settings {
  /** Master switch. */
  enabled: boolean;
  /** Hostnames where Helder is off (e.g. "mail.google.com"). */
  disabledSites: string[];
  /** Hostnames where the in-compose badge is hidden. */
  badgeHiddenSites: string[];
  /** Text language: detected per draft, or forced. */
  lang: 'auto' | 'nl' | 'en';
  /** Severities shown in cards, badge and popup. */
  showSeverities: Severity[];
  /** Rules the writer switched off (personal layer; team locks win). */
  disabledRules: string[];
  /** Pre-send review. */
  presend: { enabled: boolean; threshold: Severity };
}

export const DEFAULT_SETTINGS: Settings = {
  enabled: true,
  disabledSites: [],
  badgeHiddenSites: [],
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

export interface Subscription {
  url: string;
  etag?: string;
  lastModified?: string;
  /** ISO time of the last successful check (fetched or not modified). */
  checkedAt?: string;
  /** ISO time the rule set last changed. */
  updatedAt?: string;
  /** Last failure, shown to the user; the last good set stays in force. */
  error?: string;
}

export const teamRuleSetItem = storage.defineItem<StoredRuleSet | null>('local:teamRuleSet', { fallback: null });
export const personalRuleSetItem = storage.defineItem<StoredRuleSet | null>('local:personalRuleSet', { fallback: null });
export const subscriptionItem = storage.defineItem<Subscription | null>('local:subscription', { fallback: null });

export async function getSettings(): Promise<Settings> {
  const s = await settingsItem.getValue();
  return { ...DEFAULT_SETTINGS, ...s, presend: { ...DEFAULT_SETTINGS.presend, ...s?.presend } };
}

export async function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = { ...(await getSettings()), ...patch };
  await settingsItem.setValue(next);
  return next;
}

export function siteEnabled(settings: Settings, host: string): boolean {
  return settings.enabled && !settings.disabledSites.includes(host);
}
