/**
 * Validation never throws (issue 14, item 2's "validation never throws", the
 * part outside the engine): hostile sets — deeply nested groups in patterns,
 * signals, variants and conditions, deeply nested JSON, names such as
 * `__proto__` and `constructor`, arbitrary JSON — either validate or come
 * back as problems worded in both languages, through every entry point the
 * extension and the CLI use. Before the fix nested groups threw "Maximum call
 * stack size exceeded" out of parseRuleSet.
 */
import { fakeBrowser } from '@webext-core/fake-browser';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseRuleSet, problemText, validateRuleSet } from '@/rules';
import { teamSet } from './fixtures';

(globalThis as { chrome?: unknown }).chrome = fakeBrowser;
const { checkRuleSet } = await import('@/utils/rulesets');

const nested = (depth: number, open: string, close: string) => `${open.repeat(depth)}a${close.repeat(depth)}`;
const hostilePattern = fc.oneof(
  fc.integer({ min: 1, max: 30000 }).map((d) => nested(d, '(', ')')),
  fc.integer({ min: 1, max: 30000 }).map((d) => nested(d, '[', ']')),
  fc.integer({ min: 1, max: 5000 }).map((d) => nested(d, '(a|', ')')),
  fc.string({ unit: fc.constantFrom('(', ')', '[', ']', '|', '~', '..', '*', '<num>', '=', 'a', ' '), maxLength: 400 }),
);
const name = fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty', 'moment', 'a.b');

/** A set with hostile content in one of the places a pattern or a name can go. */
const hostileSet = fc.tuple(hostilePattern, name, fc.integer({ min: 0, max: 4 })).map(([p, n, where]) => {
  const base = teamSet(1) as Record<string, unknown> & { rules: Array<Record<string, unknown>> };
  const rule = base.rules[0] as Record<string, unknown>;
  switch (where) {
    case 0:
      return { ...base, rules: [{ ...rule, match: { type: 'phrases', patterns: [p] } }] };
    case 1:
      return { ...base, signals: { [n]: [p] }, rules: [{ ...rule, unless: [{ signal: n }] }] };
    case 2:
      return { ...base, rules: [{ ...rule, match: { type: 'jargon', terms: [{ term: 'VPN', plain: 'x', variants: [p] }] } }] };
    case 3:
      return { ...base, rules: [{ ...rule, unless: [{ patterns: [p] }] }], placeholders: { [n]: ['x'] }, locks: { [n]: 'on' } };
    default:
      return { ...base, overrides: { [n]: { enabled: false } }, rules: [{ ...rule, id: n }] };
  }
});

function expectAnswer(res: ReturnType<typeof validateRuleSet>) {
  if (res.ok) return;
  expect(res.problems.length).toBeGreaterThan(0);
  for (const p of res.problems) {
    expect(problemText(p.code, p.params, 'en')).toBeTruthy();
    expect(problemText(p.code, p.params, 'nl')).toBeTruthy();
  }
}

describe('validation never throws', () => {
  it('on hostile sets, through parse, validate and the layer check', () => {
    fc.assert(
      fc.property(hostileSet, (set) => {
        const text = JSON.stringify(set);
        for (const res of [parseRuleSet(text), validateRuleSet(set), checkRuleSet(set, 'team'), checkRuleSet(text, 'personal', [])])
          expectAnswer(res);
      }),
      { numRuns: 60 },
    );
  });

  it('on arbitrary and deeply nested JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => {
        expectAnswer(validateRuleSet(value));
        expectAnswer(checkRuleSet(JSON.stringify(value) ?? 'null', 'team'));
      }),
      { numRuns: 200 },
    );
    for (const deep of [`${'['.repeat(100000)}${']'.repeat(100000)}`, `${'{"a":'.repeat(50000)}1${'}'.repeat(50000)}`]) {
      expectAnswer(parseRuleSet(deep));
      expectAnswer(checkRuleSet(deep, 'team'));
    }
  });
});
