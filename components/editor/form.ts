/**
 * The rule form's model: plain strings and rows the inputs edit, turned into
 * rule JSON for validation, and validation problems mapped back to fields.
 *
 * Editing a rule must never lose what the form has no input for: a detector
 * match, jargon variants, a condition's signal or categories, an example's
 * customer message, `enabled` — all of it is carried through unchanged.
 */
import type { Category, Condition, JargonTerm, Match, Rule, RuleSetProblem, Severity } from '@/rules';
import { CONDITION_SCOPES } from '@/rules/schema';
import { problemLine, problemMessage } from '../problems';
import type { PastedRow } from './csv';

export type Scope = NonNullable<Condition['in']>;
export const SCOPES: readonly Scope[] = CONDITION_SCOPES;

/** One condition of "only when" / "not when": a signal, phrases, finding categories, and where to look. */
export interface CondDraft {
  signal: string;
  patterns: string;
  findings: Category[];
  /** '' = the engine's default (this or the next sentence; the whole reply for message rules). */
  in: Scope | '';
  /** Only words outside the flagged ones count. */
  outside?: boolean;
  /** '' = either; 'yes' / 'no' = only with / without a customer's message. */
  hasContext?: '' | 'yes' | 'no';
}

export interface BadDraft {
  text: string;
  span: string;
  context: string;
}

export interface GoodDraft {
  text: string;
  context: string;
}

export interface TermDraft extends PastedRow {
  /** Other spellings (patterns), comma-separated as typed. */
  variants?: string;
  /** Match only in exactly this case (acronyms that are also words, like IT). */
  caseSensitive?: boolean;
  /** Kept as they are (no field yet): word class and the article of the plain wording. */
  pos?: JargonTerm['pos'];
  article?: JargonTerm['article'];
}

const commaList = (s = '') =>
  s
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);

export interface RuleDraft {
  id: string;
  category: Category;
  severity: Severity;
  enabled: boolean;
  type: 'phrases' | 'jargon' | 'message' | 'detector';
  patterns: string;
  terms: TermDraft[];
  /** A detector rule's match, carried through as it is (the form has no editor for it). */
  detector: Extract<Match, { type: 'detector' }> | null;
  when: CondDraft[];
  unless: CondDraft[];
  message: string;
  hears: string;
  suggestions: string;
  replace: 'span' | 'sentence';
  /** Leaving words out: '' not offered, '*' the matched words, otherwise the words to drop (comma-separated). */
  remove: string;
  bad: BadDraft[];
  good: GoodDraft[];
}

export const lines = (s: string) =>
  s
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

/** The rule's `remove` field from the form's text: '*' the matched words, else a list of words. */
function removeOf(text: string): { remove?: true | string[] } {
  const t = text.trim();
  if (!t) return {};
  if (t === '*') return { remove: true };
  const words = t.split(/[\s,]+/).filter(Boolean);
  return words.length ? { remove: words } : {};
}

export const emptyCond = (): CondDraft => ({ signal: '', patterns: '', findings: [], in: '' });
export const emptyBad = (): BadDraft => ({ text: '', span: '', context: '' });
export const emptyGood = (): GoodDraft => ({ text: '', context: '' });

export function newDraft(prefix: string): RuleDraft {
  return {
    id: prefix ? `${prefix}.` : '',
    category: 'vague-promise',
    severity: 'warning',
    enabled: true,
    type: 'phrases',
    patterns: '',
    terms: [{ term: '', plain: '' }],
    detector: null,
    when: [],
    unless: [],
    message: '',
    hears: '',
    suggestions: '',
    replace: 'span',
    remove: '',
    bad: [emptyBad()],
    good: [emptyGood()],
  };
}

const condDraft = (c: Condition): CondDraft => ({
  signal: c.signal ?? '',
  patterns: (c.patterns ?? []).join('\n'),
  findings: [...(c.findings ?? [])],
  in: c.in ?? '',
  ...(c.outside !== undefined && { outside: c.outside }),
  ...(c.hasContext !== undefined && { hasContext: c.hasContext ? 'yes' : 'no' }),
});

