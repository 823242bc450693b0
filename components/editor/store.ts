/**
 * Options-page state (zustand): the stored team and personal layers, the
 * subscription status and the administrator's policy, all following storage.
 * Every write goes through `saveRuleSet`, which refuses an invalid set, so
 * the last good set stays in force and the problems come back to the form.
 */
import { create } from 'zustand';
import {
  BUILTIN_RULE_SETS,
  type Lang,
  type MergedRules,
  mergeLayers,
  problem,
  type Rule,
  type RuleSet,
  type RuleSetProblem,
  type Severity,
} from '@/rules';
import { clearRuleSet, type Layer, layerItem, saveRuleSet, storageProblem } from '@/utils/rulesets';
import {
  currentPolicy,
  getSettings,
  type ManagedPolicy,
  personalRuleSetItem,
  policyMirrorItem,
  type StoredRuleSet,
  type Subscription,
  subscriptionItem,
  teamRuleSetItem,
  updateSettings,
} from '@/utils/settings';
import { t, uiLang } from '../i18n';
import { own } from '../own';

export type SaveOutcome = { ok: true } | { ok: false; problems: RuleSetProblem[] };

/** Name, version, author, language and description of a set (the fields an export carries). */
export type SetMeta = Pick<RuleSet, 'name' | 'version' | 'author' | 'lang' | 'description' | 'updated'>;

export interface RuleStatePatch {
  enabled?: boolean;
  severity?: Severity;
  /** Team layer only: lock on/off, or null for "the writer decides". */
  lock?: 'on' | 'off' | null;
  /** Drop this layer's override of the rule (and, for the personal layer, the writer's "turn off"). */
  reset?: boolean;
}

/** A refusal already in the writer's language. */
const refused = (message: string): SaveOutcome => ({ ok: false, problems: [problem('$', 'note', { text: message })] });

/** The next version to offer on export: 7 → 8, "1.2.0" → "1.2.1", anything else unchanged. */
export function nextVersion(v: RuleSet['version']): RuleSet['version'] {
  if (typeof v === 'number') return Number.isInteger(v) ? v + 1 : v;
  const m = /^(.*?)(\d+)$/.exec(v.trim());
  return m ? `${m[1]}${Number(m[2]) + 1}` : v;
}

interface EditorState {
  /** The layer the editor writes to: the writer's own set, or the team set a lead shares. */
  layer: Layer;
  team: StoredRuleSet | null;
  personal: StoredRuleSet | null;
  subscription: Subscription | null;
  policy: ManagedPolicy;
  loaded: boolean;
  connect(): () => void;
  setLayer(layer: Layer): void;
  /** The edited layer's set, or a new empty one to start from. */
  current(): RuleSet;
  /** Why the edited layer can't be changed here (administrator's policy), or null. */
  readOnly(): string | null;
  save(next: RuleSet, origin?: string): Promise<SaveOutcome>;
  /** Name, version, author, language of the edited layer's set. */
  saveMeta(meta: Partial<SetMeta>): Promise<SaveOutcome>;
  /** On/off, severity and (team layer) lock of any rule, as overrides of the edited layer. */
  setRuleState(ruleId: string, patch: RuleStatePatch): Promise<SaveOutcome>;
  /** Adds or replaces a rule of the edited layer (`previousId` when its id was changed). */
  saveRule(rule: Rule, previousId?: string): Promise<SaveOutcome>;
  deleteRule(ruleId: string): Promise<SaveOutcome>;
  clear(layer: Layer): Promise<void>;
}

/** The minimal valid set a layer starts from when nothing is stored yet. */
export function emptySet(layer: Layer, lang: Lang = uiLang()): RuleSet {
  return {
    id: layer === 'team' ? 'team' : 'personal',
    name: t(layer === 'team' ? 'opt_defaultTeamName' : 'opt_defaultPersonalName'),
    version: 1,
    lang,
    signals: {},
    placeholders: {},
    rules: [],
  };
}

/**
 * The rules as the edited layer sees them: for the personal layer, everything
 * in force in this browser (the writer's own "turn off" choices included); for
 * the team layer, built-in + team only, as every writer of the team gets them.
 * `draft` stands in for the edited layer's stored set (the rule form's preview).
 */
export function mergedFor(
  s: Pick<EditorState, 'layer' | 'team' | 'personal' | 'policy'>,
  disabledRules: readonly string[] = [],
  draft?: RuleSet,
): MergedRules {
  const team = s.layer === 'team' && draft ? draft : (s.team?.ruleSet ?? null);
  const personal = s.layer === 'personal' ? (draft ?? s.personal?.ruleSet ?? null) : null;
  return mergeLayers({
    builtin: BUILTIN_RULE_SETS,
    team,
    personal,
    disabledRules: s.layer === 'personal' ? disabledRules : [],
    managedLocks: s.policy.lockedRules,
  });
}

const empties: Partial<Record<Layer, RuleSet>> = {};

