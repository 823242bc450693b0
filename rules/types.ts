/**
 * Public types of the Helder engine. The rule-set types are inferred from the
 * zod schema in `schema.ts`, so the JSON format and the TypeScript types can
 * never drift apart.
 */
export type { Condition, Example, GoodExample, JargonTerm, Match, Rule, RuleSet } from './schema';

export type Lang = 'nl' | 'en';
export type Severity = 'error' | 'warning' | 'info';
export type Scope = 'span' | 'message';

/** TAXONOMY.md category ids. They are a contract: never rename them. */
export const CATEGORIES = [
  'jargon',
  'vague-promise',
  'bare-no',
  'alarming',
  'blame',
  'condescending',
  'passive',
  'shouting',
  'no-empathy',
  'long-sentence',
  'readability',
  'tip',
] as const;
export type Category = (typeof CATEGORIES)[number];

/** Categories that TAXONOMY.md scores in evaluations. */
export const SCORED_CATEGORIES: readonly Category[] = [
  'jargon',
  'vague-promise',
  'bare-no',
  'alarming',
  'blame',
  'condescending',
  'passive',
  'shouting',
  'no-empathy',
];
export const MESSAGE_CATEGORIES: readonly Category[] = ['no-empathy', 'readability'];

export const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

export interface Finding {
  /** Stable rule id, unique within the merged rule sets. */
  ruleId: string;
  /** Id of the rule set the rule came from. */
  ruleSetId: string;
  category: Category;
  severity: Severity;
  scope: Scope;
  /** UTF-16 offsets into the analysed text: `text.slice(start, end) === finding.text`. */
  start: number;
  end: number;
  text: string;
  /** What is wrong, in the language of the text. */
  message: string;
  /** What the reader is likely to hear. */
  hears: string;
  /**
   * Complete clearer wordings, in the draft's register (u/je); may contain
   * `{placeholders}` for the writer to fill.
   */
  suggestions: string[];
  /** Quick picks per placeholder of the suggestions, in the draft's register and computed for the moment of writing. */
  picks?: Record<string, string[]>;
  /** Leaving the flagged words out, when the rule offers it: replace text[start, end) with `text`. */
  removal?: { start: number; end: number; text: string /** The words that go, for the button: "gewoon". */; removed: string };
  /**
   * Range that a suggestion replaces. Usually equal to start/end; a rule may
   * replace the whole sentence, and message findings insert (start === end)
   * after the greeting.
   */
  replaceStart: number;
  replaceEnd: number;
  /**
   * Per suggestion, a range it replaces instead of replaceStart/replaceEnd
   * (null: that range); an added sentence inserts after the flagged one.
   */
  ranges?: Array<[number, number] | null>;
}

export interface TextStats {
  words: number;
  sentences: number;
  /** Average words per sentence (0 for empty text). */
  wordsPerSentence: number;
  /** Average syllables per word (0 for empty text). */
  syllablesPerWord: number;
  /** Flesch-Douma (nl) or Flesch Reading Ease (en); null when the text is too short to judge. */
  readingEase: number | null;
}

export interface AnalyzeResult {
  lang: Lang;
  /** 0–100; see `engine/score.ts` for the formula. */
  score: number;
  findings: Finding[];
  stats: TextStats;
}
