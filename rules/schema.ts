/**
 * The rule-set format (JSON) that team leads edit, as a zod schema. Every
 * problem is reported with its JSON path and a reason in plain words; a set
 * with any problem is refused as a whole (nothing half-loads).
 */
import { z } from 'zod';
import { budgetRefusal, builtinCost } from './budget';
import { classEntryIssue, patternIssue } from './engine/pattern';
import { isNamedField, type ProblemCode, type ProblemParams, problemText } from './problems';

const CATEGORY = z.enum([
  'jargon',
  'vague-promise',
  'bare-no',
  'alarming',
  'blame',
  'condescending',
  'passive',
  'shouting',
  'no-empathy',
  'long-sentence',
  'readability',
  'tip',
]);
const SEVERITY = z.enum(['error', 'warning', 'info']);
const LANG = z.enum(['nl', 'en']);

/*
 * Problems get their words in `explain` below, from the issue's code and the
 * field's key; only the custom checks say what they mean, in `params.code`.
 */
const custom = (code: ProblemCode, params: ProblemParams = {}) => ({ params: { code, ...params } });
/** A custom issue for `ctx.addIssue`, worded by rules/problems.ts. */
const customIssue = (code: ProblemCode, params: ProblemParams = {}) => ({
  code: 'custom' as const,
  message: problemText(code, params),
  ...custom(code, params),
});

const text = (max = 2000) => z.string().trim().min(1).max(max);

const pattern = z.string().superRefine((src, ctx) => {
  const issue = patternIssue(src);
  if (issue) ctx.addIssue(customIssue('badPattern', { pattern: src, reason: issue.reason, ...issue.params }));
});

const classEntry = z
  .string()
  .trim()
  .min(1)
  .max(80)
  .superRefine((src, ctx) => {
    const issue = classEntryIssue(src);
    if (issue) ctx.addIssue(customIssue('badPattern', { pattern: src, reason: issue.reason, ...issue.params }));
  });

const ID_RE = /^[a-z0-9][a-z0-9._-]*$/;
const id = z.string().regex(ID_RE);

/** Where a condition looks, from the words before the match to the customer's message. */
export const CONDITION_SCOPES = [
  'lead',
  'clause',
  'after',
  'sentence',
  'sentence+prev',
  'sentence+next',
  'sentence+around',
  'before',
  'text',
  'context',
  'text+context',
] as const;

export const conditionSchema = z
  .object({
    /** A named signal of the rule set (see `signals`). ("nlp:…" names are refused with a hint: the engine has none.) */
    signal: z
      .string()
      .regex(/^(?:nlp:)?[a-z0-9][a-z0-9._-]*$/)
      .optional(),
    /** Extra phrase patterns that count as this condition. */
    patterns: z.array(pattern).max(500).optional(),
    /** Only words outside the flagged ones count (a refusal's own words are no alternative to it). */
    outside: z.boolean().optional(),
    /** Holds when a customer's message is given (true) or not (false), e.g. to judge the reply on its own only without one. */
    hasContext: z.boolean().optional(),
    /** Holds when the reply has a finding of one of these categories (e.g. a bare no), for message rules. */
    findings: z.array(CATEGORY).min(1).max(12).optional(),
    /** Where to look ("before": this sentence or any earlier one). Defaults to "sentence+next" for span rules and "text" for message rules. */
    in: z.enum(CONDITION_SCOPES).optional(),
  })
  .strict()
  .refine(
    (c) => c.signal !== undefined || (c.patterns?.length ?? 0) > 0 || (c.findings?.length ?? 0) > 0 || c.hasContext !== undefined,
    custom('conditionEmpty'),
  );

