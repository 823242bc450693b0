/**
 * Dutch behaviour cases, one function per scored category (TAXONOMY.md).
 * Each category has MFT cases (the construction in many surface forms, and
 * the near misses of the "do NOT flag" column), INV cases (names, products,
 * times, register, greeting and sign-off changed) and DIR pairs.
 */
import type { Builder, NlT } from './builder';
import { bare, C, cap, cj, F, type Item, NL_SUBJ, type NlSubj, type Reg, type RegKey } from './frame';

/** The whole sentence (without its full stop) is the quote. */
const S = (sentence: string): Item => F(sentence, bare(sentence));
/** "bent" after inversion: `bent u`, `ben je`, `zijn jullie`, `zijt ge`. */
const benInv = (r: Reg): string => (r.k === 'ge' || r.k === 'gij' ? 'zijt' : r.vi('bent', 'ben', 'zijn'));
const kunt = (r: Reg) => r.v('kunt', 'kunnen');
const kuntInv = (r: Reg) => r.vi('kunt', 'kun', 'kunnen');
const moetInv = (r: Reg) => r.vi('moet', 'moet', 'moeten');
const had = (r: Reg) => r.v('had', 'hadden');
const hadInv = (r: Reg) => r.vi('had', 'had', 'hadden');
const hebt = (r: Reg) => r.v('hebt', 'hebben');

/** Templates of a promise (or its clean counterpart) for a Dutch subject. */
type SubjT = (s: NlSubj, r: Reg) => string;
function withSubjects(templates: readonly SubjT[], expect: 'flag' | 'clean', perTemplate = 2, step = 3): NlT[] {
  const out: NlT[] = [];
  templates.forEach((t, ti) => {
    for (let k = 0; k < perTemplate; k++) {
      const subj = NL_SUBJ[(ti + k * step) % NL_SUBJ.length] as NlSubj;
      out.push((r) => {
        const sentence = `${cap(t(subj, r))}.`;
        const text = subj.pre ? `${subj.pre} ${sentence}` : sentence;
        return expect === 'flag' ? F(text, bare(sentence)) : C(text);
      });
    }
  });
  return out;
}

// ---------------------------------------------------------------------------
function jargon(b: Builder): void {
  const cat = 'jargon';
  b.nl(cat, 'MFT', 'term', 'flag', [
    (r) => F(`Ik heb ${r.uw} laptop gereboot.`, 'gereboot'),
    (r) => F(`Ik heb de DNS-cache op ${r.uw} laptop geflusht.`, `DNS-cache op ${r.uw} laptop geflusht`),
    (r) => F(`${r.Uw} AD-account is ge-unlockt.`, 'AD-account is ge-unlockt'),
    () => F('De nieuwe versie van het programma wordt via een GPO uitgerold.', 'GPO uitgerold'),
    (r) => F(`Controleer de proxyinstellingen op ${r.uw} laptop.`, 'proxyinstellingen'),
    (r) => F(`De printerdriver op ${r.uw} laptop was verouderd.`, 'printerdriver'),
    () => F('Er ontbrak een firewallregel voor het kassasysteem.', 'firewallregel'),
    () => F('De mailboxmigratie staat voor het weekend gepland.', 'mailboxmigratie'),
    () => F('Volgens de SLA moeten we dit binnen vier uur oplossen.', 'SLA'),
    (r) => F(`Ik heb ${r.uw} melding als P2-incident geregistreerd.`, 'P2-incident'),
    (r) => F(`Ik heb ${r.uw} vraag doorgezet naar de tweedelijns support.`, 'tweedelijns support'),
    () => F('Als het morgen nog niet werkt, ga ik het escaleren.', 'escaleren'),
    (r) => F(`${r.Uw} MFA-token is verlopen.`, 'MFA-token'),
    (r) => F(`De VPN-tunnel valt bij ${r.o} steeds weg.`, 'VPN-tunnel'),
    (r) => F(`${r.Uw} Exchange-mailbox zit vol.`, 'Exchange-mailbox'),
    () => F('Start de VPN-client opnieuw op.', 'VPN-client'),
    () => F('Voor deze wijziging heb ik een RFC ingediend.', 'RFC'),
    (r) => F(`Er was een IP-conflict op ${r.uw} werkplek.`, 'IP-conflict'),
    (r) => F(`De DHCP-lease van ${r.uw} laptop was verlopen.`, 'DHCP-lease'),
    () => F('Ik heb de printspooler herstart.', 'printspooler'),
    (r) => F(`${r.Uw} account stond in de verkeerde OU.`, 'OU'),
    (r) => F(`Ik heb ${r.o} toegevoegd aan de securitygroep van Financiën.`, 'securitygroep'),
    () => F('De Intune-policy was nog niet gesynchroniseerd.', 'Intune-policy'),
    () => F('Het was een DNS-probleem.', 'DNS-probleem'),
    () => F('De LDAP-koppeling met het roostersysteem lag eruit.', 'LDAP-koppeling'),
    (r) => F(`Ik heb ${r.uw} laptop opnieuw geïmaged.`, 'geïmaged'),
    () => F('De hotfix is vannacht gedeployed.', 'hotfix is vannacht gedeployed'),
    () => F('Ik heb de NTFS-rechten op de projectmap aangepast.', 'NTFS-rechten'),
    (r) => F(`${r.Uw} Kerberos-ticket was verlopen.`, 'Kerberos-ticket'),
    () => F('De fout zat in de backend van het bestelsysteem.', 'backend'),
    (r) => F(`Ik heb ${r.uw} twee tickets gemerged.`, 'gemerged'),
    () => F('Het SSO-certificaat was verlopen.', 'SSO-certificaat'),
    (r) => F(`Ik heb ${r.uw} account opnieuw aangemaakt in de Active Directory.`, 'Active Directory'),
    (r) => F(`De SMTP-relay weigerde ${r.uw} berichten.`, 'SMTP-relay'),
    () => F('Ik heb de RDP-sessie afgesloten.', 'RDP-sessie'),
    () => F('We hebben de firmware van de switch bijgewerkt.', 'firmware van de switch'),
    () => F('De change staat op de agenda van het CAB van dinsdag.', 'CAB'),
    () => F('Wij hebben de DNS-records van de webshop aangepast.', 'DNS-records'),
  ]);
  // Persons, tenses and word order around the same terms.
  b.nl(cat, 'MFT', 'order', 'flag', [
    (r) => F(`Mijn collega heeft ${r.uw} laptop vanochtend gereboot.`, 'gereboot'),
    (r) => F(`Vanochtend hebben onze beheerders de proxyinstellingen op ${r.uw} laptop aangepast.`, 'proxyinstellingen'),
    () => F('Omdat de printerdriver verouderd was, kon de printer niets afdrukken.', 'printerdriver'),
    () => F('De leverancier heeft een nieuwe firewallregel aangemaakt.', 'firewallregel'),
    (r) => F(`Zodra de mailboxmigratie klaar is, ${kuntInv(r)} ${r.u} weer mailen.`, 'mailboxmigratie'),
    (r) => F(`${r.U} ${r.v('moet', 'moeten')} de VPN-client herstarten.`, 'VPN-client'),
    (r) => F(`Ik zag dat ${r.uw} account ge-unlockt moest worden.`, 'ge-unlockt'),
    (r) => F(`Morgen flushen we de DNS-cache op ${r.uw} laptop.`, `flushen we de DNS-cache`),
    (r) => F(`We rebooten ${r.uw} laptop vannacht.`, 'rebooten'),
    {
      regs: ['jullie'],
      f: () => F('Jullie Exchange-mailbox wordt dit weekend gemigreerd.', 'Exchange-mailbox wordt dit weekend gemigreerd'),
    },
  ]);
  b.nl(cat, 'MFT', 'plain', 'clean', [
    (r) => C(`Ik heb ${r.uw} wachtwoord opnieuw ingesteld. ${r.U} ${kunt(r)} weer inloggen.`),
    () => C('De printer op de tweede verdieping werkt weer.'),
    (r) => C(`${r.Uw} laptop staat klaar bij de balie.`),
    () => C('Maak verbinding met de wifi en open daarna Outlook.'),
    (r) => C(`In Teams ${r.vi('vindt', 'vind', 'vinden')} ${r.u} de opname onder Bestanden.`),
    (r) => C(`Ik heb de map in SharePoint met ${r.o} gedeeld.`),
    () => C('Open Citrix en kies daarna het kassasysteem.'),
    (r) => C(`${r.Uw} melding staat in TOPdesk onder nummer 48213.`),
    (r) => C(`Het Excel-bestand staat in ${r.uw} OneDrive.`),
    () => C('Het internet op kantoor is weer stabiel.'),
    (r) => C(`${r.U} ${r.v('krijgt', 'krijgen')} een sms met een code om in te loggen.`),
    (r) => C(`Ik heb ${r.uw} e-mailadres toegevoegd aan de verzendlijst van de nieuwsbrief.`),
    (r) => C(`Zet ${r.uw} laptop aan en log in met ${r.uw} nieuwe wachtwoord.`),
    () => C('De wifi in de kantine doet het weer.'),
    (r) => C(`Ik heb de afdelingsagenda in Outlook voor ${r.o} opengezet.`),
    (r) => C(`Ik heb ${r.uw} laptop opnieuw opgestart en nu werkt het printen weer.`),
    (r) => C(`Ik heb ${r.uw} account weer vrijgegeven.`),
  ]);
  b.nl(cat, 'MFT', 'explained', 'clean', [
    (r) => C(`Ik heb MFA (inloggen met een extra code op ${r.uw} telefoon) voor ${r.o} aangezet.`),
    () => C('Maak eerst verbinding met de VPN, de beveiligde verbinding met kantoor, en open dan de map.'),
    (r) => C(`Ik heb ${r.uw} laptop gereboot (uit- en weer aangezet).`),
    (r) => C(`Volgens de SLA, onze afspraak over hoe snel we reageren, bel ik ${r.o} binnen vier uur.`),
    (r) => C(`Ik heb ${r.uw} vraag doorgezet naar de tweedelijns support (het team voor de lastigere problemen).`),
    (r) => C(`De printerdriver (het programmaatje waarmee ${r.uw} laptop met de printer praat) heb ik bijgewerkt.`),
    () => C('Het was een P2-incident: een storing met hoge prioriteit.'),
  ]);
  b.nl(
    cat,
    'MFT',
    'customer-term',
    'clean',
    [
      (r) => C(`Ik heb ${r.uw} VPN-verbinding opnieuw ingesteld. Probeer het nu nog eens.`, 'Mijn VPN-verbinding valt steeds weg.'),
      (r) => C(`Ik heb ${r.uw} AD-account weer vrijgegeven.`, 'Mijn AD-account is gelockt, kunnen jullie dat ontgrendelen?'),
      () =>
        C(
          'Ik heb de printerdriver nog een keer vervangen en de printer opnieuw gekoppeld.',
          'Ik heb de printerdriver al opnieuw geïnstalleerd, maar hij print nog steeds niet.',
        ),
      (r) =>
        C(
          `Na de mailboxmigratie stonden ${r.uw} oude mappen onder Archief. Ik heb ze teruggezet.`,
          'Sinds de mailboxmigratie zie ik mijn oude mappen niet meer.',
        ),
      (r) =>
        C(
          `Ik heb de proxyinstellingen op ${r.uw} laptop teruggezet naar de standaard.`,
          'Volgens mij zijn mijn proxyinstellingen veranderd, want ik kom niet meer op internet.',
        ),
      (r) => C(`${r.Uw} MFA-code werkt weer. Probeer opnieuw in te loggen.`, 'Mijn MFA-code wordt steeds geweigerd.'),
    ],
    2,
  );
  b.nl(cat, 'MFT', 'customer-term-pl', 'clean', [
    {
      regs: ['jullie'],
      f: () => C('Ik heb de firewallregel voor jullie webshop aangepast.', 'Kunnen jullie de firewallregel voor onze webshop aanpassen?'),
    },
    { regs: ['jullie'], f: () => C('De SLA voor jullie afdeling is vier uur.', 'Wat is de SLA voor onze afdeling?') },
    {
      regs: ['u'],
      f: () => C('Ik heb de Exchange-mailbox van uw afdeling vergroot.', 'De Exchange-mailbox van onze afdeling zit vol.'),
    },
  ]);

  b.dirNl(cat, 'explain', 'flag', [
    [
      (r) => F(`Ik heb MFA voor ${r.o} aangezet.`, 'MFA'),
      (r) => C(`Ik heb MFA (inloggen met een extra code op ${r.uw} telefoon) voor ${r.o} aangezet.`),
    ],
    [
      () => F('Maak eerst verbinding met de VPN en open dan de map.', 'VPN'),
      () => C('Maak eerst verbinding met de VPN, de beveiligde verbinding met kantoor, en open dan de map.'),
    ],
    [
      (r) => F(`${r.Uw} melding valt onder de SLA.`, 'SLA'),
      (r) => C(`${r.Uw} melding valt onder de SLA (onze afspraak over hoe snel we reageren).`),
    ],
    [(r) => F(`Ik heb ${r.uw} laptop gereboot.`, 'gereboot'), (r) => C(`Ik heb ${r.uw} laptop gereboot (uit- en weer aangezet).`)],
    [
      (r) => F(`Ik heb ${r.uw} melding als P2-incident geregistreerd.`, 'P2-incident'),
      (r) => C(`Ik heb ${r.uw} melding als P2-incident (een storing met hoge prioriteit) geregistreerd.`),
    ],
    [
      (r) => F(`Ik heb ${r.uw} vraag doorgezet naar de tweedelijns support.`, 'tweedelijns support'),
      (r) => C(`Ik heb ${r.uw} vraag doorgezet naar de tweedelijns support (het team voor de lastigere problemen).`),
    ],
    [
      () => F('Ik heb de printerdriver bijgewerkt.', 'printerdriver'),
      (r) => C(`Ik heb de printerdriver (het programmaatje waarmee ${r.uw} laptop met de printer praat) bijgewerkt.`),
    ],
    [
      (r) => F(`Ik heb de proxyinstellingen op ${r.uw} laptop aangepast.`, 'proxyinstellingen'),
      (r) => C(`Ik heb de proxyinstellingen (de instellingen die bepalen hoe ${r.uw} laptop met internet verbindt) aangepast.`),
    ],
    [
      () => F('Ik heb een firewallregel voor het kassasysteem toegevoegd.', 'firewallregel'),
      () => C('Ik heb een firewallregel (een uitzondering in onze beveiliging) voor het kassasysteem toegevoegd.'),
    ],
    [
      (r) => F(`${r.Uw} Exchange-mailbox zit vol.`, 'Exchange-mailbox'),
      (r) => C(`${r.Uw} Exchange-mailbox, ${r.uw} mailbox in Outlook, zit vol.`),
    ],
    [
      () => F('Als het morgen nog niet werkt, ga ik het escaleren.', 'escaleren'),
      () => C('Als het morgen nog niet werkt, ga ik het escaleren (voorleggen aan mijn leidinggevende).'),
    ],
  ]);
  b.dirNl(cat, 'plain', 'clean', [
    [(r) => C(`Ik heb ${r.uw} laptop opnieuw opgestart.`), (r) => F(`Ik heb ${r.uw} laptop gereboot.`, 'gereboot')],
    [(r) => C(`${r.Uw} account was geblokkeerd.`), (r) => F(`${r.Uw} AD-account was gelockt.`, 'AD-account was gelockt')],
    [
      (r) => C(`Ik heb ${r.uw} vraag doorgestuurd naar mijn collega's van het netwerkteam.`),
      (r) => F(`Ik heb ${r.uw} vraag doorgestuurd naar de tweedelijns support.`, 'tweedelijns support'),
    ],
  ]);

  b.invNl(cat, 'reboot', 'flag', (v) => F(`Ik heb ${v.r.uw} laptop gereboot, dus ${v.prod} zou weer moeten werken.`, 'gereboot'));
  b.invNl(cat, 'token', 'flag', (v) => F(`De problemen met ${v.prod} kwamen door een verlopen MFA-token.`, 'MFA-token'));
  b.invNl(cat, 'flush', 'flag', (v) => F(`${v.name} van ons team heeft de DNS-cache geflusht.`, 'DNS-cache geflusht'));
  b.invNl(cat, 'password', 'clean', (v) =>
    C(`Ik heb ${v.r.uw} wachtwoord opnieuw ingesteld. ${v.r.U} ${kunt(v.r)} ${v.time} weer inloggen in ${v.prod}.`),
  );
  b.invNl(cat, 'laptop', 'clean', (v) => C(`${v.name} zet ${v.time} een nieuwe laptop voor ${v.r.o} klaar.`));
}

