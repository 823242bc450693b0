import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packLemmas, verbTable } from '@/rules/cli/gen-verbs';
import { enForms, isEnglishParticiple, jargonStems, nlForms, nlSeparable, stemCandidates } from '@/rules/text/morph';

const ROOT = join(__dirname, '../..');

describe('English verb forms from compromise', () => {
  it('rules/text/en-verbs.json is what compromise conjugates today, for every lemma the English pack names', () => {
    const stored = JSON.parse(readFileSync(join(ROOT, 'rules/text/en-verbs.json'), 'utf8'));
    expect(stored).toEqual(verbTable(ROOT));
    for (const lemma of packLemmas(ROOT)) expect(Object.keys(stored)).toContain(lemma);
  });

  it('gives inflected and irregular forms, and knows irregular participles', () => {
    expect(enForms('look')).toEqual(expect.arrayContaining(['look', 'looks', 'looked', 'looking']));
    expect(enForms('send')).toEqual(expect.arrayContaining(['sends', 'sent', 'sending']));
    expect(enForms('be')).toEqual(expect.arrayContaining(['is', 'are', 'was', 'were', 'been', 'being']));
    for (const p of ['sent', 'done', 'taken', 'reset', 'forwarded']) expect(isEnglishParticiple(p), p).toBe(true);
    expect(isEnglishParticiple('was')).toBe(false);
  });
});

describe('Dutch word forms', () => {
  it('conjugates regular and irregular verbs', () => {
    expect(nlForms('kijken')).toEqual(expect.arrayContaining(['kijk', 'kijkt', 'keek', 'keken', 'gekeken']));
    expect(nlForms('regelen')).toEqual(expect.arrayContaining(['regel', 'regelt', 'regelde', 'geregeld']));
    expect(nlForms('maken')).toEqual(expect.arrayContaining(['maak', 'maakt', 'maakte', 'gemaakt']));
    expect(nlForms('escaleren')).toEqual(expect.arrayContaining(['escaleer', 'escaleert', 'escaleerde', 'geescaleerd']));
  });

  it('splits separable verbs into joined forms and the finite verb that leaves its particle behind', () => {
    const f = nlSeparable('uit', 'zoeken');
    expect(f.joined).toEqual(expect.arrayContaining(['uitzoeken', 'uitzoekt', 'uitgezocht']));
    expect(f.split).toEqual(expect.arrayContaining(['zoek', 'zoekt', 'zocht']));
    expect(f.particle).toBe('uit');
  });

  it('finds the stem of inflected loan verbs for the jargon lookup', () => {
    const stems = (w: string) => stemCandidates(w, 'nl');
    expect(stems('gereboot')).toContain('reboot');
    expect(stems('ge-unlockt')).toContain('unlock');
    expect(stems('uitgerold')).toContain('uitrol');
    expect(stems('gedeployed')).toContain('deploy');
    expect(jargonStems('rebooten', 'nl', 'verb')).toContain('reboot');
    expect(jargonStems('uitrollen', 'nl', 'verb')).toContain('uitrol');
    expect(jargonStems('escaleren', 'nl', 'verb')).toContain('escaleer');
  });
});
