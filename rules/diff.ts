/**
 * What changes when one rule set replaces another: shown before an import is
 * applied, so a team lead sees exactly what a file will do.
 */
import type { JargonTerm, Rule, RuleSet } from './schema';

export interface RuleChange {
  id: string;
  /** Top-level fields of the rule that differ, e.g. ["severity", "match"]. */
  fields: string[];
}

export interface RuleSetDiff {
  /** Name, version, author, updated, language, description: [field, before, after]. */
  meta: Array<[field: string, before: string, after: string]>;
  added: string[];
  removed: string[];
  changed: RuleChange[];
  jargon: { added: string[]; removed: string[]; changed: string[] };
  /** Rule ids whose lock or override changed. */
  locks: string[];
  overrides: string[];
  /** Names of signals and placeholders added, removed or changed. */
  signals: string[];
  placeholders: string[];
  /** True when nothing differs. */
  same: boolean;
}

const META = ['name', 'version', 'author', 'updated', 'lang', 'description'] as const;
const eq = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function terms(rules: readonly Rule[]): Map<string, JargonTerm> {
  const out = new Map<string, JargonTerm>();
  for (const r of rules) if (r.match.type === 'jargon') for (const t of r.match.terms) out.set(t.term.toLowerCase(), t);
  return out;
}

function changedKeys(a: Readonly<Record<string, unknown>> = {}, b: Readonly<Record<string, unknown>> = {}): string[] {
  return [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((k) => !eq(a[k], b[k])).sort();
}

export function diffRuleSets(before: RuleSet | null, after: RuleSet): RuleSetDiff {
  const meta: RuleSetDiff['meta'] = [];
  for (const f of META) {
    const a = before?.[f] === undefined ? '' : String(before[f]);
    const b = after[f] === undefined ? '' : String(after[f]);
    if (a !== b) meta.push([f, a, b]);
  }
  const old = new Map((before?.rules ?? []).map((r) => [r.id, r]));
  const next = new Map(after.rules.map((r) => [r.id, r]));
  const added = [...next.keys()].filter((id) => !old.has(id));
  const removed = [...old.keys()].filter((id) => !next.has(id));
  const changed: RuleChange[] = [];
  for (const [id, r] of next) {
    const o = old.get(id);
    if (!o) continue;
    const keys = [...new Set([...Object.keys(o), ...Object.keys(r)])] as Array<keyof Rule>;
    const fields = keys
      .filter((k) => !eq(o[k], r[k]))
      .map(String)
      .sort();
    if (fields.length) changed.push({ id, fields });
  }
  const ta = terms(before?.rules ?? []);
  const tb = terms(after.rules);
  const jargon = {
    added: [...tb.keys()].filter((k) => !ta.has(k)).map((k) => tb.get(k)?.term ?? k),
    removed: [...ta.keys()].filter((k) => !tb.has(k)).map((k) => ta.get(k)?.term ?? k),
    changed: [...tb.keys()].filter((k) => ta.has(k) && !eq(ta.get(k), tb.get(k))).map((k) => tb.get(k)?.term ?? k),
  };
  const locks = changedKeys(before?.locks, after.locks);
  const overrides = changedKeys(before?.overrides, after.overrides);
  const signals = changedKeys(before?.signals, after.signals);
  const placeholders = changedKeys(before?.placeholders, after.placeholders);
  const same =
    !meta.length &&
    !added.length &&
    !removed.length &&
    !changed.length &&
    !locks.length &&
    !overrides.length &&
    !signals.length &&
    !placeholders.length;
  return { meta, added, removed, changed, jargon, locks, overrides, signals, placeholders, same };
}
