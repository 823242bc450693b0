import { own } from './own';

/** Placeholders in suggestions: `{tijdstip}`, `{time}`, `{naam}` — the specifics only the writer knows. */
const PLACEHOLDER = /\{([^{}]+)\}/g;

export function placeholderNames(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1] as string))];
}

/** Fills placeholders with the writer's values; unknown ones stay as they are. */
export function fillPlaceholders(text: string, values: Readonly<Record<string, string>>): string {
  return text.replace(PLACEHOLDER, (all, name: string) => own(values, name)?.trim() || all).trim();
}
