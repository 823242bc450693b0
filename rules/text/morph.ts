/**
 * Word forms for lemma tokens (`+kijken`, `+look`) and for jargon lookup.
 *
 * Patterns name a word once and match every inflected form: Dutch verbs
 * (present, past, participle with ge-, the infinitive; separable verbs joined
 * or split — see pattern.ts), Dutch nouns and adjectives (plural, diminutive,
 * adjective -e), English verbs and nouns (s/es, ed, ing, irregular forms).
 * Forms are generated at compile time from regular morphology plus a table
 * of irregular verbs, so matching stays a set lookup per word. Generation
 * over-generates a little (a non-word such as "buggen" beside "bugs") —
 * harmless, since a form that is not a word never occurs in mail.
 *
 * All forms are folded keys (lower case, no diacritics), like token keys.
 */
import enVerbs from './en-verbs.json';
import { fold } from './normalize';

/** Irregular Dutch verbs: infinitive → [present forms, past forms, participle]. */
const NL_IRREGULAR: Record<string, [string[], string[], string]> = {
  zijn: [['ben', 'bent', 'is', 'zijn'], ['was', 'waren'], 'geweest'],
  hebben: [['heb', 'hebt', 'heeft', 'hebben'], ['had', 'hadden'], 'gehad'],
  worden: [['word', 'wordt', 'worden'], ['werd', 'werden'], 'geworden'],
  kunnen: [['kan', 'kun', 'kunt', 'kunnen'], ['kon', 'konden'], 'gekund'],
  mogen: [['mag', 'mogen'], ['mocht', 'mochten'], 'gemogen'],
  moeten: [['moet', 'moeten'], ['moest', 'moesten'], 'gemoeten'],
  willen: [['wil', 'wilt', 'willen'], ['wilde', 'wilden', 'wou', 'wouden'], 'gewild'],
  zullen: [['zal', 'zult', 'zullen'], ['zou', 'zouden'], ''],
  gaan: [['ga', 'gaat', 'gaan'], ['ging', 'gingen'], 'gegaan'],
  doen: [['doe', 'doet', 'doen'], ['deed', 'deden'], 'gedaan'],
  zien: [['zie', 'ziet', 'zien'], ['zag', 'zagen'], 'gezien'],
  staan: [['sta', 'staat', 'staan'], ['stond', 'stonden'], 'gestaan'],
  slaan: [['sla', 'slaat', 'slaan'], ['sloeg', 'sloegen'], 'geslagen'],
  komen: [['kom', 'komt', 'komen'], ['kwam', 'kwamen'], 'gekomen'],
  nemen: [['neem', 'neemt', 'nemen'], ['nam', 'namen'], 'genomen'],
  kijken: [['kijk', 'kijkt', 'kijken'], ['keek', 'keken'], 'gekeken'],
  zoeken: [['zoek', 'zoekt', 'zoeken'], ['zocht', 'zochten'], 'gezocht'],
  houden: [['houd', 'hou', 'houdt', 'houden'], ['hield', 'hielden'], 'gehouden'],
  laten: [['laat', 'laten'], ['liet', 'lieten'], 'gelaten'],
  geven: [['geef', 'geeft', 'geven'], ['gaf', 'gaven'], 'gegeven'],
  lezen: [['lees', 'leest', 'lezen'], ['las', 'lazen'], 'gelezen'],
  zeggen: [['zeg', 'zegt', 'zeggen'], ['zei', 'zeiden', 'zegde'], 'gezegd'],
  vragen: [['vraag', 'vraagt', 'vragen'], ['vroeg', 'vroegen'], 'gevraagd'],
  brengen: [['breng', 'brengt', 'brengen'], ['bracht', 'brachten'], 'gebracht'],
  denken: [['denk', 'denkt', 'denken'], ['dacht', 'dachten'], 'gedacht'],
  weten: [['weet', 'weten'], ['wist', 'wisten'], 'geweten'],
  liggen: [['lig', 'ligt', 'liggen'], ['lag', 'lagen'], 'gelegen'],
  zitten: [['zit', 'zitten'], ['zat', 'zaten'], 'gezeten'],
  krijgen: [['krijg', 'krijgt', 'krijgen'], ['kreeg', 'kregen'], 'gekregen'],
  blijven: [['blijf', 'blijft', 'blijven'], ['bleef', 'bleven'], 'gebleven'],
  schrijven: [['schrijf', 'schrijft', 'schrijven'], ['schreef', 'schreven'], 'geschreven'],
  lopen: [['loop', 'loopt', 'lopen'], ['liep', 'liepen'], 'gelopen'],
  vinden: [['vind', 'vindt', 'vinden'], ['vond', 'vonden'], 'gevonden'],
  helpen: [['help', 'helpt', 'helpen'], ['hielp', 'hielpen'], 'geholpen'],
  beginnen: [['begin', 'begint', 'beginnen'], ['begon', 'begonnen'], 'begonnen'],
  spreken: [['spreek', 'spreekt', 'spreken'], ['sprak', 'spraken'], 'gesproken'],
  bieden: [['bied', 'biedt', 'bieden'], ['bood', 'boden'], 'geboden'],
  roepen: [['roep', 'roept', 'roepen'], ['riep', 'riepen'], 'geroepen'],
  trekken: [['trek', 'trekt', 'trekken'], ['trok', 'trokken'], 'getrokken'],
  breken: [['breek', 'breekt', 'breken'], ['brak', 'braken'], 'gebroken'],
  vallen: [['val', 'valt', 'vallen'], ['viel', 'vielen'], 'gevallen'],
  treffen: [['tref', 'treft', 'treffen'], ['trof', 'troffen'], 'getroffen'],
  wijzen: [['wijs', 'wijst', 'wijzen'], ['wees', 'wezen'], 'gewezen'],
  kiezen: [['kies', 'kiest', 'kiezen'], ['koos', 'kozen'], 'gekozen'],
  sluiten: [['sluit', 'sluiten'], ['sloot', 'sloten'], 'gesloten'],
  schieten: [['schiet', 'schieten'], ['schoot', 'schoten'], 'geschoten'],
  dragen: [['draag', 'draagt', 'dragen'], ['droeg', 'droegen'], 'gedragen'],
  hangen: [['hang', 'hangt', 'hangen'], ['hing', 'hingen'], 'gehangen'],
  heten: [['heet', 'heten'], ['heette', 'heetten'], 'geheten'],
  verliezen: [['verlies', 'verliest', 'verliezen'], ['verloor', 'verloren'], 'verloren'],
  vergeten: [['vergeet', 'vergeten'], ['vergat', 'vergaten'], 'vergeten'],
  begrijpen: [['begrijp', 'begrijpt', 'begrijpen'], ['begreep', 'begrepen'], 'begrepen'],
  ontvangen: [['ontvang', 'ontvangt', 'ontvangen'], ['ontving', 'ontvingen'], 'ontvangen'],
  verbieden: [['verbied', 'verbiedt', 'verbieden'], ['verbood', 'verboden'], 'verboden'],
  bevallen: [['beval', 'bevalt', 'bevallen'], ['beviel', 'bevielen'], 'bevallen'],
  sturen: [['stuur', 'stuurt', 'sturen'], ['stuurde', 'stuurden'], 'gestuurd'],
  maken: [['maak', 'maakt', 'maken'], ['maakte', 'maakten'], 'gemaakt'],
  leggen: [['leg', 'legt', 'leggen'], ['legde', 'legden'], 'gelegd'],
  springen: [['spring', 'springt', 'springen'], ['sprong', 'sprongen'], 'gesprongen'],
  zenden: [['zend', 'zendt', 'zenden'], ['zond', 'zonden'], 'gezonden'],
  verdwijnen: [['verdwijn', 'verdwijnt', 'verdwijnen'], ['verdween', 'verdwenen'], 'verdwenen'],
  wachten: [['wacht', 'wachten'], ['wachtte', 'wachtten'], 'gewacht'],
  eten: [['eet', 'eten'], ['at', 'aten'], 'gegeten'],
  rijden: [['rijd', 'rijdt', 'rijden'], ['reed', 'reden'], 'gereden'],
  snijden: [['snijd', 'snijdt', 'snijden'], ['sneed', 'sneden'], 'gesneden'],
  lijken: [['lijk', 'lijkt', 'lijken'], ['leek', 'leken'], 'geleken'],
  blijken: [['blijk', 'blijkt', 'blijken'], ['bleek', 'bleken'], 'gebleken'],
  kopen: [['koop', 'koopt', 'kopen'], ['kocht', 'kochten'], 'gekocht'],
  zwijgen: [['zwijg', 'zwijgt', 'zwijgen'], ['zweeg', 'zwegen'], 'gezwegen'],
};

