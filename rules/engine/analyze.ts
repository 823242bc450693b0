/**
 * The engine: compiles rule sets once into one word automaton per language,
 * then analyses text sentence by sentence. Work per sentence (tokens, pattern
 * matches, signals, jargon lookups, syllables) is cached by the sentence's
 * text, so re-analysing a draft after a keystroke redoes the matching only for
 * the sentence that changed.
 */
import type { Condition, Rule, RuleSet } from '../schema';
import { detectLang } from '../text/lang';
import { isEnglishParticiple, jargonStems, stemCandidates } from '../text/morph';
import { tokenKey } from '../text/normalize';
import { type Sentence, SentenceSplitter } from '../text/sentences';
import { countSyllables } from '../text/syllables';
import { isAllCaps, type Token, tokenize } from '../text/tokenize';
import type { AnalyzeResult, Category, Finding, Lang, TextStats } from '../types';
import { SEVERITY_RANK } from '../types';
import {
  addressCounts,
  computePick,
  dropWordsEdit,
  insertionPoint,
  plainForRegister,
  type Register,
  registerOf,
  removalEdit,
  resolveRegister,
} from './advice';
import { detach, SentenceCache } from './cache';
import { exclamationSpans } from './exclaim';
import { isExplainedInPlace } from './explain';
import { type RawMatch, Trie } from './matcher';
import { isDutchParticipleShape } from './participle';
import { compileClass, compilePattern, type PatternContext, type WordClass } from './pattern';
import { scoreFindings } from './score';
import { teamSignature } from './signature';

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
  /** The moment of writing, for quick picks such as "vandaag vóór 15:00" (default: now). */
  now?: Date;
  /**
   * A `performance.now()` time by which the analysis must be done: past it,
   * `analyze` stops between sentences (and between rules) and throws
   * AnalysisTimeout, e.g. so the review at Send never holds Send up.
   */
  deadline?: number;
}

/** The analysis did not finish by its `deadline`; what it got through so far stays cached per sentence. */
export class AnalysisTimeout extends Error {
  constructor() {
    super('the analysis took longer than its time budget');
    this.name = 'AnalysisTimeout';
  }
}

type CondScope = NonNullable<Condition['in']>;
interface CompiledCond {
  signals: number[];
  hasContext?: boolean;
  outside?: boolean;
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
  /** Where each signal matched, as token ranges [from, to). */
  signalAt: Map<number, Array<[number, number]>>;
  /** Clause number of every token (a comma, colon, bracket or dash starts a new clause). */
  clause: Uint16Array;
  /** Spans each detector rule (by index) found in this sentence, as offsets into it; found once per sentence. */
  detected?: Map<number, Array<[number, number]>>;
  /** Words (numbers left out) and their syllables, for the readability score; counted once per sentence. */
  words?: number;
  syllables?: number;
  /** How often the sentence says u/uw and je/jij (the draft's register is their sum). */
  address?: [number, number];
}

/** Longest word checked for closed compounds and inflected jargon. */
const MAX_LOOKUP = 40;
/** Shortest one-word term looked up in inflected forms and compounds ("ping" would hide in "verdieping"). */
const MIN_LOOKUP_TERM = 5;
/** Shortest part of a closed compound that counts as a jargon term (proxy|instellingen, printer|driver). */
const MIN_PART = 4;

/** Rules and automaton for one language. */
class LangEngine {
  readonly trie = new Trie();
  readonly rules: CompiledRule[] = [];
  readonly refs: Ref[] = [];
  readonly signalIds = new Map<string, number>();
  /** All-caps jargon terms: acronyms, never shouting. */
  readonly acronyms = new Set<string>();
  /** One-word jargon terms by folded key, for closed compounds (proxyinstellingen). */
  private readonly jargonWords = new Map<string, number>();
  /** One-word jargon terms by stem, for inflected forms (gereboot, ge-unlockt, uitgerold, rebooted). */
  private readonly jargonStems = new Map<string, number>();
  readonly cache = new SentenceCache<SentenceData>();

  constructor(
    readonly lang: Lang,
    sets: readonly RuleSet[],
    /** Compile now (default), or leave it to `build`, which yields between steps. */
    now = true,
  ) {
    if (now) for (const _ of this.build(sets));
  }

