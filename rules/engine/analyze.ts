/**
 * The engine: compiles rule sets once into one word automaton per language,
 * then analyses text sentence by sentence. Work per sentence (tokens, pattern
 * matches, signals, NLP) is cached by the sentence's text, so re-analysing a
 * draft after a keystroke only redoes the sentence that changed.
 */
import { englishNlp, type SentenceNlp } from '../nlp/english';
import type { Condition, Rule, RuleSet } from '../schema';
import { detectLang } from '../text/lang';
import { type Sentence, splitSentences } from '../text/sentences';
import { countSyllables } from '../text/syllables';
import { isAllCaps, type Token, tokenize } from '../text/tokenize';
import type { AnalyzeResult, Category, Finding, Lang, TextStats } from '../types';
import { SEVERITY_RANK } from '../types';
import { isExplainedInPlace } from './explain';
import { type RawMatch, Trie } from './matcher';
import { compilePattern } from './pattern';
import { scoreFindings } from './score';

export interface AnalyzeOptions {
  /** Language of the text; detected from the text when omitted. */
  lang?: Lang;
  /** The customer's message being answered (quoted text), read by message rules such as no-empathy. */
  context?: string;
  ruleSets: readonly RuleSet[];
  /**
   * Keep findings that overlap within a category (normally merged: the
   * earliest, longest wins). Used by rule examples, which judge one rule alone.
   */
  keepOverlaps?: boolean;
}

type CondScope = NonNullable<Condition['in']>;
interface CompiledCond {
  signals: number[];
  scope: CondScope | undefined;
  /** Categories of span findings that make the condition hold. */
  findings?: readonly string[];
}
interface CompiledRule {
  rule: Rule;
  set: RuleSet;
  unless: CompiledCond[];
  when: CompiledCond[];
}
type Ref = { rule: number; term?: number } | { signal: number };

interface SentenceData {
  tokens: Token[];
  matches: RawMatch[];
  signals: Set<number>;
  nlp?: SentenceNlp;
}

const NLP_DATE = 'nlp:date';
const CACHE_LIMIT = 4000;

/** Rules and automaton for one language. */
class LangEngine {
  readonly trie = new Trie();
  readonly rules: CompiledRule[] = [];
  readonly refs: Ref[] = [];
  readonly signalIds = new Map<string, number>();
  /** Rules with a condition on the nlp:date signal. */
  readonly dateRules = new Set<number>();
  /** All-caps jargon terms: acronyms, never shouting. */
  readonly acronyms = new Set<string>();
  private cache = new Map<string, SentenceData>();

  constructor(
    readonly lang: Lang,
    sets: readonly RuleSet[],
  ) {
    for (const set of sets) {
      const named = new Map<string, number>();
      for (const [name, patterns] of Object.entries(set.signals ?? {})) {
        const id = this.signalId(`${set.id}/${name}`);
        named.set(name, id);
        for (const p of patterns) this.addPattern(p, { signal: id });
      }
      for (const rule of set.rules) {
        if (rule.enabled === false) continue;
        const index = this.rules.length;
        const conds = (list: Condition[] | undefined, kind: string) =>
          (list ?? []).map((c, j) => {
            const signals: number[] = [];
            if (c.signal)
              signals.push(
                c.signal.startsWith('nlp:') ? this.signalId(c.signal) : (named.get(c.signal) ?? this.signalId(`${set.id}/${c.signal}`)),
              );
            if (c.patterns?.length) {
              const id = this.signalId(`${set.id}/${rule.id}/${kind}${j}`);
              for (const p of c.patterns) this.addPattern(p, { signal: id });
              signals.push(id);
            }
            return { signals, scope: c.in, findings: c.findings };
          });
        this.rules.push({ rule, set, unless: conds(rule.unless, 'unless'), when: conds(rule.when, 'when') });
        if ([...(rule.unless ?? []), ...(rule.when ?? [])].some((c) => c.signal === NLP_DATE)) this.dateRules.add(index);
        const m = rule.match;
        if (m.type === 'phrases') for (const p of m.patterns) this.addPattern(p, { rule: index });
        else if (m.type === 'jargon')
          m.terms.forEach((term, t) => {
            const words = tokenize(term.term);
            if (words.length > 0) {
              const seq = words.map((w) => (term.caseSensitive ? { t: 'exact' as const, v: w.raw } : { t: 'lit' as const, v: w.key }));
              this.trie.add(seq, this.ref({ rule: index, term: t }));
            }
            if (isAllCaps(term.term)) this.acronyms.add(term.term);
            for (const v of term.variants ?? []) this.addPattern(v, { rule: index, term: t });
          });
      }
    }
  }

