/**
 * npm run eval:advice [-- CORPUS.jsonl ...] [--show] [--max-broken 0.01]
 *
 * The advice on replies: for every finding in every corpus (default: all of
 * tests/corpus), apply every suggestion with each of its quick picks (a
 * sample value where a placeholder has none) and "leave it out", through the
 * same code path as the card's Apply (rules/apply.ts), and count the results
 * that rules/advice-check.ts finds broken. Also counts the span findings
 * whose "hears" quotes the writer's own words. `--show` prints the broken
 * results (refused for the blind sets, which are scored but not read).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { checkApplied, editsOf } from '../advice-check';
import { Engine } from '../engine/analyze';
import { parseCorpus } from '../evaluate';
import { EXAMPLE_NOW } from '../examples';
import { BUILTIN_RULE_SETS } from '../packs';

const args = process.argv.slice(2);
const files: string[] = [];
let show = false;
let maxBroken: number | null = null;
for (let i = 0; i < args.length; i++) {
  const a = args[i] as string;
  if (a === '--show') show = true;
  else if (a === '--max-broken') maxBroken = Number(args[++i]);
  else files.push(a);
}
const corpusDir = join(import.meta.dirname, '../../tests/corpus');
if (files.length === 0) for (const f of readdirSync(corpusDir).sort()) if (f.endsWith('.jsonl')) files.push(join(corpusDir, f));
if (show && files.some((f) => basename(f).startsWith('blind'))) {
  console.error('--show: the blind sets are scored, not read; name the other corpora.');
  process.exit(2);
}

/** Moments of writing: a Tuesday morning and a Friday late afternoon (computed picks change). */
const MOMENTS = [EXAMPLE_NOW, new Date(2026, 0, 9, 16, 30)];

const engine = new Engine(BUILTIN_RULE_SETS);
let applied = 0;
let broken = 0;
let spans = 0;
let quoting = 0;
const byRule = new Map<string, { applied: number; broken: number; checks: Map<string, number> }>();
for (const file of files) {
  let fileApplied = 0;
  let fileBroken = 0;
  for (const item of parseCorpus(readFileSync(file, 'utf8'))) {
    for (const now of MOMENTS) {
      const res = engine.analyze(item.text, { lang: item.lang, context: item.context, now });
      for (const f of res.findings) {
        if (now === MOMENTS[0] && f.scope === 'span') {
          spans++;
          if (f.hears.includes(f.text)) quoting++;
        }
        const r = byRule.get(f.ruleId) ?? { applied: 0, broken: 0, checks: new Map() };
        byRule.set(f.ruleId, r);
        for (const e of editsOf(f, res.lang)) {
          const problems = checkApplied(item.text, e, res.lang);
          applied++;
          fileApplied++;
          r.applied++;
          if (problems.length === 0) continue;
          broken++;
          fileBroken++;
          r.broken++;
          for (const p of problems) r.checks.set(p.check, (r.checks.get(p.check) ?? 0) + 1);
          if (show) console.log(`${item.id} ${f.ruleId}: ${problems.map((p) => p.check).join(', ')}\n    ${problems[0]?.detail}`);
        }
      }
    }
  }
  console.log(`${basename(file)}: ${fileApplied} applications, ${fileBroken} broken (${pct(fileBroken, fileApplied)})`);
}
function pct(a: number, b: number) {
  return b ? `${((100 * a) / b).toFixed(1)} %` : '–';
}
console.log('\nper rule (applications, broken, which checks):');
for (const [id, r] of [...byRule].sort((a, b) => a[0].localeCompare(b[0])))
  console.log(
    `  ${id.padEnd(34)} ${String(r.applied).padStart(5)} ${String(r.broken).padStart(4)}  ${[...r.checks].map(([c, n]) => `${c} ×${n}`).join(', ')}`,
  );
console.log(`\nall: ${applied} applications, ${broken} broken (${pct(broken, applied)})`);
console.log(`hears quotes the writer's words: ${quoting}/${spans} span findings (${pct(quoting, spans)})`);
if (maxBroken !== null && applied > 0 && broken / applied > maxBroken) process.exit(1);
