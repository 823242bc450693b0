/**
 * The built-in rule packs. They are data (JSON in the same format team leads
 * write) and are validated like any other rule set; a broken built-in pack is
 * a build failure, caught by `helder test-rules` and the unit tests.
 */
import type { RuleSet } from '../schema';
import { formatProblems, validateRuleSet } from '../schema';
import type { Lang } from '../types';
import en from './en.json';
import nl from './nl.json';

function load(raw: unknown, name: string): RuleSet {
  const res = validateRuleSet(raw);
  if (!res.ok) throw new Error(`Built-in rule pack ${name} is invalid:\n${formatProblems(res.problems)}`);
  return res.ruleSet;
}

export const BUILTIN_RULE_SETS: readonly RuleSet[] = [load(nl, 'nl.json'), load(en, 'en.json')];

export function builtinRuleSet(lang: Lang): RuleSet {
  return BUILTIN_RULE_SETS.find((s) => s.lang === lang) as RuleSet;
}
