/**
 * English NLP through compromise: passive voice and dates/times. compromise
 * is large, so it is loaded on demand (`loadEnglishNlp()`), and the engine
 * only asks it about sentences it has not seen before (results are cached per
 * sentence), so typing never re-parses the whole text.
 */
export interface SentenceNlp {
  /** [start, end) offsets of passive verb groups within the sentence. */
  passive: Array<[number, number]>;
  /** True when the sentence names a date or time (tomorrow, Thursday, 3 pm). */
  hasDate: boolean;
}

export interface EnglishNlp {
  sentence(text: string): SentenceNlp;
}

let provider: EnglishNlp | null = null;
let loading: Promise<EnglishNlp> | null = null;

interface Term {
  offset?: { start: number; length: number };
}
interface JsonMatch {
  offset?: { start: number; length: number };
  terms?: Term[];
}

export function loadEnglishNlp(): Promise<EnglishNlp> {
  if (provider) return Promise.resolve(provider);
  loading ??= import('compromise').then(({ default: nlp }) => {
    const spans = (doc: ReturnType<typeof nlp>, match: string): Array<[number, number]> =>
      (doc.match(match).json({ offset: true }) as JsonMatch[])
        .map((m) => m.offset)
        .filter((o): o is { start: number; length: number } => !!o)
        .map((o) => [o.start, o.start + o.length] as [number, number]);
    provider = {
      sentence(text) {
        const doc = nlp(text);
        return {
          passive: spans(doc, '#Passive+').map(([a, b]) => trim(text, a, b)),
          hasDate: doc.match('(#Date|#Time)').found,
        };
      },
    };
    return provider;
  });
  return loading;
}

/** compromise's offsets include surrounding punctuation; keep the words only. */
function trim(text: string, start: number, end: number): [number, number] {
  let a = start;
  let b = end;
  while (a < b && !/[\p{L}\p{N}]/u.test(text[a] as string)) a++;
  while (b > a && !/[\p{L}\p{N}]/u.test(text[b - 1] as string)) b--;
  return [a, b];
}

export function englishNlp(): EnglishNlp | null {
  return provider;
}
