/**
 * A budget for what all rule sets together compile to (issue 14, item 2).
 * Before it, the per-pattern limit (4,096 variants, 16 words) was the only
 * one: sets that passed validation froze the mail page for 10–62 s at load
 * (many patterns with gaps and globs; 1,500 and 4,000 patterns with many
 * optional groups, 1.9 and 4.1 GB of heap), and validating them took seconds
 * itself, as every pattern was expanded.
 *
 * Now such a set is refused at validation — the CLI's, the options page's
 * (import, editor save), the subscription's — with a message in the writer's
 * language naming the rules that cost most, the last good set stays, and
 * refusing stops counting at the budget instead of expanding the whole set.
 * The built-in packs and a 50,000-term jargon set fit with room to spare.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fakeBrowser } from '@webext-core/fake-browser';
import fc from 'fast-check';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { parseRuleSet, problemText, type RuleSet, validateRuleSet } from '@/rules';
import { budgetRefusal, builtinCost, estimateCost, MAX_COMPILED_COST } from '@/rules/budget';
import { Engine } from '@/rules/engine/analyze';
import { teamSet } from './fixtures';

(globalThis as { chrome?: unknown }).chrome = fakeBrowser;
type Handler = (m: { data: unknown }) => Promise<Record<string, unknown>>;
const handlers: Record<string, Handler> = {};
vi.mock('@/utils/messaging', () => ({
  onMessage: (name: string, fn: Handler) => {
    handlers[name] = fn;
  },
}));
const { checkRuleSet, saveRuleSet } = await import('@/utils/rulesets');
const { subscriptionItem, teamRuleSetItem } = await import('@/utils/settings');
const background = (await import('@/entrypoints/background')).default as unknown as { main(): void };
background.main();

/** Four letters from a number, distinct for every i below 26^4 (aaaa, baaa, …). */
const letters = (i: number) => Array.from({ length: 4 }, (_, k) => String.fromCharCode(97 + (Math.floor(i / 26 ** k) % 26))).join('');

/** A team set with the patterns spread over rules of 500 patterns (the schema's limit is 2,000 a rule). */
function phrasesSet(patterns: string[], id = 'team.hostile') {
  const rules = [];
  for (let i = 0; i < patterns.length; i += 500)
    rules.push({
      id: `${id}.r${i / 500}`,
      category: 'tip',
      severity: 'info',
      match: { type: 'phrases', patterns: patterns.slice(i, i + 500) },
      message: 'Let op.',
      hears: 'Iets.',
    });
  return { id, name: 'Hostile', version: 9, lang: 'nl', rules };
}

/** Many patterns with gaps and globs: alternatives of globs multiply into variants no word set can merge. */
const gapsAndGlobs = (n: number) =>
  phrasesSet(
    Array.from(
      { length: n },
      (_, i) =>
        `(${letters(i)}*|*${letters(i + 1)}|ge*${letters(i + 2)}) .. (*${letters(i + 3)}|${letters(i + 4)}*) ... ${letters(i + 5)}* .. (*${letters(i + 6)}|${letters(i + 7)}*|~ ${letters(i + 8)}*)`,
    ),
  );
/** Plain patterns that each start with their own glob: every word of every text runs them all. */
const rootGlobs = (n: number) => phrasesSet(Array.from({ length: n }, (_, i) => `${letters(i)}* .. *${letters(i + 7)}`));
/** Patterns with twelve optional groups: 4,096 variants each, the most one pattern may have. */
const optionalGroups = (n: number) =>
  phrasesSet(Array.from({ length: n }, (_, i) => `woord${letters(i)} [a] [b|c] [d e] [f] [g] [h] [i] [j] [k] [l] [m] [n]`));

