/**
 * The built-in packs for the mail page, asked from the background once per
 * page (the content script does not bundle them: they are most of its size).
 * A failed ask (the background was starting) is tried again on the next load.
 */
import type { RuleSet } from '@/rules';
import { sendMessage } from '@/utils/messaging';

let asked: Promise<readonly RuleSet[]> | null = null;

export function builtinRuleSets(): Promise<readonly RuleSet[]> {
  asked ??= sendMessage('builtinRuleSets', undefined).catch((e: unknown) => {
    asked = null;
    throw e;
  });
  return asked;
}
