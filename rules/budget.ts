/**
 * A budget for what all rule sets in force compile to together (built-in
 * packs, the team set and the personal set): the per-pattern limits of
 * engine/pattern.ts (4,096 variants, 16 words) do not bound a whole set, and
 * 1,500 patterns with twelve optional words each compile to six million
 * sequences (15 s of frozen page, 1.9 GB of heap).
 *
 * The cost of a set is estimated while its patterns are expanded, pattern by
 * pattern, in the units of the automaton the engine builds (engine/matcher.ts):
 * one per sequence and one per word test, more for the tests that cost more
 * to hold or to run on every word (a gap is GAP_MAX + 1 skip states, a glob a
 * regular expression, a word class an index entry per word). The estimate
 * stops as soon as the budget is spent, so refusing a hostile set costs about
 * what compiling the budget's worth costs, never the whole set. Expansion that
 * takes longer than MAX_COMPILE_MS is refused as well, whatever its size.
 *
 * The built-in packs cost about 148,000 units (Dutch 120,000, English 27,000),
 * a 50,000-term jargon set about 200,000; the budget is 1,000,000 for all
 * layers together: almost seven times the packs, room for a team and a
 * personal set of 50,000 terms each next to them, while 24 patterns of 4,096
 * variants or 300 patterns starting with their own glob use it up (about
 * 0.2 s to count, where the whole of a 4,000-pattern set took 22 s to
 * validate and a minute to compile). A set right at the budget compiles in
 * about 0.4 s (in slices, on the page) and adds about 35 MB of heap.
 *
 * A set is costed in validation next to the built-in packs, and in the layer
 * check (options page, subscription, CLI with several sets) next to the other
 * layers too, whatever their language: all of them compile on the same page.
 */
import { compileClass, compilePattern, GAP_MAX, type PatternContext, type Sequence, type WordClass } from './engine/pattern';
import { BUILTIN_RULE_SETS } from './packs';
import type { ProblemParams } from './problems';
import { tokenize } from './text/tokenize';
import type { Lang } from './types';

/** Units all layers together may compile to. */
export const MAX_COMPILED_COST = 1_000_000;
/** Longest the estimate may take, whatever the size (a backstop: the size budget is reached long before on any machine). */
export const MAX_COMPILE_MS = 3000;
/** How many of the costliest rules a refusal names. */
const TOP = 3;

/** What a set costs, and where (by rule id, or `signals.name` for a named signal). */
export interface SetCost {
  total: number;
  /** Cost by rule id or `signals.<name>`, with the path of that rule or signal. */
  parts: Map<string, { cost: number; path: string }>;
  /** True when the estimate stopped at the budget (or the time limit): `total` is a lower bound. */
  stopped: boolean;
  /** Set when the estimate stopped because it took longer than MAX_COMPILE_MS. */
  slow?: boolean;
}

const NO_CLASS: WordClass = { words: new Set(), globs: [] };

/**
 * What a glob at the start of a pattern costs, once per distinct glob: it hangs
 * off the automaton's root, so its regular expression runs on every word of
 * every text (about 0.15 µs a word, measured: 800 of them made a 480-word
 * reply take 70 ms instead of 5; the budget allows about 300). Further on, a
 * glob only runs after the words before it matched.
 */
export const ROOT_GLOB_COST = 3000;

/**
 * The cost of one compiled sequence (see the module comment); `roots` holds the
 * globs already seen at the root, which are paid for once.
 */
function sequenceCost(seq: Sequence, roots: Set<string>): number {
  let c = 1;
  const glob = (src: string, first: boolean) => {
    if (!first) return 8;
    if (roots.has(src)) return 1;
    roots.add(src);
    return ROOT_GLOB_COST;
  };
  seq.forEach((t, i) => {
    // A test at the start of a sequence (or after a leading `~`) is tried on every word.
    const first = i === 0 || (i === 1 && seq[0]?.t === 'any');
    switch (t.t) {
      case 'gap':
        c += GAP_MAX + 2;
        break;
      case 'star':
        c += 2;
        break;
      case 'glob':
        c += glob(t.re.source, first);
        break;
      case 'set':
        c += 1 + Math.ceil(t.words.size / 16);
        for (const re of t.globs ?? []) c += glob(re.source, first);
        break;
      default:
        c += 1;
    }
  });
  return c;
}

const isObj = (v: unknown): v is Record<string, unknown> => Boolean(v) && typeof v === 'object' && !Array.isArray(v);
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

/**
 * The estimated compiled cost of a rule set (parsed JSON, valid or not:
 * what does not compile costs nothing here, the schema reports it), stopping
 * once `limit` is passed. Never throws on any input.
 */
