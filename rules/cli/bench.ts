/**
 * npm run bench — speed of the engine in node with all built-in packs loaded.
 * Prints median and p95 of analyze() for 300-, 5,000- and 50,000-word replies
 * (nl, en), cold (every sentence new to the cache), warm (same text again) and
 * one word changed (as while typing), next to two floor passes over the same
 * text (a regex word scan; split + lower-case + Map lookup) and the ratios;
 * then the cost of 5,000 extra jargon terms, the compile time, and the
 * engine's bundle size.
 */
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { builtinCost, MAX_COMPILED_COST } from '../budget';
import { Engine } from '../engine/analyze';
import { BUILTIN_RULE_SETS } from '../packs';
import type { RuleSet } from '../schema';
import { loadHyphenation } from '../text/syllables';
import type { Lang } from '../types';

const SENTENCES: Record<Lang, string[]> = {
  nl: [
    'Beste {naam}, we gaan ermee aan de slag.',
    'Uw AD-account stond op slot na {n} foute inlogpogingen.',
    'Ik heb het vrijgegeven en u kunt weer inloggen.',
    'De VPN-verbinding valt weg door een verlopen certificaat.',
    'Nee, dat kan niet.',
    'Zoals ik al eerder zei moet u de laptop {n} keer opnieuw opstarten.',
    'Uw verzoek is doorgezet naar de juiste afdeling.',
    'Ik bel u vandaag om {n}:30 terug en kijk dan met u mee.',
    'Het kost ca. {n} euro, bijv. voor een nieuwe oplader.',
    'Er wordt naar gekeken door het team van {naam}.',
    'Vervelend dat de printer op de {n}e verdieping niet werkt.',
    'Klik NIET op de link in die mail!!',
  ],
  en: [
    'Hi {naam}, we will look into it.',
    'Your AD account was locked after {n} failed logins.',
    'I have unlocked it, so you can sign in again.',
    'The VPN tunnel drops because a certificate expired.',
    "No, that's not possible.",
    'As I already said, you need to restart the laptop {n} times.',
    'Your request has been forwarded to the right team.',
    "I'll call you today at {n}:30 and look at it with you.",
    "I'm sorry the printer on floor {n} isn't working.",
    'It will be looked at shortly by {naam}.',
    'Do NOT click the link in that email!!',
    'Just simply clear the cache of your browser.',
  ],
};
const NAMES = ['Anja', 'Bas', 'Sanne', 'Piet', 'Fatima', 'Kees', 'Noor', 'Tom'];

let seed = 42;
const rand = () => {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed / 0x7fffffff;
};

function reply(lang: Lang, words: number, variant: number): string {
  const out: string[] = [];
  let count = 0;
  while (count < words) {
    const s = (SENTENCES[lang][Math.floor(rand() * SENTENCES[lang].length)] as string)
      .replace('{naam}', NAMES[Math.floor(rand() * NAMES.length)] as string)
      .replace('{n}', String(variant * 1000 + count))
      // Every sentence of a cold run is new to the cache: a run-specific reference number.
      .replace(/([.!?]+)$/, variant > 0 ? ` (ref ${variant}-${count})$1` : '$1');
    out.push(s);
    count += s.split(/\s+/).length;
    if (rand() < 0.25) out.push('\n\n');
  }
  return out.join(' ');
}

function stats(samples: number[]): { median: number; p95: number } {
  const s = [...samples].sort((a, b) => a - b);
  return { median: s[Math.floor(s.length / 2)] as number, p95: s[Math.min(s.length - 1, Math.floor(s.length * 0.95))] as number };
}

function time(fn: () => void): number {
  const t = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t) / 1e6;
}

