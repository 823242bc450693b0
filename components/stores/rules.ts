/**
 * The merged rule sets in force (built-in < team < personal, locks applied),
 * as a zustand store that follows storage, with one engine compiled per
 * change. Used by the popup's scratch pad.
 */
import { create } from 'zustand';
import { BUILTIN_RULE_SETS, Engine, type MergedRules, mergeLayers } from '@/rules';
import { watchActiveRules } from '@/utils/rulesets';

interface RulesState {
  rules: MergedRules | null;
  engine: Engine | null;
  /** Set when the stored rule sets could not be loaded; the built-in rules are used meanwhile. */
  error: string | null;
  connect(): () => void;
}

export const useRules = create<RulesState>((set, get) => ({
  rules: null,
  engine: null,
  error: null,
  connect() {
    const use = (rules: MergedRules) => set({ rules, engine: new Engine(rules.ruleSets), error: null });
    // A failed load is shown; until rules have loaded once, the built-in rules still work.
    return watchActiveRules(use, (e) => {
      console.error('[Helder] could not load rule sets', e);
      if (get().rules) return;
      use(mergeLayers({ builtin: BUILTIN_RULE_SETS }));
      set({ error: String((e as Error)?.message ?? e) });
    });
  },
}));
