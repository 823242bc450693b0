/**
 * Run by cache.test.ts as `node --expose-gc --import tsx`: types in a 200 KB
 * draft (one word changed per analysis) and prints how much the heap grew
 * after garbage collection, in MB. Before the cache copied its keys, every
 * analysis kept the whole draft alive through one cached sentence.
 */
import { Engine } from '../../rules/engine/analyze';
import { BUILTIN_RULE_SETS } from '../../rules/packs';

const gc = (globalThis as { gc?: () => void }).gc as () => void;
const engine = new Engine(BUILTIN_RULE_SETS);
const sentences = Array.from(
  { length: 2000 },
  (_, i) => `Ik heb de printer op verdieping ${i} gisteren opnieuw ingesteld voor u en de rest.`,
);
let draft = sentences.join(' ');
engine.analyze(draft, { lang: 'nl' });
gc();
const before = process.memoryUsage().heapUsed;
for (let i = 0; i < 100; i++) {
  const at = draft.indexOf('printer', (i * 997) % (draft.length - 100));
  draft = `${draft.slice(0, at)}printex${draft.slice(at + 7)}`.replace('printex', `printer${i % 10}`);
  engine.analyze(draft, { lang: 'nl' });
}
gc();
console.log(((process.memoryUsage().heapUsed - before) / 1e6).toFixed(1));
