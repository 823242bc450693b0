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
import { type ProblemCode, type ProblemParams, problemText } from './problems';
import type { Rule, RuleSet, RuleSetProblem } from './schema';
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

/** Entries of a record from a rule set or policy, own ones only. */
const entries = <T>(r: Readonly<Record<string, T>> | undefined | null): Array<[string, T]> => (r ? Object.entries(r) : []);

/**
 * Every lookup by a name from a rule set goes through a `Map` or an object
 * without a prototype, so ids such as `constructor` or `__proto__` are plain
 * names. A locked rule keeps its lock whatever any layer contains: overrides
 * and the writer's choices skip it, and a rule of a higher layer that reuses
 * its id (refused when saving, but a stored set may predate that) is dropped.
 */
export function mergeLayers(input: LayerInput): MergedRules {
  const origins: Record<string, RuleOrigin> = Object.create(null);
  const layers: Array<{ set: RuleSet; source: RuleSource }> = input.builtin.map((set) => ({ set, source: 'builtin' }));
  if (input.team) layers.push({ set: input.team, source: 'team' });
  if (input.personal) layers.push({ set: input.personal, source: 'personal' });

  // Copies, so stored sets are never mutated. A set id is unique too: a higher layer
  // that reuses a lower one's id (and so its names) gets its own.
  const setIds = new Set<string>();
  const byId = new Map<string, Rule>();
  const sets = layers.map(({ set, source }) => {
    let id = set.id;
    while (setIds.has(id)) id = `${id}~${source}`;
    setIds.add(id);
    const rules: Rule[] = [];
    for (const r of set.rules) {
      if (byId.has(r.id)) continue; // The lower layer's rule stays the one in force.
      const copy = { ...r };
      byId.set(r.id, copy);
      origins[r.id] = { source, ruleSetId: set.id };
      rules.push(copy);
    }
    const copy: RuleSet = { ...set, id, rules };
    return { set: copy, source };
  });

  const locks = new Map<string, 'on' | 'off'>([...entries(input.team?.locks), ...entries(input.managedLocks)]);
  const apply = (id: string, patch: { enabled?: boolean; severity?: Severity }) => {
    const r = byId.get(id);
    if (!r || locks.has(id)) return;
    if (patch.enabled !== undefined) r.enabled = patch.enabled;
    if (patch.severity !== undefined) r.severity = patch.severity;
  };
  for (const { set, source } of sets) if (source !== 'builtin') for (const [id, o] of entries(set.overrides)) apply(id, o);
  for (const id of input.disabledRules ?? []) apply(id, { enabled: false });
  for (const [id, state] of locks) {
    const r = byId.get(id);
    if (!r) continue;
    r.enabled = state === 'on';
    const origin = origins[id];
    if (origin) origin.locked = state;
  }
  return { ruleSets: sets.map((s) => s.set), origins };
}

const clash = (path: string, code: ProblemCode, params: ProblemParams): RuleSetProblem => ({
  path,
  message: problemText(code, params),
  code,
  params,
});

/**
 * Ids that must be unique across the layers in force, for the extension and
 * the CLI alike: a team or personal set changes a built-in rule through
 * `overrides`/`locks`, not by redefining it, and a set's own id may not be a
 * built-in set's or another given set's (it would be taken for that set).
 * `builtin` are the built-in packs, `others` the other layers.
 */
export function idClashProblems(set: RuleSet, builtin: readonly RuleSet[], others: readonly RuleSet[] = []): RuleSetProblem[] {
  const taken = [...builtin, ...others];
  const owner = new Map<string, string>();
  for (const other of taken) for (const r of other.rules) if (!owner.has(r.id)) owner.set(r.id, other.name);
  const out: RuleSetProblem[] = [];
  if (builtin.some((b) => b.id === set.id)) out.push(clash('$.id', 'builtinSetId', { id: set.id }));
  else {
    const same = others.find((o) => o.id === set.id);
    if (same) out.push(clash('$.id', 'setIdTaken', { id: set.id, set: same.name }));
  }
  set.rules.forEach((r, i) => {
    const by = owner.get(r.id);
    if (by !== undefined) out.push(clash(`$.rules[${i}].id`, 'idInOtherSet', { id: r.id, set: by }));
  });
  return out;
}