// ---------------------------------------------------------------------------
function vaguePromise(b: Builder): void {
  const cat = 'vague-promise';
  const promises: SubjT[] = [
    (s) => `${s.s} ${cj(s, 'ga', 'gaat', 'gaan')} ermee aan de slag`,
    (s) => `${s.s} ${cj(s, 'kijk', 'kijkt', 'kijken')} ernaar`,
    (s) => `${s.s} ${cj(s, 'pak', 'pakt', 'pakken')} het op`,
    (s) => `${s.s} ${cj(s, 'kom', 'komt', 'komen')} erop terug`,
    (s) => `${s.s} ${cj(s, 'kijk', 'kijkt', 'kijken')} er zo snel mogelijk naar`,
    (s, r) => `${s.s} ${cj(s, 'neem', 'neemt', 'nemen')} binnenkort contact met ${r.o} op`,
    (s) => `${s.s} ${cj(s, 'los', 'lost', 'lossen')} het op korte termijn op`,
    (s, r) => `${s.s} ${cj(s, 'zoek', 'zoekt', 'zoeken')} het voor ${r.o} uit`,
    (s) => `${s.s} ${cj(s, 'neem', 'neemt', 'nemen')} het mee in de planning`,
    (s, r) => `${s.s} ${cj(s, 'laat', 'laat', 'laten')} het ${r.o} z.s.m. weten`,
    (s) => `${s.s} ${cj(s, 'ga', 'gaat', 'gaan')} erachteraan`,
    (s, r) => `${s.s} ${cj(s, 'houd', 'houdt', 'houden')} ${r.o} op de hoogte`,
    (s) => `natuurlijk ${cj(s, 'kijk', 'kijkt', 'kijken')} ${s.s} ernaar`,
    (s) => `vanzelfsprekend ${cj(s, 'ga', 'gaat', 'gaan')} ${s.s} het uitzoeken`,
    (s, r) => `binnenkort ${cj(s, 'neem', 'neemt', 'nemen')} ${s.s} contact met ${r.o} op`,
    (s, r) => `ik wil ${r.o} laten weten dat ${s.s} ermee aan de slag ${cj(s, 'ga', 'gaat', 'gaan')}`,
    (s, r) => `we hebben afgesproken dat ${s.s} binnenkort contact met ${r.o} ${cj(s, 'opneem', 'opneemt', 'opnemen')}`,
    (s) => `${s.s} ${cj(s, 'zal', 'zal', 'zullen')} ernaar kijken`,
    (s) => `${s.s} ${cj(s, 'kom', 'komt', 'komen')} er asap op terug`,
    (s, r) => `${s.s} ${cj(s, 'pak', 'pakt', 'pakken')} ${r.uw} melding zo snel mogelijk op`,
    (s, r) => `zodra ${s.s} meer ${cj(s, 'weet', 'weet', 'weten')}, ${cj(s, 'laat', 'laat', 'laten')} ${s.s} het ${r.o} weten`,
    (s) => `${s.s} ${cj(s, 'zal', 'zal', 'zullen')} het zo spoedig mogelijk oplossen`,
  ];
  b.nl(cat, 'MFT', 'subject', 'flag', withSubjects(promises, 'flag'));
  b.nl(
    cat,
    'MFT',
    'reader',
    'flag',
    [
      (r) => S(`Zodra er nieuws is, ${r.vi('hoort', 'hoor', 'horen')} ${r.u} van ons.`),
      (r) => S(`${r.U} ${r.v('hoort', 'horen')} binnenkort van ons.`),
      () => S('Ik meld me zodra ik meer weet.'),
      () => S('Ik kom hier later op terug.'),
      (r) => S(`${r.U} ${r.v('krijgt', 'krijgen')} zo snel mogelijk bericht van ons.`),
      { regs: ['jullie'], f: () => S('Jullie horen op korte termijn van ons.') },
    ],
    2,
  );

  const kept: SubjT[] = [
    (s) => `${s.s} ${cj(s, 'kijk', 'kijkt', 'kijken')} er vandaag vóór 15:00 naar`,
    (s) => `${s.s} ${cj(s, 'kom', 'komt', 'komen')} er morgen om 9 uur op terug`,
    (s, r) => `${s.s} ${cj(s, 'ga', 'gaat', 'gaan')} ermee aan de slag. Ik bel ${r.o} donderdag om 11:00 met de uitkomst`,
    (s) => `${s.s} ${cj(s, 'los', 'lost', 'lossen')} het binnen twee uur op`,
    (s, r) => `${s.s} ${cj(s, 'neem', 'neemt', 'nemen')} morgen om 10:00 contact met ${r.o} op`,
    (s, r) => `${s.s} ${cj(s, 'zoek', 'zoekt', 'zoeken')} het voor ${r.o} uit. Ik bel ${r.o} vanmiddag om 14:00 met het antwoord`,
    (s, r) => `${s.s} ${cj(s, 'pak', 'pakt', 'pakken')} het vanavond om 19:00 op en ik mail ${r.o} morgen vóór 9 uur de uitkomst`,
  ];
  b.nl(cat, 'MFT', 'moment', 'clean', withSubjects(kept, 'clean'));
  b.nl(cat, 'MFT', 'concrete', 'clean', [
    (r) => C(`Ik bel ${r.o} om 11:00 met de uitkomst.`),
    (r) => C(`Ik heb ${r.uw} account vrijgegeven. ${r.U} ${kunt(r)} weer inloggen.`),
    () => C('De printer drukt weer af.'),
    (r) => C(`Ik kom donderdag om 10:00 langs om ${r.uw} laptop te vervangen.`),
    (r) =>
      C(`Zodra er nieuws is, ${r.vi('hoort', 'hoor', 'horen')} ${r.u} van ons, en uiterlijk vrijdag om 12:00 bel ik ${r.o} hoe dan ook.`),
    (r) => C(`Ik houd ${r.o} op de hoogte en stuur ${r.o} vandaag om 16:00 een update.`),
    () => C('Ik heb een monteur ingepland: hij komt woensdag om 13:00.'),
    (r) => C(`${r.Uw} nieuwe laptop ligt klaar bij de balie.`),
    (r) => C(`Ik kijk er vanmiddag om 14:30 naar en mail ${r.o} daarna de uitkomst.`),
    (r) => C(`Ik heb ${r.uw} wachtwoord opnieuw ingesteld; het nieuwe wachtwoord staat in de sms die ${r.u} net ${hebt(r)} gekregen.`),
    (r) => C(`Mijn collega Fatima belt ${r.o} binnen een uur terug.`),
  ]);

  b.dirNl(cat, 'moment', 'flag', [
    [() => S('We kijken ernaar.'), () => C('We kijken er vandaag vóór 15:00 naar.')],
    [() => S('Ik kom erop terug.'), () => C('Ik kom er morgen om 9 uur op terug.')],
    [() => S('We gaan ermee aan de slag.'), (r) => C(`We gaan ermee aan de slag. Ik bel ${r.o} donderdag om 11:00 met de uitkomst.`)],
    [
      (r) => S(`Mijn collega neemt binnenkort contact met ${r.o} op.`),
      (r) => C(`Mijn collega neemt morgen om 10:00 contact met ${r.o} op.`),
    ],
    [() => S('We lossen het zo snel mogelijk op.'), () => C('We lossen het binnen twee uur op.')],
    [(r) => S(`Ik zoek het voor ${r.o} uit.`), (r) => C(`Ik zoek het voor ${r.o} uit en bel ${r.o} vanmiddag om 14:00.`)],
    [() => S('We nemen het mee in de planning.'), (r) => C(`We nemen het mee in de planning. Ik mail ${r.o} vrijdag vóór 12:00 de datum.`)],
    [
      (r) => S(`Zodra er nieuws is, ${r.vi('hoort', 'hoor', 'horen')} ${r.u} van ons.`),
      (r) =>
        C(`Zodra er nieuws is, ${r.vi('hoort', 'hoor', 'horen')} ${r.u} van ons; uiterlijk morgen om 12:00 bel ik ${r.o} hoe dan ook.`),
    ],
    [(r) => S(`Ik houd ${r.o} op de hoogte.`), (r) => C(`Ik houd ${r.o} op de hoogte en stuur ${r.o} vandaag om 16:00 een update.`)],
    [() => S('Onze beheerders pakken het op korte termijn op.'), () => C('Onze beheerders pakken het vanavond om 19:00 op.')],
    [() => S('Ik ga erachteraan.'), (r) => C(`Ik ga erachteraan en bel ${r.o} binnen twee uur terug.`)],
    [() => S('We komen er z.s.m. op terug.'), () => C('We komen er woensdag vóór 10:00 op terug.')],
  ]);

  b.invNl(cat, 'look', 'flag', (v) => F(`Ik heb ${v.r.uw} vraag over ${v.prod} gelezen. We kijken ernaar.`, 'We kijken ernaar'));
  b.invNl(cat, 'back', 'flag', (v) =>
    F(
      `${v.prod} start bij ${v.r.o} nog steeds niet. Mijn collega ${v.name} komt er zo snel mogelijk op terug.`,
      'komt er zo snel mogelijk op terug',
    ),
  );
  b.invNl(cat, 'pick', 'flag', (v) => S(`We pakken ${v.r.uw} melding over ${v.prod} binnenkort op.`));
  b.invNl(cat, 'time', 'clean', (v) => C(`Ik kijk ${v.time} naar ${v.r.uw} vraag over ${v.prod}.`));
  b.invNl(cat, 'call', 'clean', (v) => C(`Mijn collega ${v.name} belt ${v.r.o} ${v.time} over ${v.prod}.`));
}

