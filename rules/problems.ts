/**
 * What is wrong with a rule set, in plain words, in English and Dutch.
 *
 * A problem carries a code and its parameters next to its English message, so
 * the CLI prints English while the editor shows the same problem in the
 * writer's language. Parameters that are themselves words (a field, a kind of
 * value, the reason a pattern is refused) are codes too, translated here.
 */

export type ProblemLang = 'en' | 'nl';
export type ProblemParams = Record<string, string | number>;

type Text = (p: ProblemParams, lang: ProblemLang) => string;
type Entry = Record<ProblemLang, Text>;

/** Field names as they appear in messages, by the JSON key of the field. */
const FIELDS: Record<string, Record<ProblemLang, string>> = {
  term: { en: 'the term', nl: 'de term' },
  plain: { en: 'the plain alternative', nl: 'het eenvoudige alternatief' },
  text: { en: 'the example text', nl: 'de voorbeeldtekst' },
  span: { en: 'the marked part ("span")', nl: 'het gemarkeerde deel ("span")' },
  message: { en: 'the message', nl: 'de melding' },
  hears: { en: '"hears"', nl: '"hears" (wat de lezer hoort)' },
  suggestions: { en: 'a suggestion', nl: 'een formulering' },
  name: { en: 'the name', nl: 'de naam' },
  version: { en: 'the version', nl: 'de versie' },
  id: { en: 'an id', nl: 'een id' },
  signal: { en: 'a signal name', nl: 'een signaalnaam' },
  pattern: { en: 'a pattern', nl: 'een patroon' },
};
/** An own entry of a table by a name that may come from a rule set (`constructor` finds nothing). */
const lookup = <T>(table: Record<string, T>, key: unknown): T | undefined =>
  Object.hasOwn(table, String(key)) ? table[String(key)] : undefined;

const field = (key: string | number | undefined, lang: ProblemLang) =>
  lookup(FIELDS, key)?.[lang] ?? (lang === 'nl' ? 'dit veld' : 'this field');
/** Whether messages can name this field ("should be the name (text)") rather than say "text". */
export const isNamedField = (key: string): boolean => Object.hasOwn(FIELDS, key);

/** Kinds of JSON value, as expected ("should be …") and as found ("but is …"). */
const KINDS: Record<string, Record<ProblemLang, string>> = {
  string: { en: 'text', nl: 'tekst' },
  number: { en: 'a number', nl: 'een getal' },
  boolean: { en: 'true or false', nl: 'true of false' },
  array: { en: 'a list [ … ]', nl: 'een lijst [ … ]' },
  object: { en: 'an object { … }', nl: 'een object { … }' },
  null: { en: 'empty (null)', nl: 'leeg (null)' },
  list: { en: 'a list', nl: 'een lijst' },
};
const kind = (k: string | number | undefined, lang: ProblemLang) => lookup(KINDS, k)?.[lang] ?? String(k);