function extraJargon(lang: Lang, n: number): RuleSet {
  const terms = Array.from({ length: n }, (_, i) => ({ term: `Term${i}x${(i * 7919) % 1000}`, plain: `plain words ${i}` }));
  return {
    id: `bench-${lang}`,
    name: 'Bench jargon',
    version: 1,
    lang,
    signals: {},
    placeholders: {},
    rules: [
      {
        id: `bench.${lang}.jargon`,
        category: 'jargon',
        severity: 'warning',
        enabled: true,
        match: { type: 'jargon', terms },
        message: '{term}',
        hears: '{term}',
        suggestions: [],
        examples: { bad: [], good: [] },
      },
    ],
  };
}

function run(engine: Engine, lang: Lang, words: number, runs: number, warm: boolean) {
  const samples: number[] = [];
  const fixed = reply(lang, words, 0);
  engine.analyze(fixed, { lang });
  for (let i = 0; i < runs; i++) {
    const text = warm ? fixed : reply(lang, words, i + 1);
    samples.push(time(() => engine.analyze(text, { lang })));
  }
  return stats(samples);
}

/**
 * Typing: one word changed in a draft already analysed (a different word each
 * run, so the changed sentence is always new to the cache).
 */
function runEdit(engine: Engine, lang: Lang, words: number, runs: number) {
  const samples: number[] = [];
  const fixed = reply(lang, words, 0);
  const spots = [...fixed.matchAll(/\p{L}{3,}/gu)];
  engine.analyze(fixed, { lang });
  for (let i = 0; i < runs; i++) {
    const w = spots[Math.floor(rand() * spots.length)] as RegExpMatchArray;
    const at = w.index as number;
    const text = `${fixed.slice(0, at)}${w[0]}x${i}${fixed.slice(at + w[0].length)}`;
    samples.push(time(() => engine.analyze(text, { lang })));
  }
  return stats(samples);
}

/** The floor: what any pass over the text costs at least. Both results are used, so nothing is optimised away. */
const WORD = /[\p{L}\p{N}]+/gu;
let sink = 0;
function floorRegex(text: string): void {
  let n = 0;
  WORD.lastIndex = 0;
  while (WORD.exec(text)) n++;
  sink += n;
}
const LEXICON = new Map<string, number>(
  ['vpn', 'account', 'printer', 'cache', 'laptop', 'certificaat', 'certificate'].map((w, i) => [w, i]),
);
function floorSplit(text: string): void {
  let n = 0;
  for (const w of text.split(/\s+/)) if (LEXICON.has(w.toLowerCase())) n++;
  sink += n;
}
function runFloor(fn: (text: string) => void, lang: Lang, words: number, runs: number) {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const text = reply(lang, words, i + 1);
    samples.push(time(() => fn(text)));
  }
  return stats(samples);
}

const fmt = (n: number) => `${n.toFixed(3)} ms`.padStart(11);
await Promise.all([loadHyphenation('nl'), loadHyphenation('en')]);
const compile = stats(Array.from({ length: 20 }, () => time(() => new Engine(BUILTIN_RULE_SETS))));
console.log(`compile built-in packs: median ${fmt(compile.median)}, p95 ${fmt(compile.p95)}`);
console.log(
  `compile budget: built-in packs cost ${builtinCost().toLocaleString('en')} of ${MAX_COMPILED_COST.toLocaleString('en')} units (rules/budget.ts; a set over what is left is refused)`,
);
console.log('\nanalyze() (the engine the page runs)  median         p95   target   floor: regex   split+Map   ×regex  ×split');
type Kind = 'cold' | 'warm' | 'edit';
const rows: Array<[string, Lang, number, Kind, number | null]> = [];
for (const lang of ['nl', 'en'] as const)
  for (const [words, kinds] of [
    [
      300,
      [
        ['cold', 0.5],
        ['warm', null],
        ['edit', null],
      ],
    ],
    [
      5000,
      [
        ['cold', 3],
        ['warm', null],
        ['edit', 1],
      ],
    ],
    [50000, [['edit', 3]]],
  ] as Array<[number, Array<[Kind, number | null]>]>)
    for (const [kind, target] of kinds)
      rows.push([`${lang} ${words} words ${kind === 'edit' ? 'one word changed' : kind}`, lang, words, kind, target]);
