/**
 * Rule-set problems in the writer's language: the engine reports them with a
 * code and parameters (and an English message for the CLI).
 */
import { problemText, type RuleSetProblem } from '@/rules';
import { uiLang } from './i18n';

export const problemMessage = (p: RuleSetProblem): string => problemText(p.code, p.params, uiLang());

/** "path: message", for problems shown in a list rather than next to their field. */
export const problemLine = (p: RuleSetProblem): string => `${p.path}: ${problemMessage(p)}`;
