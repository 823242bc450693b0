/**
 * npm run eval -- CORPUS.jsonl [--rules team.json ...] [--misses] [--min-precision 0.95 --min-recall 0.90]
 * Prints per-category, per-language precision and recall (TAXONOMY.md).
 * With --min-*, exits 1 when any figure with data is below the bar.
 */
import { readFileSync } from 'node:fs';
import { evaluate, parseCorpus } from '../evaluate';
import { BUILTIN_RULE_SETS } from '../packs';
import { formatProblems, parseRuleSet, type RuleSet } from '../schema';
import { loadHyphenation } from '../text/syllables';

const args = process.argv.slice(2);
const files: string[] = [];
const rules: RuleSet[] = [...BUILTIN_RULE_SETS];
let showMisses = false;
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
  else if (a === '--min-precision') minP = Number(args[++i]);
  else if (a === '--min-recall') minR = Number(args[++i]);
  else files.push(a);
}
if (files.length === 0) {
  console.error('usage: npm run eval -- CORPUS.jsonl [--rules FILE] [--misses] [--min-precision P --min-recall R]');
  process.exit(2);
}
await Promise.all([loadHyphenation('nl'), loadHyphenation('en')]);
const items = files.flatMap((f) => parseCorpus(readFileSync(f, 'utf8')));
const { scores, misses } = evaluate(items, rules);
const fmt = (n: number | null) => (n === null ? '   –' : n.toFixed(2));
console.log(
  `items: ${items.length} (${items.filter((i) => i.lang === 'nl').length} nl, ${items.filter((i) => i.lang === 'en').length} en)`,
);
console.log('category        lang  precision  recall   findings  labels');
let failed = false;
for (const s of scores) {
  const low = (minP !== null && s.precision !== null && s.precision < minP) || (minR !== null && s.recall !== null && s.recall < minR);
  if (low && s.lang !== 'all') failed = true;
  console.log(
    `${s.category.padEnd(15)} ${s.lang.padEnd(4)}  ${fmt(s.precision).padStart(9)}  ${fmt(s.recall).padStart(6)}   ${`${s.matchedFindings}/${s.findings}`.padStart(8)}  ${`${s.matchedLabels}/${s.labels}`.padStart(6)}${low && s.lang !== 'all' ? '  BELOW BAR' : ''}`,
  );
}
if (showMisses)
  for (const m of misses) console.log(`${m.kind.padEnd(15)} ${m.id.padEnd(8)} ${m.category.padEnd(14)} ${JSON.stringify(m.text)}`);
if (failed) process.exit(1);
