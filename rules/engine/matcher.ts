/**
 * One automaton for all phrase patterns of all rules, signals and jargon
 * terms: a trie over word tests, where a clause gap (`...`) is a node that
 * loops on any word not starting a new clause. Each sentence is walked from
 * every word position, at most WINDOW words ahead, with each node visited at
 * most once per step, so the cost is linear in the text and bounded by the
 * size of the automaton, whatever the patterns.
 */
import type { Token } from '../text/tokenize';
import { GAP_MAX, type Sequence, STAR_WINDOW, type TokenTest, WINDOW } from './pattern';

interface TrieNode {
  lit?: Map<string, TrieNode>;
  exact?: Map<string, TrieNode>;
  globs?: { re: RegExp; src: string; node: TrieNode }[];
  sets?: Map<ReadonlySet<string>, { test: Extract<TokenTest, { t: 'set' }>; node: TrieNode }>;
  /** Built on first use: the nodes each word reaches through a word set, and the sets that also have globs. */
  setIndex?: Map<string, TrieNode[]>;
  setGlobs?: { test: Extract<TokenTest, { t: 'set' }>; node: TrieNode }[];
  any?: TrieNode;
  num?: TrieNode;
  time?: TrieNode;
  name?: TrieNode;
  /** A clause gap: this node's children may be reached after any number of words of the same clause. */
  star?: TrieNode;
  /** True on a clause-gap node: it loops on every word that does not start a new clause. */
  loop?: boolean;
  /** A `..` gap: the first of GAP_MAX + 1 skip states, each of which also stands for the node after the gap. */
  gap?: TrieNode;
  /** Epsilon edges: nodes entered together with this one (a skip state of a gap → the node after it). */
  eps?: TrieNode[];
  /** The node after a gap, reached from its skip states. */
  after?: TrieNode;
  /** Ids of the references that end here. */
  ends?: number[];
  /** The last step this node was put in the state list (dedupes states). */
  mark?: number;
}

export interface RawMatch {
  ref: number;
  /** Token indices, `to` exclusive. */
  from: number;
  to: number;
}

const NAME_RE = /^\p{Lu}\p{Ll}/u;
const TIME_RE = /^(?:[01]?\d|2[0-3])(?:[:.][0-5]\d|u|h|uur|am|pm)$/i;

export function isTimeToken(t: Token): boolean {
  return TIME_RE.test(t.raw);
}

/** One word lookup for all word sets leaving a node, instead of one lookup per set. */
function indexSets(node: TrieNode): void {
  const index = new Map<string, TrieNode[]>();
  const globs: NonNullable<TrieNode['setGlobs']> = [];
  for (const g of node.sets?.values() ?? []) {
    for (const w of g.test.words) {
      const list = index.get(w);
      if (list) list.push(g.node);
      else index.set(w, [g.node]);
    }
    if (g.test.globs) globs.push(g);
  }
  node.setIndex = index;
  node.setGlobs = globs.length ? globs : undefined;
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
      case 'set': {
        const sets = (node.sets ??= new Map());
        let g = sets.get(test.words);
        if (!g || g.test.globs !== test.globs) {
          g = { test, node: {} };
          if (!sets.has(test.words)) sets.set(test.words, g);
          else sets.set(new Set(test.words), g);
        }
        node.setIndex = undefined;
        return g.node;
      }
      case 'any':
        return (node.any ??= {});
      case 'num':
        return (node.num ??= {});
      case 'time':
        return (node.time ??= {});
      case 'name':
        return (node.name ??= {});
      case 'star':
        return (node.star ??= { loop: true });
      case 'gap': {
        if (!node.gap) {
          // gap → s0 -any→ s1 -any→ s2 -any→ s3; every s_i also stands for `after` (0 to 3 words skipped).
          const after: TrieNode = {};
          let next: TrieNode | undefined;
          for (let i = GAP_MAX; i >= 0; i--) {
            const skip: TrieNode = { eps: [after], after };
            if (next) skip.any = next;
            next = skip;
          }
          node.gap = next;
        }
        return node.gap?.after as TrieNode;
      }
    }
  }

  private gen = 0;

  private push(out: TrieNode[], n: TrieNode): void {
    if (n.mark === this.gen) return;
    n.mark = this.gen;
    out.push(n);
    // A clause gap or a bounded gap may be empty: its node is entered together with the node before it.
    if (n.star && n.star.mark !== this.gen) {
      n.star.mark = this.gen;
      out.push(n.star);
    }
    if (n.gap) this.push(out, n.gap);
    if (n.eps) for (const e of n.eps) this.push(out, e);
  }

  /** Per word of the sentence being matched: 1 = a clock time, 2 = a name (capitalised, not first). */
  private flags = new Uint8Array(0);

  private step(node: TrieNode, tok: Token, k: number, span: number, out: TrieNode[]): void {
    // Nothing after a clause gap crosses into the next clause, or runs on past STAR_WINDOW words.
    if (node.loop && (tok.brk || span >= STAR_WINDOW)) return;
    if (node.loop) this.push(out, node);
    const l = node.lit?.get(tok.key);
    if (l) this.push(out, l);
    const e = node.exact?.get(tok.raw);
    if (e) this.push(out, e);
    if (node.globs && tok.key.length <= 64) for (const g of node.globs) if (g.re.test(tok.key)) this.push(out, g.node);
    if (node.sets) {
      if (!node.setIndex) indexSets(node);
      const hits = node.setIndex?.get(tok.key);
      if (hits) for (const h of hits) this.push(out, h);
      if (node.setGlobs && tok.key.length <= 64)
        for (const g of node.setGlobs)
          if (!g.test.words.has(tok.key) && g.test.globs?.some((re) => re.test(tok.key))) this.push(out, g.node);
    }
    if (node.any) this.push(out, node.any);
    if (node.num && tok.isNumber) this.push(out, node.num);
    if (node.time && this.flags[k] === 1) this.push(out, node.time);
    if (node.name && this.flags[k] === 2) this.push(out, node.name);
  }

  /** All matches within tokens[from, to) (one sentence). */
  matchAll(tokens: readonly Token[], from: number, to: number, out: RawMatch[]): void {
    let states: TrieNode[] = [];
    let next: TrieNode[] = [];
    if (this.flags.length < tokens.length) this.flags = new Uint8Array(Math.max(tokens.length, this.flags.length * 2));
    for (let k = from; k < to; k++) {
      const t = tokens[k] as Token;
      this.flags[k] = isTimeToken(t) ? 1 : k > 0 && NAME_RE.test(t.raw) ? 2 : 0;
    }
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
      if (this.root.star) states.push(this.root.star);
      for (let k = i; k < to && k - i < WINDOW && states.length > 0; k++) {
        next.length = 0;
        this.gen++;
        const tok = tokens[k] as Token;
        for (const s of states) this.step(s, tok, k, k - i, next);
        for (const n of next) if (n.ends) for (const ref of n.ends) out.push({ ref, from: i, to: k + 1 });
        [states, next] = [next, states];
      }
    }
  }
}