  /** Compiles the sets, yielding after every pattern and every 100 jargon terms (see `Engine.create`). */
  *build(sets: readonly RuleSet[]): Generator<void> {
    const lang = this.lang;
    const classesSoFar = new Map<string, WordClass>();
    for (const [setIndex, set] of sets.entries()) {
      // Signals and word classes are namespaced per set: no layer can change another layer's conditions.
      const ns = `${setIndex}:${set.id}`;
      const own = new Map<string, WordClass>();
      const ctx: PatternContext = { lang, classOf: (name) => own.get(name) ?? classesSoFar.get(name) ?? null };
      for (const [name, entries] of Object.entries(set.classes ?? {})) own.set(name, compileClass(entries, lang));
      const named = new Map<string, number>();
      for (const [name, patterns] of Object.entries(set.signals ?? {})) {
        const id = this.signalId(`${ns}/${name}`);
        named.set(name, id);
        for (const p of patterns) {
          this.addPattern(p, { signal: id }, ctx);
          yield;
        }
      }
      for (const rule of set.rules) {
        if (rule.enabled === false) continue;
        const index = this.rules.length;
        const conds = (list: Condition[] | undefined, kind: string) =>
          (list ?? []).map((c, j) => {
            const signals: number[] = [];
            if (c.signal) signals.push(named.get(c.signal) ?? this.signalId(`${ns}/${c.signal}`));
            if (c.patterns?.length) {
              const id = this.signalId(`${ns}/${rule.id}/${kind}${j}`);
              for (const p of c.patterns) this.addPattern(p, { signal: id }, ctx);
              signals.push(id);
            }
            return { signals, scope: c.in, findings: c.findings, hasContext: c.hasContext, outside: c.outside };
          });
        this.rules.push({ rule, set, unless: conds(rule.unless, 'unless'), when: conds(rule.when, 'when') });
        const m = rule.match;
        yield;
        if (m.type === 'phrases')
          for (const p of m.patterns) {
            this.addPattern(p, { rule: index }, ctx);
            yield;
          }
        else if (m.type === 'jargon')
          for (const [t, term] of m.terms.entries()) {
            if (t % 100 === 99) yield;
            const words = tokenize(term.term);
            const ref = this.ref({ rule: index, term: t });
            if (words.length > 0) {
              const seq = words.map((w) => (term.caseSensitive ? { t: 'exact' as const, v: w.raw } : { t: 'lit' as const, v: w.key }));
              this.trie.add(seq, ref);
            }
            const only = words[0];
            // Inflections and closed compounds only for terms long enough not to hide inside ordinary words.
            if (words.length === 1 && only && !term.caseSensitive && only.key.length >= MIN_LOOKUP_TERM) {
              if (!this.jargonWords.has(only.key)) this.jargonWords.set(only.key, ref);
              for (const stem of jargonStems(only.key, lang, term.pos)) if (!this.jargonStems.has(stem)) this.jargonStems.set(stem, ref);
            }
            if (isAllCaps(term.term)) this.acronyms.add(term.term);
            for (const v of term.variants ?? []) this.addPattern(v, { rule: index, term: t }, ctx);
          }
      }
      for (const [name, cls] of own) classesSoFar.set(name, cls);
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

  private addPattern(src: string, r: Ref, ctx: PatternContext): void {
    const id = this.ref(r);
    for (const seq of compilePattern(src, ctx)) this.trie.add(seq, id);
  }

  /** Jargon the automaton does not see as listed: inflected forms and closed compounds. */
  private lookupJargon(tokens: readonly Token[], covered: Uint8Array, out: RawMatch[]): void {
    for (let i = 0; i < tokens.length; i++) {
      if (covered[i]) continue;
      const tok = tokens[i] as Token;
      const key = tok.key;
      if (key.length < MIN_PART || key.length > MAX_LOOKUP || tok.isNumber) continue;
      let ref: number | undefined;
      for (const c of stemCandidates(key, this.lang)) {
        ref = this.jargonStems.get(c) ?? (c !== key ? this.jargonWords.get(c) : undefined);
        if (ref !== undefined) break;
      }
      // Closed compounds: a listed term at the start (proxy|instellingen) or the end (printer|driver).
      if (ref === undefined && this.lang === 'nl' && !key.includes('-'))
        for (let cut = MIN_PART; cut <= key.length - MIN_PART && ref === undefined; cut++) {
          const head = key.slice(0, cut);
          const tail = key.slice(cut);
          // A short term only at the start: "ping" must not be found in "verdieping".
          ref = this.jargonWords.get(head) ?? (tail.length > MIN_PART ? this.jargonWords.get(tail) : undefined);
          if (ref === undefined && head.endsWith('s')) ref = this.jargonWords.get(head.slice(0, -1));
        }
      if (ref !== undefined) out.push({ ref, from: i, to: i + 1 });
    }
  }

  sentence(slice: string): SentenceData {
    const hit = this.cache.get(slice);
    if (hit) return hit;
    // Tokens are cut from the cache's own copy of the text, never from the draft.
    const text = detach(slice);
    const tokens = tokenize(text);
    const matches: RawMatch[] = [];
    this.trie.matchAll(tokens, 0, tokens.length, matches);
    const signals = new Set<number>();
    const signalAt = new Map<number, Array<[number, number]>>();
    const ruleMatches: RawMatch[] = [];
    const covered = new Uint8Array(tokens.length);
    for (const m of matches) {
      const r = this.refs[m.ref] as Ref;
      if ('signal' in r) {
        signals.add(r.signal);
        let list = signalAt.get(r.signal);
        if (!list) signalAt.set(r.signal, (list = []));
        list.push([m.from, m.to]);
      } else {
        ruleMatches.push(m);
        if (r.term !== undefined) for (let k = m.from; k < m.to; k++) covered[k] = 1;
      }
    }
    if (this.jargonWords.size > 0) this.lookupJargon(tokens, covered, ruleMatches);
    const clause = new Uint16Array(tokens.length);
    let c = 0;
    tokens.forEach((t, k) => {
      if (t.brk && c < 65535) c++;
      clause[k] = c;
    });
    const data: SentenceData = { tokens, matches: ruleMatches, signals, signalAt, clause };
    this.cache.set(text, data);
    return data;
  }
}

interface SentenceView extends Sentence {
  data: SentenceData;
}

// Present and future only: a past passive (werd geblokkeerd) reports a fact the reader needs no actor for.
const AUX_NL = new Set(['wordt', 'worden']);

export class Engine {
  private engines: Partial<Record<Lang, LangEngine>> = {};
  /** Re-split only where the draft (and the customer's message) changed since the last analysis. */
  private splitter = new SentenceSplitter();
  private contextSplitter = new SentenceSplitter();

  constructor(
    readonly ruleSets: readonly RuleSet[],
    now = true,
  ) {
    for (const lang of ['nl', 'en'] as const)
      this.engines[lang] = new LangEngine(
        lang,
        ruleSets.filter((s) => s.lang === lang),
        now,
      );
  }

  /**
   * Compiles in slices of at most `sliceMs`, giving the page's main thread
   * back between them, so opening a mail page never blocks on compiling the
   * rule sets. The engine is returned when it is complete.
   */
  static async create(ruleSets: readonly RuleSet[], sliceMs = 8): Promise<Engine> {
    const engine = new Engine(ruleSets, false);
    for (const lang of ['nl', 'en'] as const) {
      const steps = (engine.engines[lang] as LangEngine).build(ruleSets.filter((s) => s.lang === lang));
      let t0 = performance.now();
      for (let step = steps.next(); !step.done; step = steps.next())
        if (performance.now() - t0 > sliceMs) {
          await new Promise((resolve) => setTimeout(resolve, 0));
          t0 = performance.now();
        }
    }
    return engine;
  }

  /** What the per-sentence caches hold (both languages): entries, characters of sentence text, results computed. */
  cacheStats(): { entries: number; chars: number; misses: number } {
    const out = { entries: 0, chars: 0, misses: 0 };
    for (const e of Object.values(this.engines)) {
      out.entries += e.cache.size;
      out.chars += e.cache.cachedChars;
      out.misses += e.cache.misses;
    }
    return out;
  }

  analyze(text: string, opts: Omit<AnalyzeOptions, 'ruleSets'> = {}): AnalyzeResult {
    const input = typeof text === 'string' ? text : '';
    const deadline = opts.deadline;
    const overdue = () => {
      if (deadline !== undefined && performance.now() > deadline) throw new AnalysisTimeout();
    };
    const ranges = this.splitter.split(input);
    overdue();
    const detectTokens: Token[] = [];
    // The language is judged on the first part of the text (about 2,000 characters is plenty).
    if (!opts.lang)
      for (const r of ranges) {
        for (const t of tokenize(input, r.start, Math.min(r.end, r.start + 2000))) detectTokens.push(t);
        if (detectTokens.length > 400) break;
      }
    const lang: Lang = opts.lang ?? detectLang(detectTokens);
    const eng = this.engines[lang] as LangEngine;
    eng.cache.begin();
    // The ranges become the views (no copy per sentence).
    const sentences = ranges as SentenceView[];
    for (const r of sentences) {
      overdue();
      r.data = eng.sentence(input.slice(r.start, r.end));
    }
    const contextSignals = new Set<number>();
    /** Jargon terms the customer used: the reader knows those words. */
    const contextTerms = new Set<number>();
    if (opts.context)
      for (const r of this.contextSplitter.split(opts.context)) {
        overdue();
        const d = eng.sentence(opts.context.slice(r.start, r.end));
        for (const s of d.signals) contextSignals.add(s);
        for (const m of d.matches) {
          const ref = eng.refs[m.ref] as { rule: number; term?: number };
          if (ref.term !== undefined) contextTerms.add(m.ref);
        }
      }

    const findings: Finding[] = [];
    const explained = new Set<string>();
    let youU = 0;
    let youJe = 0;
    if (lang === 'nl')
      for (const s of sentences) {
        // Counted once per sentence text and kept with its cached data.
        const c = (s.data.address ??= addressCounts(s.data.tokens));
        youU += c[0];
        youJe += c[1];
      }
    const register = lang === 'nl' ? registerOf(youU, youJe) : null;
    const advice: AdviceContext = { register, now: opts.now ?? new Date(), lang, picks: new Map() };
    /** Per signal, the first two sentences that have it (Infinity for none); built on first use. */
    let signals: Map<number, [number, number]> | undefined;
    const signalIndex = (): Map<number, [number, number]> => {
      if (signals) return signals;
      signals = new Map();
      sentences.forEach((s, i) => {
        for (const sig of s.data.signals) {
          const at = signals?.get(sig);
          if (!at) signals?.set(sig, [i, Number.POSITIVE_INFINITY]);
          else if (at[1] === Number.POSITIVE_INFINITY) at[1] = i;
        }
      });
      return signals;
    };

    /** Whether a condition holds for a match at token range [from, to) of sentence si. */
    const holds = (c: CompiledCond, si: number, defaultScope: CondScope, from = 0, to = 0): boolean => {
      if (c.findings?.length && findings.some((f) => f.scope === 'span' && c.findings?.includes(f.category))) return true;
      if (c.hasContext !== undefined && c.hasContext === Boolean(opts.context?.trim())) return true;
      const scope = c.scope ?? defaultScope;
      const d = (sentences[si] as SentenceView | undefined)?.data;
      const at = (test: (a: number, b: number) => boolean) =>
        d !== undefined && c.signals.some((s) => d.signalAt.get(s)?.some(([a, b]) => test(a, b) && !(c.outside && a < to && from < b)));
      const inSentences = (lo: number, hi: number) => {
        // From the first sentence on ("before", "text"): the first two sentences with each signal tell, whatever the length.
        if (lo <= 0 && hi > 2) {
          for (const s of c.signals) {
            const at = signalIndex().get(s);
            if (!at || at[0] > hi) continue;
            // "outside": an occurrence overlapping the flagged words does not count.
            const excluded =
              c.outside &&
              at[0] === si &&
              to > from &&
              ((sentences[si] as SentenceView).data.signalAt.get(s) ?? []).every(([a, b]) => a < to && from < b);
            if (!excluded || at[1] <= hi) return true;
          }
          return false;
        }
        for (let i = Math.max(0, lo); i <= Math.min(sentences.length - 1, hi); i++) {
          const data = (sentences[i] as SentenceView).data;
          for (const s of c.signals) {
            if (!data.signals.has(s)) continue;
            // "outside": an occurrence overlapping the flagged words does not count.
            if (c.outside && i === si && to > from && (data.signalAt.get(s) ?? []).every(([a, b]) => a < to && from < b)) continue;
            return true;
          }
        }
        return false;
      };
      const inContext = () => c.signals.some((s) => contextSignals.has(s));
      switch (scope) {
        case 'lead':
          return at((_a, b) => b <= from);
        case 'after': {
          // A later clause of this sentence, or the next sentence.
          const last = d?.clause[Math.max(from, to - 1)] ?? 0;
          return at((a) => a >= to && (d?.clause[a] ?? 0) > last) || inSentences(si + 1, si + 1);
        }
        case 'clause': {
          if (!d) return false;
          const c0 = d.clause[from] ?? 0;
          const c1 = d.clause[Math.max(from, to - 1)] ?? c0;
          return at((a, b) => (d.clause[a] ?? 0) <= c1 && (d.clause[Math.max(a, b - 1)] ?? 0) >= c0);
        }
        case 'sentence':
          return inSentences(si, si);
        case 'sentence+prev':
          return inSentences(si - 1, si);
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
      const match = input.slice(start, end);
      const all = { match, lower: match.toLocaleLowerCase(lang), ...vars };
      const suggestions: string[] = [];
      const ranges: Array<[number, number] | null> = [];
      const templates = cr.rule.suggestions ?? [];
      for (const x of templates)
        if (!x.startsWith('+') && fits(x, input, s, start, end, sentenceReplace)) {
          suggestions.push(fitCase(resolveRegister(fill(x, all), register), atSentenceStart));
          ranges.push(null);
        }
      // Where no suggestion fits in place, a sentence of its own after the flagged one ("+Je hoort …"):
      // nothing of the writer's changes.
      if (suggestions.length === 0)
        for (const x of templates)
          if (x.startsWith('+')) {
            const after = afterSentence(input, s);
            suggestions.push(after.lead + fitCase(resolveRegister(fill(x.slice(1).trim(), all), register), true));
            ranges.push([after.at, after.at]);
          }
      const removal = removalFor(cr.rule.remove, input, s, start, end);
      return {
        ruleId: cr.rule.id,
        ruleSetId: cr.set.id,
        category: cr.rule.category as Category,
        severity: cr.rule.severity,
        scope: 'span',
        start,
        end,
        text: match,
        message: fill(cr.rule.message, all),
        hears: fill(cr.rule.hears, all),
        suggestions,
        picks: picksFor(suggestions, cr.set, advice),
        ...(removal ? { removal } : {}),
        replaceStart: sentenceReplace ? s.start : start,
        replaceEnd: sentenceReplace ? s.end : end,
        ...(ranges.some((r) => r !== null) && { ranges }),
      };
    };

    // Phrase and jargon rules.
    sentences.forEach((s, si) => {
      overdue();
      for (const m of s.data.matches) {
        const ref = eng.refs[m.ref] as { rule: number; term?: number };
        const cr = eng.rules[ref.rule] as CompiledRule;
        const start = s.start + (s.data.tokens[m.from] as Token).start;
        const end = s.start + (s.data.tokens[m.to - 1] as Token).end;
        if (cr.unless.some((c) => holds(c, si, 'sentence+next', m.from, m.to))) continue;
        if (cr.when.length && !cr.when.every((c) => holds(c, si, 'sentence+next', m.from, m.to))) continue;
        if (cr.rule.match.type === 'jargon' && ref.term !== undefined) {
          const term = cr.rule.match.terms[ref.term];
          if (!term || contextTerms.has(m.ref)) continue;
          const key = `${cr.rule.id}#${ref.term}`;
          if (explained.has(key)) continue;
          if (isExplainedInPlace(input, start, end)) {
            explained.add(key);
            continue;
          }
          const plain = plainForRegister(term.plain, register);
          const f = spanFinding(cr, si, start, end, { term: input.slice(start, end), plain });
          if (f.suggestions.length === 0) f.suggestions = [fitCase(plain, start === s.start)];
          findings.push(f);
        } else findings.push(spanFinding(cr, si, start, end));
      }
    });

    /** A detector's spans in a sentence (offsets into the sentence), computed once per sentence text and rule. */
    const spansOf = (s: SentenceView, ri: number, find: () => Array<[number, number]>): Array<[number, number]> => {
      const own = (s.data.detected ??= new Map());
      let spans = own.get(ri);
      if (!spans) own.set(ri, (spans = find()));
      return spans;
    };

    // Detectors and message rules.
    for (const [ri, cr] of eng.rules.entries()) {
      overdue();
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
            const spans = spansOf(s, ri, () => {
              const found: Array<[number, number]> = [];
              detectCaps({ start: 0, end: 0, data: s.data }, opts, (a, b) => found.push([a, b]));
              return found;
            });
            for (const [a, b] of spans) findings.push(spanFinding(cr, si, s.start + a, s.start + b));
          });
        } else if (m.detector === 'exclamations') {
          sentences.forEach((s, si) => {
            for (const [a, b] of spansOf(s, ri, () => exclamationSpans(input.slice(s.start, s.end))))
              findings.push(spanFinding(cr, si, s.start + a, s.start + b));
          });
        } else if (m.detector === 'passive') {
          // English perfect passives report a fact (it has been unlocked) unless the verb hands the request on (has been forwarded).
          const handoff = new Set((m.words ?? []).map((w) => w.toLowerCase()));
          sentences.forEach((s, si) => {
            if (cr.unless.some((c) => holds(c, si, 'sentence'))) return;
            const spans = spansOf(s, ri, () => (lang === 'en' ? englishPassive(s.data.tokens, handoff) : dutchPassive(s.data.tokens)));
            for (const [a, b] of spans) findings.push(spanFinding(cr, si, s.start + a, s.start + b));
          });
        } else if (m.detector === 'team-signature') {
          // A reply signed by a team only; its conditions read the customer's message (a problem report).
          const team = new Set((m.words ?? []).map((w) => w.toLowerCase()));
          const at = teamSignature(input, team);
          const si = at ? sentences.findIndex((s) => s.start <= at[0] && at[0] < s.end) : -1;
          if (at && si >= 0 && cr.when.every((c) => holds(c, si, 'context')) && !cr.unless.some((c) => holds(c, si, 'text')))
            findings.push(spanFinding(cr, si, at[0], at[1]));
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
      messageFindings.push(messageFinding(cr, input, {}, advice));
    }
    findings.push(...messageFindings);

    overdue();
    const stats = computeStats(sentences, lang);
    for (const cr of eng.rules) {
      const m = cr.rule.match;
      if (m.type !== 'detector' || m.detector !== 'readability' || stats.readingEase === null) continue;
      const p = m.params ?? {};
      if (stats.words < (p.minWords ?? 40) || stats.readingEase >= (p.minScore ?? 60)) continue;
      findings.push(messageFinding(cr, input, { score: String(Math.round(stats.readingEase)) }, advice));
    }

    const result = (opts.keepOverlaps ? findings : dedupe(findings)).sort(compareFindings);
    eng.cache.end();
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

interface AdviceContext {
  register: Register;
  now: Date;
  lang: Lang;
  /** One placeholder's quick picks per set, worked out once per analysis. */
  picks: Map<RuleSet, Map<string, string[]>>;
}

/** Quick picks for the placeholders of these suggestions, in the draft's register and computed for now. */
function picksFor(suggestions: readonly string[], set: RuleSet, a: AdviceContext): Record<string, string[]> {
  const out: Record<string, string[]> = Object.create(null);
  for (const s of suggestions)
    for (const m of s.matchAll(PLACEHOLDER)) {
      const name = m[1] as string;
      if (Object.hasOwn(out, name)) continue;
      let bySet = a.picks.get(set);
      if (!bySet) a.picks.set(set, (bySet = new Map()));
      let picks = bySet.get(name);
      if (!picks) {
        picks = [];
        const listed = Object.hasOwn(set.placeholders ?? {}, name) ? (set.placeholders[name] ?? []) : [];
        for (const p of listed) {
          const v = computePick(resolveRegister(p, a.register), a.lang, a.now);
          if (v !== null && !picks.includes(v)) picks.push(v);
        }
        bySet.set(name, picks);
      }
      // Each finding gets its own copy: a caller may change it.
      out[name] = [...picks];
    }
  return out;
}

/**
 * Where a sentence added after sentence `s` goes, and what joins it: a space
 * after the sentence's own full stop, or a full stop first when it has none
 * (a line without one).
 */
function afterSentence(input: string, s: SentenceView): { at: number; lead: string } {
  let at = s.end;
  while (at > s.start && /\s/.test(input[at - 1] as string)) at--;
  return { at, lead: /[.!?…:]$/.test(input.slice(s.start, at)) ? ' ' : '. ' };
}

/**
 * Where a clause may end, so a suggestion can continue the match: a full stop, comma, bracket or dash, or
 * a conjunction. Not a colon or semicolon: what follows one explains the match, and a second would split it.
 */
const CLAUSE_END = /^\s*(?:[.,!?)\]…\u2013\u2014]|$|(?:en|maar|of|want|dus|and|but|or|so)(?![\p{L}\p{N}]))/iu;
/** Words of a sentence outside the match that a sentence-wide suggestion may replace ("Het komt doordat …"). */
const MAX_REPLACED_OUTSIDE = 3;

/**
 * Whether a suggestion fits where the match sits. One that continues the
 * match ("{match} vóór …", "{match}, omdat …") needs the match to end its
 * clause, or it would split it ("we vandaag vóór 12:00 nemen het mee"); one
 * that replaces the whole sentence must not take more than a few of the
 * writer's other words with it.
 */
function fits(template: string, input: string, s: SentenceView, start: number, end: number, sentenceReplace: boolean): boolean {
  if (sentenceReplace) {
    let outside = 0;
    for (const t of s.data.tokens) if (s.start + t.end <= start || s.start + t.start >= end) outside++;
    return outside <= MAX_REPLACED_OUTSIDE;
  }
  if (/^\{match\}./.test(template)) {
    // "{match}: …" after a colon earlier in the sentence would give it a second one.
    if (/^\{match\}\s*:/.test(template) && /(?<!\d):(?![\d/])/.test(input.slice(s.start, start))) return false;
    return CLAUSE_END.test(input.slice(end, Math.min(s.end, end + 12)));
  }
  // A phrase in place of the words ("Voor de volledigheid") is no sentence in place of a whole one.
  if (!template.includes('{match}') && !/[.!?]\s*$/.test(template)) {
    const whole = s.data.tokens.every((t) => s.start + t.start >= start && s.start + t.end <= end);
    if (whole && s.data.tokens.length > 1) return false;
  }
  return true;
}

/** The "leave it out" fix of a span finding, if its rule offers one and it keeps the sentence whole. */
function removalFor(remove: Rule['remove'], input: string, s: SentenceView, start: number, end: number) {
  if (!remove) return null;
  const sentence = { start: s.start, end: s.end };
  if (remove === true) {
    const e = removalEdit(input, start, end, sentence);
    return e && { ...e, removed: input.slice(start, end) };
  }
  const words = new Set(remove.map((w) => tokenKey(w)));
  const drop: Array<[number, number]> = [];
  for (const t of s.data.tokens) {
    const a = s.start + t.start;
    const b = s.start + t.end;
    if (a >= start && b <= end && words.has(t.key)) drop.push([a, b]);
  }
  const e = drop.length ? dropWordsEdit(input, drop, sentence) : null;
  return e && { ...e, removed: drop.map(([a, b]) => input.slice(a, b)).join(' … ') };
}

const PLACEHOLDER = /\{([^{}]+)\}/g;

function messageFinding(cr: CompiledRule, text: string, vars: Record<string, string>, a: AdviceContext): Finding {
  const { at, before, after } = insertionPoint(text);
  const suggestions = (cr.rule.suggestions ?? []).map((x) => `${before}${resolveRegister(fill(x, vars), a.register)}${after}`);
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
    suggestions,
    picks: picksFor(suggestions, cr.set, a),
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

/** Words that look like participles but are adjectives: "het wordt ingewikkeld", "ik word er gek van". */
const NOT_PARTICIPLE_NL = new Set([
  'ingewikkeld',
  'gecompliceerd',
  'gewoon',
  'gezellig',
  'geschikt',
  'gelukkig',
  'gemakkelijk',
  'genoeg',
  'gezond',
  'gevaarlijk',
  'geduldig',
  'bekend',
  'beroemd',
  'verkeerd',
  'benieuwd',
  'bezorgd',
  'gewend',
  'geliefd',
  'gerust',
  'gespannen',
  'verlegen',
  'geirriteerd',
  'gefrustreerd',
  'verliefd',
  'beroerd',
  'gek',
  'gedaan',
]);

/**
 * Dutch passive with a hidden actor: a form of "worden" with a participle
 * after it in the same clause (uw verzoek wordt opgepakt, er wordt naar
 * gekeken) or right before it in a verb-final clause (moet gereboot worden,
 * dat het doorgestuurd wordt), and no "door …" naming the actor.
 */
function dutchPassive(tokens: readonly Token[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let lastDoor = -1;
  tokens.forEach((t, k) => {
    if (t.key === 'door') lastDoor = k;
  });
  const isParticiple = (t: Token | undefined) =>
    t !== undefined && isDutchParticipleShape(t.key) && !NOT_PARTICIPLE_NL.has(t.key) && !t.key.endsWith('end');
  for (let i = 0; i < tokens.length; i++) {
    const aux = tokens[i] as Token;
    if (!AUX_NL.has(aux.key) || lastDoor > i) continue;
    let found = -1;
    for (let j = i + 1; j < Math.min(tokens.length, i + 11); j++) {
      const t = tokens[j] as Token;
      if (t.brk) break;
      if (isParticiple(t)) {
        found = j;
        break;
      }
    }
    if (found >= 0) {
      out.push([aux.start, (tokens[found] as Token).end]);
      i = found;
      continue;
    }
    // Verb-final: the participle right before the auxiliary (one modal or adverb may stand between).
    for (let j = i - 1; j >= Math.max(0, i - 2); j--) {
      const t = tokens[j] as Token;
      if (isParticiple(t)) {
        if (!(tokens[j + 1] as Token).brk && !aux.brk) out.push([t.start, aux.end]);
        break;
      }
      if (t.brk) break;
    }
  }
  return out;
}

/** Auxiliaries of a future or progressive passive: any verb hides the actor (it will be looked at, is being handled). */
const BE_EN = new Set(['be', 'being']);
/** Auxiliaries of a present, past or perfect passive: only verbs that hand the request on hide who has it now. */
const BE_FACT_EN = new Set(['been', 'was', 'were', 'is', 'are']);
const BY_DEADLINE =
  /^(?:\d.*|monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|today|tonight|noon|midday|midnight|end|close|the|next|this|then|lunchtime|eod|cob)$/;
const NOT_PARTICIPLE_EN = new Set([
  'tired',
  'interested',
  'excited',
  'concerned',
  'worried',
  'pleased',
  'supposed',
  'used',
  'based',
  'sorted',
  'advised',
  'prepared',
  'required',
  'needed',
  'able',
  'involved',
  'done',
  'closed',
  'aware',
]);

/**
 * English passives that hide who acts: progressive, perfect or future forms
 * (is being handled, has been forwarded, will be looked at) with no "by …"
 * naming the actor. Simple-past and stative forms (was locked, is gone, are
 * stored) describe facts and are left alone.
 */
function englishPassive(tokens: readonly Token[], handoff: ReadonlySet<string>): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let i = 0; i < tokens.length; i++) {
    const aux = tokens[i] as Token;
    const fact = BE_FACT_EN.has(aux.key);
    if (!BE_EN.has(aux.key) && !fact) continue;
    if (fact && handoff.size === 0 && aux.key !== 'been') continue;
    for (let j = i + 1; j < Math.min(tokens.length, i + 4); j++) {
      const t = tokens[j] as Token;
      if (t.brk) break;
      if (!isEnglishParticiple(t.key) || NOT_PARTICIPLE_EN.has(t.key)) continue;
      if (fact && handoff.size > 0 && !handoff.has(t.key)) break;
      // "by Jan" names the actor; "by Friday", "by 3 pm", "by the end of the day" is a deadline.
      let byActor = false;
      for (let k = j + 1; k < Math.min(tokens.length, j + 5); k++) {
        const key = (tokens[k] as Token).key;
        const next = tokens[k + 1];
        if (key === 'by' && !BY_DEADLINE.test(next?.key ?? '')) byActor = true;
        // "forwarded to Jan": the reader is told who has it now.
        if (key === 'to' && next && /^\p{Lu}\p{Ll}/u.test(next.raw)) byActor = true;
      }
      if (!byActor) out.push([aux.start, t.end]);
      i = j;
      break;
    }
  }
  return out;
}

function computeStats(sentences: readonly SentenceView[], lang: Lang): TextStats {
  let words = 0;
  let syllables = 0;
  let counted = 0;
  for (const s of sentences) {
    const d = s.data;
    if (d.words === undefined) {
      let w = 0;
      let syl = 0;
      for (const t of d.tokens)
        if (!t.isNumber) {
          w++;
          syl += countSyllables(t.raw, lang);
        }
      d.words = w;
      d.syllables = syl;
    }
    if (d.words === 0) continue;
    counted++;
    words += d.words;
    syllables += d.syllables ?? 0;
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
/**
 * Compiles `ruleSets` without blocking (see `Engine.create`) and keeps the
 * engine for `analyze` with the same array. Call it before the first analyse
 * on a page.
 */
export async function prepare(ruleSets: readonly RuleSet[]): Promise<void> {
  if (!engines.has(ruleSets)) {
    const engine = await Engine.create(ruleSets);
    if (!engines.has(ruleSets)) engines.set(ruleSets, engine);
  }
}

export function analyze(text: string, opts: AnalyzeOptions): AnalyzeResult {
  let engine = engines.get(opts.ruleSets);
  if (!engine) engines.set(opts.ruleSets, (engine = new Engine(opts.ruleSets)));
  return engine.analyze(text, opts);
}
