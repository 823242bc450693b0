/**
 * What makes an applied suggestion unsendable, checked on the text before
 * and after the edit: a placeholder left, a doubled word, two articles in a
 * row, the register of a Dutch draft broken, spacing or punctuation broken
 * where the edit joins the text. Used by the advice suite (tests/advice) and
 * `npm run eval:advice`. Each check counts what the edit added, so the
 * writer's own slips elsewhere in the draft are not blamed on the advice.
 */
import { applyEdit, type Edit, placeholderNames, suggestionEdit } from './apply';
import { draftRegister } from './engine/advice';
import { sampleValue } from './examples';
import { tokenize } from './text/tokenize';
import type { Finding, Lang } from './types';

export interface AdviceProblem {
  check: string;
  detail: string;
}

const count = (re: RegExp, s: string) => [...s.matchAll(re)].length;

const CHECKS: Array<[string, RegExp]> = [
  ['placeholder left', /\{[^{}]*\}|<(?:hour|day)\+\d>/g],
  // "kun je je bestanden", "dat dat", "that that", "had had" are sound.
  ['doubled word', /(?<![\p{L}\p{N}])(?!(?:je|dat|die|that|had)\s)(\p{L}{2,})\s+\1(?![\p{L}\p{N}])/giu],
  ['article clash', /(?<![\p{L}])(?:de|het|een|the|an?)\s+(?:de|het|een|the|an?)(?![\p{L}])/giu],
  ['double space', / {2,}/g],
  ['space before punctuation', /\p{L} +[,.;:!?](?!\p{L})/gu],
  ['no space after punctuation', /\p{Ll}[,;!?]\p{L}|\p{Ll}{2}\.\p{Lu}/gu],
  ['doubled punctuation', /[,;:]\s*[,;:.]|(?<!\.)\.\.(?!\.)|[.!?]\s*,/g],
  // Colons of a time (11:00) or an address (https://) are no clause colons.
  ['two colons in a sentence', /(?<!\d):(?![\d/])[^.!?\n]*(?<!\d):(?![\d/])/g],
  ['sentence starts lower-case', /[.!?]\s+\p{Ll}|^\s*\p{Ll}/gu],
];

const U = /(?<![\p{L}\p{N}'’-])(?:u|uw|uzelf)(?![\p{L}\p{N}'’-])/giu;
const JE = /(?<![\p{L}\p{N}'’-])(?:je|jij|jou|jouw|jezelf)(?![\p{L}\p{N}'’-])/giu;

/** Problems the edit brings into `before`; empty when the result is sendable as far as these checks see. */
export function checkApplied(before: string, edit: Edit, lang: Lang): AdviceProblem[] {
  const after = applyEdit(before, edit);
  // Judge the sentence(s) around the edit: from the line or sentence start before it to the end of the one after it.
  const lo = Math.max(0, before.lastIndexOf('\n', edit.start - 1) + 1, lastSentenceStart(before, edit.start));
  const hiBefore = nextSentenceEnd(before, edit.end);
  const hiAfter = hiBefore + (edit.text.length - (edit.end - edit.start));
  const was = before.slice(lo, hiBefore);
  const now = after.slice(lo, hiAfter);
  const out: AdviceProblem[] = [];
  for (const [check, re] of CHECKS) {
    if (count(re, now) > count(re, was)) out.push({ check, detail: now.trim().slice(0, 160) });
  }
  if (lang === 'nl') {
    const reg = draftRegister(tokenize(before, 0, before.length), 'nl');
    const added = (re: RegExp) => count(re, after) - count(re, before);
    if (reg === 'u' && added(JE) > 0) out.push({ check: 'register (je in a u draft)', detail: now.trim().slice(0, 160) });
    if (reg === 'je' && added(U) > 0) out.push({ check: 'register (u in a je draft)', detail: now.trim().slice(0, 160) });
  }
  return out;
}

function lastSentenceStart(text: string, at: number): number {
  for (let i = at - 1; i > 0; i--) if (/[.!?]/.test(text[i - 1] as string) && /\s/.test(text[i] as string)) return i;
  return 0;
}

function nextSentenceEnd(text: string, at: number): number {
  for (let i = at; i < text.length; i++) {
    const c = text[i] as string;
    if (c === '\n') return i;
    if (/[.!?]/.test(c) && (i + 1 >= text.length || /\s/.test(text[i + 1] as string))) return i + 1;
  }
  return text.length;
}

/** Every way the card lets the writer take this finding over: each suggestion with each pick, and leaving it out. */
export function editsOf(f: Finding, lang: Lang): Edit[] {
  const out: Edit[] = [];
  f.suggestions.forEach((s, i) => {
    const names = placeholderNames(s);
    const first = Object.fromEntries(names.map((n) => [n, f.picks?.[n]?.[0] ?? sampleValue(n, lang)]));
    const variants: Record<string, string>[] = [first];
    for (const n of names) for (const p of (f.picks?.[n] ?? []).slice(1)) variants.push({ ...first, [n]: p });
    for (const v of variants) {
      const e = suggestionEdit(f, i, v);
      if (e) out.push(e);
    }
  });
  if (f.removal) out.push(f.removal);
  return out;
}
