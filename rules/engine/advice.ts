/**
 * Advice that fits the draft it goes into: the register (u/je) of a Dutch
 * draft, quick picks computed for the moment of writing, a "leave it out"
 * fix that keeps the sentence whole, and where a message-level sentence goes.
 * Pure functions over text; no DOM.
 */
import type { Edit } from '../apply';
import type { Token } from '../text/tokenize';
import type { Lang } from '../types';

/** How a Dutch draft addresses the reader; null for English or when it does not say. */
export type Register = 'u' | 'je' | null;

const U_WORDS = new Set(['u', 'uw', 'uzelf', 'uwe']);
const JE_WORDS = new Set(['je', 'jij', 'jou', 'jouw', 'jezelf', 'jullie', 'jouwe']);

/**
 * The register a draft uses, by majority of its forms of address. Counted
 * over the draft's own words (the quoted customer message is not the writer's).
 */
export function draftRegister(tokens: Iterable<Token>, lang: Lang): Register {
  if (lang !== 'nl') return null;
  const [u, je] = addressCounts(tokens);
  return registerOf(u, je);
}

/** How often a text says u/uw and je/jij/jouw/jullie (counted once per sentence by the engine). */
export function addressCounts(tokens: Iterable<Token>): [number, number] {
  let u = 0;
  let je = 0;
  for (const t of tokens) {
    if (U_WORDS.has(t.key)) u++;
    else if (JE_WORDS.has(t.key)) je++;
  }
  return [u, je];
}

export function registerOf(u: number, je: number): Register {
  if (u === 0 && je === 0) return null;
  return je > u ? 'je' : 'u';
}

/**
 * `{u:kunt u|je:kun je}` in a suggestion or quick pick: the form for the
 * draft's register. A draft that does not say is addressed with "u", the
 * safe default for a helpdesk writing to a customer.
 */
const REGISTER_ALT = /\{u:([^{}|]*)\|je:([^{}|]*)\}/g;

export function resolveRegister(text: string, register: Register): string {
  if (!text.includes('{u:')) return text;
  return text.replace(REGISTER_ALT, (_all, u: string, je: string) => (register === 'je' ? je : u));
}

/**
 * A plain explanation written with "u" (a lexicon's default), turned to "je"
 * for a draft that uses "je". Explanations are short noun phrases and
 * clauses; the few inverted verb forms they use are listed.
 */
const TO_JE: Array<[RegExp, string]> = [
  [/\bheeft u\b/g, 'heb je'],
  [/\bhebt u\b/g, 'heb je'],
  [/\bkunt u\b/g, 'kun je'],
  [/\bwilt u\b/g, 'wil je'],
  [/\bbent u\b/g, 'ben je'],
  [/\bwordt u\b/g, 'word je'],
  [/\bzult u\b/g, 'zul je'],
  [/\bu heeft\b/g, 'je hebt'],
  [/\bU heeft\b/g, 'Je hebt'],
  [/\buzelf\b/g, 'jezelf'],
  [/\b[uU]w\b/g, 'je'],
  [/(^|[^\p{L}\p{N}'’-])u(?![\p{L}\p{N}'’-])/gu, '$1je'],
  [/(^|[^\p{L}\p{N}'’-])U(?![\p{L}\p{N}'’-])/gu, '$1Je'],
];

export function plainForRegister(plain: string, register: Register): string {
  if (register !== 'je' || !/\b[uU]w?\b|\buzelf\b/.test(plain)) return plain;
  let out = plain;
  for (const [re, to] of TO_JE) out = out.replace(re, to);
  return out;
}

// --- Quick picks computed for the moment of writing ---------------------------