/** Why a pattern is refused: fragments after 'pattern "…"'. */
const PATTERN: Record<string, Entry> = {
  unknownPlaceholder: {
    en: (p) => `has an unknown placeholder ${p.chunk} (use <num>, <time> or <name>)`,
    nl: (p) => `heeft een onbekende invulplek ${p.chunk} (gebruik <num>, <time> of <name>)`,
  },
  unknownClass: {
    en: (p) => `uses the word class @${p.name}, which this rule set does not define (see "classes")`,
    nl: (p) => `gebruikt de woordklasse @${p.name}, die deze regelset niet kent (zie "classes")`,
  },
  badLemma: {
    en: (p) => `has a word form "${p.chunk}" that is not a word (write +kijken, +look, or +uit/zoeken for a separable verb)`,
    nl: (p) => `heeft een woordvorm "${p.chunk}" die geen woord is (schrijf +kijken, +look, of +uit/zoeken voor een scheidbaar werkwoord)`,
  },
  classOneWord: {
    en: (p) => `"${p.chunk}" in a word class must be one word (a word, a glob such as kijk*, or a +lemma)`,
    nl: (p) => `"${p.chunk}" in een woordklasse moet één woord zijn (een woord, een glob zoals kijk*, of een +woordvorm)`,
  },
  mixedAndOr: {
    en: () => 'mixes "&" and "|" in one group; put one of them in its own ( )',
    nl: () => 'mengt "&" en "|" in één groep; zet een van beide tussen eigen ( )',
  },
  tooDeep: {
    en: (p) => `nests brackets more than ${p.max} deep`,
    nl: (p) => `nest haakjes dieper dan ${p.max} niveaus`,
  },
  tooManyParts: {
    en: (p) => `has more than ${p.max} parts joined with "&"`,
    nl: (p) => `heeft meer dan ${p.max} delen met "&"`,
  },
  equalsWithoutWord: { en: () => 'has an "=" that is not followed by a word', nl: () => 'heeft een "=" zonder woord erachter' },
  tooManyStars: { en: (p) => `has more than two * in "${p.chunk}"`, nl: (p) => `heeft meer dan twee * in "${p.chunk}"` },
  starNeedsLetters: {
    en: (p) => `needs at least two letters besides * in "${p.chunk}"`,
    nl: (p) => `heeft naast * minstens twee letters nodig in "${p.chunk}"`,
  },
  noLetters: { en: (p) => `has no letters in "${p.chunk}"`, nl: (p) => `heeft geen letters in "${p.chunk}"` },
  barOutsideGroup: {
    en: () => 'uses "|" outside ( ) or [ ]',
    nl: () => 'gebruikt "|" buiten ( ) of [ ]',
  },
  missingClose: { en: (p) => `is missing "${p.close}"`, nl: (p) => `mist een "${p.close}"` },
  unexpected: { en: (p) => `has an unexpected "${p.char}"`, nl: (p) => `heeft een onverwachte "${p.char}"` },
  tooManyVariants: {
    en: (p) => `expands to more than ${p.max} variants`,
    nl: (p) => `levert meer dan ${p.max} varianten op`,
  },
  tooManyWords: { en: (p) => `is longer than ${p.max} words`, nl: (p) => `is langer dan ${p.max} woorden` },
  empty: { en: () => 'is empty', nl: () => 'is leeg' },
  anyWordsOnly: {
    en: () => 'matches any words; it needs at least one real word',
    nl: () => 'past op willekeurige woorden; er is minstens één echt woord nodig',
  },
  noWords: { en: () => 'has no words', nl: () => 'heeft geen woorden' },
};