const base = new Engine(BUILTIN_RULE_SETS);
const results = new Map<string, number>();
const floors = new Map<string, [number, number]>();
for (const [label, lang, words, kind, target] of rows) {
  const runs = words > 20000 ? 20 : words > 1000 ? 40 : 200;
  const r = kind === 'edit' ? runEdit(base, lang, words, runs) : run(base, lang, words, runs, kind === 'warm');
  results.set(label, r.median);
  let floor = floors.get(`${lang}${words}`);
  if (!floor)
    floors.set(
      `${lang}${words}`,
      (floor = [runFloor(floorRegex, lang, words, runs).median, runFloor(floorSplit, lang, words, runs).median]),
    );
  const verdict = target === null ? '        ' : `≤ ${target} ${r.median <= target ? 'ok' : 'MISSED'}`.padEnd(8);
  console.log(
    `${label.padEnd(36)}${fmt(r.median)} ${fmt(r.p95)}   ${verdict} ${fmt(floor[0])} ${fmt(floor[1])}  ${(r.median / floor[0]).toFixed(1).padStart(6)} ${(r.median / floor[1]).toFixed(1).padStart(6)}`,
  );
}
if (sink < 0) console.log(sink);
console.log('(floor: one regex word scan, and split + lower-case + Map lookup, over the same text; × = Helder / floor)');
console.log('\nwith 5,000 extra jargon terms  median         p95   ratio (≤ 1.5)');
for (const lang of ['nl', 'en'] as const) {
  const big = new Engine([...BUILTIN_RULE_SETS, extraJargon(lang, 5000)]);
  for (const words of [300, 5000]) {
    const r = run(big, lang, words, words > 1000 ? 40 : 200, false);
    const ratio = r.median / (results.get(`${lang} ${words} words cold`) as number);
    console.log(
      `${`${lang} ${words} words cold`.padEnd(28)}${fmt(r.median)} ${fmt(r.p95)}   ${ratio.toFixed(2)} ${ratio <= 1.5 ? 'ok' : 'MISSED'}`,
    );
  }
}

const bundle = await build({
  entryPoints: [new URL('../index.ts', import.meta.url).pathname],
  bundle: true,
  minify: true,
  format: 'esm',
  write: false,
  platform: 'browser',
  external: ['hyphen/*'],
  logLevel: 'silent',
});
const size = (bytes: Uint8Array) => `${(bytes.length / 1024).toFixed(1)} KB raw, ${(gzipSync(bytes).length / 1024).toFixed(1)} KB gzipped`;
const engineOnly = await build({
  entryPoints: [new URL('../engine/analyze.ts', import.meta.url).pathname],
  bundle: true,
  minify: true,
  format: 'esm',
  write: false,
  platform: 'browser',
  external: ['hyphen/*'],
  logLevel: 'silent',
});
console.log('\nbundle size (esbuild, minified)');
console.log(`engine (analyze, no packs):   ${size(engineOnly.outputFiles[0]!.contents)}`);
console.log(`rules/index.ts (engine + schema + both packs): ${size(bundle.outputFiles[0]!.contents)}`);
for (const [name, entry] of [
  ['hyphen/nl (lazy)', 'hyphen/nl'],
  ['hyphen/en-us (lazy)', 'hyphen/en-us'],
] as const) {
  const b = await build({
    stdin: { contents: `export * from '${entry}'; export { default } from '${entry}';`, resolveDir: process.cwd() },
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    logLevel: 'silent',
  }).catch(() =>
    build({
      stdin: { contents: `export * from '${entry}';`, resolveDir: process.cwd() },
      bundle: true,
      minify: true,
      format: 'esm',
      write: false,
      logLevel: 'silent',
    }),
  );
  console.log(`${name}: ${size(b.outputFiles[0]!.contents)}`);
}
