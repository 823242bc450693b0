import type { RuleSet, RuleSetInput } from '@/rules';
import { validateRuleSet } from '@/rules';

/** A small valid Dutch rule set for engine tests (validated, so defaults are applied). */
export function testSet(overrides: Partial<RuleSetInput> = {}): RuleSet {
  const input: RuleSetInput = {
    id: 'test-nl',
    name: 'Test',
    version: 1,
    lang: 'nl',
    signals: {
      moment: ['<time>', '(vandaag|morgen|donderdag)', 'om <num> uur'],
      reason: ['omdat', 'want', 'vanwege'],
      problem: ['lukt niet', 'kan niet inloggen', 'werkt niet'],
      empathy: ['vervelend', 'sorry', 'ik begrijp'],
    },
    placeholders: { tijdstip: ['vandaag 16:00'] },
    rules: [
      {
        id: 'vague',
        category: 'vague-promise',
        severity: 'warning',
        match: { type: 'phrases', patterns: ['we (gaan|gaat) [er|ermee] [direct|meteen] [mee] aan de slag', 'zo snel mogelijk'] },
        unless: [{ signal: 'moment' }],
        message: 'Zonder moment.',
        hears: 'Ooit.',
        suggestions: ['Ik ga er vandaag om {tijdstip} mee aan de slag.'],
      },
      {
        id: 'nee',
        category: 'bare-no',
        severity: 'error',
        match: { type: 'phrases', patterns: ['nee [,] dat kan niet', 'dat is niet mogelijk'] },
        unless: [{ signal: 'reason' }],
        message: 'Kale weigering.',
        hears: 'Nee-fabriek.',
        suggestions: ['Dat kan helaas niet, omdat {reden}.'],
        replace: 'sentence',
      },
      {
        id: 'jargon',
        category: 'jargon',
        severity: 'warning',
        match: {
          type: 'jargon',
          terms: [
            { term: 'AD-account', plain: 'inlogaccount' },
            { term: 'VPN', plain: 'beveiligde verbinding' },
            { term: 'IT', plain: 'automatisering', caseSensitive: true },
          ],
        },
        message: '{term} is jargon.',
        hears: 'Wat is {term}?',
        suggestions: [],
      },
      {
        id: 'caps',
        category: 'shouting',
        severity: 'warning',
        match: { type: 'detector', detector: 'caps' },
        message: 'Hoofdletters.',
        hears: 'Geschreeuw.',
      },
      {
        id: 'bang',
        category: 'shouting',
        severity: 'warning',
        match: { type: 'detector', detector: 'exclamations' },
        message: 'Uitroeptekens.',
        hears: 'Boosheid.',
      },
      {
        id: 'empathy',
        category: 'no-empathy',
        severity: 'warning',
        match: { type: 'message' },
        when: [{ signal: 'problem', in: 'text+context' }],
        unless: [{ signal: 'empathy', in: 'text' }],
        message: 'Geen begrip.',
        hears: 'Het maakt ze niet uit.',
        suggestions: ['Vervelend dat het niet lukt.'],
      },
      {
        id: 'long',
        category: 'long-sentence',
        severity: 'info',
        match: { type: 'detector', detector: 'long-sentence', params: { maxWords: 10 } },
        message: 'Lange zin ({words} woorden).',
        hears: 'Te veel.',
      },
      {
        id: 'passive',
        category: 'passive',
        severity: 'info',
        match: { type: 'detector', detector: 'passive' },
        message: 'Lijdende vorm.',
        hears: 'Niemand.',
      },
    ],
    ...overrides,
  };
  const res = validateRuleSet(input);
  if (!res.ok) throw new Error(JSON.stringify(res.problems));
  return res.ruleSet;
}
