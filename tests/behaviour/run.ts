/**
 * Runs the behaviour cases against an analyser and reports pass rates per
 * category × language (and per kind). As a CLI:
 *
 *   npx tsx tests/behaviour/run.ts [--all] [--category ID] [--lang nl|en]
 *
 * prints a table per category, language and kind, and the first 3 failures
 * per category (all of them with --all).
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BehaviourCase, behaviourCases, MESSAGE_CATEGORIES, SCORED_CATEGORIES } from './cases';

export interface BehaviourFinding {
  category: string;
  start: number;
  end: number;
  scope: string;
}

export type BehaviourAnalyze = (text: string, lang: 'nl' | 'en', context?: string) => { findings: BehaviourFinding[] };

export interface Rate {
  passed: number;
  total: number;
  rate: number;
}

export interface CategoryRate extends Rate {
  category: string;
  lang: 'nl' | 'en';
}

export interface KindRate extends CategoryRate {
  kind: BehaviourCase['kind'];
}

export interface BehaviourFailure {
  id: string;
  category: string;
  lang: 'nl' | 'en';
  kind: BehaviourCase['kind'];
  text: string;
  context?: string;
  expected: 'flag' | 'clean';
  quote?: string;
  /** What the analyser found in the case's category (the flagged text, or "(message)"). */
  found: string[];
}

export interface BehaviourReport {
  /** Per category × language, in SCORED_CATEGORIES order, nl before en. */
  results: CategoryRate[];
  /** Per category × language × kind. */
  byKind: KindRate[];
  failures: BehaviourFailure[];
}

const LANGS = ['nl', 'en'] as const;
const KINDS = ['MFT', 'INV', 'DIR'] as const;

const rate = (passed: number, total: number): Rate => ({ passed, total, rate: total === 0 ? 1 : passed / total });

/** The character range of the first occurrence of the case's quote. */
export function quoteRange(c: BehaviourCase): [number, number] | null {
  if (!c.quote) return null;
  const start = c.text.indexOf(c.quote);
  return start < 0 ? null : [start, start + c.quote.length];
}

/** Does the analyser's output satisfy the case? */
export function judge(c: BehaviourCase, findings: readonly BehaviourFinding[]): boolean {
  const own = findings.filter((f) => f.category === c.category);
  if (c.expect === 'clean') return own.length === 0;
  if (MESSAGE_CATEGORIES.includes(c.category)) return own.some((f) => f.scope === 'message');
  const range = quoteRange(c);
  if (!range) return false;
  const [start, end] = range;
  return own.some((f) => f.start < end && f.end > start);
}

export function runBehaviour(analyze: BehaviourAnalyze, cases: readonly BehaviourCase[] = behaviourCases()): BehaviourReport {
  const tally = new Map<string, [number, number]>();
  const bump = (key: string, ok: boolean) => {
    const t = tally.get(key) ?? [0, 0];
    t[0] += ok ? 1 : 0;
    t[1] += 1;
    tally.set(key, t);
  };
  const failures: BehaviourFailure[] = [];
  for (const c of cases) {
    const { findings } = analyze(c.text, c.lang, c.context);
    const ok = judge(c, findings);
    bump(`${c.category}|${c.lang}`, ok);
    bump(`${c.category}|${c.lang}|${c.kind}`, ok);
    if (!ok)
      failures.push({
        id: c.id,
        category: c.category,
        lang: c.lang,
        kind: c.kind,
        text: c.text,
        context: c.context,
        expected: c.expect,
        quote: c.quote,
        found: findings
          .filter((f) => f.category === c.category)
          .map((f) => (f.scope === 'message' ? '(message)' : c.text.slice(f.start, f.end))),
      });
  }
  const categories = [
    ...SCORED_CATEGORIES,
    ...new Set(cases.map((c) => c.category).filter((x) => !(SCORED_CATEGORIES as readonly string[]).includes(x))),
  ];
  const results: CategoryRate[] = [];
  const byKind: KindRate[] = [];
  for (const category of categories)
    for (const lang of LANGS) {
      const t = tally.get(`${category}|${lang}`);
      if (!t) continue;
      results.push({ category, lang, ...rate(t[0], t[1]) });
      for (const kind of KINDS) {
        const k = tally.get(`${category}|${lang}|${kind}`);
        if (k) byKind.push({ category, lang, kind, ...rate(k[0], k[1]) });
      }
    }
  return { results, byKind, failures };
}

/** One failure, readable in a terminal or a test report. */
export function formatFailure(f: BehaviourFailure): string {
  const lines = [`  ${f.id} (${f.kind}) expected ${f.expected}${f.quote ? ` on "${f.quote}"` : ''}`];
  if (f.context) lines.push(`    context: ${JSON.stringify(f.context)}`);
  lines.push(`    text:    ${JSON.stringify(f.text)}`);
  if (f.found.length) lines.push(`    found:   ${f.found.map((x) => JSON.stringify(x)).join(', ')}`);
  return lines.join('\n');
}

const pct = (r: Rate | undefined): string =>
  r ? `${(100 * r.rate).toFixed(1).padStart(5)}% ${`${r.passed}/${r.total}`.padStart(7)}` : ''.padEnd(14);

/** The table printed by the CLI. */
export function formatReport(report: BehaviourReport, opts: { failuresPerCategory?: number } = {}): string {
  const limit = opts.failuresPerCategory ?? 3;
  const head = `${'category'.padEnd(15)}${'lang'.padEnd(6)}${'all'.padEnd(16)}${KINDS.map((k) => k.padEnd(16)).join('')}`;
  const out = [head, '-'.repeat(head.length)];
  for (const r of report.results) {
    const kinds = KINDS.map((kind) =>
      pct(report.byKind.find((x) => x.category === r.category && x.lang === r.lang && x.kind === kind)).padEnd(16),
    );
    out.push(`${r.category.padEnd(15)}${r.lang.padEnd(6)}${pct(r).padEnd(16)}${kinds.join('')}`);
  }
  const passed = report.results.reduce((s, r) => s + r.passed, 0);
  const total = report.results.reduce((s, r) => s + r.total, 0);
  out.push('-'.repeat(head.length), `${'all'.padEnd(21)}${pct(rate(passed, total))}`);
  const categories = [...new Set(report.results.map((r) => r.category))];
  for (const category of categories) {
    const fs = report.failures.filter((f) => f.category === category);
    if (fs.length === 0) continue;
    out.push('', `${category}: ${fs.length} failure${fs.length === 1 ? '' : 's'}${fs.length > limit ? ` (first ${limit})` : ''}`);
    for (const f of fs.slice(0, limit)) out.push(formatFailure(f));
  }
  return out.join('\n');
}

async function main(argv: string[]): Promise<void> {
  const { Engine } = await import('../../rules/engine/analyze');
  const { BUILTIN_RULE_SETS } = await import('../../rules/packs');
  const engine = new Engine(BUILTIN_RULE_SETS);
  const arg = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const category = arg('--category');
  const lang = arg('--lang');
  const cases = behaviourCases().filter((c) => (!category || c.category === category) && (!lang || c.lang === lang));
  const report = runBehaviour((text, l, context) => engine.analyze(text, { lang: l, context }), cases);
  console.log(formatReport(report, { failuresPerCategory: argv.includes('--all') ? Number.POSITIVE_INFINITY : 3 }));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