/** Dutch prefixes that make a verb take no ge- in the participle (bekijken → bekeken). */
const NL_UNSTRESSED = /^(?:be|ge|her|ver|ont|er)/;
const VOWELS = 'aeiouy';
const isVowel = (c: string | undefined) => c !== undefined && VOWELS.includes(c);

/**
 * The stems of a regular Dutch verb: werken → werk, maken → maak, bellen → bel, leven → leef, reizen → reis.
 * A verb in -eren/-elen may stress the last syllable or not (escaleren → escaleer, veranderen → verander): both.
 */
export function nlStems(inf: string): string[] {
  const first = nlStem(inf);
  const s = inf.endsWith('en') ? inf.slice(0, -2) : inf;
  if (/[^aeiouy](?:el|er|en|em)$/.test(s) && /[aeiouy]/.test(s.slice(0, -2))) return [first, `${s.slice(0, -1)}${s.slice(-2)}`];
  return [first];
}

function nlStem(inf: string): string {
  let s = inf.endsWith('en') ? inf.slice(0, -2) : inf.endsWith('n') ? inf.slice(0, -1) : inf;
  const n = s.length;
  if (n >= 2 && s[n - 1] === s[n - 2] && !isVowel(s[n - 1])) s = s.slice(0, -1);
  // An unstressed last syllable keeps its short vowel: regelen → regel, openen → open, veranderen → verander.
  else if (/[^aeiouy](?:el|er|en|em)$/.test(s) && /[aeiouy]/.test(s.slice(0, -2))) {
    // no doubling
  } else if (n >= 2 && !isVowel(s[n - 1]) && isVowel(s[n - 2]) && !isVowel(s[n - 3]) && 'aeou'.includes(s[n - 2] as string))
    // open syllable → long vowel written double in the closed stem: maken → maak, nemen → neem
    s = s.slice(0, -1) + s[n - 2] + s.slice(-1);
  if (s.endsWith('v')) s = `${s.slice(0, -1)}f`;
  else if (s.endsWith('z')) s = `${s.slice(0, -1)}s`;
  return s;
}

