/**
 * Rule layers: built-in < team < personal. The engine always receives one
 * merged list of rule sets; this module decides which rules are on, at which
 * severity, and where each rule comes from.
 *
 * - A team or personal set adds its own rules.
 * - Its `overrides` change `enabled`/`severity` of rules from lower layers.
 * - A team set's `locks` force a rule on or off; nothing above can change a locked rule.
 * - `disabledRules` are the writer's own "turn off this rule" choices (personal layer).
 * - `managedLocks` come from enterprise policy and win over everything.
 */
import type { Rule, RuleSet } from './schema';
import type { Severity } from './types';

export type RuleSource = 'builtin' | 'team' | 'personal';

export interface LayerInput {
  builtin: readonly RuleSet[];
  team?: RuleSet | null;
  personal?: RuleSet | null;
  disabledRules?: readonly string[];
  managedLocks?: Readonly<Record<string, 'on' | 'off'>>;
}

export interface RuleOrigin {
  source: RuleSource;
  ruleSetId: string;
  /** Set when a team set or policy locked the rule. */
  locked?: 'on' | 'off';
}

export interface MergedRules {
  ruleSets: RuleSet[];
  origins: Record<string, RuleOrigin>;
}

export function mergeLayers(input: LayerInput): MergedRules {
  const origins: Record<string, RuleOrigin> = {};
  const layers: Array<{ set: RuleSet; source: RuleSource }> = input.builtin.map((set) => ({ set, source: 'builtin' }));
  if (input.team) layers.push({ set: input.team, source: 'team' });
  if (input.personal) layers.push({ set: input.personal, source: 'personal' });

  // Copies, so stored sets are never mutated.
  const sets = layers.map(({ set, source }) => {
    const copy: RuleSet = { ...set, rules: set.rules.map((r) => ({ ...r })) };
    for (const r of copy.rules) if (!(r.id in origins)) origins[r.id] = { source, ruleSetId: set.id };
    return { set: copy, source };
  });
  const byId = new Map<string, Rule>();
  for (const { set } of sets) for (const r of set.rules) if (!byId.has(r.id)) byId.set(r.id, r);

  const locks: Record<string, 'on' | 'off'> = { ...(input.team?.locks ?? {}), ...(input.managedLocks ?? {}) };
  const apply = (id: string, patch: { enabled?: boolean; severity?: Severity }) => {
    const r = byId.get(id);
    if (!r || id in locks) return;
    if (patch.enabled !== undefined) r.enabled = patch.enabled;
    if (patch.severity !== undefined) r.severity = patch.severity;
  };
  for (const { set, source } of sets) if (source !== 'builtin') for (const [id, o] of Object.entries(set.overrides ?? {})) apply(id, o);
  for (const id of input.disabledRules ?? []) apply(id, { enabled: false });
  for (const [id, state] of Object.entries(locks)) {
    const r = byId.get(id);
    if (!r) continue;
    r.enabled = state === 'on';
    const origin = origins[id];
    if (origin) origin.locked = state;
  }
  return { ruleSets: sets.map((s) => s.set), origins };
}
