/**
 * The rule sets in force, merged by `mergeLayers` from the built-in packs, the
 * team and personal sets in storage, the writer's switched-off rules and the
 * administrator's locks. The built-in packs are passed in: the popup and the
 * options page bundle them (utils/rulesets.ts), the content script asks the
 * background for them, so the mail page's script stays small.
 */
import type { MergedRules, RuleSet } from '@/rules';
import { mergeLayers } from '@/rules/layers';
import { currentPolicy, getSettings, personalRuleSetItem, policyMirrorItem, settingsItem, teamRuleSetItem } from './settings';

export async function loadActiveRulesWith(builtin: readonly RuleSet[]): Promise<MergedRules> {
  const [settings, team, personal, policy] = await Promise.all([
    getSettings(),
    teamRuleSetItem.getValue(),
    personalRuleSetItem.getValue(),
    // Never blocks on a slow storage.managed: the rules are there first, the policy follows.
    currentPolicy(),
  ]);
  return mergeLayers({
    builtin,
    team: team?.ruleSet ?? null,
    personal: personal?.ruleSet ?? null,
    disabledRules: settings.disabledRules,
    managedLocks: policy.lockedRules,
  });
}

/**
 * Calls `cb` now and whenever a layer or the writer's rule choices change;
 * a load that fails goes to `onError` (by default only logged). Returns an
 * unsubscribe function.
 */
export function watchActiveRulesWith(
  builtin: () => Promise<readonly RuleSet[]>,
  cb: (rules: MergedRules) => void,
  onError: (e: unknown) => void = (e) => console.error('[Helder] could not load rule sets', e),
): () => void {
  let alive = true;
  const reload = () => {
    builtin()
      .then(loadActiveRulesWith)
      .then(
        (r) => alive && cb(r),
        (e) => alive && onError(e),
      );
  };
  reload();
  // The policy mirror changes when storage.managed answers late or the policy changes.
  const unwatch = [
    settingsItem.watch(reload),
    teamRuleSetItem.watch(reload),
    personalRuleSetItem.watch(reload),
    policyMirrorItem.watch(reload),
  ];
  return () => {
    alive = false;
    for (const u of unwatch) u();
  };
}
