/**
 * Behavioural test cases for Helder in the style of CheckList (Ribeiro et
 * al., ACL 2020), written from /work/shared/TAXONOMY.md only.
 *
 * - MFT (minimum functionality): a construction in many surface forms, and
 *   the near misses of the taxonomy's "do NOT flag" column.
 * - INV (invariance): names, products, times, greeting, sign-off and register
 *   changed; the verdict must not change.
 * - DIR (directional): one edit (a moment, a reason, an alternative, an
 *   acknowledgement, an explanation, a named actor, a reproach) flips the
 *   verdict; the pair shares an id prefix (`…-base`, `…-edit`).
 *
 * Generated from templates × fillers, deterministically (no randomness).
 */
import { Builder } from './builder';
import { englishCases } from './en';
import { dutchCases } from './nl';

export interface BehaviourCase {
  id: string;
  lang: 'nl' | 'en';
  category: string;
  kind: 'MFT' | 'INV' | 'DIR';
  text: string;
  /** The customer's message being answered. */
  context?: string;
  /**
   * `flag`: a finding of `category` must exist; for span categories it must
   * overlap the first occurrence of `quote`; for no-empathy it is a message
   * finding. `clean`: no finding of `category` at all.
   */
  expect: 'flag' | 'clean';
  quote?: string;
}

/** The categories TAXONOMY.md scores (a contract; the engine's own list). */
export { SCORED_CATEGORIES } from '../../rules/types';

/** Categories whose findings are about the whole message (no quote). */
export const MESSAGE_CATEGORIES: readonly string[] = ['no-empathy'];

let cached: BehaviourCase[] | undefined;

export function behaviourCases(): BehaviourCase[] {
  if (!cached) {
    const b = new Builder();
    dutchCases(b);
    englishCases(b);
    cached = b.cases;
  }
  return cached.map((c) => ({ ...c }));
}
