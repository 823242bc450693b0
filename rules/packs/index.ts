/**
 * The built-in rule packs. They are data (JSON in the same format team leads
 * write). They are validated by the unit tests and `helder test-rules`, not at
 * run time, so the content script does not carry the schema library; the
 * engine tolerates omitted optional fields (enabled, suggestions, signals).
 */
import type { RuleSet } from '../schema';
import type { Lang } from '../types';
import en from './en.json';
import nl from './nl.json';

export const BUILTIN_RULE_SETS: readonly RuleSet[] = [nl as unknown as RuleSet, en as unknown as RuleSet];

export const BUILTIN_PACK_FILES: Readonly<Record<Lang, string>> = { nl: 'rules/packs/nl.json', en: 'rules/packs/en.json' };

export function builtinRuleSet(lang: Lang): RuleSet {
  return BUILTIN_RULE_SETS.find((s) => s.lang === lang) as RuleSet;
}
