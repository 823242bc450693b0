import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, BUILTIN_RULE_SETS, compareFindings, splitSentences, tokenize } from '@/rules';

const words = [
  'we',
  'gaan',
  'ermee',
  'aan',
  'de',
  'slag',
  'nee',
  'dat',
  'kan',
  'niet',
  'AD-account',
  'DRINGEND',
  '!!',
  'z.s.m.',
  '14.00',
  'uur',
  'VPN',
  "we'll",
  'look',
  'into',
  'it',
  'sorry',
  'ﬁx',
  'e\u0301',
  '😀',
  '\n',
  '.',
  ',',
  '(',
  ')',
  '…',
];
const mailish = fc.array(fc.constantFrom(...words), { maxLength: 200 }).map((w) => w.join(' '));
const anyText = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 300 }), mailish);

function checkResult(text: string, lang?: 'nl' | 'en') {
  const r = analyze(text, { ruleSets: BUILTIN_RULE_SETS, lang });
  expect(r.score).toBeGreaterThanOrEqual(0);
  expect(r.score).toBeLessThanOrEqual(100);
  for (const f of r.findings) {
    expect(f.start).toBeGreaterThanOrEqual(0);
    expect(f.end).toBeLessThanOrEqual(text.length);
    expect(f.start).toBeLessThanOrEqual(f.end);
    expect(text.slice(f.start, f.end)).toBe(f.text);
    expect(f.replaceStart).toBeGreaterThanOrEqual(0);
    expect(f.replaceEnd).toBeLessThanOrEqual(text.length);
    expect(f.replaceStart).toBeLessThanOrEqual(f.replaceEnd);
  }
  for (let i = 1; i < r.findings.length; i++) expect(compareFindings(r.findings[i - 1]!, r.findings[i]!)).toBeLessThanOrEqual(0);
  expect(analyze(text, { ruleSets: BUILTIN_RULE_SETS, lang })).toEqual(r);
}

describe('analyze on arbitrary input', () => {
  it('never throws, keeps offsets valid, sorted and deterministic', () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom(undefined, 'nl' as const, 'en' as const), (text, lang) => checkResult(text, lang)),
      { numRuns: 400 },
    );
  });

  it('tokens and sentences always point into the text', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        for (const t of tokenize(text)) expect(text.slice(t.start, t.end)).toBe(t.raw);
        for (const s of splitSentences(text)) {
          expect(s.start).toBeGreaterThanOrEqual(0);
          expect(s.end).toBeLessThanOrEqual(text.length);
          expect(s.end).toBeGreaterThan(s.start);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('handles a 1 MB reply', () => {
    const sentence = 'We gaan ermee aan de slag, uw AD-account is DRINGEND geblokkeerd!! Nee, dat kan niet. ';
    const text = sentence.repeat(Math.ceil(1_000_000 / sentence.length));
    checkResult(text, 'nl');
    const noBreaks = 'woord '.repeat(170_000);
    checkResult(noBreaks);
  });

  it('survives lone surrogates and control characters', () => {
    checkResult('\ud800 abc \udfff \u0000 \u202e NEE!! \u200b');
  });
});