export const useEditor = create<EditorState>((set, get) => ({
  layer: 'personal',
  team: null,
  personal: null,
  subscription: null,
  policy: {},
  loaded: false,

  connect() {
    const load = async () => {
      const [team, personal, subscription, policy] = await Promise.all([
        teamRuleSetItem.getValue(),
        personalRuleSetItem.getValue(),
        subscriptionItem.getValue(),
        currentPolicy(),
      ]);
      set({ team, personal, subscription, policy, loaded: true });
    };
    void load();
    const un = [teamRuleSetItem.watch(load), personalRuleSetItem.watch(load), subscriptionItem.watch(load), policyMirrorItem.watch(load)];
    return () => {
      for (const u of un) u();
    };
  },

  setLayer: (layer) => set({ layer }),

  current() {
    const { layer } = get();
    const stored = get()[layer]?.ruleSet;
    if (stored) return stored;
    // One stable object per layer, so memoised views don't recompute on every render.
    empties[layer] ??= emptySet(layer);
    return empties[layer];
  },

  readOnly() {
    const { layer, policy } = get();
    return layer === 'team' && policy.ruleSetUrl ? t('opt_teamManaged', policy.ruleSetUrl) : null;
  },

  async save(next, origin = 'editor') {
    const { layer } = get();
    const locked = get().readOnly();
    if (locked) return refused(locked);
    // saveRuleSet never throws (a full storage comes back as a problem); the re-read may.
    const res = await saveRuleSet(layer, next, origin);
    if (!res.ok) return res;
    try {
      set({ [layer]: await layerItem(layer).getValue() } as Partial<EditorState>);
    } catch (e) {
      return { ok: false, problems: [storageProblem(e)] };
    }
    return { ok: true };
  },

  async saveMeta(meta) {
    const base = get().current();
    const next: RuleSet = { ...base, ...meta };
    for (const k of ['author', 'description', 'updated'] as const) if (!next[k]) delete next[k];
    return get().save(next, get()[get().layer]?.origin);
  },

  async setRuleState(ruleId, patch) {
    const { layer, policy, team } = get();
    if (own(policy.lockedRules, ruleId)) return refused(t('opt_lockedByPolicy'));
    if (layer === 'personal' && own(team?.ruleSet.locks, ruleId)) return refused(t('opt_lockedByTeam'));
    const base = get().current();
    const next: RuleSet = { ...base, overrides: { ...base.overrides }, locks: { ...base.locks } };
    const ownRule = next.rules.some((r) => r.id === ruleId);
    if (ownRule) {
      // The layer's own rule: change it in place.
      next.rules = next.rules.map((r) =>
        r.id === ruleId
          ? { ...r, ...(patch.enabled !== undefined && { enabled: patch.enabled }), ...(patch.severity && { severity: patch.severity }) }
          : r,
      );
    } else if (patch.reset) {
      delete next.overrides?.[ruleId];
    } else if (patch.enabled !== undefined || patch.severity) {
      const o = { ...own(next.overrides, ruleId) };
      if (patch.enabled !== undefined) o.enabled = patch.enabled;
      if (patch.severity) o.severity = patch.severity;
      next.overrides = { ...next.overrides, [ruleId]: o };
    }
    if (patch.lock !== undefined && layer === 'team') {
      // A computed key in a literal is always an own entry (never the prototype, whatever the id).
      const locks = { ...next.locks };
      if (patch.lock === null) delete locks[ruleId];
      next.locks = patch.lock === null ? locks : { ...locks, [ruleId]: patch.lock };
    }
    if (next.locks && Object.keys(next.locks).length === 0) delete next.locks;
    if (next.overrides && Object.keys(next.overrides).length === 0) delete next.overrides;
    const res = await get().save(next, get()[layer]?.origin);
    // The writer's "turn off this rule" (from a card) wins over the personal set: switching
    // the rule on here, or resetting it, takes that choice back too.
    if (res.ok && layer === 'personal' && (patch.enabled === true || patch.reset)) {
      const { disabledRules } = await getSettings();
      if (disabledRules.includes(ruleId)) await updateSettings({ disabledRules: disabledRules.filter((id) => id !== ruleId) });
    }
    return res;
  },

  async saveRule(rule, previousId) {
    const base = get().current();
    const id = previousId ?? rule.id;
    const exists = base.rules.some((r) => r.id === id);
    const rules = exists ? base.rules.map((r) => (r.id === id ? rule : r)) : [...base.rules, rule];
    return get().save({ ...base, rules }, get()[get().layer]?.origin);
  },

  async deleteRule(ruleId) {
    const base = get().current();
    return get().save({ ...base, rules: base.rules.filter((r) => r.id !== ruleId) }, get()[get().layer]?.origin);
  },

  async clear(layer) {
    await clearRuleSet(layer);
    set({ [layer]: null } as Partial<EditorState>);
  },
}));
