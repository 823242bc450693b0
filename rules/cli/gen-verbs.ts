/**
 * npm run gen:verbs — writes rules/text/en-verbs.json, the English verb forms
 * the engine matches for `+lemma` tokens and knows as past participles, from
 * compromise's conjugation (the English NLP library does what a hand table
 * would do worse). The engine reads the JSON, so the page and the command line
 * match the same forms without loading compromise at run time;
 * tests/unit/morph.test.ts checks the file is what compromise gives today.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import nlp from 'compromise';

/** Verbs whose irregular forms matter beyond the packs' own lemmas (passives: sent, done, taken …). */
export const BASE_VERBS = [
  'be',
  'have',
  'do',
  'go',
  'get',
  'give',
  'take',
  'make',
  'say',
  'tell',
  'know',
  'think',
  'see',
  'come',
  'find',
  'send',
  'read',
  'write',
  'keep',
  'put',
  'set',
  'let',
  'run',
  'leave',
  'fall',
  'break',
  'forget',
  'understand',
  'hear',
  'feel',
  'lose',
  'catch',
  'buy',
  'bring',
  'shut',
  'hold',
  'begin',
  'choose',
  'show',
  'reset',
  'cut',
  'pay',
  'sell',
  'build',
  'upset',
  'teach',
  'seek',
  'deal',
  'mean',
  'spend',
  'lend',
  'rebuild',
  'forward',
  'hand',
  'pass',
  'raise',
  'assign',
  'log',
  'refer',
  'queue',
  'schedule',
  'register',
  'flag',
  'transfer',
  'route',
  'submit',
  'pick',
  'look',
  'review',
  'investigate',
  'process',
  'handle',
  'sort',
  'fix',
  'replace',
  'restore',
  'provide',
  'contact',
  'deliver',
  'escalate',
];

/** Every `+lemma` the English pack names. */
export function packLemmas(root: string): string[] {
  const text = readFileSync(join(root, 'rules/packs/en.json'), 'utf8');
  return [...new Set([...text.matchAll(/\+([a-z][a-z'-]*)/g)].map((m) => m[1] as string))];
}

/** compromise's forms of a verb as [infinitive, present, past, gerund, participle]; the participle is the past where compromise has none. */
export function conjugate(verb: string): string[] {
  const doc = nlp(verb).tag('Verb') as unknown as { verbs(): { conjugate(): Array<Record<string, string>> } };
  const c = doc.verbs().conjugate()[0];
  const word = (f: string | undefined, fallback: string) => (typeof f === 'string' && /^[a-z'-]+$/.test(f) ? f : fallback);
  const past = word(c?.PastTense, verb);
  return [verb, word(c?.PresentTense, verb), past, word(c?.Gerund, verb), word(c?.Participle, past)];
}

export function verbTable(root: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const v of [...new Set([...BASE_VERBS, ...packLemmas(root)])].sort()) out[v] = conjugate(v);
  return out;
}

if (process.argv[1]?.endsWith('gen-verbs.ts')) {
  const root = join(import.meta.dirname, '../..');
  const table = verbTable(root);
  writeFileSync(join(root, 'rules/text/en-verbs.json'), `${JSON.stringify(table, null, 2)}\n`);
  console.log(`rules/text/en-verbs.json: ${Object.keys(table).length} verbs`);
}