// ---------------------------------------------------------------------------
function bareNo(b: Builder): void {
  const cat = 'bare-no';
  b.nl(cat, 'MFT', 'refusal', 'flag', [
    () => S('Nee, dat kan niet.'),
    () => S('Dat is niet mogelijk.'),
    () => S('Dat mag niet.'),
    () => S('Dat ondersteunen wij niet.'),
    () => S('Daar gaan wij niet over.'),
    () => S('Dat valt buiten onze dienstverlening.'),
    () => S('Dat wordt niet ondersteund.'),
    (r) => S(`Wij kunnen ${r.o} hier helaas niet mee helpen.`),
    () => S('Spotify zetten wij niet op werklaptops.'),
    () => S('Een tweede scherm kunnen we niet leveren.'),
    () => S('Dat is helaas niet mogelijk.'),
    (r) => S(`Dat kunnen wij niet voor ${r.o} regelen.`),
    () => S('Dat is niet toegestaan.'),
    () => S('Privélaptops sluiten we niet aan op het netwerk.'),
    () => S('Nee, daar beginnen we niet aan.'),
    () => S('Dat doen we niet.'),
    (r) => S(`Beheerrechten op ${r.uw} laptop ${r.vi('krijgt', 'krijg', 'krijgen')} ${r.u} niet.`),
    (r) => S(`Mijn collega kan dat niet voor ${r.o} doen.`),
    () => S('De leverancier ondersteunt dat niet.'),
    () => S('Onze beheerders staan dat niet toe.'),
    (r) => F(`Ik moet ${r.o} laten weten dat we dat niet ondersteunen.`, 'dat we dat niet ondersteunen'),
    (r) => F(`Ik moet ${r.o} helaas melden dat dat niet mogelijk is.`, 'dat dat niet mogelijk is'),
    () => S('Nee, dat gaat niet.'),
    (r) => S(`Dat kan ik niet voor ${r.o} doen.`),
    () => S('Een uitzondering maken we niet.'),
    () => F('Dat is niet mogelijk. Ik sluit de melding.', 'Dat is niet mogelijk'),
    () => S('Thuis printen via het bedrijfsnetwerk is niet mogelijk.'),
    () => S('Dat staan wij niet toe.'),
    () => S('Dat gaat niet gebeuren.'),
    () => S('Dat zal niet lukken.'),
    (r) => S(`Een nieuwe telefoon ${r.vi('krijgt', 'krijg', 'krijgen')} ${r.u} niet.`),
    (r) => S(`Wij helpen ${r.o} daar niet mee.`),
    { regs: ['jullie'], f: () => S('Een eigen wifi-netwerk voor jullie afdeling kunnen we niet aanleggen.') },
    { regs: ['ge', 'gij'], f: (r) => F(`Nee, dat gaat niet, ${r.u} ${kunt(r)} dat niet zelf installeren.`, 'Nee, dat gaat niet') },
    { regs: ['jullie'], f: () => S('Een extra printer voor jullie team zit er niet in.') },
  ]);
  b.nl(cat, 'MFT', 'reason', 'clean', [
    () => C('Dat kan niet, omdat de licentie alleen voor werklaptops geldt.'),
    () => C('Spotify zetten wij niet op werklaptops, want de app is niet door onze beveiliging goedgekeurd.'),
    () => C('Dat is niet mogelijk vanwege onze beveiligingsregels.'),
    () => C('Dat mag niet in verband met de privacywet.'),
    () => C('Dat is niet mogelijk. Dat komt doordat de leverancier geen updates meer levert.'),
    (r) => C(`Beheerrechten ${r.vi('krijgt', 'krijg', 'krijgen')} ${r.u} niet, omdat dat een beveiligingsrisico is.`),
    (r) => C(`Dat kunnen wij niet voor ${r.o} regelen, want de telefoons vallen onder Facilitaire Zaken.`),
    () => C('Daar gaan wij niet over, omdat de vergaderschermen onder Facilitaire Zaken vallen.'),
  ]);
  b.nl(cat, 'MFT', 'alternative', 'clean', [
    (r) => C(`Dat kan niet. Wat wel kan: ik zet de muziek-app uit de bedrijfsstore op ${r.uw} laptop.`),
    (r) => C(`Een tweede scherm kunnen we niet leveren, maar ${r.u} ${kunt(r)} wel een scherm lenen bij de balie.`),
    (r) => C(`Dat is niet mogelijk. Als alternatief stuur ik ${r.o} een laptop te leen.`),
    (r) => C(`Die oude versie ondersteunen we niet meer. In plaats daarvan zet ik de nieuwe versie op ${r.uw} laptop.`),
    (r) => C(`Privélaptops sluiten we niet aan op het netwerk. Wat wel kan: ${r.u} ${r.v('gebruikt', 'gebruiken')} het gastnetwerk.`),
    (r) => C(`Thuis printen via het bedrijfsnetwerk is niet mogelijk, maar ${r.u} ${kunt(r)} wel printen op kantoor.`),
  ]);
  b.nl(cat, 'MFT', 'near-miss', 'clean', [
    () => C('Nee hoor, geen probleem!'),
    (r) => C(`Nee, ${r.u} ${r.v('hoeft', 'hoeven')} niets te doen.`),
    (r) => C(`Nee, ${r.uw} bestanden zijn niet verloren gegaan.`),
    (r) => C(`Vervelend dat ${r.u} niet ${kunt(r)} printen. Ik kom om 14:00 langs.`),
    (r) => C(`Als ${r.u} niet ${kunt(r)} inloggen, bel me dan.`),
    (r) => C(`Ik heb ${r.o} vanochtend gebeld, maar het was niet mogelijk ${r.o} te bereiken. Ik probeer het om 14:00 opnieuw.`),
    () => C('Dat is gewoon mogelijk.'),
    () => C('Dat kan zeker.'),
    (r) => C(`${r.U} ${r.v('hoeft', 'hoeven')} niet opnieuw in te loggen.`),
    (r) => C(`Nee, het ligt niet aan ${r.o}.`),
    () => C('Ja, thuis printen is mogelijk.'),
    (r) => C(`Het lukt niet om ${r.uw} laptop op afstand bij te werken, dus ik kom morgen om 10 uur langs.`),
  ]);

  b.dirNl(cat, 'reason', 'flag', [
    [() => S('Nee, dat kan niet.'), () => C('Nee, dat kan niet, omdat de licentie alleen voor werklaptops geldt.')],
    [() => S('Dat is niet mogelijk.'), () => C('Dat is niet mogelijk vanwege onze beveiligingsregels.')],
    [() => S('Dat mag niet.'), () => C('Dat mag niet in verband met de privacywet.')],
    [
      () => S('Spotify zetten wij niet op werklaptops.'),
      (r) => C(`Spotify zetten wij niet op werklaptops. Wat wel kan: ${r.u} ${kunt(r)} Spotify in de webbrowser gebruiken.`),
    ],
    [
      () => S('Dat ondersteunen wij niet.'),
      () => C('Dat ondersteunen wij niet, want de leverancier brengt er geen updates meer voor uit.'),
    ],
    [
      () => S('Een tweede scherm kunnen we niet leveren.'),
      (r) => C(`Een tweede scherm kunnen we niet leveren, maar ${r.u} ${kunt(r)} wel een scherm lenen bij de balie.`),
    ],
    [() => S('Daar gaan wij niet over.'), () => C('Daar gaan wij niet over, omdat de telefoons onder Facilitaire Zaken vallen.')],
    [
      () => S('Dat valt buiten onze dienstverlening.'),
      (r) => C(`Dat valt buiten onze dienstverlening. In plaats daarvan kan ik ${r.o} een erkende reparateur aanraden.`),
    ],
    [
      (r) => S(`Wij kunnen ${r.o} hier helaas niet mee helpen.`),
      (r) => C(`Wij kunnen ${r.o} hier helaas niet mee helpen, omdat privéapparaten niet onder ons contract vallen.`),
    ],
    [() => S('Dat wordt niet ondersteund.'), () => C('Dat wordt niet ondersteund, doordat die versie te oud is.')],
    [
      (r) => S(`Beheerrechten ${r.vi('krijgt', 'krijg', 'krijgen')} ${r.u} niet.`),
      (r) => C(`Beheerrechten ${r.vi('krijgt', 'krijg', 'krijgen')} ${r.u} niet, maar ik kan het programma wel voor ${r.o} installeren.`),
    ],
    [
      () => S('Privélaptops sluiten we niet aan op het netwerk.'),
      (r) => C(`Privélaptops sluiten we niet aan op het netwerk. Wat wel kan: ${r.u} ${r.v('gebruikt', 'gebruiken')} het gastnetwerk.`),
    ],
  ]);

  b.invNl(cat, 'phone', 'flag', (v) => F(`${v.prod} op ${v.r.uw} privételefoon zetten is niet mogelijk.`, 'is niet mogelijk'));
  b.invNl(cat, 'licence', 'flag', (v) => S(`Nee, een extra licentie voor ${v.prod} kunnen we niet geven.`));
  b.invNl(cat, 'version', 'flag', (v) => S(`${v.r.Uw} vraag ging over de oude versie van ${v.prod}. Die ondersteunen wij niet.`));
  b.invNl(cat, 'licence-reason', 'clean', (v) => C(`Een extra licentie voor ${v.prod} kan niet, omdat we er maar twintig hebben.`));
  b.invNl(cat, 'phone-alt', 'clean', (v) =>
    C(`${v.prod} op ${v.r.uw} privételefoon kan niet, maar ${v.r.u} ${kunt(v.r)} wel de webversie gebruiken.`),
  );
}

