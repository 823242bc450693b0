import { describe, expect, it } from 'vitest';
import type { Finding } from '@/rules';
import { analyze, BUILTIN_RULE_SETS, Engine, scoreFindings } from '@/rules';
import { testSet } from './fixtures';

const set = testSet();
const sets = [set];
const run = (text: string, context?: string) => analyze(text, { ruleSets: sets, lang: 'nl', context });
const ids = (fs: Finding[]) => fs.map((f) => `${f.ruleId}:${f.text}`);

describe('phrase rules', () => {
  it('finds inflections and optional words across formatting-free text, with exact offsets', () => {
    const t = 'Beste Anja,\n\nWe gaan er DIRECT mee aan de slag. Groet';
    const r = run(t);
    const f = r.findings.find((x) => x.ruleId === 'vague')!;
    expect(f.text).toBe('We gaan er DIRECT mee aan de slag');
    expect(t.slice(f.start, f.end)).toBe(f.text);
  });

  it('does not fire when the condition holds in the same or the next sentence', () => {
    expect(ids(run('We gaan ermee aan de slag. Ik bel u om 14:00.').findings)).not.toContain('vague:We gaan ermee aan de slag');
    expect(ids(run('We gaan ermee aan de slag. Groet. Tot donderdag.').findings)).toContain('vague:We gaan ermee aan de slag');
  });

  it('never matches across a sentence boundary', () => {
    expect(run('Nee. Dat kan niet?').findings.filter((f) => f.ruleId === 'nee')).toHaveLength(0);
  });

  it('replaces the whole sentence when the rule says so', () => {
    const t = 'Hoi Bas,\nnee, dat kan niet.\nGroet';
    const f = run(t).findings.find((x) => x.ruleId === 'nee')!;
    expect(t.slice(f.replaceStart, f.replaceEnd)).toBe('nee, dat kan niet.');
    expect(f.suggestions[0]).toBe('Dat kan helaas niet, omdat {reden}.');
  });

  it('fits the case of a suggestion to its place in the sentence', () => {
    const f = run('Beste Anja, we gaan ermee aan de slag.').findings.find((x) => x.ruleId === 'vague')!;
    expect(f.suggestions[0]).toMatch(/^ik ga/);
    const g = run('We gaan ermee aan de slag.').findings.find((x) => x.ruleId === 'vague')!;
    expect(g.suggestions[0]).toMatch(/^Ik ga/);
  });
});

describe('jargon', () => {
  it('flags terms and compounds with the plain alternative as suggestion', () => {
    const r = run('Uw AD-account werkt. De VPN-verbinding valt weg.');
    expect(ids(r.findings)).toEqual(['jargon:AD-account', 'jargon:VPN-verbinding']);
    expect(r.findings[0]!.message).toBe('AD-account is jargon.');
    expect(r.findings[0]!.suggestions).toEqual(['inlogaccount']);
  });

  it.each([
    'De VPN (de beveiligde verbinding met kantoor) is stuk.',
    'De VPN, de beveiligde verbinding met kantoor, is stuk.',
    'Een beveiligde verbinding met kantoor (VPN) is stuk.',
    'De beveiligde verbinding, ook wel VPN genoemd, is stuk.',
  ])('does not flag a term explained in place: %s', (t) => {
    expect(run(t).findings.filter((f) => f.ruleId === 'jargon')).toEqual([]);
  });

  it('does not flag later uses of a term explained earlier', () => {
    expect(run('De VPN (beveiligde verbinding) is stuk. Start de VPN opnieuw.').findings.filter((f) => f.ruleId === 'jargon')).toEqual([]);
  });

  it('honours case-sensitive terms', () => {
    expect(ids(run('Bel IT even.').findings)).toContain('jargon:IT');
    expect(ids(run('Het is goed, it works.').findings).filter((x) => x.startsWith('jargon'))).toEqual([]);
  });
});

describe('detectors', () => {
  it('flags shouting but not acronyms or single exclamation marks', () => {
    const r = run('Dit is DRINGEND!! Gebruik de VPN! Start NIET opnieuw.');
    expect(ids(r.findings).filter((x) => x.startsWith('caps') || x.startsWith('bang'))).toEqual(['caps:DRINGEND', 'bang:!!', 'caps:NIET']);
  });

  it('flags long sentences', () => {
    expect(ids(run('Een twee drie vier vijf zes zeven acht negen tien elf twaalf.').findings)).toContain(
      'long:Een twee drie vier vijf zes zeven acht negen tien elf twaalf.',
    );
  });

  it('flags a Dutch passive without an actor, not one with "door"', () => {
    expect(ids(run('Uw verzoek wordt morgen opgepakt.').findings)).toContain('passive:wordt morgen opgepakt');
    expect(ids(run('Uw verzoek wordt door Jan opgepakt.').findings).filter((x) => x.startsWith('passive'))).toEqual([]);
  });
});

