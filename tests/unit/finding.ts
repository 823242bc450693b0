/** A finding as the engine reports it, for component tests; `over` sets what a test cares about. */
import type { Finding } from '@/rules';

export function finding(over: Partial<Finding> = {}): Finding {
  return {
    ruleId: 'en.vague',
    ruleSetId: 'builtin.en',
    category: 'vague-promise',
    severity: 'warning',
    scope: 'span',
    start: 0,
    end: 4,
    text: 'soon',
    message: 'No moment given.',
    hears: 'Never.',
    suggestions: ['Today.'],
    replaceStart: 0,
    replaceEnd: 4,
    ...over,
  };
}