// ---------------------------------------------------------------------------
function alarming(b: Builder): void {
  const cat = 'alarming';
  b.nl(cat, 'MFT', 'alarm', 'flag', [
    () => S('Dat wordt lastig.'),
    () => S('Hm… lastig.'),
    () => S('Ik kan het niet oplossen.'),
    () => F('Geen idee waar dat aan ligt.', 'Geen idee'),
    () => S('Dat weet ik niet.'),
    () => S('Dat gaat even duren.'),
    () => F('Er is uitloop bij de leverancier.', 'uitloop'),
    () => F('Het project loopt vertraging op.', 'loopt vertraging op'),
    () => S('Het is afwachten.'),
    () => S('Er is nog geen fix.'),
    () => S('Ik heb geen idee wanneer het weer werkt.'),
    () => S('Dat klinkt niet goed.'),
    () => S('De server is plat.'),
    () => S('Dit ziet er niet goed uit.'),
    () => S('Het kan nog wel even duren.'),
    () => S('De leverancier weet ook niet wanneer het opgelost is.'),
    () => S('We weten niet hoe lang het gaat duren.'),
    (r) => S(`Ik weet niet of we ${r.uw} bestanden nog terugkrijgen.`),
    () => S('Mijn collega kan het ook niet oplossen.'),
    () => S('Onze beheerders hebben geen idee wat er aan de hand is.'),
    () => S('Het hele netwerk ligt eruit.'),
    { regs: ['u', 'je', 'ge'], f: (r) => S(`Morgen ${benInv(r)} ${r.u} de eerste.`) },
    (r) => F(`Ik moet ${r.o} eerlijk zeggen dat het lastig wordt.`, 'dat het lastig wordt'),
    () => S('Omdat we nog geen idee hebben wat het is, kan het lang duren.'),
    () => S('Dat gaat nog een hele tijd duren.'),
    () => S('Eerlijk gezegd weet ik het niet.'),
    () => S('Er is nog geen oplossing.'),
    () => F('Ik heb de leverancier gebeld. Zij weten ook niet wanneer het weer werkt.', 'Zij weten ook niet wanneer het weer werkt'),
    () => S('Wij kunnen hier verder niets meer aan doen.'),
    () => S('Het is de vraag of dat nog goedkomt.'),
    (r) => S(`${r.Uw} laptop is waarschijnlijk niet meer te redden.`),
  ]);
  b.nl(cat, 'MFT', 'plan', 'clean', [
    (r) => C(`Het duurt langer dan gepland: ik verwacht dat het donderdag om 12:00 klaar is en ik houd ${r.o} dagelijks op de hoogte.`),
    (r) => C(`Dat gaat even duren: de nieuwe accu is er morgen om 9 uur en ik bel ${r.o} zodra hij erin zit.`),
    (r) => C(`De server is plat. Ik verwacht dat hij vandaag vóór 15:00 weer draait en bel ${r.o} dan.`),
    (r) => C(`De leverancier levert het onderdeel donderdag; ik zet het dezelfde dag om 14:00 in ${r.uw} laptop.`),
    (r) => C(`Ik kan het vandaag niet oplossen, maar mijn collega Jan neemt het over en belt ${r.o} morgen om 9 uur.`),
    (r) =>
      C(
        `Er is vertraging bij de leverancier: ${r.uw} nieuwe laptop komt donderdag om 10:00 binnen en ik breng hem dezelfde middag bij ${r.o} langs.`,
      ),
    (r) => C(`Het herstellen van de bestanden duurt ongeveer twee uur; ik bel ${r.o} om 16:00 als alles terug is.`),
  ]);
  b.nl(cat, 'MFT', 'neutral', 'clean', [
    () => C('De server draait weer.'),
    (r) => C(`${r.Uw} laptop is klaar.`),
    () => C('Het is gelukt.'),
    () => C('De printer doet het weer.'),
    (r) => C(`Wat lastig voor ${r.o} dat Outlook steeds vastloopt. Ik kom om 14:00 langs.`),
    () => C('Geen probleem, ik regel het vandaag vóór 15:00.'),
    (r) => C(`Ik weet waar het aan ligt: ${r.uw} wachtwoord was verlopen. Ik heb een nieuw wachtwoord ingesteld.`),
    () => C('Het netwerk werkt weer normaal.'),
    (r) => C(`Vervelend dat Teams steeds wegvalt. Ik zet vandaag om 13:00 een nieuwe versie op ${r.uw} laptop.`),
    (r) => C(`${r.Uw} bestanden staan veilig in OneDrive.`),
  ]);

  b.dirNl(cat, 'plan', 'flag', [
    [
      () => S('Dat gaat even duren.'),
      (r) => C(`Dat gaat even duren: de nieuwe accu is er morgen om 9 uur en ik bel ${r.o} zodra hij erin zit.`),
    ],
    [() => S('De server is plat.'), (r) => C(`De server is plat. Ik verwacht dat hij vandaag vóór 15:00 weer draait en bel ${r.o} dan.`)],
    [
      () => S('Ik kan het niet oplossen.'),
      (r) => C(`Ik kan het niet oplossen. Mijn collega Jan neemt het over en belt ${r.o} morgen om 9 uur.`),
    ],
    [
      () => F('Het project loopt vertraging op.', 'loopt vertraging op'),
      (r) =>
        C(`Het project loopt vertraging op: ik verwacht dat het donderdag om 12:00 klaar is en ik houd ${r.o} dagelijks op de hoogte.`),
    ],
    [
      () => S('Er is nog geen fix.'),
      () => C('Er is nog geen fix. De leverancier levert hem vrijdag vóór 12:00 en ik installeer hem dezelfde middag.'),
    ],
    [() => S('Dat wordt lastig.'), (r) => C(`Dat wordt lastig, maar ik zoek het uit en bel ${r.o} vandaag om 16:00 met een plan.`)],
    [
      () => S('Het is afwachten.'),
      (r) => C(`Het is afwachten tot de leverancier reageert; ik bel ${r.o} morgen om 10:00 met de stand van zaken.`),
    ],
    [
      () => F('Geen idee waar dat aan ligt.', 'Geen idee'),
      (r) => C(`Geen idee waar dat aan ligt, maar ik zoek het uit en bel ${r.o} vandaag vóór 15:00 met de uitkomst.`),
    ],
    [
      () => F('Er is uitloop bij de leverancier.', 'uitloop'),
      (r) => C(`Er is uitloop bij de leverancier: ${r.uw} laptop komt nu donderdag om 10:00 binnen en ik breng hem dezelfde dag langs.`),
    ],
    [
      () => S('Ik heb geen idee wanneer het weer werkt.'),
      (r) => C(`Ik heb geen idee wanneer het weer werkt. Ik bel de leverancier om 11:00 en laat ${r.o} vóór 12:00 weten wat ze zeggen.`),
    ],
    [
      () => S('Het kan nog wel even duren.'),
      (r) => C(`Het kan nog wel even duren: ik verwacht dat het morgen om 12:00 klaar is en ik mail ${r.o} dan.`),
    ],
    [() => S('Dat klinkt niet goed.'), (r) => C(`Dat klinkt niet goed. Ik kom om 14:00 langs en kijk dan meteen naar ${r.uw} laptop.`)],
  ]);

  b.invNl(cat, 'duration', 'flag', (v) => F(`De storing in ${v.prod} gaat even duren.`, 'gaat even duren'));
  b.invNl(cat, 'idea', 'flag', (v) => F(`${v.name} heeft geen idee waar het aan ligt.`, 'geen idee'));
  b.invNl(cat, 'hard', 'flag', (v) => F(`Dat wordt lastig met ${v.prod}.`, 'Dat wordt lastig'));
  b.invNl(cat, 'planned', 'clean', (v) =>
    C(`De storing in ${v.prod} duurt langer dan gepland: ik verwacht dat het ${v.time} is opgelost en ik bel ${v.r.o} dan.`),
  );
  b.invNl(cat, 'fixed', 'clean', (v) => C(`${v.prod} werkt weer. ${v.name} heeft de storing verholpen.`));
}

