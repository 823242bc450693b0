/**
 * Detection quality against a labelled corpus, exactly as TAXONOMY.md defines
 * it: per category (and language), precision = matched findings / findings,
 * recall = matched labels / labels, over the whole corpus. A predicted span
 * matches a label when the categories are equal and the character ranges
 * overlap; message categories count once per item. long-sentence,
 * readability and tip are never scored.
 */
import { Engine } from './engine/analyze';
import type { RuleSet } from './schema';
import { type Category, type Finding, type Lang, SCORED_CATEGORIES } from './types';

export interface CorpusItem {
  id: string;
  lang: Lang;
  text: string;
  context?: string;
  labels?: Array<{ category: string; quote: string; occurrence?: number }>;
  message_labels?: string[];
}

export interface Counts {
  findings: number;
  matchedFindings: number;
  labels: number;
  matchedLabels: number;
}

export interface CategoryScore extends Counts {
  category: Category;
  lang: Lang | 'all';
  precision: number | null;
  recall: number | null;
}

export interface Miss {
  id: string;
  kind: 'false-positive' | 'false-negative';
  category: string;
  text: string;
}

/** Per rule: how many findings it raised in scored categories, and how many of them a label confirms. */
export interface RuleScore {
  ruleId: string;
  category: string;
  lang: Lang;
  findings: number;
  matched: number;
}

export interface Evaluation {
  scores: CategoryScore[];
  misses: Miss[];
  rules: RuleScore[];
}

const MESSAGE = new Set<string>(['no-empathy']);

function labelRange(text: string, quote: string, occurrence = 1): [number, number] | null {
  let at = -1;
  for (let i = 0; i < occurrence; i++) {
    at = text.indexOf(quote, at + 1);
    if (at < 0) return null;
  }
  return [at, at + quote.length];
}

export function evaluate(items: readonly CorpusItem[], ruleSets: readonly RuleSet[]): Evaluation {
  const engine = new Engine(ruleSets);
  const counts = new Map<string, Counts>();
  const misses: Miss[] = [];
  const byRule = new Map<string, RuleScore>();
  const ruleHit = (f: Finding, lang: Lang, ok: boolean) => {
    let r = byRule.get(f.ruleId);
    if (!r) byRule.set(f.ruleId, (r = { ruleId: f.ruleId, category: f.category, lang, findings: 0, matched: 0 }));
    r.findings++;
    if (ok) r.matched++;
  };
  const bump = (cat: string, lang: string, k: keyof Counts, n = 1) => {
    for (const key of [`${cat}|${lang}`, `${cat}|all`]) {
      const c = counts.get(key) ?? { findings: 0, matchedFindings: 0, labels: 0, matchedLabels: 0 };
      c[k] += n;
      counts.set(key, c);
    }
  };
  for (const item of items) {
    const findings = engine
      .analyze(item.text, { lang: item.lang, context: item.context })
      .findings.filter((f) => (SCORED_CATEGORIES as readonly string[]).includes(f.category));
    const spanLabels = (item.labels ?? []).map((l) => ({ ...l, range: labelRange(item.text, l.quote, l.occurrence) }));
    const overlap = (f: Finding, r: [number, number] | null) => r !== null && f.start < r[1] && r[0] < f.end;
    for (const f of findings) {
      if (MESSAGE.has(f.category)) continue;
      bump(f.category, item.lang, 'findings');
      const ok = spanLabels.some((l) => l.category === f.category && overlap(f, l.range));
      ruleHit(f, item.lang, ok);
      if (ok) bump(f.category, item.lang, 'matchedFindings');
      else misses.push({ id: item.id, kind: 'false-positive', category: f.category, text: f.text });
    }
    for (const l of spanLabels) {
      bump(l.category, item.lang, 'labels');
      if (findings.some((f) => f.category === l.category && overlap(f, l.range))) bump(l.category, item.lang, 'matchedLabels');
      else misses.push({ id: item.id, kind: 'false-negative', category: l.category, text: l.quote });
    }
    const raised = new Set<string>(findings.filter((f) => MESSAGE.has(f.category)).map((f) => f.category));
    const expected = new Set(item.message_labels ?? []);
    // A message category counts once per reply; its first rule is credited.
    for (const cat of raised) {
      const f = findings.find((x) => x.category === cat) as Finding;
      ruleHit(f, item.lang, expected.has(cat));
    }
    for (const cat of raised) {
      bump(cat, item.lang, 'findings');
      if (expected.has(cat)) bump(cat, item.lang, 'matchedFindings');
      else misses.push({ id: item.id, kind: 'false-positive', category: cat, text: '(message)' });
    }
    for (const cat of expected) {
      bump(cat, item.lang, 'labels');
      if (raised.has(cat)) bump(cat, item.lang, 'matchedLabels');
      else misses.push({ id: item.id, kind: 'false-negative', category: cat, text: '(message)' });
    }
  }
  const scores: CategoryScore[] = [];
  for (const category of SCORED_CATEGORIES)
    for (const lang of ['nl', 'en', 'all'] as const) {
      const c = counts.get(`${category}|${lang}`) ?? { findings: 0, matchedFindings: 0, labels: 0, matchedLabels: 0 };
      scores.push({
        category,
        lang,
        ...c,
        precision: c.findings ? c.matchedFindings / c.findings : null,
        recall: c.labels ? c.matchedLabels / c.labels : null,
      });
    }
  return { scores, misses, rules: [...byRule.values()].sort((a, b) => a.ruleId.localeCompare(b.ruleId)) };
}

export function parseCorpus(jsonl: string): CorpusItem[] {
  return jsonl
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l, i) => {
      try {
        return JSON.parse(l) as CorpusItem;
      } catch (e) {
        throw new Error(`line ${i + 1}: not valid JSON (${(e as Error).message})`);
      }
    });
}