  private signalId(name: string): number {
    let id = this.signalIds.get(name);
    if (id === undefined) this.signalIds.set(name, (id = this.signalIds.size));
    return id;
  }

  private ref(r: Ref): number {
    this.refs.push(r);
    return this.refs.length - 1;
  }

  private addPattern(src: string, r: Ref): void {
    const id = this.ref(r);
    for (const seq of compilePattern(src)) this.trie.add(seq, id);
  }

  sentence(text: string): SentenceData {
    const useNlp = this.lang === 'en' && englishNlp() !== null;
    const key = useNlp ? `\u0001${text}` : text;
    const hit = this.cache.get(key);
    if (hit) {
      // Refresh LRU position.
      this.cache.delete(key);
      this.cache.set(key, hit);
      return hit;
    }
    const tokens = tokenize(text);
    const matches: RawMatch[] = [];
    this.trie.matchAll(tokens, 0, tokens.length, matches);
    const signals = new Set<number>();
    const ruleMatches: RawMatch[] = [];
    for (const m of matches) {
      const r = this.refs[m.ref] as Ref;
      if ('signal' in r) signals.add(r.signal);
      else ruleMatches.push(m);
    }
    const data: SentenceData = { tokens, matches: ruleMatches, signals };
    // compromise is the slow part: ask it only about sentences where its answer can matter — a
    // passive needs "be/been/being" (see englishPassive), and the nlp:date signal is only read for
    // matches of rules that have a condition on it.
    const needsDate = ruleMatches.some((m) => this.dateRules.has((this.refs[m.ref] as { rule: number }).rule));
    if (useNlp && (needsDate || tokens.some((t) => t.key === 'be' || t.key === 'been' || t.key === 'being'))) {
      const nlp = (englishNlp() as NonNullable<ReturnType<typeof englishNlp>>).sentence(text);
      data.nlp = nlp;
      if (nlp.hasDate) signals.add(this.signalId(NLP_DATE));
    }
    if (this.cache.size >= CACHE_LIMIT) this.cache.delete(this.cache.keys().next().value as string);
    this.cache.set(key, data);
    return data;
  }
}

interface SentenceView extends Sentence {
  data: SentenceData;
}

const GREETING =
  /^\s*(?:beste|hoi|hallo|hey|hee|dag|goedemorgen|goedemiddag|goedenavond|geachte|lieve|best|beste collega|hi|hello|dear|good (?:morning|afternoon|evening))\b[^\n]*\n/iu;

const PARTICIPLE_NL = /^(?:[a-z]+)?ge[a-z]{2,}(?:d|t|en)$|^(?:be|ver|ont|her|er)[a-z]{2,}(?:d|t|en)$/;
const AUX_NL = new Set(['wordt', 'worden', 'werd', 'werden']);

export class Engine {
  private engines: Partial<Record<Lang, LangEngine>> = {};

  constructor(readonly ruleSets: readonly RuleSet[]) {
    for (const lang of ['nl', 'en'] as const)
      this.engines[lang] = new LangEngine(
        lang,
        ruleSets.filter((s) => s.lang === lang),
      );
  }