// ---------------------------------------------------------------------------
function blame(b: Builder): void {
  const cat = 'blame';
  b.nl(cat, 'MFT', 'reproach', 'flag', [
    (r) => S(`Dat ligt aan ${r.uw} computer.`),
    (r) => S(`Dat ligt aan de instellingen van ${r.uw} eigen router thuis.`),
    (r) => S(`${r.U} ${had(r)} eerst moeten herstarten.`),
    (r) => F(`Zoals ik al eerder zei, ${moetInv(r)} ${r.u} eerst ${r.uw} wachtwoord wijzigen.`, 'Zoals ik al eerder zei'),
    () => F('Zoals eerder aangegeven, werkt de app alleen op de werklaptop.', 'Zoals eerder aangegeven'),
    (r) => F(`Zoals al eens eerder aan ${r.o} gemeld, staat de handleiding op intranet.`, `Zoals al eens eerder aan ${r.o} gemeld`),
    () => F('Zoals eerder gevraagd: stuur een screenshot van de foutmelding.', 'Zoals eerder gevraagd'),
    () => S('Lees de handleiding goed door.'),
    () => S('Lees eerst de handleiding.'),
    (r) =>
      F(`${cap(hadInv(r))} ${r.u} de handleiding gevolgd, dan was dit niet gebeurd.`, `${cap(hadInv(r))} ${r.u} de handleiding gevolgd`),
    (r) =>
      F(`Als ${r.u} de handleiding ${had(r)} gelezen, ${hadInv(r)} ${r.u} dit geweten.`, `Als ${r.u} de handleiding ${had(r)} gelezen`),
    () => F('Dit is een gebruikersfout.', 'gebruikersfout'),
    (r) => F(`Dit komt doordat ${r.u} niet goed ${hebt(r)} opgelet.`, `doordat ${r.u} niet goed ${hebt(r)} opgelet`),
    (r) => S(`Dat is ${r.uw} eigen schuld.`),
    () => S('Het probleem zit tussen stoel en toetsenbord.'),
    (r) => F(`Zoals ik in mijn vorige mail al schreef, ${moetInv(r)} ${r.u} de app bijwerken.`, 'Zoals ik in mijn vorige mail al schreef'),
    (r) =>
      F(
        `Zoals ik ${r.o} al twee keer heb uitgelegd, ${moetInv(r)} ${r.u} inloggen met ${r.uw} werkaccount.`,
        `Zoals ik ${r.o} al twee keer heb uitgelegd`,
      ),
    (r) => S(`${r.U} ${hebt(r)} zelf de verkeerde instellingen gekozen.`),
    (r) => S(`${r.U} ${hebt(r)} de waarschuwing genegeerd.`),
    (r) => S(`Daarom ${hadInv(r)} ${r.u} eerst een back-up moeten maken.`),
    (r) => F(`Het werkt niet omdat ${r.u} de instructies niet ${hebt(r)} gevolgd.`, `omdat ${r.u} de instructies niet ${hebt(r)} gevolgd`),
    (r) => S(`Mijn collega had ${r.o} al gezegd dat ${r.u} eerst ${r.v('moest', 'moesten')} herstarten.`),
    (r) => S(`Dat ${had(r)} ${r.u} zelf kunnen bedenken.`),
    (r) => S(`${r.U} ${had(r)} de bestanden in OneDrive moeten zetten.`),
    (r) => F(`Als ${r.u} beter ${had(r)} opgelet, was dit niet gebeurd.`, `Als ${r.u} beter ${had(r)} opgelet`),
    { regs: ['jullie'], f: () => S('Jullie hadden dit eerder moeten melden.') },
    { regs: ['jullie'], f: () => F('Zoals ik al eerder zei, moeten jullie de vergaderruimte zelf boeken.', 'Zoals ik al eerder zei') },
  ]);
  b.nl(cat, 'MFT', 'neutral', 'clean', [
    () => C('De fout ontstond doordat het wachtwoord was verlopen.'),
    () => C('Het probleem kwam door een storing bij de leverancier.'),
    (r) => C(`Het ligt niet aan ${r.o}: er was een storing bij onze leverancier.`),
    (r) => C(`${r.U} ${had(r)} deze week een mail moeten krijgen; ik stuur hem vandaag opnieuw.`),
    () => C('De update had vannacht moeten draaien, maar is blijven hangen.'),
    (r) => C(`Ik had ${r.o} eerder moeten bellen, excuses daarvoor.`),
    (r) => C(`De verbinding viel weg door een verouderde instelling in de router; ik heb die voor ${r.o} aangepast.`),
    (r) => C(`Zoals afgesproken bel ik ${r.o} morgen om 9 uur.`),
    (r) => C(`Zoals beloofd stuur ik ${r.o} hierbij de nieuwe inlogcode.`),
    (r) => C(`${r.Uw} wachtwoord was verlopen, dus ik heb een nieuw wachtwoord ingesteld.`),
    (r) => C(`Dank voor ${r.uw} screenshot, daarmee kon ik de fout snel vinden.`),
    () => C('De storing kwam door een fout in de laatste update.'),
    (r) => C(`Herstart ${r.uw} laptop en probeer het opnieuw.`),
    () => C("Dit overkomt veel collega's; het komt door een instelling die de update heeft veranderd."),
    (r) => C(`Ik had ${r.uw} mail over het hoofd gezien; sorry dat het even duurde.`),
  ]);

  b.dirNl(cat, 'reproach', 'clean', [
    [
      (r) => C(`${r.Uw} wachtwoord was verlopen. Ik heb een nieuw wachtwoord ingesteld.`),
      (r) => F(`Zoals ik al eerder zei: ${r.uw} wachtwoord was verlopen. Ik heb een nieuw wachtwoord ingesteld.`, 'Zoals ik al eerder zei'),
    ],
    [
      (r) => C(`Herstart ${r.uw} laptop en probeer het opnieuw.`),
      (r) =>
        F(
          `${r.U} ${had(r)} eerst moeten herstarten. Herstart ${r.uw} laptop en probeer het opnieuw.`,
          `${r.U} ${had(r)} eerst moeten herstarten`,
        ),
    ],
    [
      () => C('De app werkt alleen op de werklaptop.'),
      () => F('Zoals eerder aangegeven, werkt de app alleen op de werklaptop.', 'Zoals eerder aangegeven'),
    ],
    [
      (r) => C(`Ik stuur ${r.o} de stappen om de printer te koppelen.`),
      (r) =>
        F(
          `${cap(hadInv(r))} ${r.u} de handleiding gevolgd, dan was dit niet gebeurd. Ik stuur ${r.o} de stappen om de printer te koppelen.`,
          `${cap(hadInv(r))} ${r.u} de handleiding gevolgd`,
        ),
    ],
    [
      () => C('Ik heb de verbinding opnieuw ingesteld.'),
      (r) =>
        F(`Dat ligt aan ${r.uw} eigen router thuis. Ik heb de verbinding opnieuw ingesteld.`, `Dat ligt aan ${r.uw} eigen router thuis`),
    ],
    [
      () => C('Stuur een screenshot van de foutmelding.'),
      () => F('Zoals eerder gevraagd: stuur een screenshot van de foutmelding.', 'Zoals eerder gevraagd'),
    ],
    [
      () => C('De bestanden stonden niet in OneDrive. Ik heb ze teruggezet.'),
      (r) =>
        F(
          `${r.U} ${had(r)} de bestanden in OneDrive moeten zetten. Ik heb ze teruggezet.`,
          `${r.U} ${had(r)} de bestanden in OneDrive moeten zetten`,
        ),
    ],
    [
      (r) => C(`Log eerst in met ${r.uw} werkaccount.`),
      (r) =>
        F(
          `Zoals ik ${r.o} al twee keer heb uitgelegd, ${moetInv(r)} ${r.u} eerst inloggen met ${r.uw} werkaccount.`,
          `Zoals ik ${r.o} al twee keer heb uitgelegd`,
        ),
    ],
    [
      (r) => C(`Ik heb ${r.uw} bestanden teruggezet uit de back-up van gisteren.`),
      (r) =>
        F(`Dit is ${r.uw} eigen schuld. Ik heb ${r.uw} bestanden teruggezet uit de back-up van gisteren.`, `Dit is ${r.uw} eigen schuld`),
    ],
    [
      (r) => C(`${r.U} ${kunt(r)} de app bijwerken via het Bedrijfsportaal.`),
      (r) =>
        F(
          `Zoals ik in mijn vorige mail al schreef, ${kuntInv(r)} ${r.u} de app bijwerken via het Bedrijfsportaal.`,
          'Zoals ik in mijn vorige mail al schreef',
        ),
    ],
    [
      () => C('De printer is weer gekoppeld.'),
      () => F('Lees de handleiding goed door. De printer is weer gekoppeld.', 'Lees de handleiding goed door'),
    ],
    [
      () => C('Het probleem kwam door een verkeerde instelling.'),
      () => F('Het probleem kwam door een verkeerde instelling. Dit is een gebruikersfout.', 'gebruikersfout'),
    ],
  ]);

  b.invNl(cat, 'said', 'flag', (v) =>
    F(`Zoals ik al eerder zei, ${moetInv(v.r)} ${v.r.u} eerst ${v.prod} afsluiten.`, 'Zoals ik al eerder zei'),
  );
  b.invNl(cat, 'manual', 'flag', (v) =>
    F(
      `${cap(hadInv(v.r))} ${v.r.u} de handleiding van ${v.prod} gelezen, dan was dit niet gebeurd.`,
      `de handleiding van ${v.prod} gelezen`,
    ),
  );
  b.invNl(cat, 'user-error', 'flag', (v) => F(`De fout in ${v.prod} is een gebruikersfout.`, 'gebruikersfout'));
  b.invNl(cat, 'cause', 'clean', (v) => C(`De fout in ${v.prod} ontstond doordat het wachtwoord was verlopen.`));
  b.invNl(cat, 'agreed', 'clean', (v) => C(`Zoals afgesproken belt ${v.name} ${v.r.o} ${v.time} over ${v.prod}.`));
}