/** Weak past suffix by the "'t kofschip" rule, judged on the infinitive's consonant before -en. */
function nlWeakPast(inf: string): 'te' | 'de' {
  const core = inf.replace(/e?n$/, '');
  const last = core.slice(-1);
  return /[tkfsp]$/.test(last) || core.endsWith('ch') ? 'te' : 'de';
}

function nlVerbForms(inf: string, withParticiple = true): { finite: string[]; participle: string[]; infinitive: string } {
  const irregular = NL_IRREGULAR[inf];
  if (irregular) {
    const [present, past, participle] = irregular;
    return { finite: [...present, ...past], participle: participle ? [participle] : [], infinitive: inf };
  }
  const suffix = nlWeakPast(inf);
  const dt = suffix === 'te' ? 't' : 'd';
  const finite: string[] = [];
  const participle: string[] = [];
  for (const stem of nlStems(inf)) {
    finite.push(stem, stem.endsWith('t') ? stem : `${stem}t`, `${stem}${suffix}`, `${stem}${suffix}n`);
    const core = /[td]$/.test(stem) ? stem : `${stem}${dt}`;
    if (withParticiple) participle.push(NL_UNSTRESSED.test(inf) ? core : `ge${core}`);
  }
  finite.push(inf);
  return { finite, participle, infinitive: inf };
}