  analyze(text: string, opts: Omit<AnalyzeOptions, 'ruleSets'> = {}): AnalyzeResult {
    const input = typeof text === 'string' ? text : '';
    const ranges = splitSentences(input);
    const detectTokens: Token[] = [];
    // The language is judged on the first part of the text (about 2,000 characters is plenty).
    if (!opts.lang)
      for (const r of ranges) {
        for (const t of tokenize(input, r.start, Math.min(r.end, r.start + 2000))) detectTokens.push(t);
        if (detectTokens.length > 400) break;
      }
    const lang: Lang = opts.lang ?? detectLang(detectTokens);
    const eng = this.engines[lang] as LangEngine;
    const sentences: SentenceView[] = ranges.map((r) => ({ ...r, data: eng.sentence(input.slice(r.start, r.end)) }));
    const contextSignals = new Set<number>();
    if (opts.context)
      for (const r of splitSentences(opts.context))
        for (const s of eng.sentence(opts.context.slice(r.start, r.end)).signals) contextSignals.add(s);

    const findings: Finding[] = [];
    const explained = new Set<string>();

    const holds = (c: CompiledCond, si: number, defaultScope: CondScope): boolean => {
      if (c.findings?.length && findings.some((f) => f.scope === 'span' && c.findings?.includes(f.category))) return true;
      const scope = c.scope ?? defaultScope;
      const inSentences = (from: number, to: number) => {
        for (let i = Math.max(0, from); i <= Math.min(sentences.length - 1, to); i++)
          for (const s of c.signals) if ((sentences[i] as SentenceView).data.signals.has(s)) return true;
        return false;
      };
      const inContext = () => c.signals.some((s) => contextSignals.has(s));
      switch (scope) {
        case 'sentence':
          return inSentences(si, si);
        case 'sentence+next':
          return inSentences(si, si + 1);
        case 'sentence+around':
          return inSentences(si - 1, si + 1);
        case 'before':
          return inSentences(0, si);
        case 'text':
          return inSentences(0, sentences.length);
        case 'context':
          return inContext();
        case 'text+context':
          return inContext() || inSentences(0, sentences.length);
      }
    };

    const spanFinding = (cr: CompiledRule, si: number, start: number, end: number, vars: Record<string, string> = {}): Finding => {
      const s = sentences[si] as SentenceView;
      const sentenceReplace = cr.rule.replace === 'sentence';
      const atSentenceStart = sentenceReplace || start === s.start;
      return {
        ruleId: cr.rule.id,
        ruleSetId: cr.set.id,
        category: cr.rule.category as Category,
        severity: cr.rule.severity,
        scope: 'span',
        start,
        end,
        text: input.slice(start, end),
        message: fill(cr.rule.message, vars),
        hears: fill(cr.rule.hears, vars),
        suggestions: (cr.rule.suggestions ?? []).map((x) => fitCase(fill(x, vars), atSentenceStart)),
        replaceStart: sentenceReplace ? s.start : start,
        replaceEnd: sentenceReplace ? s.end : end,
      };
    };

    // Phrase and jargon rules.
    sentences.forEach((s, si) => {
      for (const m of s.data.matches) {
        const ref = eng.refs[m.ref] as { rule: number; term?: number };
        const cr = eng.rules[ref.rule] as CompiledRule;
        const start = s.start + (s.data.tokens[m.from] as Token).start;
        const end = s.start + (s.data.tokens[m.to - 1] as Token).end;
        if (cr.unless.some((c) => holds(c, si, 'sentence+next'))) continue;
        if (cr.when.length && !cr.when.every((c) => holds(c, si, 'sentence+next'))) continue;
        if (cr.rule.match.type === 'jargon' && ref.term !== undefined) {
          const term = cr.rule.match.terms[ref.term];
          if (!term) continue;
          const key = `${cr.rule.id}#${ref.term}`;
          if (explained.has(key)) continue;
          if (isExplainedInPlace(input, start, end)) {
            explained.add(key);
            continue;
          }
          const f = spanFinding(cr, si, start, end, { term: input.slice(start, end), plain: term.plain });
          if (f.suggestions.length === 0) f.suggestions = [fitCase(term.plain, start === s.start)];
          findings.push(f);
        } else findings.push(spanFinding(cr, si, start, end));
      }
    });

    // Detectors and message rules.
    for (const cr of eng.rules) {
      const m = cr.rule.match;
      if (m.type === 'detector') {
        const p = m.params ?? {};
        if (m.detector === 'long-sentence') {
          const max = p.maxWords ?? 25;
          sentences.forEach((s, si) => {
            if (s.data.tokens.length > max) findings.push(spanFinding(cr, si, s.start, s.end, { words: String(s.data.tokens.length) }));
          });
        } else if (m.detector === 'caps') {
          const opts = {
            minLetters: p.minLetters ?? 4,
            words: new Set((m.words ?? []).map((w) => w.toUpperCase())),
            allow: new Set([...eng.acronyms, ...(m.allow ?? [])]),
          };
          sentences.forEach((s, si) => {
            detectCaps(s, opts, (a, b) => {
              findings.push(spanFinding(cr, si, a, b));
            });
          });
        } else if (m.detector === 'exclamations') {
          sentences.forEach((s, si) => {
            const re = /!{2,}|[!?]*!\?[!?]*|\?!+/g;
            const body = input.slice(s.start, s.end);
            for (let mm = re.exec(body); mm; mm = re.exec(body)) {
              if (!/!!/.test(mm[0])) continue;
              findings.push(spanFinding(cr, si, s.start + mm.index, s.start + mm.index + mm[0].length));
            }
          });
        } else if (m.detector === 'passive') {
          sentences.forEach((s, si) => {
            if (cr.unless.some((c) => holds(c, si, 'sentence'))) return;
            for (const [a, b] of lang === 'en'
              ? englishPassive(input.slice(s.start, s.end), s.data.nlp?.passive ?? [])
              : dutchPassive(s.data.tokens))
              findings.push(spanFinding(cr, si, s.start + a, s.start + b));
          });
        } else if (m.detector === 'readability') {
          // Handled below, once stats are known.
        }
      }
    }

    // Message rules last: their conditions may look at the span findings.
    const messageFindings: Finding[] = [];
    for (const cr of eng.rules) {
      if (cr.rule.match.type !== 'message') continue;
      if (!cr.when.every((c) => holds(c, 0, 'text'))) continue;
      if (cr.unless.some((c) => holds(c, 0, 'text'))) continue;
      messageFindings.push(messageFinding(cr, input, {}));
    }
    findings.push(...messageFindings);

    const stats = computeStats(sentences, lang);
    for (const cr of eng.rules) {
      const m = cr.rule.match;
      if (m.type !== 'detector' || m.detector !== 'readability' || stats.readingEase === null) continue;
      const p = m.params ?? {};
      if (stats.words < (p.minWords ?? 40) || stats.readingEase >= (p.minScore ?? 60)) continue;
      findings.push(messageFinding(cr, input, { score: String(Math.round(stats.readingEase)) }));
    }

    const result = (opts.keepOverlaps ? findings : dedupe(findings)).sort(compareFindings);
    return { lang, score: scoreFindings(result), findings: result, stats };
  }
}