/** `n` jargon terms, one and two words, in rules of 20,000 terms (the schema's limit a rule). */
function jargonSet(n: number) {
  return {
    id: 'team.jargon',
    name: 'Vaktermen',
    version: 1,
    lang: 'nl',
    rules: Array.from({ length: Math.ceil(n / 20000) }, (_, r) => ({
      id: `team.jargon.${r}`,
      category: 'jargon',
      severity: 'info',
      message: 'Leg het uit.',
      hears: 'Vakjargon.',
      match: {
        type: 'jargon',
        terms: Array.from({ length: Math.min(20000, n - r * 20000) }, (_, i) => ({
          term: `vakterm${r}x${i}${i % 3 ? ' protocol' : ''}`,
          plain: 'uitleg',
        })),
      },
    })),
  };
}

function timed<T>(fn: () => T): { value: T; ms: number } {
  const t0 = performance.now();
  const value = fn();
  return { value, ms: performance.now() - t0 };
}

/**
 * The set is refused over the budget, with the rules that cost most named in both languages. On a machine so
 * loaded that counting to the budget takes longer than MAX_COMPILE_MS, the refusal is for the time instead.
 */
function expectRefused(res: ReturnType<typeof validateRuleSet>, costliest: string) {
  expect(res.ok).toBe(false);
  if (res.ok) return;
  expect(res.problems).toHaveLength(1);
  const p = res.problems[0] as (typeof res.problems)[number];
  expect(['overBudget', 'compileTooSlow']).toContain(p.code);
  expect(p.path).toMatch(/^\$\.rules\[\d+\]$/);
  const en = problemText(p.code, p.params, 'en');
  const nl = problemText(p.code, p.params, 'nl');
  expect(en).toMatch(/too large to compile|takes too long to compile/);
  expect(nl).toMatch(/te groot om te compileren|duurt te lang/);
  for (const text of [en, nl, p.message]) expect(text).toContain(costliest);
}

beforeEach(async () => {
  await fakeBrowser.storage.local.clear();
});

describe('hostile sets are refused at validation, quickly', () => {
  it.each([
    ['2,000 patterns with gaps and globs', () => gapsAndGlobs(2000)],
    ['2,000 patterns each starting with its own glob', () => rootGlobs(2000)],
    ['1,500 patterns with many optional groups', () => optionalGroups(1500)],
    ['4,000 patterns with many optional groups', () => optionalGroups(4000)],
  ])('%s', (_name, make) => {
    const set = make();
    const text = JSON.stringify(set);
    for (const check of [() => parseRuleSet(text), () => validateRuleSet(set), () => checkRuleSet(text, 'team')]) {
      const { value, ms } = timed(check);
      expectRefused(value, 'team.hostile.r0');
      // Counting stops at the budget: about 0.2 s (more while other test files run), where validating the
      // 1,500- and 4,000-pattern sets took 10 and 22 s before (every pattern expanded).
      expect(ms).toBeLessThan(2500);
    }
  });

  it('names the rules that cost most, costliest first, and points at it', () => {
    const set = optionalGroups(300);
    const cheap = {
      ...(set.rules[0] as (typeof set.rules)[number]),
      id: 'team.cheap',
      match: { type: 'phrases', patterns: ['zo snel mogelijk'] },
    };
    const res = validateRuleSet({ ...set, rules: [cheap, ...set.rules] });
    expectRefused(res, 'team.hostile.r0 (');
    if (!res.ok) {
      expect(res.problems[0]?.path).toBe('$.rules[1]');
      expect(String(res.problems[0]?.params.top).indexOf('team.hostile.r0')).toBe(0);
    }
  });

  it('stops at the compile-time limit too, whatever the size', () => {
    let clock = 0;
    const cost = estimateCost(optionalGroups(2), MAX_COMPILED_COST, () => (clock += 5000));
    expect(cost).toMatchObject({ stopped: true, slow: true });
    const refusal = budgetRefusal(optionalGroups(2), 0, () => (clock += 5000));
    expect(refusal?.code).toBe('compileTooSlow');
    expect(problemText('compileTooSlow', refusal?.params, 'nl')).toContain('duurt te lang');
  });

  it('never throws while estimating, whatever the input', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 5 }), (value) => {
        const cost = estimateCost(value);
        expect(cost.total).toBeGreaterThanOrEqual(0);
        const withRules = estimateCost({ lang: 'en', classes: value, signals: value, rules: [value, { match: value }] });
        expect(withRules.total).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 200 },
    );
  });
});