export const jargonTermSchema = z
  .object({
    term: text(80),
    /** Other spellings or inflections (patterns). */
    variants: z.array(pattern).max(20).optional(),
    /** Plain alternative or short explanation the writer can paste in. */
    plain: text(300),
    /** Match the term only in exactly this case (for acronyms that are also words, like IT). */
    caseSensitive: z.boolean().optional(),
    /** Word class: a verb's inflected forms are found from its stem (rebooten → gereboot, reboot → rebooted). */
    pos: z.enum(['noun', 'verb', 'adj', 'abbr', 'phrase']).optional(),
    /** Dutch: the article that goes with `plain` when it replaces a noun ("de", "het"). */
    article: z.enum(['de', 'het']).optional(),
  })
  .strict();

export const matchSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('phrases'), patterns: z.array(pattern).min(1).max(2000) }).strict(),
  z.object({ type: z.literal('jargon'), terms: z.array(jargonTermSchema).min(1).max(20000) }).strict(),
  z
    .object({
      type: z.literal('detector'),
      detector: z.enum(['long-sentence', 'readability', 'caps', 'exclamations', 'passive', 'team-signature']),
      /** long-sentence: maxWords (default 25); readability: minScore (default 60), minWords (default 40); caps: minLetters (default 4). */
      params: z.record(z.string(), z.number()).optional(),
      /** caps: short words that are shouting whenever written in capitals (NEE, NU, NOT); team-signature: the words that name a team (servicedesk, ict). */
      words: z.array(z.string().min(1).max(40)).max(500).optional(),
      /** caps: capitalised words that are never shouting (abbreviations beyond the jargon list: IT, HR, OK). */
      allow: z.array(z.string().min(1).max(40)).max(5000).optional(),
    })
    .strict(),
  z.object({ type: z.literal('message') }).strict(),
]);

/** A bad example: a text and the part of it the rule must mark. */
export const exampleSchema = z
  .object({
    text: text(5000),
    span: text(5000),
    /** The customer's message, for rules that read it. */
    context: z.string().max(5000).optional(),
  })
  .strict();

/** A good example: a text (a near miss) on which the rule must not fire. */
export const goodExampleSchema = z.union([text(5000), z.object({ text: text(5000), context: z.string().max(5000).optional() }).strict()]);

export const ruleSchema = z
  .object({
    id,
    category: CATEGORY,
    severity: SEVERITY,
    enabled: z.boolean().default(true),
    match: matchSchema,
    /** For "message" rules: all of these must hold (e.g. the customer reports a problem). */
    when: z.array(conditionSchema).max(20).optional(),
    /** The finding is dropped when any of these holds (e.g. a concrete moment follows). */
    unless: z.array(conditionSchema).max(20).optional(),
    message: text(600),
    hears: text(600),
    suggestions: z.array(text(1000)).max(10).default([]),
    /**
     * Also offer to leave words out: `true` the matched words, a list only
     * those of them (the "gewoon" of "je moet gewoon even"). The engine takes
     * a comma or a space with them so the sentence stays whole.
     */
    remove: z.union([z.literal(true), z.array(z.string().min(1).max(40)).min(1).max(50)]).optional(),
    /** What a suggestion replaces: the matched words (default) or the whole sentence. */
    replace: z.enum(['span', 'sentence']).optional(),
    examples: z
      .object({
        bad: z.array(exampleSchema).max(50).default([]),
        good: z.array(goodExampleSchema).max(50).default([]),
      })
      .strict()
      .default({ bad: [], good: [] }),
  })
  .strict()
  .superRefine((r, ctx) => {
    r.examples.bad.forEach((ex, i) => {
      if (!ex.text.includes(ex.span))
        ctx.addIssue({ ...customIssue('spanMissing', { span: ex.span }), path: ['examples', 'bad', i, 'span'] });
    });
    if (r.match.type === 'message' && r.replace === 'sentence') ctx.addIssue({ ...customIssue('messageNoSentence'), path: ['replace'] });
  });