function fill(template: string, vars: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (all, name: string) => vars[name] ?? all);
}

/** Capitalises a suggestion at the start of a sentence, lower-cases its first word mid-sentence. */
function fitCase(s: string, atSentenceStart: boolean): string {
  if (atSentenceStart) return s.charAt(0).toUpperCase() + s.slice(1);
  if (/^\p{Lu}\p{Ll}/u.test(s) && !/^I(?:['’]|\s)/.test(s)) return s.charAt(0).toLowerCase() + s.slice(1);
  return s;
}

function messageFinding(cr: CompiledRule, text: string, vars: Record<string, string>): Finding {
  const g = GREETING.exec(text);
  let at = g ? g[0].length : 0;
  while (at < text.length && /\s/.test(text[at] as string)) at++;
  return {
    ruleId: cr.rule.id,
    ruleSetId: cr.set.id,
    category: cr.rule.category as Category,
    severity: cr.rule.severity,
    scope: 'message',
    start: 0,
    end: text.length,
    text,
    message: fill(cr.rule.message, vars),
    hears: fill(cr.rule.hears, vars),
    suggestions: (cr.rule.suggestions ?? []).map((x) => `${fill(x, vars)} `),
    replaceStart: at,
    replaceEnd: at,
  };
}

interface CapsOptions {
  minLetters: number;
  words: Set<string>;
  allow: Set<string>;
}

/**
 * Shouting: words in capitals that are not abbreviations. A capitalised word
 * counts when it is one of the listed short shout words (NEE, NU), or when it
 * has at least `minLetters` letters, a vowel, no digits and is not a known
 * abbreviation (the jargon terms and the allow list). Adjacent capitalised
 * words form one span (NOG EENS, LET OP) when at least one of them counts.
 */
function detectCaps(s: SentenceView, o: CapsOptions, emit: (a: number, b: number) => void): void {
  let runStart = -1;
  let runEnd = -1;
  let shouted = false;
  const flush = () => {
    if (runStart >= 0 && shouted) emit(runStart, runEnd);
    runStart = -1;
    shouted = false;
  };
  for (const t of s.data.tokens) {
    const caps = isAllCaps(t.raw) && !/\d/.test(t.raw) && !t.raw.includes('-') && !o.allow.has(t.raw);
    if (!caps) {
      flush();
      continue;
    }
    const letters = fold1(t.raw.replace(/[^\p{L}]/gu, ''));
    const shout = o.words.has(letters) || (letters.length >= o.minLetters && /[AEIOUY]/.test(letters));
    if (runStart < 0) runStart = s.start + t.start;
    runEnd = s.start + t.end;
    shouted ||= shout;
  }
  flush();
}

function fold1(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '');
}

/** Dutch passive with a hidden actor: a form of "worden" followed by a participle, with no "door …" naming the actor. */
function dutchPassive(tokens: readonly Token[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!AUX_NL.has((tokens[i] as Token).key)) continue;
    for (let j = i + 1; j < Math.min(tokens.length, i + 11); j++) {
      const k = (tokens[j] as Token).key;
      if (k === 'door') break;
      if (PARTICIPLE_NL.test(k)) {
        if (tokens.slice(j + 1).some((t) => t.key === 'door')) break;
        out.push([(tokens[i] as Token).start, (tokens[j] as Token).end]);
        i = j;
        break;
      }
    }
  }
  return out;
}

/**
 * English passives that hide who acts: progressive, perfect or future forms
 * (is being handled, has been forwarded, will be looked at) with no "by …"
 * naming the actor. Simple-past and stative forms (was locked, is gone, are
 * stored) describe facts and are left alone.
 */
function englishPassive(sentence: string, spans: ReadonlyArray<[number, number]>): Array<[number, number]> {
  return spans.filter(
    ([a, b]) => /\b(?:been|being|be)\b/i.test(sentence.slice(a, b)) && !/^\s+(?:\S+\s+){0,3}?by\b/i.test(sentence.slice(b, b + 60)),
  );
}

function computeStats(sentences: readonly SentenceView[], lang: Lang): TextStats {
  let words = 0;
  let syllables = 0;
  let counted = 0;
  for (const s of sentences) {
    const ws = s.data.tokens.filter((t) => !t.isNumber);
    if (ws.length === 0) continue;
    counted++;
    words += ws.length;
    for (const w of ws) syllables += countSyllables(w.raw, lang);
  }
  const wps = counted ? words / counted : 0;
  const spw = words ? syllables / words : 0;
  const ease = words < 10 ? null : lang === 'nl' ? 206.835 - 0.93 * wps - 77 * spw : 206.835 - 1.015 * wps - 84.6 * spw;
  return {
    words,
    sentences: counted,
    wordsPerSentence: round2(wps),
    syllablesPerWord: round2(spw),
    readingEase: ease === null ? null : round2(ease),
  };
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}

/** Within a category, overlapping findings are one problem: keep the earliest, then the longest. */
function dedupe(findings: Finding[]): Finding[] {
  const byCat = new Map<string, Finding[]>();
  for (const f of findings) {
    const list = byCat.get(f.category) ?? [];
    list.push(f);
    byCat.set(f.category, list);
  }
  const out: Finding[] = [];
  for (const list of byCat.values()) {
    list.sort(
      (a, b) =>
        a.start - b.start || b.end - a.end || SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || a.ruleId.localeCompare(b.ruleId),
    );
    let lastEnd = -1;
    let hasMessage = false;
    for (const f of list) {
      if (f.scope === 'message') {
        // A message category is raised once per reply.
        if (!hasMessage) out.push(f);
        hasMessage = true;
        continue;
      }
      if (f.start < lastEnd) continue;
      out.push(f);
      lastEnd = f.end;
    }
  }
  return out;
}

export function compareFindings(a: Finding, b: Finding): number {
  return (
    a.start - b.start ||
    a.end - b.end ||
    SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] ||
    a.category.localeCompare(b.category) ||
    a.ruleId.localeCompare(b.ruleId)
  );
}

const engines = new WeakMap<readonly RuleSet[], Engine>();

/**
 * Analyses a reply. Compiled rule sets are memoised per `ruleSets` array, so
 * pass the same array on every call (e.g. from a store) to reuse the automaton
 * and the per-sentence cache.
 */
export function analyze(text: string, opts: AnalyzeOptions): AnalyzeResult {
  let engine = engines.get(opts.ruleSets);
  if (!engine) engines.set(opts.ruleSets, (engine = new Engine(opts.ruleSets)));
  return engine.analyze(text, opts);
}