// ---------------------------------------------------------------------------
function condescending(b: Builder): void {
  const cat = 'condescending';
  b.nl(cat, 'MFT', 'belittle', 'flag', [
    () => F('Klik gewoon even op Opnieuw verbinden.', 'gewoon even'),
    (r) => F(`${r.U} ${r.v('moet', 'moeten')} simpelweg opnieuw inloggen.`, 'simpelweg'),
    () => F('Haal eenvoudigweg de stekker eruit.', 'eenvoudigweg'),
    () => S('Het is heel simpel.'),
    (r) => F(`Zoals iedereen weet, ${moetInv(r)} ${r.u} ${r.uw} wachtwoord elke drie maanden wijzigen.`, 'Zoals iedereen weet'),
    () => S('Dat is toch logisch.'),
    () => S('Zelfs een kind kan dit.'),
    () => F('Het is kinderlijk eenvoudig.', 'kinderlijk eenvoudig'),
    () => S('Het is maar één klik.'),
    () => S('Dat kan iedereen.'),
    () => F('Dit is echt basiskennis.', 'basiskennis'),
    () => S('Dat is toch niet zo moeilijk.'),
    (r) => F(`Herstart ${r.uw} laptop gewoon even, dan werkt het weer.`, 'gewoon even'),
    (r) => F(`${r.U} ${r.v('hoeft', 'hoeven')} alleen maar gewoon even op Opslaan te klikken.`, 'gewoon even'),
    (r) => F(`Daarna ${moetInv(r)} ${r.u} gewoon even opnieuw inloggen.`, 'gewoon even'),
    () => F('Log gewoon even opnieuw in.', 'gewoon even'),
    () => S('Dat weet toch iedereen.'),
    () => S('Het is echt niet ingewikkeld.'),
    () => S('Dit is echt de basis.'),
    (r) => F(`Ik denk dat ${r.u} gewoon even opnieuw ${r.v('moet', 'moeten')} opstarten.`, 'gewoon even'),
    (r) => F(`Met één klik ${benInv(r)} ${r.u} klaar, zo simpel is het.`, 'zo simpel is het'),
    () => F('Simpelweg de app bijwerken lost het op.', 'Simpelweg'),
    () => S('Zelfs mijn oma krijgt dat voor elkaar.'),
    () => F('Start Teams gewoon even opnieuw op.', 'gewoon even'),
    () => S('Iedereen weet toch hoe dat moet.'),
    () => F('Dat is een fluitje van een cent.', 'fluitje van een cent'),
    { regs: ['jullie'], f: () => F('Jullie moeten gewoon even de pagina vernieuwen.', 'gewoon even') },
  ]);
  b.nl(cat, 'MFT', 'near-miss', 'clean', [
    () => C('Dat is gewoon mogelijk.'),
    (r) => C(`${r.U} ${kunt(r)} gewoon doorwerken tijdens de update.`),
    () => C('Klik op Opnieuw verbinden.'),
    () => C('Het nieuwe formulier is korter dan het oude.'),
    (r) => C(`Ik heb het even voor ${r.o} nagekeken: ${r.uw} account is weer actief.`),
    (r) => C(`Ik heb het net voor ${r.o} geregeld.`),
    () => C("Veel collega's hadden deze week hetzelfde probleem."),
    () => C('Stap 1: open Outlook. Stap 2: kies Bestand en dan Opties.'),
    (r) => C(`Deze vraag krijgen we vaak, dus ${r.u} ${r.bent} zeker niet de enige.`),
    (r) => C(`Als het niet lukt, help ik ${r.o} graag even via Teams.`),
    () => C('De knop Opslaan staat rechtsboven.'),
    (r) => C(`Het is een bekend probleem: ik zet vandaag om 14:00 de nieuwe versie op ${r.uw} laptop.`),
    () => C('Dat is logisch te verklaren: de update heeft de instelling teruggezet.'),
    (r) => C(`Dank ${r.o} voor het doorgeven.`),
    () => C('Deze stappen werken voor iedereen met een werklaptop.'),
  ]);

  b.dirNl(cat, 'belittle', 'clean', [
    [() => C('Klik op Opnieuw verbinden.'), () => F('Klik gewoon even op Opnieuw verbinden.', 'gewoon even')],
    [() => C('Log opnieuw in.'), () => F('Log simpelweg opnieuw in.', 'simpelweg')],
    [
      () => C('Haal de stekker uit het stopcontact en wacht tien seconden.'),
      () => F('Haal eenvoudigweg de stekker uit het stopcontact en wacht tien seconden.', 'eenvoudigweg'),
    ],
    [() => C('Kies Bestand en dan Opslaan als.'), () => F('Kies Bestand en dan Opslaan als. Het is heel simpel.', 'Het is heel simpel')],
    [
      (r) => C(`${r.Uw} wachtwoord verloopt elke drie maanden.`),
      (r) => F(`Zoals iedereen weet, verloopt ${r.uw} wachtwoord elke drie maanden.`, 'Zoals iedereen weet'),
    ],
    [() => C('Klik rechtsboven op Delen.'), () => F('Klik rechtsboven op Delen. Het is maar één klik.', 'Het is maar één klik')],
    [() => C('Sleep het bestand naar de map.'), () => F('Sleep het bestand naar de map. Dat kan iedereen.', 'Dat kan iedereen')],
    [
      () => C('Zet de laptop uit en weer aan.'),
      () => F('Zet de laptop uit en weer aan. Het is kinderlijk eenvoudig.', 'kinderlijk eenvoudig'),
    ],
    [
      () => C('Koppel de printer via Instellingen.'),
      () => F('Koppel de printer via Instellingen. Dit is echt basiskennis.', 'basiskennis'),
    ],
    [() => C('Start Teams opnieuw op.'), () => F('Start Teams gewoon even opnieuw op.', 'gewoon even')],
    [
      (r) => C(`${r.U} ${r.v('moet', 'moeten')} eerst inloggen.`),
      (r) => F(`${r.U} ${r.v('moet', 'moeten')} eerst inloggen, dat is toch logisch.`, 'dat is toch logisch'),
    ],
    [
      () => C('Voeg de bijlage toe met de paperclip.'),
      () => F('Voeg de bijlage toe met de paperclip. Zelfs een kind kan dit.', 'Zelfs een kind kan dit'),
    ],
  ]);

  b.invNl(cat, 'just', 'flag', (v) => F(`Klik in ${v.prod} gewoon even op Opnieuw verbinden.`, 'gewoon even'));
  b.invNl(cat, 'easy', 'flag', (v) => F(`Het instellen van ${v.prod} is kinderlijk eenvoudig.`, 'kinderlijk eenvoudig'));
  b.invNl(cat, 'everyone', 'flag', (v) =>
    F(`Zoals iedereen weet, ${moetInv(v.r)} ${v.r.u} ${v.prod} elke week bijwerken.`, 'Zoals iedereen weet'),
  );
  b.invNl(cat, 'plain', 'clean', (v) => C(`Klik in ${v.prod} op Opnieuw verbinden.`));
  b.invNl(cat, 'done', 'clean', (v) => C(`${v.name} heeft ${v.prod} voor ${v.r.o} opnieuw ingesteld.`));
}

// ---------------------------------------------------------------------------
function passive(b: Builder): void {
  const cat = 'passive';
  b.nl(cat, 'MFT', 'hidden-actor', 'flag', [
    (r) => F(`${r.Uw} verzoek wordt in behandeling genomen.`, 'wordt in behandeling genomen'),
    (r) => F(`${r.Uw} verzoek wordt opgepakt.`, 'wordt opgepakt'),
    () => S('Er wordt naar gekeken.'),
    () => F('Het probleem is doorgezet.', 'is doorgezet'),
    (r) => F(`${r.Uw} melding is doorgezet naar de juiste afdeling.`, 'is doorgezet'),
    () => S('Er wordt aan gewerkt.'),
    (r) => F(`${r.Uw} ticket wordt zo snel mogelijk behandeld.`, 'wordt zo snel mogelijk behandeld'),
    () => F('De storing wordt onderzocht.', 'wordt onderzocht'),
    (r) => F(`${r.Uw} laptop wordt vervangen.`, 'wordt vervangen'),
    (r) => F(`${r.Uw} aanvraag zal worden beoordeeld.`, 'zal worden beoordeeld'),
    () => F('Het wordt uitgezocht.', 'wordt uitgezocht'),
    (r) => F(`${r.Uw} melding is geëscaleerd.`, 'is geëscaleerd'),
    (r) => S(`Er wordt contact met ${r.o} opgenomen.`),
    (r) => F(`${r.Uw} account wordt vrijgegeven.`, 'wordt vrijgegeven'),
    (r) => F(`Morgen wordt ${r.uw} laptop vervangen.`, `wordt ${r.uw} laptop vervangen`),
    (r) => F(`Vandaag wordt er nog naar ${r.uw} melding gekeken.`, `wordt er nog naar ${r.uw} melding gekeken`),
    (r) => F(`Ik laat ${r.o} weten dat ${r.uw} verzoek wordt opgepakt.`, 'wordt opgepakt'),
    (r) => F(`Zolang er nog naar wordt gekeken, blijft ${r.uw} melding open.`, 'er nog naar wordt gekeken'),
    (r) => F(`${r.Uw} vraag is doorgestuurd.`, 'is doorgestuurd'),
    () => F('De printer wordt deze week gerepareerd.', 'wordt deze week gerepareerd'),
    (r) => S(`Er zal een nieuwe laptop voor ${r.o} worden besteld.`),
    (r) => F(`${r.Uw} wachtwoord wordt vandaag gereset.`, 'wordt vandaag gereset'),
    (r) => F(`${r.Uw} melding werd doorgezet naar de leverancier.`, 'werd doorgezet'),
    () => F('De melding is in behandeling genomen.', 'is in behandeling genomen'),
    (r) => F(`${r.Uw} verzoek wordt bekeken.`, 'wordt bekeken'),
    (r) => F(`${r.Uw} nieuwe telefoon wordt besteld.`, 'wordt besteld'),
    (r) => F(`${r.Uw} probleem wordt zo spoedig mogelijk opgelost.`, 'wordt zo spoedig mogelijk opgelost'),
    (r) => S(`Er wordt vandaag een monteur naar ${r.o} gestuurd.`),
    { regs: ['jullie'], f: () => F('Jullie aanvraag voor een extra printer wordt beoordeeld.', 'wordt beoordeeld') },
  ]);
  b.nl(cat, 'MFT', 'actor', 'clean', [
    (r) => C(`Ik heb ${r.uw} verzoek doorgezet naar Jan van het netwerkteam.`),
    (r) => C(`${r.Uw} verzoek wordt opgepakt door Jan van het netwerkteam.`),
    () => C('Jan van het netwerkteam kijkt er vandaag naar.'),
    (r) => C(`Ik vervang ${r.uw} laptop morgen om 10 uur.`),
    (r) => C(`Mijn collega Fatima belt ${r.o} om 15:00.`),
    (r) => C(`${r.U} ${r.v('wordt', 'worden')} om 15:00 gebeld door Jan.`),
    (r) => C(`Mijn collega heeft ${r.uw} melding doorgezet naar de leverancier.`),
    (r) => C(`Ik heb ${r.uw} account vrijgegeven.`),
    (r) => C(`De storing wordt opgelost door Noor van het netwerkteam; zij belt ${r.o} om 16:00.`),
    (r) => C(`Pieter van werkplekbeheer bestelt vandaag een nieuwe telefoon voor ${r.o}.`),
    (r) => C(`De nieuwe laptop wordt morgen om 10 uur door Sem bij ${r.o} bezorgd.`),
  ]);
  b.nl(cat, 'MFT', 'near-miss', 'clean', [
    () => C('Het scherm wordt even zwart tijdens de update.'),
    () => C('De knop wordt groen zodra de verbinding er is.'),
    (r) => C(`Het wordt ingewikkeld om dat handmatig te doen, dus ik zet vandaag een script voor ${r.o} klaar.`),
    (r) => C(`Zodra ${r.u} ${r.uw} wachtwoord ${hebt(r)} gewijzigd, ${kuntInv(r)} ${r.u} weer inloggen.`),
    (r) => C(`${r.U} ${had(r)} deze week een mail moeten krijgen.`),
    (r) => C(`Het was niet mogelijk ${r.o} te bereiken.`),
    (r) => C(`${r.Uw} laptop is in 2020 geleverd en valt daarom nog onder de garantie.`),
    () => C('Deze printer is vorig jaar geplaatst, dus hij valt nog onder het onderhoudscontract.'),
    (r) => C(`Het wordt steeds drukker op de servicedesk, maar ik help ${r.o} vandaag nog.`),
  ]);

  b.dirNl(cat, 'actor', 'flag', [
    [
      (r) => F(`${r.Uw} verzoek wordt opgepakt.`, 'wordt opgepakt'),
      (r) => C(`${r.Uw} verzoek wordt opgepakt door Jan van het netwerkteam.`),
    ],
    [() => S('Er wordt naar gekeken.'), () => C('Er wordt door Jan van het netwerkteam naar gekeken.')],
    [() => F('Het probleem is doorgezet.', 'is doorgezet'), () => C('Ik heb het probleem doorgezet naar Jan van het netwerkteam.')],
    [
      (r) => F(`${r.Uw} laptop wordt vervangen.`, 'wordt vervangen'),
      (r) => C(`${r.Uw} laptop wordt vervangen door Fatima van werkplekbeheer.`),
    ],
    [
      (r) => F(`${r.Uw} melding is geëscaleerd.`, 'is geëscaleerd'),
      (r) => C(`Ik heb ${r.uw} melding voorgelegd aan mijn teamleider Pieter.`),
    ],
    [() => F('De storing wordt onderzocht.', 'wordt onderzocht'), () => C('De storing wordt onderzocht door Noor van het netwerkteam.')],
    [
      (r) => F(`${r.Uw} aanvraag zal worden beoordeeld.`, 'zal worden beoordeeld'),
      (r) => C(`${r.Uw} aanvraag zal worden beoordeeld door ${r.uw} teamleider.`),
    ],
    [(r) => S(`Er wordt contact met ${r.o} opgenomen.`), (r) => C(`Jan van het netwerkteam neemt contact met ${r.o} op.`)],
    [
      (r) => F(`${r.Uw} ticket wordt behandeld.`, 'wordt behandeld'),
      (r) => C(`${r.Uw} ticket wordt behandeld door Sem van het applicatieteam.`),
    ],
    [
      () => F('De printer wordt deze week gerepareerd.', 'wordt deze week gerepareerd'),
      () => C('De printer wordt deze week gerepareerd door Kees, de monteur van de leverancier.'),
    ],
    [(r) => F(`${r.Uw} wachtwoord wordt vandaag gereset.`, 'wordt vandaag gereset'), (r) => C(`Ik reset ${r.uw} wachtwoord vandaag.`)],
    [() => S('Er wordt aan gewerkt.'), () => C('Fatima van het netwerkteam werkt eraan.')],
  ]);

  b.invNl(cat, 'treated', 'flag', (v) =>
    F(`${v.r.Uw} melding over ${v.prod} wordt in behandeling genomen.`, 'wordt in behandeling genomen'),
  );
  b.invNl(cat, 'looked', 'flag', (v) => S(`Er wordt naar ${v.prod} gekeken.`));
  b.invNl(cat, 'forwarded', 'flag', (v) => F(`${v.r.Uw} vraag over ${v.prod} is doorgezet.`, 'is doorgezet'));
  b.invNl(cat, 'named', 'clean', (v) => C(`${v.name} van het applicatieteam kijkt ${v.time} naar ${v.prod}.`));
  b.invNl(cat, 'by', 'clean', (v) => C(`${v.r.U} ${v.r.v('wordt', 'worden')} ${v.time} gebeld door ${v.name} over ${v.prod}.`));
}