/** Every one-word form of a Dutch verb, noun or adjective. */
export function nlForms(lemma: string): string[] {
  const w = fold(lemma);
  const out = new Set<string>([w]);
  if (/(?:en|aan|ien|oen|ijn)$/.test(w) || NL_IRREGULAR[w]) {
    const v = nlVerbForms(w);
    for (const f of [...v.finite, ...v.participle, v.infinitive]) out.add(f);
    // Verbs borrowed from English keep their spelling: rebooten → gereboot, deployen → gedeployed.
    out.add(`${w}d`);
  }
  for (const f of nlNounForms(w)) out.add(f);
  return [...out].filter(Boolean);
}

/** Plural, diminutive and adjective forms of a Dutch word (over-generating on the vowel-length rules). */
function nlNounForms(w: string): string[] {
  const out = [w, `${w}s`, `${w}'s`, `${w}je`, `${w}jes`, `${w}tje`, `${w}tjes`, `${w}e`, `${w}er`, `${w}ere`, `${w}st`, `${w}ste`];
  const n = w.length;
  const last = w[n - 1];
  if (!isVowel(last)) {
    // probleem → problemen, vraag → vragen
    if (n >= 3 && isVowel(w[n - 2]) && w[n - 2] === w[n - 3]) {
      const short = w.slice(0, n - 2) + w.slice(n - 1);
      out.push(`${short}en`, `${short}e`, voiced(short, 'en'), voiced(short, 'e'));
    }
    // bug → buggen, snel → snelle
    out.push(`${w}${last}en`, `${w}${last}e`, `${w}${last}er`);
    out.push(`${w}en`, voiced(w, 'en'), voiced(w, 'e'));
  } else out.push(`${w}n`, `${w}en`);
  if (w.endsWith('e')) out.push(`${w}n`, `${w}s`);
  if (w.endsWith('ig') || w.endsWith('lijk')) out.push(`${w}e`, `${w}er`);
  return out;
}

function voiced(w: string, ending: string): string {
  if (w.endsWith('f')) return `${w.slice(0, -1)}v${ending}`;
  if (w.endsWith('s')) return `${w.slice(0, -1)}z${ending}`;
  return `${w}${ending}`;
}

export interface SeparableForms {
  /** One-word forms: uitzoeken, uitzoekt, uitzocht, uitgezocht. */
  joined: string[];
  /** Finite forms of the base verb that leave the particle at the end of the clause: zoek, zoekt, zocht. */
  split: string[];
  /** The particle, folded. */
  particle: string;
  /** The base infinitive, for "uit te zoeken". */
  infinitive: string;
}

/** Forms of a Dutch separable verb, written as particle/verb (uit/zoeken, op/nemen, door/lezen). */
export function nlSeparable(particle: string, verb: string): SeparableForms {
  const p = fold(particle);
  const v = nlVerbForms(fold(verb));
  const joined = new Set<string>([`${p}${v.infinitive}`]);
  for (const f of v.finite) joined.add(`${p}${f}`);
  for (const f of v.participle) joined.add(`${p}${f}`);
  return { joined: [...joined], split: v.finite, particle: p, infinitive: v.infinitive };
}

/**
 * English verbs as [infinitive, present, past, gerund, participle], from
 * compromise's conjugation (generated by `npm run gen:verbs`).
 */
const EN_VERBS = enVerbs as unknown as Record<string, [string, string, string, string, string]>;

/** Every one-word form of an English verb or noun: look → looks, looked, looking; reply → replies, replied. */
export function enForms(lemma: string): string[] {
  const w = fold(lemma);
  const out = new Set<string>([w]);
  const known = Object.hasOwn(EN_VERBS, w) ? EN_VERBS[w] : undefined;
  if (known) for (const f of known) out.add(f);
  // compromise's "be" and "have" give the third person; the other persons are few enough to list.
  if (w === 'be') for (const f of ['am', 'are', 'were', 'been']) out.add(f);
  const n = w.length;
  const last = w[n - 1] ?? '';
  const cy = last === 'y' && !isVowel(w[n - 2]);
  // Plural of a noun (or the verb's -s for a word compromise does not know).
  out.add(cy ? `${w.slice(0, -1)}ies` : /(?:s|x|z|ch|sh|o)$/.test(w) ? `${w}es` : `${w}s`);
  if (!known) {
    out.add(w.endsWith('e') ? `${w}d` : cy ? `${w.slice(0, -1)}ied` : `${w}ed`);
    out.add(w.endsWith('ie') ? `${w.slice(0, -2)}ying` : w.endsWith('e') && !w.endsWith('ee') ? `${w.slice(0, -1)}ing` : `${w}ing`);
  }
  return [...out];
}

