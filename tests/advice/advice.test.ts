/**
 * The advice suite: every suggestion of every finding, with each of its quick
 * picks, and "leave it out", applied inside whole emails through the same
 * code path as the card's Apply (rules/apply.ts), must give sendable text
 * (rules/advice-check.ts): no placeholder left, no doubled word, no article
 * clash, the Dutch draft's register kept, spacing and punctuation whole.
 * The emails are tests/advice/drafts.json (written from the taxonomy, u and
 * je drafts in Dutch) and every rule's own bad examples in three frames.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILTIN_RULE_SETS, Engine, tokenize } from '@/rules';
import { checkApplied, editsOf } from '@/rules/advice-check';
import { applyEdit } from '@/rules/apply';
import { draftRegister } from '@/rules/engine/advice';
import { EXAMPLE_NOW } from '@/rules/examples';
import type { Lang } from '@/rules/types';

interface Draft {
  id: string;
  lang: Lang;
  register: 'u' | 'je' | null;
  text: string;
  context?: string;
  kind: string;
}

const drafts: Draft[] = JSON.parse(readFileSync(join(import.meta.dirname, 'drafts.json'), 'utf8'));
const engine = new Engine(BUILTIN_RULE_SETS);
/** A Tuesday morning and a Friday afternoon: the computed quick picks differ. */
const MOMENTS = [EXAMPLE_NOW, new Date(2026, 0, 9, 16, 30)];

const FRAMES: Record<'nl-u' | 'nl-je' | 'en', Array<(ex: string) => string>> = {
  'nl-u': [
    (ex) => `Beste mevrouw Jansen,\n\nDank voor uw bericht. ${ex}\n\nMet vriendelijke groet,\nKees de Boer`,
    (ex) => `Geachte heer Pietersen,\n\n${ex} Bij vragen kunt u mij bellen op 020 123 4567.\n\nMet vriendelijke groet,\nSanne Visser`,
    (ex) => ex,
  ],
  'nl-je': [
    (ex) => `Hoi Sanne,\n\nDank voor je bericht. ${ex}\n\nGroet,\nKees`,
    (ex) => `Hallo Tom,\n\n${ex} Bel me gerust als je vragen hebt.\n\nGroetjes,\nIlse`,
    (ex) => ex,
  ],
  en: [
    (ex) => `Hi Tom,\n\nThanks for your message. ${ex}\n\nBest regards,\nKate`,
    (ex) => `Dear Ms Evans,\n\n${ex} If anything is unclear, please call me on 020 123 4567.\n\nKind regards,\nJohn`,
    (ex) => ex,
  ],
};

function problemsIn(text: string, lang: Lang, context?: string): string[] {
  const out: string[] = [];
  for (const now of MOMENTS) {
    const res = engine.analyze(text, { lang, context, now });
    for (const f of res.findings)
      for (const e of editsOf(f, lang))
        for (const p of checkApplied(text, e, lang)) out.push(`${f.ruleId}: ${p.check}: ${applyEdit(text, e).slice(0, 400)}`);
  }
  return out;
}

describe('advice suite: applied suggestions are sendable', () => {
  it('has drafts of every kind in both languages, and Dutch ones in both registers', () => {
    expect(drafts.length).toBeGreaterThanOrEqual(150);
    // A draft that never addresses the reader has no register to keep.
    for (const d of drafts.filter((x) => x.lang === 'nl'))
      expect([d.register, null], d.id).toContain(draftRegister(tokenize(d.text, 0, d.text.length), 'nl'));
    const langs = new Set(drafts.map((d) => `${d.lang}-${d.register ?? ''}`));
    expect([...langs].sort()).toEqual(['en-', 'nl-je', 'nl-u']);
  });

  for (const d of drafts)
    it(`${d.id}`, () => {
      expect(problemsIn(d.text, d.lang, d.context)).toEqual([]);
    });

  for (const set of BUILTIN_RULE_SETS)
    for (const rule of set.rules)
      it(`${rule.id}: its bad examples inside three emails`, () => {
        const found: string[] = [];
        for (const ex of rule.examples.bad) {
          const reg = set.lang === 'nl' ? draftRegister(tokenize(ex.text, 0, ex.text.length), 'nl') : null;
          const frames = FRAMES[set.lang === 'en' ? 'en' : reg === 'je' ? 'nl-je' : 'nl-u'];
          for (const frame of frames) found.push(...problemsIn(frame(ex.text), set.lang, ex.context));
        }
        expect(found).toEqual([]);
      });

  it('an applied suggestion follows the draft: "je" in a je draft, "u" in a u draft', () => {
    const pick = (text: string) => {
      const f = engine.analyze(text, { lang: 'nl', now: EXAMPLE_NOW }).findings.find((x) => x.ruleId === 'nl.alarming.geen-idee');
      return f?.suggestions[0] ?? '';
    };
    expect(pick('Hoi Sanne,\n\nWaarom je printer dat doet, weet ik niet.\n\nGroet,\nKees')).toContain('laat het je');
    expect(pick('Beste mevrouw Jansen,\n\nWaarom uw printer dat doet, weet ik niet.\n\nGroet,\nKees')).toContain('laat het u');
  });

  it('a message-level sentence goes after the greeting, as a sentence of its own', () => {
    const text = 'Beste Anna,\n\nUw account is weer vrijgegeven.\n\nGroet,\nKees';
    const res = engine.analyze(text, { lang: 'nl', context: 'Ik kan niet inloggen en moet om 11 uur presenteren!', now: EXAMPLE_NOW });
    const f = res.findings.find((x) => x.ruleId.startsWith('nl.no-empathy'));
    expect(f).toBeDefined();
    const [e] = editsOf(f as NonNullable<typeof f>, 'nl');
    expect(applyEdit(text, e as NonNullable<typeof e>)).toBe(
      'Beste Anna,\n\nVervelend dat het inloggen niet lukt. Uw account is weer vrijgegeven.\n\nGroet,\nKees',
    );
  });
});