describe('generated sets: refused quickly, or within the budget and quick to compile', () => {
  /** Patterns of a word or a glob, then globs (with gaps or not) and optional words: up to 4,096 variants each. */
  const shape = fc.record({
    n: fc.oneof(fc.integer({ min: 1, max: 100 }), fc.integer({ min: 1000, max: 3000 })),
    optional: fc.integer({ min: 0, max: 10 }),
    globs: fc.integer({ min: 0, max: 2 }),
    rootGlob: fc.boolean(),
    gaps: fc.boolean(),
  });
  it('holds for every shape', () => {
    const seen = { accepted: 0, overBudget: 0, other: 0 };
    fc.assert(
      fc.property(shape, ({ n, optional, globs, rootGlob, gaps }) => {
        const patterns = Array.from({ length: n }, (_, i) => {
          const parts = [rootGlob ? `${letters(i)}*` : `woord${letters(i)}`];
          for (let k = 0; k < globs; k++) parts.push(`${gaps ? '.. ' : ''}(*${letters(i + k + 1)}|${letters(i + k + 2)}*)`);
          for (let k = 0; k < optional; k++) parts.push(`[${String.fromCharCode(97 + k)}${letters(k)}]`);
          return parts.join(' ');
        });
        const set = phrasesSet(patterns);
        const { value: res, ms } = timed(() => validateRuleSet(set));
        expect(ms).toBeLessThan(2500);
        if (!res.ok) {
          // Over the budget, or over the per-pattern limit (4,096 variants, 16 words) already.
          const codes = new Set(res.problems.map((p) => (p.code === 'badPattern' ? `${p.code}:${p.params.reason}` : p.code)));
          for (const code of codes)
            expect(['overBudget', 'compileTooSlow', 'badPattern:tooManyVariants', 'badPattern:tooManyWords']).toContain(code);
          if (codes.has('overBudget')) seen.overBudget++;
          else seen.other++;
          return;
        }
        expect(builtinCost() + estimateCost(set).total).toBeLessThanOrEqual(MAX_COMPILED_COST);
        expect(timed(() => new Engine([res.ruleSet])).ms).toBeLessThan(3000);
        seen.accepted++;
      }),
      { numRuns: 30, seed: 14 },
    );
    // Both sides were tried.
    expect(seen.accepted).toBeGreaterThan(0);
    expect(seen.overBudget).toBeGreaterThan(0);
  });
});

describe('the budget is for all layers together', () => {
  it('refuses a personal set that fits alone but not next to the team set; alone it is accepted', () => {
    // About 480,000 units each: either fits next to the built-in packs, both together do not.
    const team = validateRuleSet(optionalGroups(13));
    expect(team.ok ? [] : team.problems).toEqual([]);
    const personal = { ...optionalGroups(13), id: 'mine', rules: optionalGroups(13).rules.map((r) => ({ ...r, id: `mine.${r.id}` })) };
    expect(checkRuleSet(personal, 'personal').ok).toBe(true);
    const res = checkRuleSet(personal, 'personal', [(team as { ruleSet: RuleSet }).ruleSet]);
    expectRefused(res, 'mine.team.hostile.r0');
  });

  it('keeps the last good set when an editor save or a subscription update is over the budget', async () => {
    expect((await saveRuleSet('team', teamSet(7), 'editor')).ok).toBe(true);
    const refused = await saveRuleSet('team', optionalGroups(1500), 'editor');
    expect(refused.ok ? [] : refused.problems.map((p) => p.code)).toEqual([expect.stringMatching(/^(overBudget|compileTooSlow)$/)]);
    expect((await teamRuleSetItem.getValue())?.ruleSet.version).toBe(7);

    const body = { text: JSON.stringify(teamSet(7)) };
    vi.stubGlobal('fetch', async () => new Response(body.text, { status: 200 }));
    const url = 'https://rules.example.org/team.json';
    expect(await (handlers.subscribe as Handler)({ data: { url } })).toMatchObject({ ok: true, version: '7' });
    body.text = JSON.stringify(gapsAndGlobs(2000));
    const res = await (handlers.refreshSubscription as Handler)({ data: undefined });
    expect(res).toMatchObject({ ok: false, errorKind: 'invalid' });
    expect((res.problems as Array<{ code: string }>).map((p) => p.code)).toEqual([expect.stringMatching(/^(overBudget|compileTooSlow)$/)]);
    expect((await subscriptionItem.getValue())?.problems?.[0]?.code).toMatch(/^(overBudget|compileTooSlow)$/);
    expect((await teamRuleSetItem.getValue())?.ruleSet.version).toBe(7);
    vi.unstubAllGlobals();
  });
});

