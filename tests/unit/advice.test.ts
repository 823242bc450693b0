import { describe, expect, it } from 'vitest';
import { checkApplied } from '@/rules/advice-check';
import { computePick, draftRegister, insertionPoint, plainForRegister, removalEdit, resolveRegister } from '@/rules/engine/advice';
import { teamSignature } from '@/rules/engine/signature';
import { tokenize } from '@/rules/text/tokenize';

const reg = (s: string) => draftRegister(tokenize(s, 0, s.length), 'nl');
const TUESDAY_10 = new Date(2026, 0, 6, 10, 0);
const FRIDAY_1630 = new Date(2026, 0, 9, 16, 30);

describe('register of a Dutch draft', () => {
  it('follows the majority of the forms of address, and says nothing when there are none', () => {
    expect(reg('Hoi Sanne, je laptop is klaar. Kom je hem halen?')).toBe('je');
    expect(reg('Beste mevrouw Jansen, uw laptop is klaar. Kunt u hem ophalen?')).toBe('u');
    expect(reg('De printer werkt weer.')).toBeNull();
    expect(draftRegister(tokenize('Your laptop', 0, 11), 'en')).toBeNull();
  });
  it('picks the form for the register, "u" when the draft does not say', () => {
    expect(resolveRegister('zo {u:voorkomt u|je:voorkom je} het', 'je')).toBe('zo voorkom je het');
    expect(resolveRegister('zo {u:voorkomt u|je:voorkom je} het', null)).toBe('zo voorkomt u het');
  });
  it('turns a plain explanation written with "u" to "je" for a je draft', () => {
    expect(plainForRegister('controle wie u bent', 'je')).toBe('controle wie je bent');
    expect(plainForRegister('versleuteling van uw laptop', 'je')).toBe('versleuteling van je laptop');
    expect(plainForRegister('versleuteling van uw laptop', 'u')).toBe('versleuteling van uw laptop');
    expect(plainForRegister('heeft u een code', 'je')).toBe('heb je een code');
  });
});

describe('computed quick picks', () => {
  it('offer a later hour today only within working hours, and the next working day by name', () => {
    expect(computePick('vandaag vóór <hour+2>', 'nl', TUESDAY_10)).toBe('vandaag vóór 12:00');
    expect(computePick('vandaag vóór <hour+2>', 'nl', FRIDAY_1630)).toBeNull();
    expect(computePick('<day+1> om 10:00', 'nl', TUESDAY_10)).toBe('morgen om 10:00');
    expect(computePick('<day+1> om 10:00', 'nl', FRIDAY_1630)).toBe('maandag om 10:00');
    expect(computePick('by noon <day+1>', 'en', FRIDAY_1630)).toBe('by noon on Monday');
    expect(computePick('by <hour+2> today', 'en', TUESDAY_10)).toBe('by noon today');
  });
});

describe('leaving words out', () => {
  const sentence = (text: string) => ({ start: 0, end: text.length });
  const drop = (text: string, words: string) => {
    const a = text.indexOf(words);
    const e = removalEdit(text, a, a + words.length, sentence(text));
    return e && text.slice(0, e.start) + e.text + text.slice(e.end);
  };
  it('takes a space or the comma along and capitalises what then starts the sentence', () => {
    expect(drop('Je moet gewoon even je cache legen.', 'gewoon')).toBe('Je moet even je cache legen.');
    expect(drop('Zoals ik al zei, de laptop moet aan het net.', 'Zoals ik al zei')).toBe('De laptop moet aan het net.');
    expect(drop('Start hem opnieuw op, dat is echt basis.', 'dat is echt basis')).toBe('Start hem opnieuw op.');
  });
  it('refuses when the words carry the clause', () => {
    expect(drop('Zoals ik al eerder zei moet je opnieuw opstarten.', 'Zoals ik al eerder zei')).toBeNull();
  });
});

describe('where a message-level sentence goes', () => {
  const greeting = /^\s*(?:beste|hoi|hi)\b[^\n]*\n/iu;
  it('starts the body after a greeting line, or follows an inline greeting sentence', () => {
    expect(insertionPoint('Beste Anna,\n\nDe printer werkt.', greeting)).toEqual({ at: 13, before: '', after: ' ' });
    expect(insertionPoint('Hoi Anna, de printer werkt. Groet', greeting)).toEqual({ at: 27, before: ' ', after: '' });
    expect(insertionPoint('De printer werkt.', greeting)).toEqual({ at: 0, before: '', after: ' ' });
  });
});

describe('the advice checks find what breaks a draft', () => {
  const text = 'Beste Anna,\n\nIk kijk ernaar. Groet, Kees';
  const at = text.indexOf('Ik kijk ernaar');
  const edit = (t: string) => ({ start: at, end: at + 'Ik kijk ernaar'.length, text: t });
  it.each([
    ['placeholder left', 'Ik kijk ernaar {wanneer}'],
    ['doubled word', 'Ik kijk ernaar vandaag vandaag'],
    ['article clash', 'Ik kijk naar de het scherm'],
    ['double space', 'Ik kijk  ernaar'],
    ['doubled punctuation', 'Ik kijk ernaar.'],
    ['sentence starts lower-case', 'ik kijk ernaar'],
  ])('%s', (check, t) => {
    expect(checkApplied(text, edit(t), 'nl').map((p) => p.check)).toContain(check);
  });
  it('register: "je" brought into a "u" draft', () => {
    const u = 'Beste mevrouw Jansen,\n\nUw laptop is klaar. Ik bel u morgen.';
    const a = u.indexOf('Ik bel u morgen');
    expect(checkApplied(u, { start: a, end: a + 15, text: 'Ik bel je morgen' }, 'nl').map((p) => p.check)).toContain(
      'register (je in a u draft)',
    );
  });
  it('a sentence glued to the greeting', () => {
    const g = 'Beste Anna,\n\nDe printer werkt.';
    expect(checkApplied(g, { start: 11, end: 11, text: 'Vervelend dat het niet lukt.' }, 'nl').length).toBeGreaterThan(0);
  });
  it('passes a clean edit', () => {
    expect(checkApplied(text, edit('Ik kijk er vandaag vóór 16:00 naar'), 'nl')).toEqual([]);
  });
});

describe('a signature that names only a team', () => {
  const team = new Set(['servicedesk', 'ict', 'it', 'support', 'team']);
  const sig = (text: string) => {
    const at = teamSignature(text, team);
    return at && text.slice(at[0], at[1]);
  };
  it('is found after the sign-off, on its line or inline', () => {
    expect(sig('Beste Jan, het werkt weer.\n\nMet vriendelijke groet,\nServicedesk ICT')).toBe('Servicedesk ICT');
    expect(sig('Hoi, het werkt weer. Groet, IT Support')).toBe('IT Support');
  });
  it('is no team signature with a person in it, or without a signature', () => {
    expect(sig('Beste Jan, het werkt weer.\n\nGroet,\nKees (Servicedesk ICT)')).toBeNull();
    expect(sig('Beste Jan, het werkt weer. Groet, Linda, Servicedesk')).toBeNull();
    expect(sig('Beste Jan, het werkt weer.')).toBeNull();
  });
  it('reads only the end of a long text', () => {
    expect(sig(`${'Groet, Servicedesk. '.repeat(50000)}Groet, Kees`)).toBeNull();
  });
});