// ---------------------------------------------------------------------------
function shouting(b: Builder): void {
  const cat = 'shouting';
  b.nl(cat, 'MFT', 'caps', 'flag', [
    () => F('Dit is DRINGEND.', 'DRINGEND'),
    () => F('Klik NIET op de link in die mail.', 'NIET'),
    (r) => F(`Sla ${r.uw} bestanden NU op.`, 'NU'),
    () => F('LET OP: de storing is nog niet voorbij.', 'LET OP'),
    (r) => F(`Deel ${r.uw} wachtwoord NOOIT met anderen.`, 'NOOIT'),
    () => F('Graag VANDAAG nog reageren.', 'VANDAAG'),
    () => F('Dit is BELANGRIJK.', 'BELANGRIJK'),
    () => F('Het is URGENT.', 'URGENT'),
    (r) => F(`Start ${r.uw} laptop ALTIJD opnieuw op na een update.`, 'ALTIJD'),
    () => F('Gebruik ALLEEN de werklaptop.', 'ALLEEN'),
    () => F('Dat is ECHT niet de bedoeling.', 'ECHT'),
    () => F('Ik heb het ZELF getest.', 'ZELF'),
    { regs: ['ge', 'gij'], f: (r) => F(`Doe dat NIET, anders verliest ${r.u} ${r.uw} bestanden.`, 'NIET') },
    () => F('Lees deze mail GOED.', 'GOED'),
    () => F('OPGELET: de server gaat om 18:00 uit.', 'OPGELET'),
    (r) => F(`Sluit ${r.uw} laptop VANAVOND aan op de lader.`, 'VANAVOND'),
    () => F('Open die bijlage ONDER GEEN BEDING.', 'ONDER GEEN BEDING'),
    () => F('De update is VERPLICHT.', 'VERPLICHT'),
  ]);
  b.nl(cat, 'MFT', 'bangs', 'flag', [
    () => F('Het werkt weer!!', '!!'),
    () => F('Bedankt voor het doorgeven!!', '!!'),
    (r) => F(`Zet ${r.uw} laptop vanavond niet uit!!!`, '!!!'),
    () => F('Er is een storing in Outlook!!', '!!'),
    (r) => F(`Vergeet ${r.uw} wachtwoord niet te wijzigen!!`, '!!'),
    () => F('Dit moet vandaag nog gebeuren!!', '!!'),
    () => F('Fijn weekend!!', '!!'),
    (r) => F(`Goed dat ${r.u} het ${r.v('meldt', 'melden')}!!`, '!!'),
  ]);
  b.nl(cat, 'MFT', 'acronym', 'clean', [
    () => C('Maak eerst verbinding met de VPN.'),
    (r) => C(`${r.Uw} MFA-code staat in de app.`),
    () => C('De IT-afdeling is bereikbaar tot 17:00.'),
    () => C('Controleer het IBAN in AFAS.'),
    () => C('Stuur de scan als PDF.'),
    () => C('Sluit de USB-stick aan op de laptop.'),
    () => C('HR heeft het formulier al ontvangen.'),
    () => C('Bel de ICT-servicedesk als het niet lukt.'),
    () => C('De storing bij KPN is voorbij.'),
    (r) => C(`Meld het in TOPdesk, dan pak ik het om 14:00 voor ${r.o} op.`),
    () => C('De VPN en MFA werken weer.'),
  ]);
  b.nl(cat, 'MFT', 'single-bang', 'clean', [
    () => C('Het werkt weer!'),
    () => C('Fijn weekend!'),
    () => C('Bedankt voor het doorgeven!'),
    () => C('Klik niet op de link in die mail.'),
    (r) => C(`Deel ${r.uw} wachtwoord nooit met anderen.`),
    () => C('Let op: de storing is nog niet voorbij.'),
    (r) => C(`Goed dat ${r.u} het ${r.v('meldt', 'melden')}! Ik kijk er vandaag om 14:00 naar.`),
    () => C('Dit is dringend: sluit Outlook vóór 17:00 af.'),
  ]);

  b.dirNl(cat, 'caps', 'clean', [
    [() => C('Klik niet op de link in die mail.'), () => F('Klik NIET op de link in die mail.', 'NIET')],
    [() => C('Het werkt weer!'), () => F('Het werkt weer!!', '!!')],
    [() => C('Dit is dringend.'), () => F('Dit is DRINGEND.', 'DRINGEND')],
    [() => C('Let op: de storing is nog niet voorbij.'), () => F('LET OP: de storing is nog niet voorbij.', 'LET OP')],
    [(r) => C(`Deel ${r.uw} wachtwoord nooit met anderen.`), (r) => F(`Deel ${r.uw} wachtwoord NOOIT met anderen.`, 'NOOIT')],
    [() => C('Bedankt voor het doorgeven!'), () => F('Bedankt voor het doorgeven!!!', '!!!')],
    [(r) => C(`Sla ${r.uw} bestanden nu op.`), (r) => F(`Sla ${r.uw} bestanden NU op.`, 'NU')],
    [() => C('Graag vandaag nog reageren.'), () => F('Graag VANDAAG nog reageren.', 'VANDAAG')],
    [() => C('Gebruik alleen de werklaptop.'), () => F('Gebruik ALLEEN de werklaptop.', 'ALLEEN')],
    [() => C('Er is een storing in Outlook.'), () => F('Er is een storing in Outlook!!', '!!')],
    [() => C('Dit is belangrijk.'), () => F('Dit is BELANGRIJK.', 'BELANGRIJK')],
    [
      (r) => C(`Start ${r.uw} laptop altijd opnieuw op na een update.`),
      (r) => F(`Start ${r.uw} laptop ALTIJD opnieuw op na een update.`, 'ALTIJD'),
    ],
  ]);

  b.invNl(cat, 'not', 'flag', (v) => F(`Open ${v.prod} NIET tot de storing voorbij is.`, 'NIET'));
  b.invNl(cat, 'bangs', 'flag', (v) => F(`${v.prod} werkt weer!!`, '!!'));
  b.invNl(cat, 'urgent', 'flag', (v) => F(`Dit is DRINGEND: sluit ${v.prod} af vóór 17:00.`, 'DRINGEND'));
  b.invNl(cat, 'bang', 'clean', (v) => C(`${v.prod} werkt weer!`));
  b.invNl(cat, 'vpn', 'clean', (v) => C(`Maak eerst verbinding met de VPN en open dan ${v.prod}.`));
}

// ---------------------------------------------------------------------------
interface Scenario {
  ctx: readonly string[];
  regs: readonly RegKey[];
  reply: (r: Reg) => string;
  ack: ReadonlyArray<(r: Reg) => string>;
}

