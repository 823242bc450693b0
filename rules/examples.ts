/**
 * Runs every rule's own examples — the rule's tests. Used by `helder
 * test-rules`, the unit tests and the options page's live pass/fail.
 *
 * - bad: the rule must raise a finding overlapping the marked span;
 * - good: the rule must not fire;
 * - applied: taking over each suggestion on a bad example (placeholders
 *   filled with sample values) must not make the same rule fire again there.
 */
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

/** Fills `{name}` placeholders with the rule set's first quick pick, or a sample moment. */
export function fillPlaceholders(text: string, set: Pick<RuleSet, 'placeholders' | 'lang'>): string {
  return text.replace(/\{(\w+)\}/g, (_all, name: string) => set.placeholders?.[name]?.[0] ?? SAMPLE[set.lang]);
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
    engine.analyze(text, { lang: set.lang, context, keepOverlaps: true }).findings.filter((f) => f.ruleId === rule.id);
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
    hit.suggestions.forEach((s, si) => {
      const replacement = fillPlaceholders(s, set);
      const applied = ex.text.slice(0, hit.replaceStart) + replacement + ex.text.slice(hit.replaceEnd);
      const again = run(applied, ex.context).filter((f) => overlaps(f, hit.replaceStart, hit.replaceStart + replacement.length));
      out.push(
        again.length === 0
          ? { ruleId: rule.id, kind: 'applied', index: index * 100 + si, text: applied, ok: true }
          : {
              ruleId: rule.id,
              kind: 'applied',
              index: index * 100 + si,
              text: applied,
              ok: false,
              reason: `after taking over suggestion ${si + 1}, the rule fires again on "${again[0]?.text.slice(0, 80)}"`,
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