describe('message rules', () => {
  it('reads the context and inserts after the greeting', () => {
    const t = 'Hoi Anja,\n\nIk heb het hersteld.\n\nGroet';
    const r = run(t, 'Het lukt niet om te printen!');
    const f = r.findings.find((x) => x.ruleId === 'empathy')!;
    expect(f.scope).toBe('message');
    expect(f.start).toBe(0);
    expect(f.end).toBe(t.length);
    expect(f.text).toBe(t);
    expect(t.slice(f.replaceStart)).toMatch(/^Ik heb/);
    expect(run(t, 'Waar vind ik de handleiding?').findings.some((x) => x.ruleId === 'empathy')).toBe(false);
    expect(run(`Vervelend! ${t}`, 'Het lukt niet.').findings.some((x) => x.ruleId === 'empathy')).toBe(false);
  });
});

describe('result', () => {
  it('is sorted, deterministic and scores per the documented formula', () => {
    const t = 'Nee, dat kan niet. Uw AD-account is DRINGEND!! We gaan ermee aan de slag.';
    const a = run(t);
    const b = new Engine(sets).analyze(t, { lang: 'nl' });
    expect(a).toEqual(b);
    for (let i = 1; i < a.findings.length; i++) expect(a.findings[i]!.start).toBeGreaterThanOrEqual(a.findings[i - 1]!.start);
    expect(a.score).toBe(scoreFindings(a.findings));
    expect(scoreFindings([])).toBe(100);
    const e = { ruleId: 'x', severity: 'error' } as Finding;
    expect(scoreFindings([e, e])).toBe(Math.round(100 - 15 - 7.5));
  });

  it('detects the language when not given and reports stats', () => {
    const r = analyze('Hi Anna, we will look into it. Thanks for your patience and regards.', { ruleSets: BUILTIN_RULE_SETS });
    expect(r.lang).toBe('en');
    expect(r.stats.words).toBeGreaterThan(5);
    expect(r.stats.sentences).toBe(2);
  });

  it('ignores disabled rules', () => {
    const off = testSet();
    for (const r of off.rules) r.enabled = false;
    expect(analyze('Nee, dat kan niet. DRINGEND!!', { ruleSets: [off], lang: 'nl' }).findings).toEqual([]);
  });

  it('reuses per-sentence work: re-analysing after an edit only changes the edited sentence', () => {
    const engine = new Engine(sets);
    const base = 'Uw AD-account werkt. Nee, dat kan niet.';
    const r1 = engine.analyze(base, { lang: 'nl' });
    const r2 = engine.analyze(`${base} Extra zin.`, { lang: 'nl' });
    expect(r2.findings.slice(0, r1.findings.length)).toEqual(r1.findings);
  });
});

describe('English passive and moments without an NLP library', () => {
  it('finds passives that hide the actor, and a moment in a signal silences a vague promise', () => {
    const en = testSet({
      id: 'test-en',
      lang: 'en',
      signals: { moment: ['(on|by) (monday|tuesday|wednesday|thursday|friday)'] },
      rules: [
        {
          id: 'p',
          category: 'passive',
          severity: 'info',
          match: { type: 'detector', detector: 'passive', words: ['forwarded'] },
          message: 'Passive.',
          hears: 'Nobody.',
        },
        {
          id: 'v',
          category: 'vague-promise',
          severity: 'warning',
          match: { type: 'phrases', patterns: ["we'll get back to you"] },
          unless: [{ signal: 'moment' }],
          message: 'When?',
          hears: 'Never.',
        },
      ],
    });
    const r = analyze("Your request has been forwarded. It will be looked at. We'll get back to you.", { ruleSets: [en], lang: 'en' });
    expect(ids(r.findings)).toEqual(['p:been forwarded', 'p:be looked', "v:We'll get back to you"]);
    // A fact needs no actor (has been unlocked); a named actor or a deadline after "by" is told apart.
    const quiet = analyze('It has been unlocked. You will be contacted by Jan.', { ruleSets: [en], lang: 'en' });
    expect(quiet.findings).toEqual([]);
    expect(ids(analyze('An update will be provided by Friday.', { ruleSets: [en], lang: 'en' }).findings)).toEqual(['p:be provided']);
    expect(analyze("We'll get back to you on Thursday.", { ruleSets: [en], lang: 'en' }).findings).toEqual([]);
  });
});

describe('compiling without blocking the page', () => {
  it('builds in slices and analyses exactly like the engine built at once', async () => {
    let slices = 0;
    const timer = globalThis.setTimeout;
    const spy = ((fn: () => void, ms?: number) => {
      slices++;
      return timer(fn, ms);
    }) as typeof setTimeout;
    globalThis.setTimeout = spy;
    try {
      const sliced = await Engine.create(BUILTIN_RULE_SETS, 1);
      const text = 'Beste Anja, we gaan ermee aan de slag. Nee, dat kan niet. Je moet gewoon even je DNS-cache flushen.';
      expect(sliced.analyze(text, { lang: 'nl' })).toEqual(new Engine(BUILTIN_RULE_SETS).analyze(text, { lang: 'nl' }));
    } finally {
      globalThis.setTimeout = timer;
    }
    expect(slices).toBeGreaterThan(2);
  });
});
