/**
 * Options-page state (zustand): the stored team and personal layers, the
 * subscription status and the administrator's policy, all following storage.
 * Every write goes through `saveRuleSet`, which refuses an invalid set, so
 * the last good set stays in force and the problems come back to the form.
 */
import { create } from 'zustand';
import type { Rule, RuleSet, RuleSetProblem, Severity } from '@/rules';
import { clearRuleSet, type Layer, layerItem, saveRuleSet } from '@/utils/rulesets';
import {
  getManagedPolicy,
  type ManagedPolicy,
  personalRuleSetItem,
  type StoredRuleSet,
  type Subscription,
  subscriptionItem,
  teamRuleSetItem,
} from '@/utils/settings';
import { uiLang } from '../i18n';

export type SaveOutcome = { ok: true } | { ok: false; problems: RuleSetProblem[] };

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
  save(next: RuleSet, origin?: string): Promise<SaveOutcome>;
  /** On/off, severity and (team layer) lock of any rule, as overrides of the edited layer. */
  setRuleState(ruleId: string, patch: { enabled?: boolean; severity?: Severity; lock?: 'on' | 'off' | null }): Promise<SaveOutcome>;
  /** Adds or replaces a rule of the edited layer (`previousId` when its id was changed). */
  saveRule(rule: Rule, previousId?: string): Promise<SaveOutcome>;
  deleteRule(ruleId: string): Promise<SaveOutcome>;
  clear(layer: Layer): Promise<void>;
}

export function emptySet(layer: Layer): RuleSet {
  return {
    id: layer === 'team' ? 'team' : 'personal',
    name: layer === 'team' ? 'Team' : 'Personal',
    version: 1,
    lang: uiLang(),
    signals: {},
    placeholders: {},
    rules: [],
  };
}

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
        getManagedPolicy(),
      ]);
      set({ team, personal, subscription, policy, loaded: true });
    };
    void load();
    const un = [teamRuleSetItem.watch(load), personalRuleSetItem.watch(load), subscriptionItem.watch(load)];
    return () => {
      for (const u of un) u();
    };
  },

  setLayer: (layer) => set({ layer }),

  current() {
    const { layer } = get();
    return get()[layer]?.ruleSet ?? emptySet(layer);
  },

  async save(next, origin = 'editor') {
    const { layer } = get();
    const res = await saveRuleSet(layer, next, origin);
    if (!res.ok) return res;
    set({ [layer]: await layerItem(layer).getValue() } as Partial<EditorState>);
    return { ok: true };
  },

  async setRuleState(ruleId, patch) {
    const base = get().current();
    const next: RuleSet = { ...base, overrides: { ...base.overrides }, locks: { ...base.locks } };
    const own = next.rules.find((r) => r.id === ruleId);
    if (own) {
      // The layer's own rule: change it in place.
      next.rules = next.rules.map((r) =>
        r.id === ruleId
          ? { ...r, ...(patch.enabled !== undefined && { enabled: patch.enabled }), ...(patch.severity && { severity: patch.severity }) }
          : r,
      );
    } else if (patch.enabled !== undefined || patch.severity) {
      const o = { ...next.overrides?.[ruleId] };
      if (patch.enabled !== undefined) o.enabled = patch.enabled;
      if (patch.severity) o.severity = patch.severity;
      next.overrides = { ...next.overrides, [ruleId]: o };
    }
    if (patch.lock !== undefined && get().layer === 'team') {
      const locks = { ...next.locks };
      if (patch.lock === null) delete locks[ruleId];
      else locks[ruleId] = patch.lock;
      next.locks = locks;
    }
    if (next.locks && Object.keys(next.locks).length === 0) delete next.locks;
    if (next.overrides && Object.keys(next.overrides).length === 0) delete next.overrides;
    return get().save(next, get()[get().layer]?.origin);
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
