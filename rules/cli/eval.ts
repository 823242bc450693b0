/**
 * npm run eval [-- CORPUS.jsonl ...] [--rules team.json ...] [--misses] [--rules-table] [--no-behaviour]
 *              [--min-precision 0.95 --min-recall 0.90]
 *
 * Detection quality as TAXONOMY.md scores it, per category and language, for
 * every corpus given — by default every corpus in tests/corpus (dev, dev-2 and
 * the blind set) — then per rule (findings and how many a label confirms) and
 * the behavioural suite's pass rates (tests/behaviour). `--misses` lists the
 * missed and false findings; it refuses the blind set, whose replies are
 * scored but not read.
 * With --min-*, exits 1 when any figure with data is below the bar.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { runBehaviour } from '../../tests/behaviour/run';
import { Engine } from '../engine/analyze';
import { evaluate, parseCorpus, type RuleScore } from '../evaluate';
import { BUILTIN_RULE_SETS } from '../packs';
import { formatProblems, parseRuleSet, type RuleSet } from '../schema';
import { loadHyphenation } from '../text/syllables';

const args = process.argv.slice(2);
const files: string[] = [];
const rules: RuleSet[] = [...BUILTIN_RULE_SETS];
let showMisses = false;
let ruleTable = false;
let behaviour = true;
let minP: number | null = null;
let minR: number | null = null;
for (let i = 0; i < args.length; i++) {
  const a = args[i] as string;
  if (a === '--rules') {
    const file = args[++i] as string;
    const res = parseRuleSet(readFileSync(file, 'utf8'));
    if (!res.ok) {
      console.error(`${file}: invalid rule set\n${formatProblems(res.problems)}`);
      process.exit(2);
    }
    rules.push(res.ruleSet);
  } else if (a === '--misses') showMisses = true;
  else if (a === '--rules-table') ruleTable = true;
  else if (a === '--no-behaviour') behaviour = false;
  else if (a === '--min-precision') minP = Number(args[++i]);
  else if (a === '--min-recall') minR = Number(args[++i]);
  else files.push(a);
}
const corpusDir = join(import.meta.dirname, '../../tests/corpus');
if (files.length === 0) for (const f of readdirSync(corpusDir).sort()) if (f.endsWith('.jsonl')) files.push(join(corpusDir, f));
const isBlind = (f: string) => basename(f).startsWith('blind');
if (showMisses && files.some(isBlind)) {
  console.error('--misses: the blind set is scored, not read; name the other corpora.');
  process.exit(2);
}
await Promise.all([loadHyphenation('nl'), loadHyphenation('en')]);
const fmt = (n: number | null) => (n === null ? '   –' : n.toFixed(2));
let failed = false;
const perRule = new Map<string, Map<string, RuleScore>>();
for (const file of files) {
  const items = parseCorpus(readFileSync(file, 'utf8'));
  const { scores, misses, rules: ruleScores } = evaluate(items, rules);
  perRule.set(basename(file), new Map(ruleScores.map((r) => [r.ruleId, r])));
  console.log(
    `\n== ${basename(file)}: ${items.length} replies (${items.filter((i) => i.lang === 'nl').length} nl, ${items.filter((i) => i.lang === 'en').length} en)`,
  );
  console.log('category        lang  precision  recall   findings  labels');
  for (const s of scores) {
    const low = (minP !== null && s.precision !== null && s.precision < minP) || (minR !== null && s.recall !== null && s.recall < minR);
    if (low && s.lang !== 'all') failed = true;
    console.log(
      `${s.category.padEnd(15)} ${s.lang.padEnd(4)}  ${fmt(s.precision).padStart(9)}  ${fmt(s.recall).padStart(6)}   ${`${s.matchedFindings}/${s.findings}`.padStart(8)}  ${`${s.matchedLabels}/${s.labels}`.padStart(6)}${low && s.lang !== 'all' ? '  BELOW BAR' : ''}`,
    );
  }
  if (showMisses)
    for (const m of misses) console.log(`${m.kind.padEnd(15)} ${m.id.padEnd(8)} ${m.category.padEnd(14)} ${JSON.stringify(m.text)}`);
}

if (ruleTable || args.length === 0) {
  const names = [...perRule.keys()];
  const ids = new Set<string>();
  for (const m of perRule.values()) for (const id of m.keys()) ids.add(id);
  console.log(
    `\n== per rule: findings confirmed by a label / findings, per corpus\n${'rule'.padEnd(34)}${names.map((n) => n.padStart(14)).join('')}`,
  );
  for (const id of [...ids].sort())
    console.log(
      `${id.padEnd(34)}${names
        .map((n) => {
          const r = perRule.get(n)?.get(id);
          return (r ? `${r.matched}/${r.findings}` : '–').padStart(14);
        })
        .join('')}`,
    );
}

if (behaviour) {
  const engine = new Engine(rules);
  const report = runBehaviour((text, lang, context) => engine.analyze(text, { lang, context }));
  console.log('\n== behavioural suite (tests/behaviour): pass rate per category and language');
  let passed = 0;
  let total = 0;
  for (const row of report.results) {
    passed += row.passed;
    total += row.total;
    console.log(
      `${row.category.padEnd(15)} ${row.lang.padEnd(4)}  ${(row.rate * 100).toFixed(1).padStart(6)} %  ${`${row.passed}/${row.total}`.padStart(9)}`,
    );
  }
  console.log(`${'all'.padEnd(20)}  ${((passed / total) * 100).toFixed(1).padStart(6)} %  ${`${passed}/${total}`.padStart(9)}`);
}
if (failed) process.exit(1);
