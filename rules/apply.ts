/**
 * Taking over a suggestion: the one code path from a finding, a suggestion
 * (or "leave it out") and the writer's values to the edit of the draft. The
 * in-page card, the review, the popup, the command line and the advice suite
 * all go through here, so they apply exactly the same text.
 */
import type { Finding } from './types';

export interface Edit {
  /** UTF-16 offsets into the analysed text: replace text[start, end) with `text`. */
  start: number;
  end: number;
  text: string;
}

/** Placeholders in suggestions: `{wanneer}`, `{time}`, `{naam collega}`: the specifics only the writer knows. */
const PLACEHOLDER = /\{([^{}]+)\}/g;

export function placeholderNames(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1] as string))];
}

/**
 * Fills placeholders with the writer's values (own entries only, trimmed);
 * unknown or empty ones stay as they are. The template's own leading and
 * trailing spaces stay: they join a message-level sentence to the text.
 */
export function fillPlaceholders(text: string, values: Readonly<Record<string, string>>): string {
  return text.replace(PLACEHOLDER, (all, name: string) => (Object.hasOwn(values, name) ? values[name]?.trim() : '') || all);
}

/** The edit that suggestion `index` of a finding makes with these values. */
export function suggestionEdit(f: Finding, index: number, values: Readonly<Record<string, string>>): Edit | null {
  const s = f.suggestions[index];
  if (s === undefined) return null;
  return takeOverEdit(f, fillPlaceholders(s, values), false, index);
}

/**
 * The edit of taking over a finding: suggestion `index` as the writer filled
 * it in (`text`), in the range that suggestion replaces, or, with `remove`,
 * the finding's own "leave it out" edit (null when it has none).
 */
export function takeOverEdit(f: Finding, text: string, remove = false, index = 0): Edit | null {
  if (remove) return f.removal ?? null;
  const [start, end] = f.ranges?.[index] ?? [f.replaceStart, f.replaceEnd];
  return { start, end, text };
}

export function applyEdit(text: string, edit: Edit): string {
  return text.slice(0, edit.start) + edit.text + text.slice(edit.end);
}

/** Each placeholder's first quick pick, or `fallback(name)` when there is none. */
export function firstPicks(f: Finding, index: number, fallback: (name: string) => string): Record<string, string> {
  const out: Record<string, string> = Object.create(null);
  for (const name of placeholderNames(f.suggestions[index] ?? ''))
    out[name] = (Object.hasOwn(f.picks ?? {}, name) ? f.picks?.[name]?.[0] : undefined) ?? fallback(name);
  return out;
}
