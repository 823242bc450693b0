/**
 * The rule form's model: plain strings and rows the inputs edit, turned into
 * rule JSON for validation, and validation problems mapped back to fields.
 */
import type { Category, Rule, RuleSetProblem, Severity } from '@/rules';
import type { PastedRow } from './csv';

export type Scope = 'sentence' | 'sentence+next' | 'sentence+around' | 'before' | 'text' | 'context' | 'text+context';

export interface RuleDraft {
  id: string;
  category: Category;
  severity: Severity;
  type: 'phrases' | 'jargon' | 'message';
  patterns: string;
  terms: PastedRow[];
  when: string;
  whenIn: Scope;
  unless: string;
  unlessIn: Scope;
  message: string;
  hears: string;
  suggestions: string;
  replace: 'span' | 'sentence';
  bad: Array<{ text: string; span: string }>;
  good: string;
}

const lines = (s: string) =>
  s
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

export function newDraft(prefix: string): RuleDraft {
  return {
    id: `${prefix}.`,
    category: 'vague-promise',
    severity: 'warning',
    type: 'phrases',
    patterns: '',
    terms: [{ term: '', plain: '' }],
    when: '',
    whenIn: 'context',
    unless: '',
    unlessIn: 'sentence+next',
    message: '',
    hears: '',
    suggestions: '',
    replace: 'span',
    bad: [{ text: '', span: '' }],
    good: '',
  };
}

export function draftFromRule(rule: Rule): RuleDraft {
  const d = newDraft('');
  const condPatterns = (cs: Rule['unless']) => (cs ?? []).flatMap((c) => c.patterns ?? []).join('\n');
  return {
    ...d,
    id: rule.id,
    category: rule.category,
    severity: rule.severity,
    type: rule.match.type === 'jargon' ? 'jargon' : rule.match.type === 'message' ? 'message' : 'phrases',
    patterns: rule.match.type === 'phrases' ? rule.match.patterns.join('\n') : '',
    terms: rule.match.type === 'jargon' ? rule.match.terms.map((x) => ({ term: x.term, plain: x.plain })) : d.terms,
    when: condPatterns(rule.when),
    whenIn: (rule.when?.[0]?.in as Scope) ?? d.whenIn,
    unless: condPatterns(rule.unless),
    unlessIn: (rule.unless?.[0]?.in as Scope) ?? d.unlessIn,
    message: rule.message,
    hears: rule.hears,
    suggestions: rule.suggestions.join('\n'),
    replace: rule.replace ?? 'span',
    bad: rule.examples.bad.length ? rule.examples.bad.map((b) => ({ text: b.text, span: b.span })) : d.bad,
    good: rule.examples.good.map((g) => (typeof g === 'string' ? g : g.text)).join('\n'),
  };
}

/** The rule as JSON for the schema (not yet validated). Empty example rows are left out. */
export function ruleFromDraft(d: RuleDraft): Record<string, unknown> {
  const match =
    d.type === 'phrases'
      ? { type: 'phrases', patterns: lines(d.patterns) }
      : d.type === 'jargon'
        ? {
            type: 'jargon',
            terms: d.terms.filter((r) => r.term.trim() || r.plain.trim()).map((r) => ({ term: r.term.trim(), plain: r.plain.trim() })),
          }
        : { type: 'message' };
  const cond = (text: string, scope: Scope) => (lines(text).length ? [{ patterns: lines(text), in: scope }] : undefined);
  return {
    id: d.id.trim(),
    category: d.category,
    severity: d.severity,
    match,
    ...(d.type === 'message' && cond(d.when, d.whenIn) && { when: cond(d.when, d.whenIn) }),
    ...(cond(d.unless, d.unlessIn) && { unless: cond(d.unless, d.unlessIn) }),
    message: d.message,
    hears: d.hears,
    suggestions: lines(d.suggestions),
    ...(d.type !== 'message' && d.replace === 'sentence' && { replace: 'sentence' }),
    examples: {
      bad: d.bad.filter((b) => b.text.trim() || b.span.trim()),
      good: lines(d.good),
    },
  };
}

export type FieldKey = keyof RuleDraft | `terms.${number}` | `bad.${number}` | 'general';

/** Maps problems of rule `index` to form fields; problems elsewhere in the set go to "general". */
export function fieldErrors(problems: readonly RuleSetProblem[], index: number, draft: RuleDraft): Partial<Record<FieldKey, string[]>> {
  const out: Partial<Record<FieldKey, string[]>> = {};
  const add = (k: FieldKey, m: string) => {
    out[k] = [...(out[k] ?? []), m];
  };
  const prefix = `$.rules[${index}]`;
  const goodRows = draft.bad.filter((b) => b.text.trim() || b.span.trim());
  for (const p of problems) {
    if (!p.path.startsWith(prefix)) {
      add('general', `${p.path}: ${p.message}`);
      continue;
    }
    const rest = p.path.slice(prefix.length);
    const m = /^\.(\w+)(?:\.(\w+))?(?:\[(\d+)\])?/.exec(rest);
    const [, head = '', sub, idx] = m ?? [];
    if (head === 'match' && sub === 'terms' && idx !== undefined) add(`terms.${Number(idx)}`, p.message);
    else if (head === 'match') add(draft.type === 'jargon' ? 'terms' : 'patterns', p.message);
    else if (head === 'examples' && sub === 'bad' && idx !== undefined) {
      // Rows left empty are not sent; map back to the visible row.
      const row = draft.bad.indexOf(goodRows[Number(idx)] as RuleDraft['bad'][number]);
      add(`bad.${row}`, p.message);
    } else if (head === 'examples' && sub === 'good') add('good', p.message);
    else if (head in draft) add(head as keyof RuleDraft, p.message);
    else add('general', `${p.path}: ${p.message}`);
  }
  return out;
}