export const ruleSetSchema = z
  .object({
    $schema: z.string().optional(),
    id,
    name: text(120),
    version: z.union([z.string().min(1), z.number()]),
    lang: LANG,
    author: z.string().max(200).optional(),
    updated: z.string().max(40).optional(),
    description: z.string().max(2000).optional(),
    /** Word classes patterns refer to as @name, e.g. "you": ["u", "je", "jij", "uw"]; entries are words, globs or +lemmas. */
    classes: z.record(id, z.array(classEntry).min(1).max(5000)).optional(),
    /** Named pattern lists used by conditions, e.g. "moment": ["vandaag", "om <time>"]. */
    signals: z.record(id, z.array(pattern).min(1).max(2000)).default({}),
    /** Quick picks offered for placeholders in suggestions, e.g. "tijdstip": ["vandaag 16:00"]. */
    placeholders: z.record(z.string(), z.array(z.string().max(100)).max(10)).default({}),
    /** Team sets only: rules of lower layers forced on ("on") or off ("off") for every writer. */
    locks: z.record(id, z.enum(['on', 'off'])).optional(),
    /** Team/personal sets: per-rule overrides of lower layers. */
    overrides: z.record(id, z.object({ enabled: z.boolean().optional(), severity: SEVERITY.optional() }).strict()).optional(),
    rules: z.array(ruleSchema).max(5000),
  })
  .strict()
  .strict();

export type RuleSet = z.output<typeof ruleSetSchema>;
export type RuleSetInput = z.input<typeof ruleSetSchema>;
export type Rule = z.output<typeof ruleSchema>;
export type Match = z.output<typeof matchSchema>;
export type Condition = z.output<typeof conditionSchema>;
export type JargonTerm = z.output<typeof jargonTermSchema>;
export type Example = z.output<typeof exampleSchema>;
export type GoodExample = z.output<typeof goodExampleSchema>;

export interface RuleSetProblem {
  /** JSON path such as `$.rules[3].match.patterns[0]`. */
  path: string;
  /** In English; `code` and `params` give it in another language through `problemText`. */
  message: string;
  code: ProblemCode;
  params: ProblemParams;
}

export type ValidationResult = { ok: true; ruleSet: RuleSet } | { ok: false; problems: RuleSetProblem[] };

export const MAX_RULE_SET_BYTES = 1024 * 1024;

/** A problem at a path, with its English message. */
export function problem(path: string, code: ProblemCode, params: ProblemParams = {}): RuleSetProblem {
  return { path, message: problemText(code, params), code, params };
}

function jsonPath(path: readonly PropertyKey[]): string {
  let s = '$';
  for (const p of path)
    s += typeof p === 'number' ? `[${p}]` : /^[A-Za-z_$][\w$]*$/.test(String(p)) ? `.${String(p)}` : `[${JSON.stringify(String(p))}]`;
  return s;
}

/** The kind of a JSON value, as a code of rules/problems.ts. */
function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'list';
  return typeof value;
}

/** The field a path names: its last key that is not a list index ("patterns[2]" is a pattern). */
function fieldKey(path: readonly PropertyKey[]): string {
  const last = path.at(-1);
  if (typeof last !== 'number') return String(last ?? '');
  const list = String(path.at(-2) ?? '');
  return list === 'patterns' || list === 'variants' ? 'pattern' : list;
}

