/**
 * One automaton for all phrase patterns of all rules, signals and jargon
 * terms: a trie over word tests. Each sentence is walked once from every word
 * position; the walk is bounded by the longest pattern (MAX_WORDS), so the
 * cost is linear in the text and independent of the number of rules.
 */
import type { Token } from '../text/tokenize';
import { MAX_WORDS, type Sequence, type TokenTest } from './pattern';

interface TrieNode {
  lit?: Map<string, TrieNode>;
  exact?: Map<string, TrieNode>;
  globs?: { re: RegExp; src: string; node: TrieNode }[];
  any?: TrieNode;
  num?: TrieNode;
  time?: TrieNode;
  /** Ids of the references that end here. */
  ends?: number[];
}

export interface RawMatch {
  ref: number;
  /** Token indices, `to` exclusive. */
  from: number;
  to: number;
}

const TIME_RE = /^(?:[01]?\d|2[0-3])(?:[:.][0-5]\d|u|h|uur|am|pm)$/i;

export function isTimeToken(t: Token): boolean {
  return TIME_RE.test(t.raw);
}

export class Trie {
  private root: TrieNode = {};
  size = 0;

  add(seq: Sequence, ref: number): void {
    let node = this.root;
    for (const test of seq) node = this.child(node, test);
    (node.ends ??= []).push(ref);
    this.size++;
  }

  private child(node: TrieNode, test: TokenTest): TrieNode {
    switch (test.t) {
      case 'lit': {
        const m = (node.lit ??= new Map());
        let c = m.get(test.v);
        if (!c) m.set(test.v, (c = {}));
        return c;
      }
      case 'exact': {
        const m = (node.exact ??= new Map());
        let c = m.get(test.v);
        if (!c) m.set(test.v, (c = {}));
        return c;
      }
      case 'glob': {
        const globs = (node.globs ??= []);
        let g = globs.find((x) => x.src === test.re.source);
        if (!g) globs.push((g = { re: test.re, src: test.re.source, node: {} }));
        return g.node;
      }
      case 'any':
        return (node.any ??= {});
      case 'num':
        return (node.num ??= {});
      case 'time':
        return (node.time ??= {});
    }
  }

  private step(node: TrieNode, tok: Token, out: TrieNode[]): void {
    const l = node.lit?.get(tok.key);
    if (l) out.push(l);
    const e = node.exact?.get(tok.raw);
    if (e) out.push(e);
    if (node.globs && tok.key.length <= 64) for (const g of node.globs) if (g.re.test(tok.key)) out.push(g.node);
    if (node.any) out.push(node.any);
    if (node.num && tok.isNumber) out.push(node.num);
    if (node.time && isTimeToken(tok)) out.push(node.time);
  }

  /** All matches within tokens[from, to) (one sentence). */
  matchAll(tokens: readonly Token[], from: number, to: number, out: RawMatch[]): void {
    let states: TrieNode[] = [];
    let next: TrieNode[] = [];
    for (let i = from; i < to; i++) {
      states.length = 0;
      states.push(this.root);
      // A hyphenated compound also matches single-word patterns on one of its parts (VPN-verbinding → vpn).
      const tok = tokens[i] as Token;
      if (tok.parts) {
        for (const p of tok.parts) {
          const n = this.root.lit?.get(p);
          if (n?.ends) for (const ref of n.ends) out.push({ ref, from: i, to: i + 1 });
        }
        if (this.root.exact)
          for (const p of tok.raw.split(/[-\u2010\u2011]/)) {
            const n = this.root.exact.get(p);
            if (n?.ends) for (const ref of n.ends) out.push({ ref, from: i, to: i + 1 });
          }
      }
      for (let k = i; k < to && k - i < MAX_WORDS && states.length > 0; k++) {
        next.length = 0;
        const tok = tokens[k] as Token;
        for (const s of states) this.step(s, tok, next);
        for (const n of next) if (n.ends) for (const ref of n.ends) out.push({ ref, from: i, to: k + 1 });
        [states, next] = [next, states];
      }
    }
  }
}
