/**
 * Runs every rule's own examples — the rule's tests. Used by `helder
 * test-rules`, the unit tests and the options page's live pass/fail.
 *
 * - bad: the rule must raise a finding overlapping the marked span;
 * - good: the rule must not fire;
 * - applied: taking over each suggestion on a bad example (placeholders
 *   filled with sample values) must not make the same rule fire again there.
 */
import { applyEdit, type Edit, firstPicks, suggestionEdit } from './apply';
import { Engine } from './engine/analyze';
import type { Rule, RuleSet } from './schema';
import type { Finding, Lang } from './types';

export type ExampleKind = 'bad' | 'good' | 'applied';

export interface ExampleResult {
  ruleId: string;
  kind: ExampleKind;
  /** Index of the example within its list. */
  index: number;
  text: string;
  ok: boolean;
  /** Why it failed, in plain words. */
  reason?: string;
}

const SAMPLE: Record<Lang, string> = { nl: 'vandaag om 15:00', en: 'today at 3 pm' };
const SAMPLE_NAME = 'Sanne de Vries';

/** A value for a placeholder without quick picks: a name for a name, otherwise a moment. */
export function sampleValue(name: string, lang: Lang): string {
  return /naam|name|wie|who/i.test(name) ? SAMPLE_NAME : SAMPLE[lang];
}
/** Examples run at a fixed moment (a Tuesday morning), so computed quick picks are the same on every run. */
export const EXAMPLE_NOW = new Date(2026, 0, 6, 10, 0);

/** Fills `{name}` placeholders as the card's first quick pick would, or with a sample moment. */
export function fillForExample(f: Finding, index: number, lang: Lang): Edit | null {
  const values = firstPicks(f, index, (name) => sampleValue(name, lang));
  return suggestionEdit(f, index, values);
}

function overlaps(f: Finding, start: number, end: number): boolean {
  return f.scope === 'message' || (f.start < end && start < f.end) || (start === end && f.start <= start && start <= f.end);
}

function goodText(ex: string | { text: string; context?: string }): { text: string; context?: string } {
  return typeof ex === 'string' ? { text: ex } : ex;
}

/**
 * Runs one rule's examples with its whole rule set loaded (the rule forced on),
 * since message rules may depend on other rules' findings; only this rule's
 * findings are judged. Pass `engine` to reuse a compiled set across rules.
 */
export function runRuleExamples(set: RuleSet, rule: Rule, engine = engineFor(set, rule)): ExampleResult[] {
  const run = (text: string, context?: string) =>
    engine.analyze(text, { lang: set.lang, context, keepOverlaps: true, now: EXAMPLE_NOW }).findings.filter((f) => f.ruleId === rule.id);
  const out: ExampleResult[] = [];
  const examples = rule.examples ?? { bad: [], good: [] };
  (examples.bad ?? []).forEach((ex, index) => {
    const start = ex.text.indexOf(ex.span);
    const end = start + ex.span.length;
    const found = run(ex.text, ex.context);
    const hit = found.find((f) => overlaps(f, start, end));
    out.push(
      hit
        ? { ruleId: rule.id, kind: 'bad', index, text: ex.text, ok: true }
        : {
            ruleId: rule.id,
            kind: 'bad',
            index,
            text: ex.text,
            ok: false,
            reason: found.length
              ? `marks "${found.map((f) => f.text).join('", "')}" instead of "${ex.span}"`
              : `does not mark "${ex.span}"`,
          },
    );
    if (!hit) return;
    const edits = hit.suggestions.map((_s, si) => fillForExample(hit, si, set.lang));
    if (hit.removal) edits.push(hit.removal);
    edits.forEach((edit, si) => {
      if (!edit) return;
      const applied = applyEdit(ex.text, edit);
      const again = run(applied, ex.context).filter((f) => overlaps(f, edit.start, edit.start + edit.text.length));
      const which = si < hit.suggestions.length ? `suggestion ${si + 1}` : 'leaving it out';
      out.push(
        again.length === 0
          ? { ruleId: rule.id, kind: 'applied', index: index * 100 + si, text: applied, ok: true }
          : {
              ruleId: rule.id,
              kind: 'applied',
              index: index * 100 + si,
              text: applied,
              ok: false,
              reason: `after ${which}, the rule fires again on "${again[0]?.text.slice(0, 80)}"`,
            },
      );
    });
  });
  (examples.good ?? []).forEach((raw, index) => {
    const ex = goodText(raw);
    const found = run(ex.text, ex.context);
    out.push(
      found.length === 0
        ? { ruleId: rule.id, kind: 'good', index, text: ex.text, ok: true }
        : {
            ruleId: rule.id,
            kind: 'good',
            index,
            text: ex.text,
            ok: false,
            reason: `fires on "${found[0]?.text.slice(0, 80)}" but should not`,
          },
    );
  });
  return out;
}

function engineFor(set: RuleSet, rule?: Rule): Engine {
  return new Engine([{ ...set, rules: set.rules.map((r) => (r === rule || !rule ? { ...r, enabled: true } : r)) }]);
}

export function runExamples(set: RuleSet): ExampleResult[] {
  const engine = engineFor(set);
  return set.rules.flatMap((rule) => runRuleExamples(set, rule, engine));
}
