/**
 * Building blocks for the behaviour cases: Dutch register (u / je / jij /
 * jullie / Flemish ge and gij), persons, e-mail frames (greeting + sign-off)
 * and the variants used by the invariance tests. Everything is deterministic.
 */

export type Lang = 'nl' | 'en';
export type Kind = 'MFT' | 'INV' | 'DIR';
export type Expect = 'flag' | 'clean';

/** What a template produces: the body of the reply, the quote to hit, the customer's message. */
export interface Item {
  text: string;
  quote?: string;
  context?: string;
}

export const F = (text: string, quote: string, context?: string): Item => ({ text, quote, context });
export const C = (text: string, context?: string): Item => ({ text, context });

export const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
/** A sentence without its final punctuation: the usual quote. */
export const bare = (s: string): string => s.replace(/[.!?…]+$/u, '');

// ---------------------------------------------------------------------------
// Dutch register

export type RegKey = 'u' | 'je' | 'jij' | 'jullie' | 'ge' | 'gij';

export interface Reg {
  k: RegKey;
  /** Subject pronoun, lower and capitalised. */
  u: string;
  U: string;
  /** Object pronoun. */
  o: string;
  /** Possessive, lower and capitalised. */
  uw: string;
  Uw: string;
  pl: boolean;
  /** Finite verb after the reader as subject: `u kunt`, `jullie kunnen`. */
  v(sg: string, pl: string): string;
  /** Finite verb before the reader (inversion): `kunt u`, `kun je`, `kunnen jullie`, `kunt ge`. */
  vi(sg: string, bareSg: string, pl: string): string;
  /** Form of "zijn": `u bent`, `ge zijt`, `jullie zijn`. */
  bent: string;
}

function reg(k: RegKey, u: string, o: string, uw: string): Reg {
  const pl = k === 'jullie';
  const jeLike = k === 'je' || k === 'jij';
  const geLike = k === 'ge' || k === 'gij';
  return {
    k,
    u,
    U: cap(u),
    o,
    uw,
    Uw: cap(uw),
    pl,
    v: (sg, p) => (pl ? p : sg),
    vi: (sg, b, p) => (pl ? p : jeLike ? b : sg),
    bent: pl ? 'zijn' : geLike ? 'zijt' : 'bent',
  };
}

export const REG: Record<RegKey, Reg> = {
  u: reg('u', 'u', 'u', 'uw'),
  je: reg('je', 'je', 'je', 'je'),
  jij: reg('jij', 'jij', 'jou', 'jouw'),
  jullie: reg('jullie', 'jullie', 'jullie', 'jullie'),
  ge: reg('ge', 'ge', 'u', 'uw'),
  gij: reg('gij', 'gij', 'u', 'uw'),
};

/** Register used for the n-th Dutch case when a template does not ask for one. */
export const REG_CYCLE: readonly RegKey[] = ['u', 'je', 'u', 'je', 'ge', 'u', 'jij', 'je', 'u', 'gij'];

// ---------------------------------------------------------------------------
// Persons

export interface NlSubj {
  s: string;
  n: 1 | 3 | 9;
  /** A sentence that introduces the referent (for "zij"). */
  pre?: string;
}

export const NL_SUBJ: readonly NlSubj[] = [
  { s: 'ik', n: 1 },
  { s: 'we', n: 9 },
  { s: 'wij', n: 9 },
  { s: 'mijn collega', n: 3 },
  { s: 'onze beheerders', n: 9 },
  { s: 'de leverancier', n: 3 },
  { s: 'zij', n: 9, pre: "Mijn collega's van het netwerkteam weten ervan." },
];

/** Conjugate for a Dutch subject: first person singular, third singular, plural. */
export const cj = (S: NlSubj, f1: string, f3: string, f9: string): string => (S.n === 1 ? f1 : S.n === 3 ? f3 : f9);

export interface EnSubj {
  s: string;
  will: [string, string];
  be: [string, string];
  /** -s or not in the present tense. */
  third: boolean;
  pre?: string;
}

export const EN_SUBJ: readonly EnSubj[] = [
  { s: 'I', will: ["I'll", 'I will'], be: ["I'm", 'I am'], third: false },
  { s: 'we', will: ["we'll", 'we will'], be: ["we're", 'we are'], third: false },
  { s: 'my colleague', will: ['my colleague will', 'my colleague will'], be: ['my colleague is', 'my colleague is'], third: true },
  { s: 'our admins', will: ['our admins will', 'our admins will'], be: ['our admins are', 'our admins are'], third: false },
  { s: 'the supplier', will: ['the supplier will', 'the supplier will'], be: ['the supplier is', 'the supplier is'], third: true },
  {
    s: 'they',
    will: ["they'll", 'they will'],
    be: ["they're", 'they are'],
    third: false,
    pre: 'My colleagues on the network team know about it.',
  },
];

// ---------------------------------------------------------------------------
// Frames

export interface Frame {
  greet: string;
  sign: string;
}

const fr = (greet: string, sign: string): Frame => ({ greet, sign });

