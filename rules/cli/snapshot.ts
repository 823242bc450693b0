/**
 * npx tsx rules/cli/snapshot.ts --write FILE | --check FILE
 *
 * The engine's oracle for performance work: runs `analyze` over every text of
 * tests/corpus/*.jsonl, every behavioural case, every rule example of the
 * built-in packs, generated drafts (with one-word edits, re-analysed warm, as
 * while typing) and small hostile texts, and writes every result (findings
 * with all fields, score, stats, language) as JSON lines, or compares them with
 * a file written before. Each text is analysed cold-ish (one shared engine in
 * order), warm (again, same engine) and on a second engine in reverse order:
 * all three must agree, so a cache can never change a result.
 * Exits 1 on any difference.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { behaviourCases } from '../../tests/behaviour/cases';
import { Engine } from '../engine/analyze';
import { BUILTIN_RULE_SETS } from '../packs';
import { loadHyphenation } from '../text/syllables';
import type { AnalyzeResult, Lang } from '../types';

interface Case {
  id: string;
  text: string;
  lang?: Lang;
  context?: string;
  keepOverlaps?: boolean;
}

const args = process.argv.slice(2);
const mode = args[0];
const file = args[1];
if ((mode !== '--write' && mode !== '--check') || !file) {
  console.error('usage: snapshot.ts --write FILE | --check FILE');
  process.exit(2);
}

await Promise.all([loadHyphenation('nl'), loadHyphenation('en')]);

const cases: Case[] = [];
const corpusDir = join(import.meta.dirname, '../../tests/corpus');
for (const f of readdirSync(corpusDir).sort()) {
  if (!f.endsWith('.jsonl')) continue;
  for (const line of readFileSync(join(corpusDir, f), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const item = JSON.parse(line) as { id: string; lang: Lang; text: string; context?: string };
    cases.push({ id: `${f}:${item.id}`, text: item.text, lang: item.lang, context: item.context });
    cases.push({ id: `${f}:${item.id}:detect`, text: item.text, context: item.context });
  }
}
for (const c of behaviourCases()) cases.push({ id: `behaviour:${c.id}`, text: c.text, lang: c.lang, context: c.context });
for (const set of BUILTIN_RULE_SETS)
  for (const rule of set.rules) {
    const ex = rule.examples ?? { bad: [], good: [] };
    for (const [i, b] of (ex.bad ?? []).entries()) {
      const text = typeof b === 'string' ? b : b.text;
      const context = typeof b === 'string' ? undefined : (b as { context?: string }).context;
      cases.push({ id: `example:${rule.id}:bad${i}`, text, lang: set.lang, context, keepOverlaps: true });
    }
    for (const [i, g] of (ex.good ?? []).entries()) {
      const text = typeof g === 'string' ? g : g.text;
      const context = typeof g === 'string' ? undefined : g.context;
      cases.push({ id: `example:${rule.id}:good${i}`, text, lang: set.lang, context, keepOverlaps: true });
    }
  }

// Generated drafts from the corpus texts: concatenations, then one-word edits.
let seed = 7;
const rand = () => {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed / 0x7fffffff;
};
for (const lang of ['nl', 'en'] as const) {
  const texts = cases.filter((c) => c.lang === lang && c.id.includes('.jsonl:') && !c.id.endsWith(':detect')).map((c) => c.text);
  for (let d = 0; d < 4; d++) {
    const parts: string[] = [];
    for (let i = 0; i < 40; i++) parts.push(texts[Math.floor(rand() * texts.length)] as string);
    let draft = parts.join(d % 2 ? '\n\n' : ' ');
    cases.push({ id: `draft:${lang}:${d}`, text: draft, lang });
    for (let e = 0; e < 8; e++) {
      const words = [...draft.matchAll(/\p{L}+/gu)];
      const w = words[Math.floor(rand() * words.length)] as RegExpMatchArray;
      const at = w.index as number;
      const edits = ['NIET', 'morgen', 'asap', 'gereboot', 'helaas', '!!', 'VPN', 'firewall', 'x'];
      draft = draft.slice(0, at) + (edits[e % edits.length] as string) + draft.slice(at + w[0].length);
      cases.push({ id: `draft:${lang}:${d}:edit${e}`, text: draft, lang });
    }
  }
}
// Hostile shapes, small.
const hostile: Record<string, string> = {
  dots: 'a.'.repeat(500),
  questions: '?'.repeat(1000),
  costs: '€ 12,50\n'.repeat(150),
  list: 'x 1. '.repeat(200),
  times: 'Ik bel u om 10.30. '.repeat(60),
  longword: 'a'.repeat(3000),
  punct: '(((('.repeat(100) + '!?.,;:'.repeat(100),
  caps: 'LET OP NIET DOEN. '.repeat(50),
};
for (const [name, text] of Object.entries(hostile)) {
  cases.push({ id: `hostile:${name}`, text, lang: 'nl' });
  cases.push({ id: `hostile:${name}:en`, text, lang: 'en' });
}

const run = (engine: Engine, c: Case): AnalyzeResult =>
  engine.analyze(c.text, { lang: c.lang, context: c.context, keepOverlaps: c.keepOverlaps });

const a = new Engine(BUILTIN_RULE_SETS);
const b = new Engine(BUILTIN_RULE_SETS);
const reverse = new Map<string, string>();
for (const c of [...cases].reverse()) reverse.set(c.id, JSON.stringify(run(b, c)));
const lines: string[] = [];
let disagree = 0;
for (const c of cases) {
  const first = JSON.stringify(run(a, c));
  const again = JSON.stringify(run(a, c));
  if (first !== again || first !== reverse.get(c.id)) {
    disagree++;
    if (disagree <= 5) console.error(`${c.id}: results differ between cold, warm and reverse-order runs`);
  }
  lines.push(JSON.stringify({ id: c.id, result: JSON.parse(first) }));
}
if (disagree) console.error(`${disagree} cases differ between runs of the same engine`);

if (mode === '--write') {
  writeFileSync(file, `${lines.join('\n')}\n`);
  console.log(`${cases.length} cases written to ${file}`);
  process.exit(disagree ? 1 : 0);
}
const old = readFileSync(file, 'utf8').trim().split('\n');
let diffs = 0;
if (old.length !== lines.length) console.error(`case count: ${old.length} before, ${lines.length} now`);
for (let i = 0; i < Math.max(old.length, lines.length); i++) {
  if (old[i] === lines[i]) continue;
  diffs++;
  if (diffs <= 5) {
    const id = lines[i] ? (JSON.parse(lines[i] as string) as { id: string }).id : '?';
    console.error(`differs: ${id}\n  before: ${(old[i] ?? '').slice(0, 400)}\n  now:    ${(lines[i] ?? '').slice(0, 400)}`);
  }
}
console.log(`${lines.length} cases, ${diffs} differ from ${file}, ${disagree} differ between runs`);
process.exit(diffs || disagree ? 1 : 0);