const ENTRIES: Record<string, Entry> = {
  /** A text that is already in the reader's language (e.g. a UI refusal). */
  note: { en: (p) => String(p.text), nl: (p) => String(p.text) },
  missing: { en: () => 'is missing', nl: () => 'ontbreekt' },
  notText: {
    en: (p) => `should be ${field(p.field, 'en')} (text), but is ${kind(p.actual, 'en')}`,
    nl: (p) => `moet ${field(p.field, 'nl')} zijn (tekst), maar is ${kind(p.actual, 'nl')}`,
  },
  wrongType: {
    en: (p) => `should be ${kind(p.expected, 'en')}, but is ${kind(p.actual, 'en')}`,
    nl: (p) => `moet ${kind(p.expected, 'nl')} zijn, maar is ${kind(p.actual, 'nl')}`,
  },
  empty: { en: (p) => `${field(p.field, 'en')} is empty`, nl: (p) => `${field(p.field, 'nl')} is leeg` },
  tooLong: {
    en: (p) => `${field(p.field, 'en')} is longer than ${p.max} characters`,
    nl: (p) => `${field(p.field, 'nl')} is langer dan ${p.max} tekens`,
  },
  addPattern: { en: () => 'add at least one pattern', nl: () => 'voeg minstens één patroon toe' },
  addTerm: { en: () => 'add at least one term', nl: () => 'voeg minstens één term toe' },
  addCategory: { en: () => 'add at least one category', nl: () => 'kies minstens één categorie' },
  tooMany: { en: (p) => `has more than ${p.max} entries`, nl: (p) => `heeft meer dan ${p.max} items` },
  badId: {
    en: () => 'an id may only use lowercase letters, digits, ".", "_" and "-", e.g. "team.vague.binnenkort"',
    nl: () => 'een id bestaat alleen uit kleine letters, cijfers, ".", "_" en "-", bijv. "team.vaag.binnenkort"',
  },
  badSignalName: {
    en: () => 'a signal name uses lowercase letters, digits, ".", "_" and "-"',
    nl: () => 'een signaalnaam bestaat uit kleine letters, cijfers, ".", "_" en "-"',
  },
  oneOf: {
    en: (p) => `should be one of ${p.values}, but is ${p.actual}`,
    nl: (p) => `moet een van ${String(p.values).replace(/, ([^,]*)$/, ' of $1')} zijn, maar is ${p.actual}`,
  },
  unknownFields: {
    en: (p) => `has unknown field${Number(p.count) > 1 ? 's' : ''} ${p.keys} (a typo?)`,
    nl: (p) => `heeft ${Number(p.count) > 1 ? 'onbekende velden' : 'een onbekend veld'} ${p.keys} (een tikfout?)`,
  },
  wrongKind: { en: () => 'has a value of the wrong kind', nl: () => 'heeft een waarde van de verkeerde soort' },
  badMatchType: {
    en: () => 'match.type should be "phrases", "jargon", "detector" or "message"',
    nl: () => 'match.type moet "phrases", "jargon", "detector" of "message" zijn',
  },
  badVersion: {
    en: () => 'should be a version such as "1.2.0" or 7',
    nl: () => 'moet een versie zijn, zoals "1.2.0" of 7',
  },
  badGoodExample: {
    en: () => 'a good example should be text, or { "text": …, "context": … }',
    nl: () => 'een goed voorbeeld is tekst, of { "text": …, "context": … }',
  },
  conditionEmpty: {
    en: () => 'a condition needs a "signal", a pattern in "patterns" or a category in "findings"',
    nl: () => 'een voorwaarde heeft een "signal", een patroon in "patterns" of een categorie in "findings" nodig',
  },
  spanMissing: {
    en: (p) => `the span "${p.span}" does not occur in the example text`,
    nl: (p) => `het gemarkeerde deel "${p.span}" staat niet in de voorbeeldtekst`,
  },
  messageNoSentence: {
    en: () => 'a message rule has no sentence to replace',
    nl: () => 'een regel over het hele antwoord heeft geen zin om te vervangen',
  },
  badPattern: {
    en: (p) => `pattern "${p.pattern}" ${lookup(PATTERN, p.reason)?.en(p, 'en') ?? p.reason}`,
    nl: (p) => `patroon "${p.pattern}" ${lookup(PATTERN, p.reason)?.nl(p, 'nl') ?? p.reason}`,
  },
  duplicateId: {
    en: (p) => `the id "${p.id}" is already used by rule ${p.rule}`,
    nl: (p) => `het id "${p.id}" wordt al gebruikt door regel ${p.rule}`,
  },
  unknownNlpSignal: {
    en: (p) => `"${p.signal}" is no longer a built-in signal: list its words under "signals" and name that signal`,
    nl: (p) => `"${p.signal}" is geen ingebouwd signaal meer: zet de woorden onder "signals" en noem dat signaal`,
  },
  unknownSignal: {
    en: (p) => `there is no signal "${p.signal}" in this rule set's "signals"`,
    nl: (p) => `er is geen signaal "${p.signal}" in de "signals" van deze regelset`,
  },
  tooLarge: { en: () => 'the rule set is larger than 1 MB', nl: () => 'de regelset is groter dan 1 MB' },
  invalidJson: { en: (p) => `is not valid JSON: ${p.detail}`, nl: (p) => `is geen geldige JSON: ${p.detail}` },
  idInOtherSet: {
    en: (p) => `the id "${p.id}" is already used by a rule in "${p.set}"; change that rule through "overrides" or pick another id`,
    nl: (p) => `het id "${p.id}" wordt al gebruikt door een regel in "${p.set}"; wijzig die regel via "overrides" of kies een ander id`,
  },
  setIdTaken: {
    en: (p) => `the id "${p.id}" is already the id of the rule set "${p.set}"; pick another id for this set`,
    nl: (p) => `het id "${p.id}" is al het id van de regelset "${p.set}"; kies een ander id voor deze set`,
  },
  tooLargeSaved: {
    en: (p) =>
      `the rule set would take ${p.kb} KB when saved, more than the ${p.max} KB (1 MB) a set may be; remove rules, terms or examples`,
    nl: (p) =>
      `de regelset zou opgeslagen ${p.kb} KB groot zijn, meer dan de ${p.max} KB (1 MB) die een set mag zijn; verwijder regels, termen of voorbeelden`,
  },
  storageFull: {
    en: (p) => `the browser's storage for Helder is full, so nothing was saved (${p.detail}); the last saved set stays in force`,
    nl: (p) =>
      `de opslag van de browser voor Helder is vol, dus er is niets opgeslagen (${p.detail}); de laatst opgeslagen set blijft gelden`,
  },
  storageFailed: {
    en: (p) => `the browser could not save the rule set (${p.detail}); the last saved set stays in force`,
    nl: (p) => `de browser kon de regelset niet opslaan (${p.detail}); de laatst opgeslagen set blijft gelden`,
  },
  olderVersion: {
    en: (p) =>
      `the server offers version ${p.version}, older than version ${p.current} in use; Helder keeps version ${p.current} (to go back, the team lead publishes the set under a higher version)`,
    nl: (p) =>
      `de server biedt versie ${p.version} aan, ouder dan versie ${p.current} die nu geldt; Helder houdt versie ${p.current} (om terug te gaan publiceert de teamleider de set onder een hogere versie)`,
  },
  failRedirect: {
    en: () => 'the server sent Helder to another address, which Helder did not follow',
    nl: () => 'de server stuurde Helder door naar een ander adres, en Helder is dat niet gevolgd',
  },
  failOlder: {
    en: () => 'the server offers an older version of the rule set',
    nl: () => 'de server biedt een oudere versie van de regelset aan',
  },
  failStorage: {
    en: () => "the browser's storage for Helder is full",
    nl: () => 'de opslag van de browser voor Helder is vol',
  },
  validationCrashed: {
    en: (p) =>
      `Helder could not check this rule set (${p.detail}); it is probably nested too deeply (for example patterns with many groups inside groups): simplify it and try again`,
    nl: (p) =>
      `Helder kon deze regelset niet controleren (${p.detail}); waarschijnlijk is hij te diep genest (bijvoorbeeld patronen met veel groepen in groepen): maak hem eenvoudiger en probeer het opnieuw`,
  },
  overBudget: {
    en: (p) =>
      `the rule set is too large to compile: together with the rule sets already in force (${p.others} units) it comes to more than ${p.max} units, the most all rule sets together may compile to (Helder stopped counting there); the rules that cost most are ${p.top}. Use fewer optional words [ ], alternatives ( | ), globs (*) and gaps (.., ...), or fewer patterns`,
    nl: (p) =>
      `de regelset is te groot om te compileren: samen met de regelsets die al gelden (${p.others} eenheden) komt hij op meer dan ${p.max} eenheden, het meeste dat alle regelsets samen mogen opleveren (Helder is daar gestopt met tellen); de regels die het meest kosten zijn ${p.top}. Gebruik minder optionele woorden [ ], alternatieven ( | ), globs (*) en gaten (.., ...), of minder patronen`,
  },
  compileTooSlow: {
    en: (p) =>
      `the rule set takes too long to compile: Helder stopped after ${p.ms} ms; the rules that cost most are ${p.top}. Use fewer optional words [ ], alternatives ( | ), globs (*) and gaps (.., ...), or fewer patterns`,
    nl: (p) =>
      `het compileren van de regelset duurt te lang: Helder is na ${p.ms} ms gestopt; de regels die het meest kosten zijn ${p.top}. Gebruik minder optionele woorden [ ], alternatieven ( | ), globs (*) en gaten (.., ...), of minder patronen`,
  },
  builtinSetId: {
    en: (p) => `the id "${p.id}" is the id of a built-in rule set; pick another id`,
    nl: (p) => `het id "${p.id}" is het id van een ingebouwde regelset; kies een ander id`,
  },
};

export type ProblemCode = keyof typeof ENTRIES;
export type PatternReason = keyof typeof PATTERN;

/** The text of a problem in a language; unknown codes fall back to the code itself. */
export function problemText(code: string, params: ProblemParams = {}, lang: ProblemLang = 'en'): string {
  const entry = lookup(ENTRIES, code);
  return entry ? entry[lang](params, lang) : code;
}

/** The text of why a pattern is refused (without the pattern itself). */
export function patternReasonText(reason: string, params: ProblemParams = {}, lang: ProblemLang = 'en'): string {
  const entry = lookup(PATTERN, reason);
  return entry ? entry[lang](params, lang) : reason;
}