/** What an issue means, in the words of rules/problems.ts. */
function explain(issue: z.core.$ZodIssue, input: unknown): { code: ProblemCode; params: ProblemParams } {
  const value = issue.path.reduce<unknown>(
    (v, k) => (v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined),
    input,
  );
  const key = fieldKey(issue.path);
  const parent = issue.path.at(-2);
  if (issue.code === 'custom' && typeof issue.params?.code === 'string') {
    const { code, ...params } = issue.params as ProblemParams & { code: ProblemCode };
    return { code, params };
  }
  if (issue.code === 'invalid_union' && key === 'type' && parent === 'match') return { code: 'badMatchType', params: {} };
  if (value === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_union')) return { code: 'missing', params: {} };
  const origin = 'origin' in issue ? String(issue.origin) : '';
  switch (issue.code) {
    case 'invalid_type':
      return issue.expected === 'string' && isNamedField(key)
        ? { code: 'notText', params: { field: key, actual: kindOf(value) } }
        : { code: 'wrongType', params: { expected: issue.expected, actual: kindOf(value) } };
    case 'too_small':
      if (origin !== 'array') return { code: 'empty', params: { field: key } };
      if (key === 'terms') return { code: 'addTerm', params: {} };
      if (key === 'findings') return { code: 'addCategory', params: {} };
      return { code: 'addPattern', params: {} };
    case 'too_big':
      return origin === 'array'
        ? { code: 'tooMany', params: { max: Number(issue.maximum) } }
        : { code: 'tooLong', params: { field: key, max: Number(issue.maximum) } };
    case 'invalid_format':
      return { code: key === 'signal' ? 'badSignalName' : 'badId', params: {} };
    case 'invalid_value':
      return { code: 'oneOf', params: { values: issue.values.map((v) => JSON.stringify(v)).join(', '), actual: JSON.stringify(value) } };
    case 'unrecognized_keys':
      return { code: 'unknownFields', params: { keys: issue.keys.map((k) => `"${k}"`).join(', '), count: issue.keys.length } };
    case 'invalid_union':
      if (key === 'version') return { code: 'badVersion', params: {} };
      if (parent === 'good') return { code: 'badGoodExample', params: {} };
      return { code: 'wrongKind', params: {} };
    case 'invalid_key':
      return { code: 'badId', params: {} };
    default:
      return { code: 'wrongKind', params: {} };
  }
}

/**
 * Checks across rules (unique ids, known signals). They run on the raw input,
 * next to the schema, so a team lead sees these problems together with all
 * others instead of only after fixing the rest.
 */
function crossChecks(input: unknown): RuleSetProblem[] {
  const out: RuleSetProblem[] = [];
  if (!input || typeof input !== 'object') return out;
  const set = input as { rules?: unknown; signals?: unknown };
  if (!Array.isArray(set.rules)) return out;
  const signals = set.signals && typeof set.signals === 'object' ? (set.signals as Record<string, unknown>) : {};
  const seen = new Map<string, number>();
  set.rules.forEach((r: unknown, i) => {
    if (!r || typeof r !== 'object') return;
    const rule = r as { id?: unknown; when?: unknown; unless?: unknown };
    if (typeof rule.id === 'string') {
      const prev = seen.get(rule.id);
      if (prev !== undefined) out.push(problem(`$.rules[${i}].id`, 'duplicateId', { id: rule.id, rule: prev + 1 }));
      else seen.set(rule.id, i);
    }
    for (const key of ['when', 'unless'] as const) {
      const list = rule[key];
      if (!Array.isArray(list)) continue;
      list.forEach((c: unknown, j) => {
        const signal = c && typeof c === 'object' ? (c as { signal?: unknown }).signal : undefined;
        if (typeof signal !== 'string') return;
        const path = `$.rules[${i}].${key}[${j}].signal`;
        if (signal.startsWith('nlp:')) out.push(problem(path, 'unknownNlpSignal', { signal }));
        else if (!Object.hasOwn(signals, signal)) out.push(problem(path, 'unknownSignal', { signal }));
      });
    }
  });
  out.push(...classChecks(input as Record<string, unknown>));
  return out;
}

const CLASS_REF = /(?:^|[\s([|&])@([a-z0-9][a-z0-9._-]*)/g;

/** Every pattern that names a word class (@name) names one the set defines. */
function classChecks(set: Record<string, unknown>): RuleSetProblem[] {
  const out: RuleSetProblem[] = [];
  const classes = set.classes && typeof set.classes === 'object' ? (set.classes as Record<string, unknown>) : {};
  const check = (src: unknown, path: string) => {
    if (typeof src !== 'string') return;
    for (const m of src.matchAll(CLASS_REF)) {
      const name = m[1] as string;
      if (!Object.hasOwn(classes, name)) {
        out.push(problem(path, 'badPattern', { pattern: src, reason: 'unknownClass', name }));
        return;
      }
    }
  };
  const each = (list: unknown, path: string) => {
    if (Array.isArray(list))
      list.forEach((src, i) => {
        check(src, `${path}[${i}]`);
      });
  };
  if (set.signals && typeof set.signals === 'object')
    for (const [name, list] of Object.entries(set.signals as Record<string, unknown>)) each(list, `$.signals.${name}`);
  if (Array.isArray(set.rules))
    set.rules.forEach((r: unknown, i) => {
      if (!r || typeof r !== 'object') return;
      const rule = r as { match?: { patterns?: unknown; terms?: unknown }; when?: unknown; unless?: unknown };
      each(rule.match?.patterns, `$.rules[${i}].match.patterns`);
      if (Array.isArray(rule.match?.terms))
        rule.match.terms.forEach((t: unknown, j) => {
          if (t && typeof t === 'object') each((t as { variants?: unknown }).variants, `$.rules[${i}].match.terms[${j}].variants`);
        });
      for (const key of ['when', 'unless'] as const) {
        const list = rule[key];
        if (Array.isArray(list))
          list.forEach((c: unknown, j) => {
            if (c && typeof c === 'object') each((c as { patterns?: unknown }).patterns, `$.rules[${i}].${key}[${j}].patterns`);
          });
      }
    });
  return out;
}

/** Validates parsed JSON (may throw on pathological input; see `validateRuleSet`). */
function validateUnsafe(input: unknown): ValidationResult {
  // First the budget, next to the built-in packs: it stops counting where the
  // budget is spent, while the schema below would expand every pattern.
  const over = budgetRefusal(input, builtinCost());
  if (over) return { ok: false, problems: [problem(over.path, over.code, over.params)] };
  const res = ruleSetSchema.safeParse(input);
  const problems = res.success
    ? []
    : res.error.issues.map((issue) => {
        const { code, params } = explain(issue, input);
        return problem(jsonPath(issue.path), code, params);
      });
  problems.push(...crossChecks(input));
  if (problems.length === 0 && res.success) return { ok: true, ruleSet: res.data };
  return { ok: false, problems };
}

/**
 * A validation that crashed (e.g. "Maximum call stack size exceeded" on
 * deeply nested pattern groups) as a problem of the set, so every caller
 * shows it like any other problem instead of an uncaught error.
 */
export function crashProblem(e: unknown): RuleSetProblem {
  const detail = e instanceof Error ? e.message || e.name : String(e);
  return problem('$', 'validationCrashed', { detail: detail.slice(0, 200) });
}

/** Validates parsed JSON. Never throws: an internal failure is a problem of the set. */
export function validateRuleSet(input: unknown): ValidationResult {
  try {
    return validateUnsafe(input);
  } catch (e) {
    return { ok: false, problems: [crashProblem(e)] };
  }
}

/** The size of a rule set in UTF-8 bytes, as JSON text. */
export function jsonBytes(json: string): number {
  return new TextEncoder().encode(json).length;
}

/** Parses and validates rule-set JSON text (with a size limit). Never throws. */
export function parseRuleSet(json: string): ValidationResult {
  try {
    if (typeof json !== 'string') return { ok: false, problems: [problem('$', 'wrongType', { expected: 'string', actual: typeof json })] };
    if (jsonBytes(json) > MAX_RULE_SET_BYTES) return { ok: false, problems: [problem('$', 'tooLarge')] };
    let data: unknown;
    try {
      data = JSON.parse(json);
    } catch (e) {
      return { ok: false, problems: [problem('$', 'invalidJson', { detail: (e as Error).message })] };
    }
    return validateRuleSet(data);
  } catch (e) {
    return { ok: false, problems: [crashProblem(e)] };
  }
}

export function formatProblems(problems: readonly RuleSetProblem[]): string {
  return problems.map((p) => `${p.path}: ${p.message}`).join('\n');
}
