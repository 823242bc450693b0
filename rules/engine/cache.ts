/**
 * The per-sentence cache: results keyed by a sentence's text, with memory
 * bounded whatever the drafts. Limits are on entries and on the characters of
 * the keys (the cached results grow with them); an analysis never evicts what
 * it uses itself, and after each analysis everything that neither it nor the
 * one before used is dropped, so the cache holds what the current draft
 * contains, not a history of drafts, and a draft past the old entry limit
 * stays warm (no cache cliff). Keys are copied out of the draft, so an entry
 * never keeps a whole draft alive (a slice of a string may share its memory).
 */
export const CACHE_MAX_ENTRIES = 20_000;
export const CACHE_MAX_CHARS = 600_000;

interface Entry<T> {
  value: T;
  /** The last analysis that used it. */
  used: number;
}

/** A copy of `s` that shares no memory with the string it was sliced from. */
export function detach(s: string): string {
  // Concatenation then slice makes the engine build a flat copy (V8, SpiderMonkey).
  return ` ${s}`.slice(1);
}

export class SentenceCache<T> {
  private map = new Map<string, Entry<T>>();
  private gen = 0;
  private chars = 0;
  /** Swept once this analysis already (a second sweep could free nothing new). */
  private swept = -1;
  /** Results computed because they were not cached, in total (for tests and benches). */
  misses = 0;

  constructor(
    readonly maxEntries = CACHE_MAX_ENTRIES,
    readonly maxChars = CACHE_MAX_CHARS,
  ) {}

  /** Call at the start of every analysis. */
  begin(): void {
    this.gen++;
  }

  /** Call at the end of every analysis: drops what neither this analysis nor the previous one used. */
  end(): void {
    this.sweep(this.gen - 1);
  }

  get(key: string): T | undefined {
    const e = this.map.get(key);
    if (!e) return undefined;
    e.used = this.gen;
    return e.value;
  }

  /**
   * Stores a result; over the limits, after dropping what this analysis does
   * not use, it is not kept. The key must share no memory with a draft (see
   * `detach`).
   */
  set(key: string, value: T): void {
    this.misses++;
    if (!this.fits(key.length)) {
      if (this.swept !== this.gen) this.sweep(this.gen);
      this.swept = this.gen;
      if (!this.fits(key.length)) return;
    }
    this.map.set(key, { value, used: this.gen });
    this.chars += key.length;
  }

  private fits(len: number): boolean {
    return this.map.size < this.maxEntries && this.chars + len <= this.maxChars;
  }

  /** Drops entries last used before analysis `keep`. */
  private sweep(keep: number): void {
    for (const [k, e] of this.map)
      if (e.used < keep) {
        this.map.delete(k);
        this.chars -= k.length;
      }
  }

  get size(): number {
    return this.map.size;
  }

  get cachedChars(): number {
    return this.chars;
  }

  keys(): IterableIterator<string> {
    return this.map.keys();
  }
}
