/**
 * Helder's rule engine: pure TypeScript, no DOM and no browser API. Runs in
 * node (CLI, tests, benchmarks) and in the content script.
 */

export { diffRuleSets, type RuleChange, type RuleSetDiff } from './diff';
export { AnalysisTimeout, type AnalyzeOptions, analyze, compareFindings, Engine, prepare } from './engine/analyze';
export { compilePattern, PatternError, patternIssue, patternProblem } from './engine/pattern';
export { SEVERITY_WEIGHT, scoreFindings } from './engine/score';
export { type ExampleResult, runExamples, runRuleExamples } from './examples';
export { type LayerInput, type MergedRules, mergeLayers, type RuleOrigin, type RuleSource } from './layers';
export { BUILTIN_RULE_SETS, builtinRuleSet } from './packs';
export { type ProblemCode, type ProblemLang, type ProblemParams, patternReasonText, problemText } from './problems';
export {
  formatProblems,
  MAX_RULE_SET_BYTES,
  parseRuleSet,
  problem,
  type RuleSetInput,
  type RuleSetProblem,
  ruleSetSchema,
  type ValidationResult,
  validateRuleSet,
} from './schema';
export { detectLang } from './text/lang';
export { splitSentences } from './text/sentences';
export { hyphenationLoaded, loadHyphenation } from './text/syllables';
export { tokenize } from './text/tokenize';
export * from './types';
