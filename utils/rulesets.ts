/**
 * The rule sets in force for this browser: built-in packs, the team set and
 * the personal set from storage, the writer's switched-off rules, and locks
 * from enterprise policy (chrome.storage.managed), merged by `mergeLayers`.
 */
import { browser } from 'wxt/browser';
import { BUILTIN_RULE_SETS, type MergedRules, mergeLayers } from '@/rules';
import { getSettings, personalRuleSetItem, settingsItem, teamRuleSetItem } from './settings';

export interface ManagedPolicy {
  ruleSetUrl?: string;
  lockedRules?: Record<string, 'on' | 'off'>;
  disabledSites?: string[];
}

export async function getManagedPolicy(): Promise<ManagedPolicy> {
  try {
    // Keys are those of components/public/managed-schema.json, set by an administrator's policy.
    return ((await browser.storage.managed.get(null)) ?? {}) as ManagedPolicy;
  } catch {
    return {}; // No policy installed (or not supported by this browser).
  }
}

export async function loadActiveRules(): Promise<MergedRules> {
  const [settings, team, personal, policy] = await Promise.all([
    getSettings(),
    teamRuleSetItem.getValue(),
    personalRuleSetItem.getValue(),
    getManagedPolicy(),
  ]);
  return mergeLayers({
    builtin: BUILTIN_RULE_SETS,
    team: team?.ruleSet ?? null,
    personal: personal?.ruleSet ?? null,
    disabledRules: settings.disabledRules,
    managedLocks: policy.lockedRules,
  });
}

/** Calls `cb` now and whenever a layer or the writer's rule choices change. Returns an unsubscribe function. */
export function watchActiveRules(cb: (rules: MergedRules) => void): () => void {
  let alive = true;
  const reload = () => {
    loadActiveRules().then(
      (r) => alive && cb(r),
      (e) => console.error('[Helder] could not load rule sets', e),
    );
  };
  reload();
  const unwatch = [settingsItem.watch(reload), teamRuleSetItem.watch(reload), personalRuleSetItem.watch(reload)];
  return () => {
    alive = false;
    for (const u of unwatch) u();
  };
}