const SCENARIOS: readonly Scenario[] = [
  {
    ctx: [
      'Ik kan al twee dagen niet inloggen!',
      'Ik kom niet meer in mijn account en moet vandaag de salarissen doen.',
      'Mijn account is geblokkeerd en ik kan niet werken.',
    ],
    regs: ['u', 'je', 'ge'],
    reply: (r) => `Ik heb ${r.uw} account vrijgegeven. ${r.U} ${kunt(r)} nu weer inloggen met ${r.uw} oude wachtwoord.`,
    ack: [(r) => `Vervelend dat ${r.u} niet ${r.v('kon', 'konden')} inloggen.`, () => 'Excuses voor het ongemak.'],
  },
  {
    ctx: ['Niemand op onze afdeling kan meer inloggen.', 'Sinds vanochtend kan niemand van het team meer inloggen.'],
    regs: ['jullie'],
    reply: () => 'Er was een storing in het inlogsysteem. Dat draait weer, dus jullie kunnen nu inloggen.',
    ack: [() => 'Sorry voor de overlast van vanochtend.', () => 'Balen dat jullie een ochtend niet konden werken.'],
  },
  {
    ctx: ['Mijn laptop start niet meer op en ik heb om 10 uur een presentatie.', 'Mijn laptop start niet meer op, ik kan niet werken.'],
    regs: ['u', 'je', 'gij'],
    reply: () => 'Ik kom om 9:30 langs met een vervangende laptop.',
    ack: [(r) => `Balen dat ${r.uw} laptop het niet doet.`, () => 'Wat vervelend!'],
  },
  {
    ctx: ["De kassa's doen het niet meer, de winkel staat stil.", 'Geen enkele kassa werkt, er staat een rij klanten te wachten!'],
    regs: ['u', 'jullie'],
    reply: () => "Ik heb de verbinding met de kassa's hersteld. Ze werken nu weer.",
    ack: [() => 'Excuses voor de overlast in de winkel.', (r) => `Ik begrijp dat dit grote gevolgen had voor ${r.uw} klanten.`],
  },
  {
    ctx: ['Het patiëntendossier is zo traag dat patiënten staan te wachten.', 'Patiënten wachten, want het dossier opent niet.'],
    regs: ['u', 'je'],
    reply: () => 'Ik heb de koppeling met het patiëntendossier hersteld. Het dossier opent nu weer snel.',
    ack: [(r) => `Vervelend dat ${r.uw} patiënten moesten wachten.`, () => 'Ik begrijp hoe vervelend dit is met een volle wachtkamer.'],
  },
  {
    ctx: ['Outlook crasht steeds, ik word er gek van.', 'Outlook loopt elke tien minuten vast en ik raak steeds mijn concepten kwijt.'],
    regs: ['je', 'u'],
    reply: (r) => `Ik heb Outlook opnieuw geïnstalleerd. Start ${r.uw} laptop opnieuw op en open Outlook daarna.`,
    ack: [() => 'Wat frustrerend dat Outlook steeds vastloopt.', () => 'Sorry voor het gedoe met Outlook.'],
  },
  {
    ctx: ['De printer drukt al de hele week niets af.', 'Ik kan al dagen niet printen en moet vandaag contracten versturen.'],
    regs: ['u', 'je'],
    reply: (r) => `Ik heb de printer opnieuw aan ${r.uw} laptop gekoppeld en als standaardprinter ingesteld.`,
    ack: [() => 'Balen dat het printen niet lukte.', (r) => `Vervelend dat ${r.u} zo lang niet ${r.v('kon', 'konden')} printen.`],
  },
  {
    ctx: ['Ik mis alle mails van vandaag, ook die van klanten.', 'Mijn inbox is ineens leeg!'],
    regs: ['je', 'u'],
    reply: (r) => `De mails stonden in een aparte map. Ik heb ze teruggezet in ${r.uw} inbox.`,
    ack: [(r) => `Wat een schrik moet dat voor ${r.o} zijn geweest.`, (r) => `Vervelend dat ${r.uw} mails ineens weg leken.`],
  },
  {
    ctx: ['Teams valt steeds weg tijdens klantgesprekken, heel gênant.', 'Bij elk videogesprek in Teams bevriest mijn beeld.'],
    regs: ['u', 'je'],
    reply: (r) => `Ik heb Teams bijgewerkt. Ik bel ${r.o} om 14:00 voor een proefgesprek.`,
    ack: [(r) => `Wat vervelend dat Teams ${r.o} zo in de steek laat.`, () => 'Excuses voor het ongemak.'],
  },
  {
    ctx: [
      'Al drie keer gebeld en nog steeds geen oplossing. Dit is echt belachelijk.',
      'Ik wacht nu al een week op een oplossing, hoe lang nog?',
    ],
    regs: ['u', 'je'],
    reply: (r) => `Ik heb ${r.uw} melding overgenomen en kom morgen om 9 uur bij ${r.o} langs.`,
    ack: [(r) => `Ik begrijp ${r.uw} frustratie.`, () => 'Excuses dat het zo lang duurt.'],
  },
  {
    ctx: ['Mijn scherm blijft zwart, ik kan niets doen.', 'Mijn laptop geeft alleen een zwart scherm en ik heb zo een afspraak.'],
    regs: ['u', 'je', 'ge'],
    reply: () => 'Houd de aan-uitknop tien seconden ingedrukt en zet de laptop daarna weer aan.',
    ack: [(r) => `Vervelend dat ${r.u} nu niet ${kunt(r)} werken.`, () => 'Wat vervelend!'],
  },
  {
    ctx: ['AFAS geeft een foutmelding en de salarissen moeten vandaag de deur uit!'],
    regs: ['u', 'je'],
    reply: (r) =>
      `De foutmelding kwam door een verlopen koppeling. Die heb ik vernieuwd, dus ${r.u} ${kunt(r)} de salarissen nu verwerken.`,
    ack: [() => 'Ik begrijp dat dit veel stress geeft met de salarissen van vandaag.', () => 'Sorry voor de schrik.'],
  },
  {
    ctx: ['Sinds de verhuizing heeft niemand op de derde verdieping wifi.'],
    regs: ['jullie'],
    reply: () => 'Ik heb een extra wifi-punt op de derde verdieping aangezet.',
    ack: [() => 'Sorry dat jullie het zonder wifi moesten doen.', () => 'Balen dat jullie zo lang zonder wifi zaten.'],
  },
];

const INFO_REQUESTS: ReadonlyArray<readonly [string, (r: Reg) => string]> = [
  [
    'Hoe stel ik een afwezigheidsmelding in?',
    (r) => `In Outlook ${r.vi('kiest', 'kies', 'kiezen')} ${r.u} Bestand en daarna Automatische antwoorden.`,
  ],
  ['Graag een extra muis voor mijn nieuwe collega.', (r) => `Ik leg morgen een muis voor ${r.uw} collega klaar bij de balie.`],
  ['Mag ik vrijdag mijn oude laptop inleveren?', () => 'Ja, dat kan. De balie is vrijdag open van 9:00 tot 16:00.'],
  ['Wat is het telefoonnummer van de servicedesk?', () => 'De servicedesk is bereikbaar op 020 123 4567.'],
  [
    'Kunnen jullie een gedeelde agenda voor ons team aanmaken?',
    (r) => `Ik heb de gedeelde agenda aangemaakt. ${r.U} ${r.v('vindt', 'vinden')} hem in Outlook onder Gedeelde agenda's.`,
  ],
  ['Wanneer komt de nieuwe versie van Teams?', () => 'De nieuwe versie staat voor dinsdag 14 mei gepland.'],
  ['Kan ik thuis ook bij mijn bestanden?', (r) => `Ja, via OneDrive ${kuntInv(r)} ${r.u} thuis bij ${r.uw} bestanden.`],
  [
    'Ik begin maandag bij de gemeente. Wat heb ik nodig om in te loggen?',
    (r) => `${r.U} ${r.v('krijgt', 'krijgen')} maandag om 9 uur een laptop en een tijdelijk wachtwoord van ${r.uw} leidinggevende.`,
  ],
  [
    'Kunnen jullie Visio op mijn laptop zetten?',
    (r) => `Ik heb Visio op ${r.uw} laptop gezet. ${r.U} ${r.v('vindt', 'vinden')} het in het startmenu.`,
  ],
  ['Hoeveel opslag heb ik in OneDrive?', (r) => `${r.U} ${hebt(r)} 1 TB opslag in OneDrive.`],
  [
    'Mag ik een tweede scherm aanvragen voor thuis?',
    (r) => `Ja, dat mag. Vul het formulier op intranet in; ${r.uw} leidinggevende keurt het goed.`,
  ],
];

function noEmpathy(b: Builder): void {
  const cat = 'no-empathy';
  const flagT: NlT[] = [];
  for (const s of SCENARIOS) for (const ctx of s.ctx) flagT.push({ regs: s.regs, f: (r) => ({ text: s.reply(r), context: ctx }) });
  b.nl(cat, 'MFT', 'problem', 'flag', flagT, 2);
  // The reply itself states the reader's problem, without a word of acknowledgement.
  b.nl(cat, 'MFT', 'in-reply', 'flag', [
    (r) => ({ text: `${r.U} ${kunt(r)} sinds vanochtend niet meer inloggen. Ik heb ${r.uw} account vrijgegeven; probeer het nu opnieuw.` }),
    (r) => ({ text: `${r.Uw} laptop start niet meer op. Ik kom morgen om 9 uur een vervangende laptop brengen.` }),
    (r) => ({ text: `${r.U} ${r.v('ontvangt', 'ontvangen')} sinds gisteren geen mail meer. Ik heb de instelling hersteld.` }),
    { regs: ['jullie'], f: () => ({ text: "De kassa's in jullie winkel werken niet. Ik heb de verbinding opnieuw opgestart." }) },
  ]);

  const ackT: NlT[] = [];
  SCENARIOS.forEach((s, i) => {
    s.ack.forEach((a, j) => {
      ackT.push({
        regs: s.regs,
        f: (r) => ({
          // Acknowledgement first, or (every other one) at the end of the reply.
          text: (i + j) % 2 === 0 || a(r).endsWith('!') ? `${a(r)} ${s.reply(r)}` : `${s.reply(r)} ${a(r)}`,
          context: s.ctx[j % s.ctx.length],
        }),
      });
    });
  });
  b.nl(cat, 'MFT', 'acknowledged', 'clean', ackT);
  b.nl(
    cat,
    'MFT',
    'info-request',
    'clean',
    INFO_REQUESTS.map(([ctx, reply]) => (r: Reg) => ({ text: reply(r), context: ctx })),
    2,
  );
  b.nl(cat, 'MFT', 'no-problem', 'clean', [
    () => C('Vanaf maandag staat de nieuwe versie van Teams op alle laptops.'),
    (r) => C(`Hierbij ${r.uw} nieuwe toegangspas; ${r.u} ${kunt(r)} hem bij de balie ophalen.`),
    () => C('Ter herinnering: de servicedesk is op Koningsdag gesloten.'),
  ]);

  b.dirNl(
    cat,
    'ack',
    'flag',
    SCENARIOS.map((s, i) => {
      const ctx = s.ctx[i % s.ctx.length] as string;
      const ack = s.ack[0] as (r: Reg) => string;
      return [(r: Reg) => ({ text: s.reply(r), context: ctx }), (r: Reg) => ({ text: `${ack(r)} ${s.reply(r)}`, context: ctx })] as const;
    }),
  );

  b.invNl(cat, 'login', 'flag', (v) => ({
    text: `${v.name} heeft ${v.prod} opnieuw ingesteld. ${v.r.U} ${kunt(v.r)} weer inloggen.`,
    context: `Ik kan al de hele ochtend niet in ${v.prod}!`,
  }));
  b.invNl(cat, 'stuck', 'flag', (v) => ({
    text: `Ik heb ${v.prod} opnieuw geïnstalleerd. ${v.r.U} ${kunt(v.r)} de offerte nu versturen.`,
    context: `${v.prod} loopt steeds vast en ik moet vandaag een offerte versturen.`,
  }));
  b.invNl(cat, 'standstill', 'flag', (v) => ({
    text: `${v.name} heeft de koppeling met ${v.prod} hersteld. Alles werkt weer.`,
    context: `Niemand kan meer in ${v.prod}, de afdeling staat stil.`,
  }));
  b.invNl(cat, 'login-ack', 'clean', (v) => ({
    text: `Vervelend dat ${v.r.u} niet ${v.r.v('kon', 'konden')} inloggen. ${v.name} heeft ${v.prod} opnieuw ingesteld.`,
    context: `Ik kan al de hele ochtend niet in ${v.prod}!`,
  }));
  b.invNl(cat, 'howto', 'clean', (v) => ({
    text: `In ${v.prod} ${v.r.vi('kiest', 'kies', 'kiezen')} ${v.r.u} Delen en daarna de naam van ${v.r.uw} collega.`,
    context: `Hoe deel ik een bestand in ${v.prod}?`,
  }));
}

export function dutchCases(b: Builder): void {
  jargon(b);
  vaguePromise(b);
  bareNo(b);
  alarming(b);
  blame(b);
  condescending(b);
  passive(b);
  shouting(b);
  noEmpathy(b);
}
