/**
 * Turns templates into behaviour cases: picks the register and the e-mail
 * frame deterministically, checks every case as it is made (a flag case has
 * a quote that occurs in its text) and drops exact duplicates.
 */
import type { BehaviourCase } from './cases';
import {
  EN_FRAMES,
  EN_VARS,
  type EnVar,
  type Expect,
  type Item,
  type Kind,
  type Lang,
  NL_FRAMES,
  NL_VARS,
  type NlVar,
  REG,
  REG_CYCLE,
  type Reg,
  type RegKey,
  wrap,
} from './frame';

/** A Dutch template: a function of the register, optionally limited to some registers. */
export type NlT = ((r: Reg) => Item) | { regs: readonly RegKey[]; f: (r: Reg) => Item };
/** An English template: a function of long form (true) or contraction (false), or a fixed item. */
export type EnT = ((long: boolean) => Item) | Item;

const MESSAGE_CATEGORIES = new Set(['no-empathy']);

export class Builder {
  readonly cases: BehaviourCase[] = [];
  private seen = new Set<string>();
  private ids = new Set<string>();
  private nlCount = 0;
  private enCount = 0;
  private frameCount: Record<string, number> = {};

  /** Adds a case unless one with the same key (by default: the whole text) exists. */
  private push(c: BehaviourCase, body = c.text): void {
    const key = [c.lang, c.category, c.kind, c.expect, body, c.context ?? ''].join('\u0000');
    if (this.seen.has(key)) return;
    if (this.ids.has(c.id)) throw new Error(`duplicate case id ${c.id}`);
    if (c.expect === 'flag' && !MESSAGE_CATEGORIES.has(c.category)) {
      if (!c.quote) throw new Error(`${c.id}: a flag case of a span category needs a quote`);
      if (!c.text.includes(c.quote)) throw new Error(`${c.id}: quote "${c.quote}" does not occur in "${c.text}"`);
    }
    if (c.quote === undefined) delete c.quote;
    if (c.context === undefined) delete c.context;
    this.seen.add(key);
    this.ids.add(c.id);
    this.cases.push(c);
  }

  private nextFrame(key: RegKey | 'en') {
    const list = key === 'en' ? EN_FRAMES : NL_FRAMES[key];
    const n = (this.frameCount[key] = (this.frameCount[key] ?? -1) + 1);
    return list[n % list.length] as (typeof list)[number];
  }

  private nextReg(t: NlT): Reg {
    const n = this.nlCount++;
    const regs = typeof t === 'function' ? REG_CYCLE : t.regs;
    return REG[regs[n % regs.length] as RegKey];
  }

  private make(
    lang: Lang,
    category: string,
    kind: Kind,
    id: string,
    expect: Expect,
    item: Item,
    frame: { greet: string; sign: string },
  ): BehaviourCase {
    return { id, lang, category, kind, text: wrap(frame, item.text), context: item.context, expect, quote: item.quote };
  }

  /** Dutch cases: every template `reps` times, each time with the next register and frame. */
  nl(category: string, kind: Kind, group: string, expect: Expect, templates: readonly NlT[], reps = 1): void {
    templates.forEach((t, ti) => {
      for (let k = 0; k < reps; k++) {
        const r = this.nextReg(t);
        const item = typeof t === 'function' ? t(r) : t.f(r);
        const id = `nl-${category}-${kind}-${group}-${ti}-${k}`;
        this.push(this.make('nl', category, kind, id, expect, item, this.nextFrame(r.k)), item.text);
      }
    });
  }

  /** English cases: every template with the contraction and (if it differs) the long form. */
  en(category: string, kind: Kind, group: string, expect: Expect, templates: readonly EnT[], reps = 2): void {
    templates.forEach((t, ti) => {
      for (let k = 0; k < (typeof t === 'function' ? reps : 1); k++) {
        const long = (this.enCount++ + k) % 2 === 1;
        const item = typeof t === 'function' ? t(long) : t;
        const id = `en-${category}-${kind}-${group}-${ti}-${k}`;
        this.push(this.make('en', category, kind, id, expect, item, this.nextFrame('en')), item.text);
      }
    });
  }

  /**
   * Directional pairs: the base and the edited reply share register and frame
   * and have opposite verdicts. Ids: `<prefix>-base` and `<prefix>-edit`.
   */
  dirNl(category: string, group: string, base: Expect, pairs: ReadonlyArray<readonly [(r: Reg) => Item, (r: Reg) => Item]>): void {
    const edit: Expect = base === 'flag' ? 'clean' : 'flag';
    pairs.forEach(([b, e], i) => {
      const r = REG[REG_CYCLE[this.nlCount++ % REG_CYCLE.length] as RegKey];
      const frame = this.nextFrame(r.k);
      const prefix = `nl-${category}-DIR-${group}-${i}`;
      this.push(this.make('nl', category, 'DIR', `${prefix}-base`, base, b(r), frame));
      this.push(this.make('nl', category, 'DIR', `${prefix}-edit`, edit, e(r), frame));
    });
  }

  dirEn(category: string, group: string, base: Expect, pairs: ReadonlyArray<readonly [EnT, EnT]>): void {
    const edit: Expect = base === 'flag' ? 'clean' : 'flag';
    pairs.forEach(([b, e], i) => {
      const long = this.enCount++ % 2 === 1;
      const frame = this.nextFrame('en');
      const prefix = `en-${category}-DIR-${group}-${i}`;
      const get = (t: EnT) => (typeof t === 'function' ? t(long) : t);
      this.push(this.make('en', category, 'DIR', `${prefix}-base`, base, get(b), frame));
      this.push(this.make('en', category, 'DIR', `${prefix}-edit`, edit, get(e), frame));
    });
  }

  /** Invariance: the same reply under every variant (register, names, product, time, frame) keeps its verdict. */
  invNl(category: string, group: string, expect: Expect, make: (v: NlVar) => Item): void {
    NL_VARS.forEach((v, i) => {
      this.push(this.make('nl', category, 'INV', `nl-${category}-INV-${group}-${i}`, expect, make(v), v.frame));
    });
  }

  invEn(category: string, group: string, expect: Expect, make: (v: EnVar) => Item): void {
    EN_VARS.forEach((v, i) => {
      this.push(this.make('en', category, 'INV', `en-${category}-INV-${group}-${i}`, expect, make(v), v.frame));
    });
  }
}
