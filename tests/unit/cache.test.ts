/**
 * The per-sentence cache holds bounded memory whatever the drafts (issue 14,
 * item 6; issue 15, item 2): it keeps what the current draft contains, drops
 * what no draft uses any more, stays warm past its old 4,000-entry cliff, and
 * keeps no copy of a whole draft alive.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Engine } from '../../rules/engine/analyze';
import { CACHE_MAX_CHARS, CACHE_MAX_ENTRIES, detach, SentenceCache } from '../../rules/engine/cache';
import { BUILTIN_RULE_SETS } from '../../rules/packs';
import { splitSentences } from '../../rules/text/sentences';

const draft = (tag: string, n: number) =>
  Array.from({ length: n }, (_, i) => `We kijken vandaag naar ticket ${tag}-${i} en bellen u terug.`).join(' ');
const distinct = (text: string) => new Set(splitSentences(text).map((r) => text.slice(r.start, r.end))).size;

describe('SentenceCache', () => {
  it('never holds more than its limits, and keeps what the running analysis uses', () => {
    const c = new SentenceCache<number>(10, 100);
    c.begin();
    for (let i = 0; i < 50; i++) c.set(`sentence ${i}`, i);
    expect(c.size).toBeLessThanOrEqual(10);
    expect(c.cachedChars).toBeLessThanOrEqual(100);
    c.end();
    c.begin();
    expect(c.get('sentence 0')).toBe(0);
    for (let i = 100; i < 150; i++) c.set(`sentence ${i}`, i);
    expect(c.get('sentence 0')).toBe(0);
    expect(c.size).toBeLessThanOrEqual(10);
  });
  it('drops after an analysis what neither it nor the one before used', () => {
    const c = new SentenceCache<number>();
    c.begin();
    c.set('a', 1);
    c.set('b', 2);
    c.end();
    c.begin();
    c.get('a');
    c.end();
    expect([...c.keys()].sort()).toEqual(['a', 'b']);
    c.begin();
    c.get('a');
    c.end();
    expect([...c.keys()]).toEqual(['a']);
  });
  it('detach copies the text', () => {
    const big = 'x'.repeat(1000);
    expect(detach(big.slice(10, 40))).toBe(big.slice(10, 40));
  });
});

describe('the engine cache', () => {
  it('holds the current draft only, within its limits, over many drafts', () => {
    const engine = new Engine(BUILTIN_RULE_SETS);
    let prev = 0;
    for (let d = 0; d < 12; d++) {
      const text = draft(`d${d}`, 1000);
      engine.analyze(text, { lang: 'nl' });
      const s = engine.cacheStats();
      expect(s.entries).toBeLessThanOrEqual(CACHE_MAX_ENTRIES);
      expect(s.chars).toBeLessThanOrEqual(CACHE_MAX_CHARS);
      // This draft's sentences and the previous one's, nothing older.
      expect(s.entries).toBe(distinct(text) + prev);
      prev = distinct(text);
    }
    const last = draft('d11', 1000);
    engine.analyze(last, { lang: 'nl' });
    expect(engine.cacheStats().entries).toBe(distinct(last));
  });
  it('stays warm on a draft of 6,000 sentences (past the old 4,000-entry limit): one word changed computes one sentence', () => {
    const engine = new Engine(BUILTIN_RULE_SETS);
    const text = draft('big', 6000);
    engine.analyze(text, { lang: 'nl' });
    const before = engine.cacheStats().misses;
    engine.analyze(text.replace('big-3000 ', 'big-3000x '), { lang: 'nl' });
    expect(engine.cacheStats().misses - before).toBe(1);
  });
  it('keeps no copy of the draft alive: 100 edits of a 200 KB draft grow the heap by less than 8 MB', { timeout: 120_000 }, () => {
    const script = fileURLToPath(new URL('../security/retain-draft.ts', import.meta.url));
    const out = execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', script], { encoding: 'utf8' });
    expect(Number(out.trim())).toBeLessThan(8);
  });
});
