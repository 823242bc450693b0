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
  MAX_RULE_SET_BYTES,
  type MergedRules,
  parseRuleSet,
  problem,
  type RuleSet,
  type RuleSetProblem,
  type ValidationResult,
  validateRuleSet,
} from '@/rules';
import { budgetRefusal, builtinCost, costOf } from '@/rules/budget';
import { idClashProblems } from '@/rules/layers';
import { crashProblem, jsonBytes } from '@/rules/schema';
import { loadActiveRulesWith, watchActiveRulesWith } from './active-rules';
import { personalRuleSetItem, type StoredRuleSet, teamRuleSetItem } from './settings';

export type Layer = 'team' | 'personal';
export type SaveResult = { ok: true; ruleSet: RuleSet } | { ok: false; problems: RuleSetProblem[] };

export const layerItem = (layer: Layer) => (layer === 'team' ? teamRuleSetItem : personalRuleSetItem);

/** The size of a set as it is stored (and exported), in UTF-8 bytes. */
export function savedBytes(set: RuleSet): number {
  return jsonBytes(JSON.stringify(set));
}

function checkUnsafe(input: string | unknown, layer: Layer | undefined, others: readonly RuleSet[]): ValidationResult {
  const res = typeof input === 'string' ? parseRuleSet(input) : validateRuleSet(input);
  if (!res.ok) return res;
  // What is saved is limited, not only what is imported: a set built up in the
  // editor must still import again from its own export.
  const bytes = savedBytes(res.ruleSet);
  if (bytes > MAX_RULE_SET_BYTES)
    return { ok: false, problems: [problem('$', 'tooLargeSaved', { kb: Math.ceil(bytes / 1024), max: MAX_RULE_SET_BYTES / 1024 })] };
  if (!layer) return res;
  const problems = idClashProblems(res.ruleSet, BUILTIN_RULE_SETS, others);
  if (problems.length) return { ok: false, problems };
  // The budget is for all layers together: validation counted the built-in packs, here the other layer too.
  const over = others.length ? budgetRefusal(res.ruleSet, builtinCost() + others.reduce((sum, o) => sum + costOf(o), 0)) : null;
  return over ? { ok: false, problems: [problem(over.path, over.code, over.params)] } : res;
}

/**
 * Validates a rule set (JSON text or parsed data) for a layer without storing
 * it: size (as text and as saved), JSON, schema, cross checks, and ids against
 * the built-in rules and `others`. Never throws: a crash is a problem.
 */
export function checkRuleSet(input: string | unknown, layer?: Layer, others: readonly RuleSet[] = []): ValidationResult {
  try {
    return checkUnsafe(input, layer, others);
  } catch (e) {
    return { ok: false, problems: [crashProblem(e)] };
  }
}

/** A failed storage write (e.g. over the `storage.local` quota) as a problem; nothing was written. */
export function storageProblem(e: unknown): RuleSetProblem {
  const detail = e instanceof Error ? e.message || e.name : String(e);
  return problem('$', /quota/i.test(detail) ? 'storageFull' : 'storageFailed', { detail: detail.slice(0, 200) });
}

/**
 * Stores a rule set as the team or personal layer, only when it is valid.
 * On any problem nothing is written and the last good set stays in force;
 * a failed write (storage quota) comes back as a problem too. Never throws.
 */
export async function saveRuleSet(layer: Layer, input: string | unknown, origin: string): Promise<SaveResult> {
  let other: StoredRuleSet | null;
  try {
    other = await layerItem(layer === 'team' ? 'personal' : 'team').getValue();
  } catch (e) {
    return { ok: false, problems: [storageProblem(e)] };
  }
  const res = checkRuleSet(input, layer, other ? [other.ruleSet] : []);
  if (!res.ok) return res;
  const stored: StoredRuleSet = { ruleSet: res.ruleSet, origin, savedAt: new Date().toISOString() };
  try {
    await layerItem(layer).setValue(stored);
  } catch (e) {
    return { ok: false, problems: [storageProblem(e)] };
  }
  return { ok: true, ruleSet: res.ruleSet };
}

export async function clearRuleSet(layer: Layer): Promise<void> {
  await layerItem(layer).setValue(null);
}

export async function loadActiveRules(): Promise<MergedRules> {
  return loadActiveRulesWith(BUILTIN_RULE_SETS);
}

/** `watchActiveRulesWith` with the built-in packs of this bundle (popup, options, background). */
export function watchActiveRules(cb: (rules: MergedRules) => void, onError?: (e: unknown) => void): () => void {
  return watchActiveRulesWith(() => Promise.resolve(BUILTIN_RULE_SETS), cb, onError);
}
