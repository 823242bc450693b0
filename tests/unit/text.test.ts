import { describe, expect, it } from 'vitest';
import { detectLang, splitSentences, tokenize } from '@/rules';
import { fold } from '@/rules/text/normalize';
import { countSyllables, loadHyphenation } from '@/rules/text/syllables';

const sentences = (t: string) => splitSentences(t).map((s) => t.slice(s.start, s.end));

describe('splitSentences', () => {
  it.each([
    ['Bel dhr. Jansen even. Hij weet het.', ['Bel dhr. Jansen even.', 'Hij weet het.']],
    ['Mevr. De Vries belt u. Tot dan.', ['Mevr. De Vries belt u.', 'Tot dan.']],
    ['Zie bijv. de handleiding, o.a. hoofdstuk 2. Daarna verder.', ['Zie bijv. de handleiding, o.a. hoofdstuk 2.', 'Daarna verder.']],
    ['Het kost ca. 20 euro. Nr. 5 is klaar.', ['Het kost ca. 20 euro.', 'Nr. 5 is klaar.']],
    ['Dit i.v.m. onderhoud. Morgen weer.', ['Dit i.v.m. onderhoud.', 'Morgen weer.']],
    ['We doen het z.s.m. en melden ons. Tot straks.', ['We doen het z.s.m. en melden ons.', 'Tot straks.']],
    ['We lossen het z.s.m. op. Daarna bellen we.', ['We lossen het z.s.m. op.', 'Daarna bellen we.']],
    ['Dat komt t.z.t. goed. Groet.', ['Dat komt t.z.t. goed.', 'Groet.']],
    ['Ik bel om 14.00 uur. Het kost € 1.250,50. Klaar!', ['Ik bel om 14.00 uur.', 'Het kost € 1.250,50.', 'Klaar!']],
    ['Hm… lastig. Ik kijk.', ['Hm… lastig.', 'Ik kijk.']],
    ['Beste Anja,\n\nHet werkt weer.\nGroet,\nKees', ['Beste Anja,', 'Het werkt weer.', 'Groet,', 'Kees']],
    ['Stappen:\n1. Start opnieuw.\n2. Log in.', ['Stappen:', '1. Start opnieuw.', '2. Log in.']],
    ['Is het gelukt? Laat het weten!', ['Is het gelukt?', 'Laat het weten!']],
    ['He said "no." Then he left.', ['He said "no."', 'Then he left.']],
  ])('%j', (text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });

  it('does better than Intl.Segmenter on Dutch abbreviations and numbers', () => {
    const cases: Array<[string, number]> = [
      ['Bel dhr. Jansen even. Hij weet het.', 2],
      ['Zie bijv. de handleiding. Daarna verder.', 2],
      ['Dit i.v.m. onderhoud. Morgen weer.', 2],
      ['Het kost ca. 20 euro. Dank.', 2],
      ['Ik bel om 14.00 uur. Tot dan.', 2],
      ['Zie o.a. de FAQ. Tot dan.', 2],
      ['Mevr. Smit belt. Tot dan.', 2],
      ['Nr. 5 is klaar. Tot dan.', 2],
    ];
    const seg = new Intl.Segmenter('nl', { granularity: 'sentence' });
    let ours = 0;
    let intl = 0;
    for (const [t, n] of cases) {
      if (splitSentences(t).length === n) ours++;
      if ([...seg.segment(t)].length === n) intl++;
    }
    expect(ours).toBe(cases.length);
    expect(intl).toBeLessThan(cases.length);
  });

  it('never returns empty or overlapping ranges', () => {
    const t = '  \n\n Hallo.  \n  Daar. \n';
    const r = splitSentences(t);
    expect(r.every((s) => s.end > s.start)).toBe(true);
    for (let i = 1; i < r.length; i++) expect(r[i]!.start).toBeGreaterThanOrEqual(r[i - 1]!.end);
  });
});

describe('tokenize', () => {
  it('keeps compounds, abbreviations, numbers and accented words whole', () => {
    const t = 'Uw AD-account, z.s.m. om 14:00 (€ 1.250,50) — ideeën, reünie, naïef, 2FA en P2-incident.';
    expect(tokenize(t).map((x) => x.raw)).toEqual([
      'Uw',
      'AD-account',
      'z.s.m.',
      'om',
      '14:00',
      '1.250,50',
      'ideeën',
      'reünie',
      'naïef',
      '2FA',
      'en',
      'P2-incident',
    ]);
  });

  it('folds case, diacritics, typographic apostrophes and abbreviation dots, with exact offsets', () => {
    const t = 'Wé’ll CAFÉ Z.S.M. zo’n';
    const toks = tokenize(t);
    for (const k of toks) expect(t.slice(k.start, k.end)).toBe(k.raw);
    expect(toks.map((k) => k.key)).toEqual(['we', 'will', 'cafe', 'zsm', "zo'n"]);
  });

  it('splits English contractions into their long forms but leaves Dutch apostrophes', () => {
    expect(tokenize("I won't, we’re, it's, auto's, 's ochtends").map((k) => k.key)).toEqual([
      'i',
      'will',
      'not',
      'we',
      'are',
      'it',
      'is',
      "auto's",
      's',
      'ochtends',
    ]);
  });

  it('handles combining marks and astral characters', () => {
    const t = 'cafe\u0301 😀 𝒜bc';
    const toks = tokenize(t);
    expect(toks[0]!.key).toBe('cafe');
    for (const k of toks) expect(t.slice(k.start, k.end)).toBe(k.raw);
  });
});

describe('fold', () => {
  it('removes diacritics and lowercases', () => {
    expect(fold('Geëscaleerd ÉÉN Ĳs')).toBe('geescaleerd een ijs');
  });
});

describe('detectLang', () => {
  it('tells Dutch from English', () => {
    expect(detectLang(tokenize('Beste Anja, het werkt weer. Met vriendelijke groet'))).toBe('nl');
    expect(detectLang(tokenize('Hi Anna, we will look into it and get back to you.'))).toBe('en');
    expect(detectLang(tokenize('OK'))).toBe('nl');
  });
});

describe('countSyllables', () => {
  it('counts with hyphenation patterns once loaded', async () => {
    await loadHyphenation('nl');
    await loadHyphenation('en');
    expect(countSyllables('computer', 'nl')).toBe(3);
    expect(countSyllables('wachtwoord', 'nl')).toBe(2);
    expect(countSyllables('information', 'en')).toBe(4);
    expect(countSyllables('1234', 'nl')).toBe(0);
  });
});