const WEEKDAYS: Record<Lang, string[]> = {
  nl: ['zondag', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag'],
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
};
/** Working hours a promise "today" can still be kept in. */
const LAST_HOUR = 17;
const FIRST_HOUR = 9;

function nextWorkday(d: Date, n: number): Date {
  const out = new Date(d.getTime());
  let left = n;
  while (left > 0) {
    out.setDate(out.getDate() + 1);
    const wd = out.getDay();
    if (wd !== 0 && wd !== 6) left--;
  }
  return out;
}

function hourText(h: number, lang: Lang): string {
  if (lang === 'nl') return `${String(h).padStart(2, '0')}:00`;
  if (h === 12) return 'noon';
  return h < 12 ? `${h} am` : `${h - 12} pm`;
}

/** "morgen" / "maandag"; "tomorrow" / "on Monday". */
function dayText(now: Date, n: number, lang: Lang): string {
  const day = nextWorkday(now, n);
  const tomorrow = new Date(now.getTime());
  tomorrow.setDate(tomorrow.getDate() + 1);
  if (day.toDateString() === tomorrow.toDateString()) return lang === 'nl' ? 'morgen' : 'tomorrow';
  const name = WEEKDAYS[lang][day.getDay()] as string;
  return lang === 'nl' ? name : `on ${name}`;
}

/**
 * A quick pick with computed parts, for the moment of writing:
 * `<hour+N>` the full hour at least N hours from now (the pick is dropped
 * when that is past working hours, or today is no working day), `<day+N>`
 * the N-th next working day ("morgen", "maandag"; "tomorrow", "on Monday").
 * Returns null when the pick does not apply now.
 */
export function computePick(pick: string, lang: Lang, now: Date): string | null {
  if (!pick.includes('<')) return pick;
  let ok = true;
  const out = pick.replace(/<(hour|day)\+(\d)>/g, (_all, kind: string, n: string) => {
    const k = Number(n);
    if (kind === 'day') return dayText(now, Math.max(1, k), lang);
    const wd = now.getDay();
    const h = now.getHours() + k + (now.getMinutes() > 0 ? 1 : 0);
    if (wd === 0 || wd === 6 || h > LAST_HOUR || h < FIRST_HOUR + 1) ok = false;
    return hourText(Math.min(h, 23), lang);
  });
  return ok ? out : null;
}

// --- Leaving words out --------------------------------------------------------

const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * Leaving the words [start, end) out so the sentence stays whole, or null
 * when that would break it. Takes the comma that sets the words off, or one
 * space, with them, and capitalises what then starts the sentence:
 * - the whole sentence: "Dat weet toch iedereen." goes, with the space after it;
 * - "Zoals ik al zei, de laptop…" → "De laptop…"; "…, dat is echt basis." → "….";
 * - "Je moet gewoon even …" → "Je moet even …": at most `maxWords` words from
 *   inside a clause, since more would take its verb or its frame along.
 */
export function removalEdit(text: string, start: number, end: number, sentence: { start: number; end: number }, maxWords = 2): Edit | null {
  const atStart = text.slice(sentence.start, start).trim() === '';
  const rest = text.slice(end, sentence.end);
  if (atStart && /^[\s.!?…]*$/.test(rest)) {
    // The whole sentence, and the space that separated it from the next one.
    let b = sentence.end;
    while (b < text.length && (text[b] === ' ' || text[b] === '\t')) b++;
    if (sentence.start === 0 && b >= text.length) return null;
    return { start: sentence.start, end: b, text: '' };
  }
  let a = start;
  let b = end;
  const after = /^\s*,\s*/.exec(text.slice(b, b + 8));
  const before = /,\s*$/.exec(text.slice(Math.max(sentence.start, a - 8), a));
  if (after && (atStart || before)) {
    // Fronted ("Zoals ik al zei, de …") or set off on both sides ("…, zoals gezegd, de …"): one comma stays.
    if (atStart) b += after[0].length;
    else a -= (before as RegExpExecArray)[0].length;
  } else if (before && /^\s*(?:[.!?;:]|$)/.test(text.slice(b, b + 2))) {
    a -= before[0].length;
  } else {
    if (text.slice(start, end).split(/\s+/).filter(Boolean).length > maxWords) return null;
    const next = text.slice(b, b + 1);
    const prev = text.slice(a - 1, a);
    if (next === ' ' && (prev === ' ' || a === sentence.start)) b += 1;
    else if (prev === ' ' && !WORD_CHAR.test(next)) a -= 1;
    else return null;
  }
  if (atStart) {
    while (b < text.length && text[b] === ' ') b++;
    const first = text.slice(b, b + 1);
    if (!WORD_CHAR.test(first)) return null;
    return { start: a, end: b + 1, text: first.toLocaleUpperCase() };
  }
  return { start: a, end: b, text: '' };
}

/**
 * Leaving out only some words of a match (the belittling "gewoon" of "je
 * moet gewoon even"): one edit from the first to the last of them, the words
 * between kept. `words` are [start, end) offsets, in order.
 */
export function dropWordsEdit(
  text: string,
  words: ReadonlyArray<readonly [number, number]>,
  sentence: { start: number; end: number },
): Edit | null {
  if (words.length === 0) return null;
  const edits: Edit[] = [];
  for (const [a, b] of words) {
    const e = removalEdit(text, a, b, sentence, 1);
    if (!e) return null;
    edits.push(e);
  }
  const first = edits[0] as Edit;
  const last = edits[edits.length - 1] as Edit;
  let out = '';
  let at = first.start;
  for (const e of edits) {
    if (e.start < at) return null;
    out += text.slice(at, e.start) + e.text;
    at = e.end;
  }
  return { start: first.start, end: last.end, text: out };
}

// --- Where a message-level sentence goes --------------------------------------

/**
 * Where a sentence for the whole message goes, and how it is joined: after a
 * greeting on its own line, at the start of the first body line (a sentence
 * of its own: "Vervelend dat … . De printer …"); with no greeting, before the
 * text; when the body goes on on the greeting's line ("Hoi Anna, de printer
 * …"), after that first sentence.
 */
export function insertionPoint(text: string, greeting = GREETING): { at: number; before: string; after: string } {
  const g = greeting.exec(text);
  if (g) {
    let at = g[0].length;
    while (at < text.length && /\s/.test(text[at] as string)) at++;
    return { at, before: '', after: at < text.length ? ' ' : '' };
  }
  const inline = GREETING_INLINE.exec(text);
  if (inline) {
    const rest = text.slice(inline[0].length);
    const end = /[.!?](?=\s|$)/.exec(rest);
    if (end) return { at: inline[0].length + end.index + 1, before: ' ', after: '' };
  }
  let at = 0;
  while (at < text.length && /\s/.test(text[at] as string)) at++;
  return { at, before: '', after: at < text.length ? ' ' : '' };
}

/** Words a greeting starts with, in both languages. */
const GREETING_WORDS =
  'beste|hoi|hallo|hey|hee|dag|goedemorgen|goedemiddag|goedenavond|geachte|lieve|best|hi|hello|dear|good (?:morning|afternoon|evening)';
/** A greeting on a line of its own ("Beste Anna,"). */
const GREETING = new RegExp(`^\\s*(?:${GREETING_WORDS})\\b[^\\n]*\\n`, 'iu');
/** A greeting the body goes on after, on the same line ("Hoi Anna, de printer …"). */
const GREETING_INLINE = new RegExp(`^\\s*(?:${GREETING_WORDS})\\b[^\\n,]{0,60},[ \\t]+(?=\\S)`, 'iu');
