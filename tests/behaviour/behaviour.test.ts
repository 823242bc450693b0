/**
 * Behaviour suite (CheckList-style) for the built-in rule packs.
 *
 *   npx vitest run --config tests/behaviour/vitest.config.ts
 *
 * The bar per category × language is BEHAVIOUR_MIN (default 0.95).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { Engine } from '../../rules/engine/analyze';
import { BUILTIN_RULE_SETS } from '../../rules/packs';
import { type BehaviourCase, behaviourCases, MESSAGE_CATEGORIES, SCORED_CATEGORIES } from './cases';
import { type BehaviourReport, formatFailure, runBehaviour } from './run';

const MIN = Number(process.env.BEHAVIOUR_MIN ?? 0.95);
const LANGS = ['nl', 'en'] as const;
const cases = behaviourCases();

describe('behaviour cases are well-formed', () => {
  it('has at least 1,500 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(1500);
  });

  it('has unique ids', () => {
    const seen = new Set<string>();
    const dup: string[] = [];
    for (const c of cases) {
      if (seen.has(c.id)) dup.push(c.id);
      seen.add(c.id);
    }
    expect(dup).toEqual([]);
  });

  it('has well-formed fields, and every quote occurs in its text', () => {
    const bad = (c: BehaviourCase): string | null => {
      if (!(SCORED_CATEGORIES as readonly string[]).includes(c.category)) return 'unknown category';
      if (!['nl', 'en'].includes(c.lang)) return 'unknown lang';
      if (!['MFT', 'INV', 'DIR'].includes(c.kind)) return 'unknown kind';
      if (!['flag', 'clean'].includes(c.expect)) return 'unknown expect';
      if (c.text.trim() === '') return 'empty text';
      if (c.quote !== undefined && !c.text.includes(c.quote)) return `quote "${c.quote}" not in text`;
      if (c.expect === 'flag' && !MESSAGE_CATEGORIES.includes(c.category) && !c.quote) return 'flag case without quote';
      return null;
    };
    const problems = cases.flatMap((c) => {
      const p = bad(c);
      return p ? [`${c.id}: ${p}`] : [];
    });
    expect(problems).toEqual([]);
  });

  it('pairs every DIR case: a base and an edit with opposite verdicts', () => {
    const byPrefix = new Map<string, BehaviourCase[]>();
    for (const c of cases.filter((x) => x.kind === 'DIR')) {
      const prefix = c.id.replace(/-(base|edit)$/, '');
      byPrefix.set(prefix, [...(byPrefix.get(prefix) ?? []), c]);
    }
    const broken = [...byPrefix].filter(([, cs]) => {
      const base = cs.find((c) => c.id.endsWith('-base'));
      const edit = cs.find((c) => c.id.endsWith('-edit'));
      return cs.length !== 2 || !base || !edit || base.expect === edit.expect || base.category !== edit.category;
    });
    expect(broken.map(([p]) => p)).toEqual([]);
  });

  it('has at least 60 cases per scored category per language, with flag and clean cases of every kind', () => {
    const short: string[] = [];
    for (const category of SCORED_CATEGORIES)
      for (const lang of LANGS) {
        const own = cases.filter((c) => c.category === category && c.lang === lang);
        if (own.length < 60) short.push(`${category}/${lang}: ${own.length} cases`);
        for (const kind of ['MFT', 'INV', 'DIR'] as const)
          for (const expect of ['flag', 'clean'] as const)
            if (!own.some((c) => c.kind === kind && c.expect === expect)) short.push(`${category}/${lang}: no ${kind} ${expect} case`);
      }
    expect(short).toEqual([]);
  });
});

describe(`behaviour pass rate per category × language ≥ ${MIN}`, () => {
  let report: BehaviourReport;

  beforeAll(async () => {
    const engine = new Engine(BUILTIN_RULE_SETS);
    report = runBehaviour((text, lang, context) => engine.analyze(text, { lang, context }), cases);
  });

  for (const category of SCORED_CATEGORIES)
    for (const lang of LANGS)
      it(`${category} (${lang})`, () => {
        const r = report.results.find((x) => x.category === category && x.lang === lang);
        expect(r, `no results for ${category}/${lang}`).toBeDefined();
        if (!r) return;
        const failures = report.failures.filter((f) => f.category === category && f.lang === lang);
        const message = `${category}/${lang}: ${r.passed}/${r.total} passed (${(100 * r.rate).toFixed(1)}%), ${failures.length} failing:\n${failures.map(formatFailure).join('\n')}`;
        expect(r.rate, message).toBeGreaterThanOrEqual(MIN);
      });
});