describe('realistic sets fit with room to spare', () => {
  it('the built-in packs take at most a fifth of the budget', () => {
    expect(builtinCost()).toBeGreaterThan(0);
    expect(builtinCost() * 5).toBeLessThan(MAX_COMPILED_COST);
  });

  it('a 50,000-term jargon set is accepted, also next to a personal set of the same size, and compiles', () => {
    const set = jargonSet(50000);
    const { value: res, ms } = timed(() => validateRuleSet(set));
    expect(res.ok ? [] : res.problems).toEqual([]);
    expect(ms).toBeLessThan(5000);
    // Next to the built-in packs and another 50,000 terms: still within the budget, with a third of it to spare.
    expect(budgetRefusal(set, builtinCost() + estimateCost(jargonSet(50000)).total)).toBeNull();
    expect(builtinCost() + 2 * estimateCost(set).total).toBeLessThan(MAX_COMPILED_COST * 0.65);
    // The layer check only stops it at the 1 MB limit on what is saved (issue 15 raises that limit), never at the budget.
    const layered = checkRuleSet(set, 'team');
    expect(layered.ok ? [] : layered.problems.map((p) => p.code)).not.toContain('overBudget');
    const engine = new Engine([(res as { ruleSet: RuleSet }).ruleSet]);
    expect(engine.analyze('De vakterm0x0 staat uit.', { lang: 'nl' }).findings.map((f) => f.ruleId)).toEqual(['team.jargon.0']);
  });
});

describe('the command line', () => {
  const dir = mkdtempSync(join(tmpdir(), 'helder-budget-'));
  const file = (name: string, content: unknown) => {
    const p = join(dir, name);
    writeFileSync(p, JSON.stringify(content));
    return p;
  };
  const helder = (args: string[], input: string) => {
    const r = spawnSync(process.execPath, [join(__dirname, '../../rules/cli/helder.mjs'), ...args], { input, encoding: 'utf8' });
    return { code: r.status, all: r.stdout + r.stderr };
  };

  it('refuses a hostile set with exit 2 and the costliest rules named', () => {
    const r = helder(['check', '--rules', file('hostile.json', optionalGroups(4000))], 'Ik kijk ernaar.');
    expect(r.code).toBe(2);
    expect(r.all).toContain('too large to compile');
    expect(r.all).toContain('team.hostile.r0');
  });

  it('refuses sets that fit alone but not together, like the extension', () => {
    const personal = { ...optionalGroups(13), id: 'mine', rules: optionalGroups(13).rules.map((r) => ({ ...r, id: `mine.${r.id}` })) };
    const a = file('a.json', optionalGroups(13));
    const b = file('b.json', personal);
    expect(helder(['check', '--rules', a], 'Ik kijk ernaar.').code).toBe(0);
    expect(helder(['check', '--rules', b], 'Ik kijk ernaar.').code).toBe(0);
    const both = helder(['check', '--rules', a, '--rules', b], 'Ik kijk ernaar.');
    expect(both.code).toBe(2);
    expect(both.all).toContain('together with the sets before it');
    expect(both.all).toContain('mine.team.hostile.r0');
  });
});