const FORMS = new Map<string, string[]>();

export function formsOf(lemma: string, lang: 'nl' | 'en'): string[] {
  const key = `${lang}:${lemma}`;
  let forms = FORMS.get(key);
  if (!forms) {
    forms = lang === 'nl' ? nlForms(lemma) : enForms(lemma);
    if (FORMS.size < 20000) FORMS.set(key, forms);
  }
  return forms;
}

/** Dutch separable-verb particles, for the jargon lookup of "uitgerold" (uitrollen). */
const NL_PARTICLES = [
  'uit',
  'in',
  'af',
  'op',
  'door',
  'aan',
  'terug',
  'om',
  'over',
  'weg',
  'mee',
  'na',
  'vast',
  'bij',
  'los',
  'neer',
  'toe',
];

/**
 * Stems a word may be an inflected form of, for the jargon lookup:
 * gereboot → reboot, ge-unlockt → unlock, uitgerold → uitrol, gedeployed →
 * deploy, proxy's → proxy, reboots → reboot, rebooted → reboot. Jargon terms
 * are reduced with `jargonStem` to the same stems.
 */
export function stemCandidates(key: string, lang: 'nl' | 'en'): string[] {
  if (key.length < 4 || key.length > 40) return [];
  const out: string[] = [];
  const bases = [key];
  if (lang === 'nl') {
    if (key.startsWith('ge-')) bases.push(key.slice(3));
    else if (key.startsWith('ge') && key.length > 5) bases.push(key.slice(2));
    for (const p of NL_PARTICLES) if (key.startsWith(`${p}ge`) && key.length > p.length + 4) bases.push(p + key.slice(p.length + 2));
  }
  const endings =
    lang === 'nl'
      ? ['ed', 'den', 'ten', 'de', 'te', 'en', 'd', 't', "'s", 's', 'je', 'jes', 'tje', 'e']
      : ['ing', 'ed', 'es', "'s", 's', 'd'];
  for (const b of bases) {
    out.push(b);
    for (const e of endings) {
      if (b.length - e.length < 3 || !b.endsWith(e)) continue;
      const s = b.slice(0, -e.length);
      out.push(s);
      // rolled → rol(l), gepingd → ping; doubled consonant before the ending
      if (s.length >= 4 && s[s.length - 1] === s[s.length - 2] && !isVowel(s[s.length - 1])) out.push(s.slice(0, -1));
      if (lang === 'en' && (e === 'ed' || e === 'ing')) out.push(`${s}e`);
    }
  }
  return out;
}

/** The stem a one-word jargon term is filed under: rebooten → reboot, uitrollen → uitrol, flushen → flush. */
export function jargonStems(key: string, lang: 'nl' | 'en', pos?: string): string[] {
  if (lang === 'nl' && pos === 'verb' && key.endsWith('en') && key.length > 4) {
    let s = key.slice(0, -2);
    if (s.length >= 3 && s[s.length - 1] === s[s.length - 2] && !isVowel(s[s.length - 1])) s = s.slice(0, -1);
    return [...new Set([s, ...nlStems(key)])];
  }
  return [key];
}

const EN_PARTICIPLES = new Set(
  Object.entries(EN_VERBS).flatMap(([verb, [, , past, , participle]]) => (verb === 'be' || verb === 'have' ? [] : [past, participle])),
);

/** An English past participle: regular -ed or an irregular form (sent, done, taken, put). */
export function isEnglishParticiple(key: string): boolean {
  return (key.length >= 4 && key.endsWith('ed')) || EN_PARTICIPLES.has(key);
}