export function draftFromRule(rule: Rule): RuleDraft {
  const d = newDraft('');
  const m = rule.match;
  return {
    ...d,
    id: rule.id,
    category: rule.category,
    severity: rule.severity,
    enabled: rule.enabled !== false,
    type: m.type,
    patterns: m.type === 'phrases' ? m.patterns.join('\n') : '',
    terms:
      m.type === 'jargon'
        ? m.terms.map((x) => ({
            term: x.term,
            plain: x.plain,
            ...(x.variants && { variants: x.variants.join(', ') }),
            ...(x.caseSensitive !== undefined && { caseSensitive: x.caseSensitive }),
            ...(x.pos !== undefined && { pos: x.pos }),
            ...(x.article !== undefined && { article: x.article }),
          }))
        : d.terms,
    detector: m.type === 'detector' ? m : null,
    when: (rule.when ?? []).map(condDraft),
    unless: (rule.unless ?? []).map(condDraft),
    message: rule.message,
    hears: rule.hears,
    suggestions: rule.suggestions.join('\n'),
    replace: rule.replace ?? 'span',
    remove: rule.remove === true ? '*' : (rule.remove ?? []).join(', '),
    bad: rule.examples.bad.length ? rule.examples.bad.map((b) => ({ text: b.text, span: b.span, context: b.context ?? '' })) : d.bad,
    good: rule.examples.good.length
      ? rule.examples.good.map((g) => (typeof g === 'string' ? { text: g, context: '' } : { text: g.text, context: g.context ?? '' }))
      : d.good,
  };
}

const condEmpty = (c: CondDraft) => !c.signal.trim() && !lines(c.patterns).length && !c.findings.length && !c.hasContext;
const termEmpty = (r: TermDraft) => !r.term.trim() && !r.plain.trim() && !r.variants?.trim();
const badEmpty = (b: BadDraft) => !b.text.trim() && !b.span.trim() && !b.context.trim();
const goodEmpty = (g: GoodDraft) => !g.text.trim() && !g.context.trim();

function condJson(c: CondDraft): Record<string, unknown> {
  return {
    ...(c.signal.trim() && { signal: c.signal.trim() }),
    ...(lines(c.patterns).length && { patterns: lines(c.patterns) }),
    ...(c.findings.length && { findings: c.findings }),
    ...(c.in && { in: c.in }),
    ...(c.outside !== undefined && { outside: c.outside }),
    ...(c.hasContext && { hasContext: c.hasContext === 'yes' }),
  };
}

/** The rule as JSON for the schema (not yet validated). Rows left empty are left out. */
export function ruleFromDraft(d: RuleDraft): Record<string, unknown> {
  const match =
    d.type === 'phrases'
      ? { type: 'phrases', patterns: lines(d.patterns) }
      : d.type === 'jargon'
        ? {
            type: 'jargon',
            terms: d.terms
              .filter((r) => !termEmpty(r))
              .map((r) => ({
                term: r.term.trim(),
                ...(commaList(r.variants).length && { variants: commaList(r.variants) }),
                plain: r.plain.trim(),
                ...(r.caseSensitive !== undefined && { caseSensitive: r.caseSensitive }),
                ...(r.pos !== undefined && { pos: r.pos }),
                ...(r.article !== undefined && { article: r.article }),
              })),
          }
        : d.type === 'detector' && d.detector
          ? d.detector
          : { type: d.type };
  const when = d.when.filter((c) => !condEmpty(c)).map(condJson);
  const unless = d.unless.filter((c) => !condEmpty(c)).map(condJson);
  return {
    id: d.id.trim(),
    category: d.category,
    severity: d.severity,
    ...(!d.enabled && { enabled: false }),
    match,
    ...(when.length && { when }),
    ...(unless.length && { unless }),
    message: d.message,
    hears: d.hears,
    suggestions: lines(d.suggestions),
    ...(d.type !== 'message' && d.replace === 'sentence' && { replace: 'sentence' }),
    ...(d.type !== 'message' && removeOf(d.remove)),
    examples: {
      bad: d.bad.filter((b) => !badEmpty(b)).map((b) => ({ text: b.text, span: b.span, ...(b.context.trim() && { context: b.context }) })),
      good: d.good.filter((g) => !goodEmpty(g)).map((g) => (g.context.trim() ? { text: g.text, context: g.context } : g.text)),
    },
  };
}