export function estimateCost(input: unknown, limit = MAX_COMPILED_COST, now: () => number = () => performance.now()): SetCost {
  const out: SetCost = { total: 0, parts: new Map(), stopped: false };
  if (!isObj(input)) return out;
  const lang: Lang = input.lang === 'en' ? 'en' : 'nl';
  const t0 = now();
  const classes = new Map<string, WordClass>();
  if (isObj(input.classes))
    for (const [name, entries] of Object.entries(input.classes)) {
      try {
        classes.set(name, compileClass(strings(entries), lang));
      } catch {
        // Reported by the schema.
      }
    }
  const ctx: PatternContext = { lang, classOf: (name) => classes.get(name) ?? NO_CLASS };
  const roots = new Set<string>();

  /** Adds `cost` to `part`; false once the budget or the time is spent. */
  const add = (part: string, path: string, cost: number): boolean => {
    const p = out.parts.get(part);
    if (p) p.cost += cost;
    else out.parts.set(part, { cost, path });
    out.total += cost;
    if (out.total > limit) out.stopped = true;
    else if (now() - t0 > MAX_COMPILE_MS) out.stopped = out.slow = true;
    return !out.stopped;
  };
  const pattern = (part: string, path: string, src: string): boolean => {
    let cost = 0;
    try {
      for (const seq of compilePattern(src, ctx)) cost += sequenceCost(seq, roots);
    } catch {
      // A refused pattern (the schema says why) compiles to nothing.
    }
    return add(part, path, cost);
  };

  if (isObj(input.signals))
    for (const [name, list] of Object.entries(input.signals))
      for (const src of strings(list)) if (!pattern(`signals.${name}`, `$.signals.${name}`, src)) return out;
  const rules = Array.isArray(input.rules) ? input.rules : [];
  for (const [i, r] of rules.entries()) {
    if (!isObj(r)) continue;
    const part = typeof r.id === 'string' ? r.id : `#${i + 1}`;
    const path = `$.rules[${i}]`;
    for (const key of ['when', 'unless'] as const)
      for (const c of Array.isArray(r[key]) ? (r[key] as unknown[]) : [])
        if (isObj(c)) for (const src of strings(c.patterns)) if (!pattern(part, path, src)) return out;
    const m = isObj(r.match) ? r.match : {};
    for (const src of strings(m.patterns)) if (!pattern(part, path, src)) return out;
    const terms = Array.isArray(m.terms) ? m.terms : [];
    let cost = 0;
    for (const t of terms) {
      if (!isObj(t)) continue;
      if (typeof t.term === 'string') {
        const words = tokenize(t.term.slice(0, 200));
        // The sequence, and for a long one-word term its entries for inflections and compounds.
        cost += 1 + words.length + (words.length === 1 && (words[0]?.key.length ?? 0) >= 5 ? 4 : 0);
      }
      for (const src of strings(t.variants)) if (!pattern(part, path, src)) return out;
    }
    if (cost && !add(part, path, cost)) return out;
  }
  return out;
}

const costs = new WeakMap<object, number>();

/** The full cost of a set already in force (a stored layer, a built-in pack), memoised per object. */
export function costOf(set: object): number {
  let c = costs.get(set);
  if (c === undefined) costs.set(set, (c = estimateCost(set, Number.POSITIVE_INFINITY).total));
  return c;
}

/** What the built-in packs cost; they are always in force. */
export const builtinCost = (): number => BUILTIN_RULE_SETS.reduce((sum, s) => sum + costOf(s), 0);

/** The parameters of a refusal: the estimate, the budget, and the costliest rules with their share. */
function refusalParams(cost: SetCost, others: number): ProblemParams {
  const top = [...cost.parts.entries()]
    .sort((a, b) => b[1].cost - a[1].cost)
    .slice(0, TOP)
    .map(([name, p]) => `${name} (${Math.round((100 * p.cost) / Math.max(1, cost.total))}%)`)
    .join(', ');
  return { cost: cost.total, max: MAX_COMPILED_COST, others, top, ms: MAX_COMPILE_MS };
}

export interface BudgetRefusal {
  path: string;
  code: 'overBudget' | 'compileTooSlow';
  params: ProblemParams;
}

/**
 * Whether `input` fits in the budget next to sets already in force that cost
 * `others` units together (the built-in packs, another layer), or why not.
 * Never throws.
 */
export function budgetRefusal(input: unknown, others: number, now?: () => number): BudgetRefusal | null {
  const cost = estimateCost(input, MAX_COMPILED_COST - others, now);
  if (!cost.stopped) return null;
  const costliest = [...cost.parts.values()].sort((a, b) => b.cost - a.cost)[0];
  return { path: costliest?.path ?? '$', code: cost.slow ? 'compileTooSlow' : 'overBudget', params: refusalParams(cost, others) };
}
