/**
 * The merged rule sets in force (built-in < team < personal, locks applied),
 * as a zustand store that follows storage, with one engine compiled per
 * change. Used by the popup's scratch pad and the options page.
 */
import { create } from 'zustand';
import { Engine, type MergedRules } from '@/rules';
import { watchActiveRules } from '@/utils/rulesets';

interface RulesState {
  rules: MergedRules | null;
  engine: Engine | null;
  connect(): () => void;
}

export const useRules = create<RulesState>((set) => ({
  rules: null,
  engine: null,
  connect: () => watchActiveRules((rules) => set({ rules, engine: new Engine(rules.ruleSets) })),
}));