/** Index of the n-th non-empty row among `rows` (rows left empty are not sent to validation). */
function visibleRow<T>(rows: readonly T[], empty: (r: T) => boolean, n: number): number {
  let seen = -1;
  for (let i = 0; i < rows.length; i++) {
    if (empty(rows[i] as T)) continue;
    seen++;
    if (seen === n) return i;
  }
  return -1;
}

/** The position among the sent (non-empty) rows of visible row `i`, or -1 when the row is empty: results come back by that position. */
export function sentIndex(d: RuleDraft, kind: 'bad' | 'good', i: number): number {
  const empty = (j: number) => (kind === 'bad' ? badEmpty(d.bad[j] as BadDraft) : goodEmpty(d.good[j] as GoodDraft));
  if (empty(i)) return -1;
  let n = -1;
  for (let j = 0; j <= i; j++) if (!empty(j)) n++;
  return n;
}

export type FieldKey =
  | keyof RuleDraft
  | `terms.${number}`
  | `bad.${number}`
  | `good.${number}`
  | `when.${number}`
  | `unless.${number}`
  | 'general';

/** Maps problems of rule `index` to form fields; problems elsewhere in the set go to "general". */
export function fieldErrors(problems: readonly RuleSetProblem[], index: number, draft: RuleDraft): Partial<Record<FieldKey, string[]>> {
  const out: Partial<Record<FieldKey, string[]>> = {};
  const add = (k: FieldKey, m: string) => {
    out[k] = [...(out[k] ?? []), m];
  };
  const prefix = `$.rules[${index}]`;
  for (const p of problems) {
    if (p.path !== prefix && !p.path.startsWith(`${prefix}.`) && !p.path.startsWith(`${prefix}[`)) {
      add('general', problemLine(p));
      continue;
    }
    const rest = p.path.slice(prefix.length);
    const m = /^\.(\w+)(?:\.(\w+))?(?:\[(\d+)\])?/.exec(rest);
    const [, head = '', sub, idx] = m ?? [];
    const n = idx === undefined ? -1 : Number(idx);
    if (head === 'match' && sub === 'terms' && n >= 0) add(`terms.${visibleRow(draft.terms, termEmpty, n)}`, problemMessage(p));
    else if (head === 'match') add(draft.type === 'jargon' ? 'terms' : draft.type === 'phrases' ? 'patterns' : 'type', problemMessage(p));
    else if ((head === 'when' || head === 'unless') && n >= 0) add(`${head}.${visibleRow(draft[head], condEmpty, n)}`, problemMessage(p));
    else if (head === 'when' || head === 'unless') add(head, problemMessage(p));
    else if (head === 'examples' && sub === 'bad' && n >= 0) add(`bad.${visibleRow(draft.bad, badEmpty, n)}`, problemMessage(p));
    else if (head === 'examples' && sub === 'good' && n >= 0) add(`good.${visibleRow(draft.good, goodEmpty, n)}`, problemMessage(p));
    else if (head === 'examples') add('bad', problemMessage(p));
    else if (head === 'suggestions') add('suggestions', problemMessage(p));
    else if (Object.hasOwn(draft, head)) add(head as keyof RuleDraft, problemMessage(p));
    else add('general', problemLine(p));
  }
  return out;
}