export const NL_FRAMES: Record<RegKey, readonly Frame[]> = {
  u: [
    fr('Beste mevrouw De Vries,', 'Met vriendelijke groet,\nKees'),
    fr('Geachte heer Jansen,', 'Met vriendelijke groet,\nServicedesk'),
    fr('Goedemiddag mevrouw Bakker,', 'Vriendelijke groet,\nNoor'),
    fr('', ''),
    fr('Beste meneer El Amrani,', 'Met vriendelijke groet,\nJoris'),
  ],
  je: [
    fr('Hoi Bas,', 'Groet,\nSanne'),
    fr('Hallo Fatima,', 'Groetjes,\nMark'),
    fr('Beste Anja,', 'Groet,\nKees'),
    fr('', ''),
    fr('Hoi Yusuf,', 'Groeten,\nLotte'),
  ],
  jij: [fr('Hoi Sem,', 'Groet,\nNoor'), fr('Hallo Ingrid,', 'Groetjes,\nMark')],
  jullie: [
    fr('Hoi allemaal,', 'Groet,\nJoris'),
    fr("Beste collega's,", 'Met vriendelijke groet,\nServicedesk'),
    fr('Hallo team,', 'Groetjes,\nNoor'),
  ],
  ge: [
    fr('Dag Koen,', 'Vriendelijke groeten,\nEls'),
    fr('Hallo Lien,', 'Groetjes,\nJoris'),
    fr('Dag Wout,', 'Vriendelijke groeten,\nSofie'),
  ],
  gij: [fr('Dag Jens,', 'Vriendelijke groeten,\nEls'), fr('Hallo Fien,', 'Groetjes,\nSofie')],
};

export const EN_FRAMES: readonly Frame[] = [
  fr('Hi Sarah,', 'Kind regards,\nMike'),
  fr('Dear Mr Patel,', 'Regards,\nService Desk'),
  fr('Hello Tom,', 'Best,\nJo'),
  fr('', ''),
  fr('Good morning Emma,', 'Kind regards,\nPriya'),
  fr('Hi Daniel,', 'Best wishes,\nChris'),
];

export function wrap(frame: Frame, body: string): string {
  return [frame.greet, body, frame.sign].filter((p) => p !== '').join('\n\n');
}

// ---------------------------------------------------------------------------
// Invariance variants: register, names, products, times, greeting and sign-off

export interface NlVar {
  r: Reg;
  prod: string;
  time: string;
  name: string;
  frame: Frame;
}

export const NL_VARS: readonly NlVar[] = [
  {
    r: REG.u,
    prod: 'Outlook',
    time: 'vandaag vóór 15:00',
    name: 'Jan',
    frame: fr('Beste mevrouw De Vries,', 'Met vriendelijke groet,\nKees'),
  },
  { r: REG.je, prod: 'Teams', time: 'morgen om 9 uur', name: 'Fatima', frame: fr('Hoi Bas,', 'Groet,\nSanne') },
  {
    r: REG.u,
    prod: 'Excel',
    time: 'donderdag om 11:00',
    name: 'Pieter',
    frame: fr('Geachte heer El Amrani,', 'Met vriendelijke groet,\nServicedesk'),
  },
  { r: REG.je, prod: 'SharePoint', time: 'binnen twee uur', name: 'Noor', frame: fr('', 'Groetjes,\nMark') },
  { r: REG.ge, prod: 'Citrix', time: 'vrijdag vóór 12:00', name: 'Lien', frame: fr('Dag Koen,', 'Vriendelijke groeten,\nEls') },
  { r: REG.jullie, prod: 'TOPdesk', time: 'vanmiddag om 14:30', name: 'Sem', frame: fr('Hoi allemaal,', 'Groet,\nJoris') },
];

export interface EnVar {
  long: boolean;
  prod: string;
  time: string;
  name: string;
  frame: Frame;
}

export const EN_VARS: readonly EnVar[] = [
  { long: false, prod: 'Outlook', time: 'before 3 pm today', name: 'Jan', frame: fr('Hi Sarah,', 'Kind regards,\nMike') },
  { long: true, prod: 'Teams', time: 'tomorrow at 9 am', name: 'Fatima', frame: fr('Dear Mr Patel,', 'Regards,\nService Desk') },
  { long: false, prod: 'Excel', time: 'on Thursday at 11:00', name: 'Priya', frame: fr('Hello Tom,', 'Best,\nJo') },
  { long: false, prod: 'SharePoint', time: 'within two hours', name: 'Noor', frame: fr('', 'Cheers,\nDan') },
  { long: true, prod: 'Citrix', time: 'by noon on Friday', name: 'Sam', frame: fr('Good morning Emma,', 'Kind regards,\nPriya') },
  { long: false, prod: 'TOPdesk', time: 'this afternoon at 2:30', name: 'Alex', frame: fr('Hi Daniel,', 'Best wishes,\nChris') },
];

/** Contraction or long form. */
export const k = (long: boolean, short: string, full: string): string => (long ? full : short);
