import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILTIN_RULE_SETS, CATEGORIES, validateRuleSet } from '@/rules';
import { evaluate, parseCorpus } from '@/rules/evaluate';
import { runExamples } from '@/rules/examples';

describe.each(BUILTIN_RULE_SETS.map((s) => [s.id, s] as const))('built-in pack %s', (_id, raw) => {
  const res = validateRuleSet(raw);

  it('is a valid rule set', () => {
    expect(res.ok ? [] : res.problems).toEqual([]);
  });

  it('covers every category', () => {
    expect(new Set(raw.rules.map((r) => r.category))).toEqual(new Set(CATEGORIES));
  });

  it('has examples for every rule, and they all pass', async () => {
    if (!res.ok) return;
    for (const rule of res.ruleSet.rules) {
      expect(rule.examples.bad.length, rule.id).toBeGreaterThanOrEqual(2);
      expect(rule.examples.good.length, rule.id).toBeGreaterThanOrEqual(2);
    }
    const failures = runExamples(res.ruleSet)
      .filter((r) => !r.ok)
      .map((r) => `${r.ruleId} ${r.kind} ${r.index + 1}: ${r.reason}`);
    expect(failures).toEqual([]);
  });
});

// Quality gate on the dev corpus (TAXONOMY.md scoring): the build fails when any category in
// either language drops below precision 0.95 or recall 0.90.
describe('detection quality on the dev corpus', () => {
  const BAR = { precision: 0.95, recall: 0.9 };
  it('reaches precision 0.95 and recall 0.90 in every category and language', () => {
    const items = parseCorpus(readFileSync(join(__dirname, '../corpus/dev.jsonl'), 'utf8'));
    const { scores } = evaluate(items, BUILTIN_RULE_SETS);
    const below: string[] = [];
    for (const s of scores) {
      if (s.lang === 'all') continue;
      const floor = BAR;
      if (s.precision !== null && s.precision < floor.precision)
        below.push(`${s.category}/${s.lang} precision ${s.precision.toFixed(2)} < ${floor.precision}`);
      if (s.recall !== null && s.recall < floor.recall)
        below.push(`${s.category}/${s.lang} recall ${s.recall.toFixed(2)} < ${floor.recall}`);
    }
    expect(below).toEqual([]);
  });
});
