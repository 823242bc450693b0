/**
 * The rule sets in force for this browser: built-in packs, the team set and
 * the personal set from storage, the writer's switched-off rules, and locks
 * from enterprise policy (chrome.storage.managed), merged by `mergeLayers`.
 *
 * Writes go through `saveRuleSet`, which validates first: storage only ever
 * holds a rule set that passed validation (the last good one).
 */
import {
  BUILTIN_RULE_SETS,
  type MergedRules,
  mergeLayers,
  parseRuleSet,
  problem,
  type RuleSet,
  type RuleSetProblem,
  type ValidationResult,
  validateRuleSet,
} from '@/rules';
import { getManagedPolicy, getSettings, personalRuleSetItem, type StoredRuleSet, settingsItem, teamRuleSetItem } from './settings';

export type Layer = 'team' | 'personal';
export type SaveResult = { ok: true; ruleSet: RuleSet } | { ok: false; problems: RuleSetProblem[] };

export const layerItem = (layer: Layer) => (layer === 'team' ? teamRuleSetItem : personalRuleSetItem);

/**
 * Rule ids must be unique across the layers in force: a team or personal set
 * changes a built-in rule through `overrides`/`locks`, not by redefining it.
 */
function layerProblems(set: RuleSet, taken: readonly RuleSet[]): RuleSetProblem[] {
  const owner = new Map<string, string>();
  for (const other of taken) if (other.id !== set.id) for (const r of other.rules) owner.set(r.id, other.name);
  const out: RuleSetProblem[] = [];
  set.rules.forEach((r, i) => {
    const by = owner.get(r.id);
    if (by) out.push(problem(`$.rules[${i}].id`, 'idInOtherSet', { id: r.id, set: by }));
  });
  if (BUILTIN_RULE_SETS.some((b) => b.id === set.id)) out.push(problem('$.id', 'builtinSetId', { id: set.id }));
  return out;
}

/**
 * Validates a rule set (JSON text or parsed data) for a layer without storing
 * it: size, JSON, schema, cross checks, and ids against the built-in rules.
 * Never throws.
 */
export function checkRuleSet(input: string | unknown, layer?: Layer, others: readonly RuleSet[] = []): ValidationResult {
  const res = typeof input === 'string' ? parseRuleSet(input) : validateRuleSet(input);
  if (!res.ok || !layer) return res;
  const problems = layerProblems(res.ruleSet, [...BUILTIN_RULE_SETS, ...others]);
  return problems.length ? { ok: false, problems } : res;
}

/**
 * Stores a rule set as the team or personal layer, only when it is valid.
 * On any problem nothing is written and the last good set stays in force.
 */
export async function saveRuleSet(layer: Layer, input: string | unknown, origin: string): Promise<SaveResult> {
  const other = await layerItem(layer === 'team' ? 'personal' : 'team').getValue();
  const res = checkRuleSet(input, layer, other ? [other.ruleSet] : []);
  if (!res.ok) return res;
  const stored: StoredRuleSet = { ruleSet: res.ruleSet, origin, savedAt: new Date().toISOString() };
  await layerItem(layer).setValue(stored);
  return { ok: true, ruleSet: res.ruleSet };
}

export async function clearRuleSet(layer: Layer): Promise<void> {
  await layerItem(layer).setValue(null);
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

/**
 * Calls `cb` now and whenever a layer or the writer's rule choices change;
 * a load that fails goes to `onError` (by default only logged). Returns an
 * unsubscribe function.
 */
export function watchActiveRules(
  cb: (rules: MergedRules) => void,
  onError: (e: unknown) => void = (e) => console.error('[Helder] could not load rule sets', e),
): () => void {
  let alive = true;
  const reload = () => {
    loadActiveRules().then(
      (r) => alive && cb(r),
      (e) => alive && onError(e),
    );
  };
  reload();
  const unwatch = [settingsItem.watch(reload), teamRuleSetItem.watch(reload), personalRuleSetItem.watch(reload)];
  return () => {
    alive = false;
    for (const u of unwatch) u();
  };
}
