/**
 * The pattern module with a check that throws on a pattern nested 20 levels or
 * more: the parser now refuses such nesting as a pattern problem, so nothing
 * in validation overflows the stack any more, and the crash path (an internal
 * failure listed as a problem, never thrown) is exercised through this
 * stand-in. Used as `vi.mock('@/rules/engine/pattern', patternThatCrashes)`.
 */
import { vi } from 'vitest';

export async function patternThatCrashes() {
  const mod = await vi.importActual<typeof import('@/rules/engine/pattern')>('@/rules/engine/pattern');
  return {
    ...mod,
    patternIssue: (src: string, ctx?: Parameters<typeof mod.patternIssue>[1]) => {
      if (src.startsWith('('.repeat(20))) throw new RangeError('Maximum call stack size exceeded');
      return mod.patternIssue(src, ctx);
    },
  };
}
