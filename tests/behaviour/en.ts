/**
 * English behaviour cases, one function per scored category (TAXONOMY.md):
 * persons, contractions and long forms, elided subjects, tenses; near misses;
 * invariance variants; directional pairs.
 */
import type { Builder, EnT } from './builder';
import { bare, C, cap, EN_SUBJ, type EnSubj, F, type Item, k } from './frame';

/** The whole sentence (without its full stop) is the quote. */
const S = (sentence: string): Item => F(sentence, bare(sentence));

type SubjT = (s: EnSubj, long: boolean) => string;
const will = (s: EnSubj, long: boolean) => s.will[long ? 1 : 0];
const be = (s: EnSubj, long: boolean) => s.be[long ? 1 : 0];

function withSubjects(templates: readonly SubjT[], expect: 'flag' | 'clean', perTemplate = 2, step = 3): EnT[] {
  const out: EnT[] = [];
  templates.forEach((t, ti) => {
    for (let n = 0; n < perTemplate; n++) {
      const subj = EN_SUBJ[(ti + n * step) % EN_SUBJ.length] as EnSubj;
      out.push((long) => {
        const sentence = `${cap(t(subj, long))}.`;
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
  b.en(cat, 'MFT', 'term', 'flag', [
    (l) => F(`${k(l, "I've", 'I have')} rebooted your laptop.`, 'rebooted'),
    F('I flushed the DNS cache on your laptop.', 'flushed the DNS cache'),
    (l) => F(`Your AD account was locked, so ${k(l, "I've", 'I have')} unlocked it.`, 'AD account'),
    F('The new version is being pushed out via a GPO.', 'GPO'),
    F('Please check the proxy settings on your laptop.', 'proxy settings'),
    F('The printer driver on your laptop was out of date.', 'printer driver'),
    F('A firewall rule for the till system was missing.', 'firewall rule'),
    F('The mailbox migration is planned for the weekend.', 'mailbox migration'),
    F('Under the SLA we have to resolve this within four hours.', 'SLA'),
    (l) => F(`${k(l, "I've", 'I have')} logged this as a P2 incident.`, 'P2 incident'),
    (l) => F(`${k(l, "I've", 'I have')} passed your question to second-line support.`, 'second-line support'),
    (l) => F(`If it still fails tomorrow, ${k(l, "I'll", 'I will')} escalate it.`, 'escalate'),
    F('Your MFA token has expired.', 'MFA token'),
    F('The VPN tunnel keeps dropping on your side.', 'VPN tunnel'),
    F('Your Exchange mailbox is full.', 'Exchange mailbox'),
    F('Restart the VPN client.', 'VPN client'),
    (l) => F(`${k(l, "I've", 'I have')} raised an RFC for this change.`, 'RFC'),
    F('There was an IP conflict at your desk.', 'IP conflict'),
    F('The DHCP lease on your laptop had expired.', 'DHCP lease'),
    (l) => F(`${k(l, "I've", 'I have')} restarted the print spooler.`, 'print spooler'),
    F('Your account was in the wrong OU.', 'OU'),
    (l) => F(`${k(l, "I've", 'I have')} added you to the Finance security group.`, 'security group'),
    (l) => F(`The Intune policy ${k(l, "hadn't", 'had not')} synced yet.`, 'Intune policy'),
    F('It was a DNS issue.', 'DNS issue'),
    F('The LDAP sync with the rostering system failed.', 'LDAP sync'),
    (l) => F(`${k(l, "I've", 'I have')} re-imaged your laptop.`, 're-imaged'),
    F('The hotfix was deployed overnight.', 'hotfix was deployed'),
    (l) => F(`${k(l, "I've", 'I have')} changed the NTFS permissions on the project folder.`, 'NTFS permissions'),
    F('Your Kerberos ticket had expired.', 'Kerberos ticket'),
    F('The bug was in the backend of the ordering system.', 'backend'),
    F('The SSO certificate had expired.', 'SSO certificate'),
    (l) => F(`${k(l, "I've", 'I have')} recreated your account in Active Directory.`, 'Active Directory'),
    F('The SMTP relay rejected your messages.', 'SMTP relay'),
    (l) => F(`${k(l, "I've", 'I have')} closed the RDP session.`, 'RDP session'),
    (l) => F(`${k(l, "We've", 'We have')} updated the firmware on the switch.`, 'firmware on the switch'),
    F('The change is on the CAB agenda for Tuesday.', 'CAB'),
    F('We changed the DNS records for the web shop.', 'DNS records'),
  ]);
  b.en(cat, 'MFT', 'order', 'flag', [
    F('My colleague rebooted your laptop this morning.', 'rebooted'),
    F('This morning our admins changed the proxy settings on your laptop.', 'proxy settings'),
    F('Because the printer driver was out of date, the printer could not print.', 'printer driver'),
    F('The supplier has added a new firewall rule.', 'firewall rule'),
    (l) => F(`Once the mailbox migration is done, ${k(l, "you'll", 'you will')} be able to send email again.`, 'mailbox migration'),
    F('You need to restart the VPN client.', 'VPN client'),
    F('Will reboot the server tonight and check again.', 'reboot the server'),
    (l) => F(`${k(l, "We'll", 'We will')} flush the DNS cache on your laptop tomorrow.`, 'flush the DNS cache'),
    F('I saw that your account needed to be unlocked in AD.', 'AD'),
    F('Your Exchange mailbox is being migrated this weekend.', 'Exchange mailbox'),
  ]);
  b.en(cat, 'MFT', 'plain', 'clean', [
    (l) => C(`${k(l, "I've", 'I have')} reset your password. You can log in again.`),
    C('The printer on the second floor is working again.'),
    C('Your laptop is ready at the front desk.'),
    C('Connect to the wifi and then open Outlook.'),
    (l) => C(`${k(l, "You'll", 'You will')} find the recording in Teams under Files.`),
    (l) => C(`${k(l, "I've", 'I have')} shared the SharePoint folder with you.`),
    C('Open Citrix and then choose the till system.'),
    C('Your request is in TOPdesk under number 48213.'),
    C('The Excel file is in your OneDrive.'),
    C('The office internet is stable again.'),
    (l) => C(`${k(l, "You'll", 'You will')} get a text with a code to log in.`),
    (l) => C(`${k(l, "I've", 'I have')} added your email address to the newsletter mailing list.`),
    C('Turn your laptop on and log in with your new password.'),
    C('The wifi in the canteen is working again.'),
    (l) => C(`${k(l, "I've", 'I have')} opened the team calendar in Outlook for you.`),
    (l) => C(`${k(l, "I've", 'I have')} restarted your laptop and printing works again.`),
    (l) => C(`${k(l, "I've", 'I have')} unlocked your account.`),
  ]);
  b.en(cat, 'MFT', 'explained', 'clean', [
    (l) => C(`${k(l, "I've", 'I have')} turned on MFA (logging in with an extra code on your phone) for you.`),
    C('First connect to the VPN, the secure connection to the office, and then open the folder.'),
    (l) => C(`${k(l, "I've", 'I have')} rebooted your laptop (turned it off and on again).`),
    C('Under the SLA, our agreement on how fast we respond, I will call you within four hours.'),
    (l) => C(`${k(l, "I've", 'I have')} passed your question to second-line support (the team for trickier problems).`),
    (l) => C(`${k(l, "I've", 'I have')} updated the printer driver (the small program that lets your laptop talk to the printer).`),
    C('It was a P2 incident: an outage with high priority.'),
  ]);
  b.en(cat, 'MFT', 'customer-term', 'clean', [
    (l) => C(`${k(l, "I've", 'I have')} reset your VPN connection. Please try again now.`, 'My VPN connection keeps dropping.'),
    (l) => C(`${k(l, "I've", 'I have')} unlocked your AD account.`, 'My AD account is locked, can you unlock it?'),
    C(
      'I replaced the printer driver once more and reconnected the printer.',
      "I've already reinstalled the printer driver, but it still won't print.",
    ),
    C(
      'After the mailbox migration your old folders were under Archive. I moved them back.',
      "Since the mailbox migration I can't see my old folders.",
    ),
    (l) =>
      C(
        `${k(l, "I've", 'I have')} reset the proxy settings on your laptop to the default.`,
        "I think my proxy settings have changed, because I can't get online.",
      ),
    C('Your MFA code works again. Please try to log in once more.', 'My MFA code keeps getting rejected.'),
    C("I've changed the firewall rule for your web shop.", 'Could you change the firewall rule for our web shop?'),
    C('The SLA for your department is four hours.', "What's the SLA for our department?"),
    C("I've increased the size of your department's Exchange mailbox.", "Our department's Exchange mailbox is full."),
  ]);

  b.dirEn(cat, 'explain', 'flag', [
    [F("I've turned on MFA for you.", 'MFA'), C("I've turned on MFA (logging in with an extra code on your phone) for you.")],
    [
      F('First connect to the VPN and then open the folder.', 'VPN'),
      C('First connect to the VPN, the secure connection to the office, and then open the folder.'),
    ],
    [F('Your request falls under the SLA.', 'SLA'), C('Your request falls under the SLA (our agreement on how fast we respond).')],
    [F("I've rebooted your laptop.", 'rebooted'), C("I've rebooted your laptop (turned it off and on again).")],
    [F("I've logged this as a P2 incident.", 'P2 incident'), C("I've logged this as a P2 incident (an outage with high priority).")],
    [
      F("I've passed your question to second-line support.", 'second-line support'),
      C("I've passed your question to second-line support (the team for trickier problems)."),
    ],
    [
      F("I've updated the printer driver.", 'printer driver'),
      C("I've updated the printer driver (the small program that lets your laptop talk to the printer)."),
    ],
    [
      F("I've changed the proxy settings on your laptop.", 'proxy settings'),
      C("I've changed the proxy settings (the settings that decide how your laptop connects to the internet)."),
    ],
    [
      F("I've added a firewall rule for the till system.", 'firewall rule'),
      C("I've added a firewall rule (an exception in our security) for the till system."),
    ],
    [F('Your Exchange mailbox is full.', 'Exchange mailbox'), C('Your Exchange mailbox, your mailbox in Outlook, is full.')],
    [
      F("If it still fails tomorrow, I'll escalate it.", 'escalate'),
      C("If it still fails tomorrow, I'll escalate it (raise it with my manager)."),
    ],
  ]);
  b.dirEn(cat, 'plain', 'clean', [
    [C("I've restarted your laptop."), F("I've rebooted your laptop.", 'rebooted')],
    [C('Your account was blocked.'), F('Your AD account was locked out.', 'AD account')],
    [
      C("I've passed your question to my colleagues on the network team."),
      F("I've passed your question to second-line support.", 'second-line support'),
    ],
  ]);

  b.invEn(cat, 'reboot', 'flag', (v) =>
    F(`${k(v.long, "I've", 'I have')} rebooted your laptop, so ${v.prod} should work again.`, 'rebooted'),
  );
  b.invEn(cat, 'token', 'flag', (v) => F(`The problems with ${v.prod} were caused by an expired MFA token.`, 'MFA token'));
  b.invEn(cat, 'flush', 'flag', (v) => F(`${v.name} from our team flushed the DNS cache.`, 'flushed the DNS cache'));
  b.invEn(cat, 'password', 'clean', (v) => C(`${k(v.long, "I've", 'I have')} reset your password, so you can log in to ${v.prod} again.`));
  b.invEn(cat, 'laptop', 'clean', (v) => C(`${v.name} will have a new laptop ready for you ${v.time}.`));
}

// ---------------------------------------------------------------------------
function vaguePromise(b: Builder): void {
  const cat = 'vague-promise';
  const promises: SubjT[] = [
    (s, l) => `${will(s, l)} look into it`,
    (s, l) => `${will(s, l)} get back to you`,
    (s, l) => `${will(s, l)} look into this as soon as possible`,
    (s, l) => `${will(s, l)} be in touch shortly`,
    (s, l) => `${will(s, l)} pick up your request`,
    (s, l) => `${will(s, l)} sort it out asap`,
    (s, l) => `${will(s, l)} keep you posted`,
    (s, l) => `${will(s, l)} get back to you soon`,
    (s, l) => `${will(s, l)} come back to you on this`,
    (s, l) => `${be(s, l)} looking into it`,
    (s, l) => `${be(s, l)} going to look into this`,
    (s, l) => `as soon as ${s.s} ${s.third ? 'hears' : 'hear'} more, ${will(s, l)} let you know`,
    (s, l) => `I wanted to let you know that ${will(s, l)} get back to you soon`,
    (s, l) => `${will(s, l)} get this sorted as soon as possible`,
    (s, l) => `${will(s, l)} deal with it in due course`,
    (s, l) => `${will(s, l)} follow up on this`,
    (s, l) => `${will(s, l)} get to it shortly`,
  ];
  b.en(cat, 'MFT', 'subject', 'flag', withSubjects(promises, 'flag'), 1);
  b.en(cat, 'MFT', 'elided', 'flag', [
    S('Will chase the supplier and keep you posted.'),
    S('Will look into it and get back to you.'),
    S('Looking into it and will update you shortly.'),
    (l) => S(`${k(l, "I'll", 'I will')} let you know once I know more.`),
    S('Someone from our team will contact you shortly.'),
    (l) => S(`${k(l, "We'll", 'We will')} be in touch.`),
    (l) => S(`${k(l, "You'll", 'You will')} hear from us soon.`),
    S('We will get back to you in due course.'),
  ]);

  const kept: SubjT[] = [
    (s, l) => `${will(s, l)} look into it before 3 pm today`,
    (s, l) => `${will(s, l)} call you tomorrow at 9 am`,
    (s, l) => `${will(s, l)} get back to you by noon on Friday`,
    (s, l) => `${will(s, l)} fix it within two hours`,
    (s, l) => `${will(s, l)} look into it. I'll call you at 11:00 on Thursday with the result`,
    (s, l) => `${will(s, l)} pick up your request tonight at 7 pm and I'll email you the result before 9 am tomorrow`,
    (s, l) => `${be(s, l)} looking into it and I'll call you at 2 pm this afternoon with an answer`,
  ];
  b.en(cat, 'MFT', 'moment', 'clean', withSubjects(kept, 'clean'), 1);
  b.en(cat, 'MFT', 'concrete', 'clean', [
    (l) => C(`${k(l, "I'll", 'I will')} call you at 11:00 with the result.`),
    (l) => C(`${k(l, "I've", 'I have')} reset your password. You can log in again.`),
    C('The printer is printing again.'),
    (l) => C(`${k(l, "I'll", 'I will')} come by on Thursday at 10:00 to replace your laptop.`),
    C("As soon as we hear more, we'll let you know, and I'll call you by 12:00 on Friday either way."),
    (l) => C(`${k(l, "I'll", 'I will')} keep you posted and send you an update at 4 pm today.`),
    C("I've booked an engineer: he'll be with you on Wednesday at 1 pm."),
    C('Your new laptop is ready at the front desk.'),
    C("I'll look into it this afternoon at 2:30 and email you the result straight after."),
    C('My colleague Fatima will call you back within the hour.'),
  ]);

  b.dirEn(cat, 'moment', 'flag', [
    [(l) => S(`${k(l, "We'll", 'We will')} look into it.`), (l) => C(`${k(l, "We'll", 'We will')} look into it before 3 pm today.`)],
    [(l) => S(`${k(l, "I'll", 'I will')} get back to you.`), (l) => C(`${k(l, "I'll", 'I will')} get back to you tomorrow at 9 am.`)],
    [
      (l) => S(`${k(l, "We're", 'We are')} looking into it.`),
      (l) => C(`${k(l, "We're", 'We are')} looking into it. I'll call you on Thursday at 11:00 with the result.`),
    ],
    [S('My colleague will contact you shortly.'), C('My colleague will contact you tomorrow at 10:00.')],
    [(l) => S(`${k(l, "We'll", 'We will')} fix it as soon as possible.`), (l) => C(`${k(l, "We'll", 'We will')} fix it within two hours.`)],
    [S('Will chase the supplier and keep you posted.'), C('Will chase the supplier and call you at 2 pm this afternoon.')],
    [
      (l) => S(`${k(l, "We'll", 'We will')} pick up your request soon.`),
      (l) => C(`${k(l, "We'll", 'We will')} pick up your request tonight at 7 pm.`),
    ],
    [
      (l) => S(`${k(l, "I'll", 'I will')} keep you posted.`),
      (l) => C(`${k(l, "I'll", 'I will')} keep you posted and send you an update at 4 pm today.`),
    ],
    [
      (l) => S(`${k(l, "You'll", 'You will')} hear from us soon.`),
      (l) => C(`${k(l, "You'll", 'You will')} hear from us by noon on Friday.`),
    ],
    [
      (l) => S(`${k(l, "We'll", 'We will')} get back to you asap.`),
      (l) => C(`${k(l, "We'll", 'We will')} get back to you before 10 am on Wednesday.`),
    ],
    [
      (l) => S(`${k(l, "I'll", 'I will')} follow up on this.`),
      (l) => C(`${k(l, "I'll", 'I will')} follow up on this and call you back within two hours.`),
    ],
    [
      S("As soon as we hear more, we'll let you know."),
      C("As soon as we hear more, we'll let you know, and I'll call you by 12:00 tomorrow either way."),
    ],
  ]);

  b.invEn(cat, 'look', 'flag', (v) =>
    F(
      `${k(v.long, "I've", 'I have')} read your question about ${v.prod}. ${k(v.long, "We'll", 'We will')} look into it.`,
      `${k(v.long, "We'll", 'We will')} look into it`,
    ),
  );
  b.invEn(cat, 'back', 'flag', (v) =>
    F(
      `${v.prod} still won't start for you. My colleague ${v.name} will get back to you as soon as possible.`,
      'will get back to you as soon as possible',
    ),
  );
  b.invEn(cat, 'pick', 'flag', (v) => S(`${k(v.long, "We'll", 'We will')} pick up your ticket about ${v.prod} soon.`));
  b.invEn(cat, 'time', 'clean', (v) => C(`${k(v.long, "I'll", 'I will')} look at your question about ${v.prod} ${v.time}.`));
  b.invEn(cat, 'call', 'clean', (v) => C(`My colleague ${v.name} will call you ${v.time} about ${v.prod}.`));
}

// ---------------------------------------------------------------------------
function bareNo(b: Builder): void {
  const cat = 'bare-no';
  b.en(cat, 'MFT', 'refusal', 'flag', [
    (l) => S(`No, ${k(l, "that's", 'that is')} not possible.`),
    (l) => S(`We ${k(l, "don't", 'do not')} support that.`),
    (l) => S(`${k(l, "That's", 'That is')} not something we can do.`),
    (l) => S(`${k(l, "I'm", 'I am')} not able to do that.`),
    (l) => S(`That ${k(l, "won't", 'will not')} be possible.`),
    (l) => S(`We ${k(l, "can't", 'cannot')} install Spotify on work laptops.`),
    (l) => S(`That ${k(l, "isn't", 'is not')} allowed.`),
    S('We do not support personal devices on the network.'),
    (l) => S(`${k(l, "I'm", 'I am')} afraid we ${k(l, "can't", 'cannot')} help with that.`),
    (l) => S(`${k(l, "That's", 'That is')} outside the scope of our service.`),
    (l) => S(`No, we ${k(l, "can't", 'cannot')} do that.`),
    (l) => S(`Unfortunately, ${k(l, "that's", 'that is')} not an option.`),
    (l) => S(`My colleague ${k(l, "can't", 'cannot')} do that for you.`),
    (l) => S(`The supplier ${k(l, "doesn't", 'does not')} support that.`),
    (l) => S(`Our admins ${k(l, "don't", 'do not')} allow that.`),
    (l) => S(`We ${k(l, "won't", 'will not')} be able to set that up for you.`),
    (l) => S(`You ${k(l, "can't", 'cannot')} have admin rights on your laptop.`),
    (l) => F(`I have to tell you that we ${k(l, "don't", 'do not')} support that.`, `that we ${k(l, "don't", 'do not')} support that`),
    (l) =>
      F(
        `${k(l, "That's", 'That is')} not possible. ${k(l, "I'm", 'I am')} closing the ticket.`,
        `${k(l, "That's", 'That is')} not possible`,
      ),
    (l) => S(`${k(l, "That's", 'That is')} not going to happen.`),
    S('We cannot make an exception.'),
    (l) => S(`${k(l, "It's", 'It is')} not possible to print from home over the company network.`),
    (l) => S(`We ${k(l, "don't", 'do not')} do that.`),
    (l) => S(`I ${k(l, "can't", 'cannot')} do that for you.`),
    S('We are unable to supply a second screen.'),
    (l) => S(`${k(l, "We're", 'We are')} not allowed to do that.`),
    S('Unfortunately, we cannot offer that.'),
    (l) => S(`A new phone ${k(l, "isn't", 'is not')} something we can give you.`),
  ]);
  b.en(cat, 'MFT', 'reason', 'clean', [
    C("No, that's not possible, because the licence only covers work laptops."),
    C("We don't install Spotify on work laptops, since it hasn't been approved by our security team."),
    C("That isn't possible due to our security rules."),
    C("That's not allowed because of data protection law."),
    C("That's not possible. This is because the supplier no longer releases updates."),
    C("You can't have admin rights, because that would be a security risk."),
    C("We can't arrange that for you, since phones are handled by Facilities."),
    C("That's not something we can do, because the meeting room screens belong to Facilities."),
  ]);
  b.en(cat, 'MFT', 'alternative', 'clean', [
    C("That's not possible. What we can do instead is lend you a laptop for the week."),
    C("We can't supply a second screen, but you can borrow one from the front desk."),
    C("That won't be possible. As an alternative, I can send you a loan laptop."),
    C("We no longer support that old version. Instead, I'll install the new version on your laptop."),
    C("We don't connect personal laptops to the network. What you can do is use the guest network."),
    C("Printing from home over the company network isn't possible, but you can print at the office."),
  ]);
  b.en(cat, 'MFT', 'near-miss', 'clean', [
    C('No problem at all!'),
    (l) => C(`No, you ${k(l, "don't", 'do not')} need to do anything.`),
    (l) => C(`No, your files ${k(l, "haven't", 'have not')} been lost.`),
    (l) => C(`${k(l, "I'm", 'I am')} sorry you can't log in. I'll come by at 2 pm.`),
    C("If you can't log in, please call me."),
    C("I tried to call you this morning, but I couldn't reach you. I'll try again at 2 pm."),
    C("That's definitely possible."),
    (l) => C(`You ${k(l, "don't", 'do not')} need to log in again.`),
    C("No, it's not your fault."),
    C('Yes, printing from home is possible.'),
    C("I couldn't update your laptop remotely, so I'll come by tomorrow at 10."),
    C("Sure, that's no problem."),
  ]);

  b.dirEn(cat, 'reason', 'flag', [
    [S("No, that's not possible."), C("No, that's not possible, because the licence only covers work laptops.")],
    [S("We don't support that."), C("We don't support that, since the supplier no longer releases updates for it.")],
    [S("That's not something we can do."), C("That's not something we can do. What we can do instead is lend you a laptop for the week.")],
    [S("I'm not able to do that."), C("I'm not able to do that due to our security rules.")],
    [S("That won't be possible."), C("That won't be possible. Instead, I can set up a shared folder for you.")],
    [
      S("We can't install Spotify on work laptops."),
      C("We can't install Spotify on work laptops, but you can use it in your web browser instead."),
    ],
    [S("That isn't allowed."), C("That isn't allowed because of data protection law.")],
    [S("We can't supply a second screen."), C("We can't supply a second screen, but you can borrow one from the front desk.")],
    [
      S("That's outside the scope of our service."),
      C("That's outside the scope of our service. As an alternative, I can recommend an approved repair shop."),
    ],
    [
      S("You can't have admin rights on your laptop."),
      C("You can't have admin rights on your laptop, but I can install the program for you instead."),
    ],
    [
      S("We don't connect personal laptops to the network."),
      C("We don't connect personal laptops to the network. What you can do is use the guest network."),
    ],
    [
      S("I'm afraid we can't help with that."),
      C("I'm afraid we can't help with that, because personal devices aren't covered by our contract."),
    ],
  ]);

  b.invEn(cat, 'phone', 'flag', (v) => F(`Installing ${v.prod} on your personal phone is not possible.`, 'is not possible'));
  b.invEn(cat, 'licence', 'flag', (v) => S(`No, we ${k(v.long, "can't", 'cannot')} give you an extra ${v.prod} licence.`));
  b.invEn(cat, 'version', 'flag', (v) =>
    F(
      `Your question was about the old version of ${v.prod}. We ${k(v.long, "don't", 'do not')} support that.`,
      `We ${k(v.long, "don't", 'do not')} support that`,
    ),
  );
  b.invEn(cat, 'licence-reason', 'clean', (v) =>
    C(`An extra ${v.prod} licence ${k(v.long, "isn't", 'is not')} possible, because we only have twenty.`),
  );
  b.invEn(cat, 'phone-alt', 'clean', (v) => C(`${v.prod} on your personal phone isn't possible, but you can use the web version instead.`));
}

// ---------------------------------------------------------------------------
function alarming(b: Builder): void {
  const cat = 'alarming';
  b.en(cat, 'MFT', 'alarm', 'flag', [
    (l) => S(`${k(l, "That's", 'That is')} going to be difficult.`),
    S('Hmm… tricky.'),
    (l) => S(`I ${k(l, "can't", 'cannot')} fix this.`),
    F("No idea what's causing it.", 'No idea'),
    (l) => S(`I ${k(l, "don't", 'do not')} know ${k(l, "what's", 'what is')} going on.`),
    S('This is going to take a while.'),
    (l) => S(`${k(l, "There's", 'There is')} no fix yet.`),
    (l) => S(`No idea when ${k(l, "it'll", 'it will')} be back up.`),
    S('The server is down.'),
    (l) => S(`That ${k(l, "doesn't", 'does not')} sound good.`),
    (l) => S(`${k(l, "It's", 'It is')} a case of wait and see.`),
    S('The project is running behind schedule.'),
    S('It could take quite a while.'),
    (l) => S(`The supplier ${k(l, "doesn't", 'does not')} know when it will be fixed either.`),
    (l) => S(`We ${k(l, "don't", 'do not')} know how long it will take.`),
    (l) => S(`${k(l, "I'm", 'I am')} not sure we can get your files back.`),
    (l) => S(`My colleague ${k(l, "can't", 'cannot')} fix it either.`),
    S("Our admins have no idea what's wrong."),
    S('The whole network is down.'),
    F('I have to be honest: this is going to be difficult.', 'this is going to be difficult'),
    S('Since we have no idea what it is yet, this could take a long time.'),
    F("There's a delay on the supplier's side.", 'delay'),
    (l) => S(`${k(l, "We're", 'We are')} stuck.`),
    S('This looks bad.'),
    (l) => S(`I ${k(l, "can't", 'cannot')} say when it will work again.`),
    S('There is no solution yet.'),
    F('I called the supplier. They have no idea when it will work again.', 'They have no idea when it will work again'),
    S('There is nothing more we can do about this.'),
    (l) => S(`Your laptop probably ${k(l, "can't", 'cannot')} be saved.`),
    S('Honestly, I have no idea.'),
  ]);
  b.en(cat, 'MFT', 'plan', 'clean', [
    C("It's taking longer than planned: I expect it to be ready by 12:00 on Thursday and I'll update you daily."),
    C("This will take a while: the new battery arrives tomorrow at 9 am and I'll call you as soon as it's fitted."),
    C("The server is down. I expect it to be back before 3 pm today and I'll call you then."),
    C("The supplier delivers the part on Thursday; I'll fit it in your laptop that day at 2 pm."),
    C("I can't fix it today, but my colleague Jan will take over and call you tomorrow at 9 am."),
    C("There's a delay at the supplier: your new laptop arrives on Thursday at 10:00 and I'll bring it round that afternoon."),
    C("Restoring the files takes about two hours; I'll call you at 4 pm once everything is back."),
  ]);
  b.en(cat, 'MFT', 'neutral', 'clean', [
    C('The server is back up.'),
    C('Your laptop is ready.'),
    C('It worked.'),
    C('The printer is working again.'),
    C("I'm sorry Outlook keeps freezing, that sounds frustrating. I'll come by at 2 pm."),
    C("No problem, I'll sort it before 3 pm today."),
    C("I know what's causing it: your password had expired. I've set a new one."),
    C('The network is running normally again.'),
    C("Sorry Teams keeps dropping out. I'll install a new version on your laptop today at 1 pm."),
    C('Your files are safe in OneDrive.'),
  ]);

  b.dirEn(cat, 'plan', 'flag', [
    [
      S('This is going to take a while.'),
      C("This is going to take a while: the new battery arrives tomorrow at 9 am and I'll call you as soon as it's fitted."),
    ],
    [S('The server is down.'), C("The server is down. I expect it to be back before 3 pm today and I'll call you then.")],
    [S("I can't fix this."), C("I can't fix this. My colleague Jan will take over and call you tomorrow at 9 am.")],
    [
      S('The project is running behind schedule.'),
      C("The project is running behind schedule: I expect it to be ready by 12:00 on Thursday and I'll update you daily."),
    ],
    [
      S("There's no fix yet."),
      C("There's no fix yet. The supplier will deliver it before noon on Friday and I'll install it that afternoon."),
    ],
    [S("That's going to be difficult."), C("That's going to be difficult, but I'll look into it and call you at 4 pm today with a plan.")],
    [
      S("It's a case of wait and see."),
      C("It's a case of wait and see until the supplier replies; I'll call you tomorrow at 10:00 with an update."),
    ],
    [
      F("No idea what's causing it.", 'No idea'),
      C("No idea what's causing it yet, but I'll find out and call you before 3 pm today with the result."),
    ],
    [
      F("There's a delay on the supplier's side.", 'delay'),
      C("There's a delay on the supplier's side: your laptop now arrives on Thursday at 10:00 and I'll bring it round the same day."),
    ],
    [
      S("No idea when it'll be back up."),
      C("No idea when it'll be back up yet. I'm calling the supplier at 11:00 and will let you know before 12:00 what they say."),
    ],
    [
      S('It could take quite a while.'),
      C("It could take quite a while: I expect it to be done by 12:00 tomorrow and I'll email you then."),
    ],
    [S("That doesn't sound good."), C("That doesn't sound good. I'll come by at 2 pm and look at your laptop straight away.")],
  ]);

  b.invEn(cat, 'duration', 'flag', (v) => F(`The ${v.prod} outage is going to take a while.`, 'going to take a while'));
  b.invEn(cat, 'idea', 'flag', (v) => F(`${v.name} has no idea what's causing it.`, 'no idea'));
  b.invEn(cat, 'hard', 'flag', (v) =>
    F(`${k(v.long, "That's", 'That is')} going to be difficult with ${v.prod}.`, 'going to be difficult'),
  );
  b.invEn(cat, 'planned', 'clean', (v) =>
    C(
      `The ${v.prod} outage is taking longer than planned: I expect it to be fixed ${v.time} and ${k(v.long, "I'll", 'I will')} call you then.`,
    ),
  );
  b.invEn(cat, 'fixed', 'clean', (v) => C(`${v.prod} is working again. ${v.name} fixed the fault.`));
}

// ---------------------------------------------------------------------------
function blame(b: Builder): void {
  const cat = 'blame';
  b.en(cat, 'MFT', 'reproach', 'flag', [
    F('As I mentioned in my last email, you need to update the app first.', 'As I mentioned in my last email'),
    F('As I already said, the app only works on work laptops.', 'As I already said'),
    (l) => S(`You ${k(l, "should've", 'should have')} restarted first.`),
    F('This is user error.', 'user error'),
    (l) => S(`${k(l, "That's", 'That is')} down to the settings on your own router at home.`),
    (l) => F(`If you had followed the manual, this ${k(l, "wouldn't", 'would not')} have happened.`, 'If you had followed the manual'),
    S('Please read the manual first.'),
    S('Read the instructions properly.'),
    F('As previously stated, we need a screenshot of the error.', 'As previously stated'),
    (l) =>
      F(
        `As ${k(l, "I've", 'I have')} told you twice already, you have to log in with your work account.`,
        `As ${k(l, "I've", 'I have')} told you twice already`,
      ),
    S('You ignored the warning.'),
    (l) =>
      F(
        `This happened because you ${k(l, "didn't", 'did not')} follow the instructions.`,
        `because you ${k(l, "didn't", 'did not')} follow the instructions`,
      ),
    S('This is your own fault.'),
    S('You chose the wrong settings yourself.'),
    F('Had you read the manual, you would have known this.', 'Had you read the manual'),
    (l) => S(`You ${k(l, "should've", 'should have')} made a backup.`),
    (l) => S(`${k(l, "That's", 'That is')} down to your computer.`),
    S('My colleague already told you to restart first.'),
    S('You were supposed to save your files to OneDrive.'),
    F('Like I said before, you need to use the work laptop.', 'Like I said before'),
    F('As mentioned several times, the app only runs in Chrome.', 'As mentioned several times'),
    (l) => S(`You ${k(l, "should've", 'should have')} called us sooner.`),
    (l) => F(`If you had paid more attention, this ${k(l, "wouldn't", 'would not')} have happened.`, 'If you had paid more attention'),
    S('The problem is between the chair and the keyboard.'),
    F('As I explained in my previous email, you have to restart after the update.', 'As I explained in my previous email'),
    S('You could have worked that out yourself.'),
    F('As requested before: please send a screenshot of the error.', 'As requested before'),
  ]);
  b.en(cat, 'MFT', 'neutral', 'clean', [
    C('The error occurred because the password had expired.'),
    C('The problem was caused by an outage at our supplier.'),
    C("It's not your fault: our supplier had an outage."),
    C("You should have received an email this week; I'll resend it today."),
    C('The update should have run overnight, but it got stuck.'),
    C('I should have called you earlier, sorry about that.'),
    C("The connection dropped because of an outdated setting in the router; I've changed it for you."),
    C("As agreed, I'll call you tomorrow at 9 am."),
    C('As promised, here is your new login code.'),
    C("Your password had expired, so I've set a new one."),
    C('Thanks for the screenshot, it helped me find the error quickly.'),
    C('The outage was caused by a bug in the latest update.'),
    C('Restart your laptop and try again.'),
    C("This happens to a lot of colleagues; it's caused by a setting the update changed."),
    C("I'd missed your email, sorry it took a while."),
  ]);

  b.dirEn(cat, 'reproach', 'clean', [
    [
      C("Your password had expired. I've set a new one."),
      F("As I already said: your password had expired. I've set a new one.", 'As I already said'),
    ],
    [
      C('Restart your laptop and try again.'),
      F('You should have restarted first. Restart your laptop and try again.', 'You should have restarted first'),
    ],
    [C('The app only works on work laptops.'), F('As previously stated, the app only works on work laptops.', 'As previously stated')],
    [
      C("I'll send you the steps to connect the printer."),
      F(
        "If you had followed the manual, this wouldn't have happened. I'll send you the steps to connect the printer.",
        'If you had followed the manual',
      ),
    ],
    [
      C("I've reset the connection."),
      F("That's down to your own router at home. I've reset the connection.", "That's down to your own router at home"),
    ],
    [C('Please send a screenshot of the error.'), F('As requested before: please send a screenshot of the error.', 'As requested before')],
    [
      C("The files weren't in OneDrive. I've restored them."),
      F("You should have saved the files in OneDrive. I've restored them.", 'You should have saved the files in OneDrive'),
    ],
    [
      C('Please log in with your work account first.'),
      F("As I've told you twice already, please log in with your work account first.", "As I've told you twice already"),
    ],
    [
      C("I've restored your files from yesterday's backup."),
      F("This is your own fault. I've restored your files from yesterday's backup.", 'This is your own fault'),
    ],
    [
      C('You can update the app through the Company Portal.'),
      F('As I mentioned in my last email, you can update the app through the Company Portal.', 'As I mentioned in my last email'),
    ],
    [C('The printer is connected again.'), F('Read the manual properly. The printer is connected again.', 'Read the manual properly')],
    [C('The problem was caused by a wrong setting.'), F('The problem was caused by a wrong setting. This is user error.', 'user error')],
  ]);

  b.invEn(cat, 'said', 'flag', (v) => F(`As I already said, you need to close ${v.prod} first.`, 'As I already said'));
  b.invEn(cat, 'manual', 'flag', (v) =>
    F(
      `If you had read the ${v.prod} manual, this ${k(v.long, "wouldn't", 'would not')} have happened.`,
      `If you had read the ${v.prod} manual`,
    ),
  );
  b.invEn(cat, 'user-error', 'flag', (v) => F(`This error in ${v.prod} is user error.`, 'user error'));
  b.invEn(cat, 'cause', 'clean', (v) => C(`The ${v.prod} error occurred because the password had expired.`));
  b.invEn(cat, 'agreed', 'clean', (v) => C(`As agreed, ${v.name} will call you ${v.time} about ${v.prod}.`));
}

// ---------------------------------------------------------------------------
function condescending(b: Builder): void {
  const cat = 'condescending';
  b.en(cat, 'MFT', 'belittle', 'flag', [
    F('Just simply restart it.', 'Just simply'),
    F('Obviously you need to log in first.', 'Obviously'),
    F('As everyone knows, passwords expire every three months.', 'As everyone knows'),
    (l) => S(`${k(l, "It's", 'It is')} really easy.`),
    (l) => S(`${k(l, "It's", 'It is')} just one click.`),
    S('Anyone can do it.'),
    S('Even a child could do this.'),
    F('This is basic stuff.', 'basic stuff'),
    (l) => S(`${k(l, "It's", 'It is')} very simple.`),
    (l) => S(`${k(l, "It's", 'It is')} not rocket science.`),
    (l) => S(`${k(l, "It's", 'It is')} common sense.`),
    F('Surely you know how to attach a file.', 'Surely you know how to attach a file'),
    F('All you have to do is just simply click Save.', 'just simply'),
    F('Just simply log out and in again.', 'Just simply'),
    F('Clearly, you need to update the app first.', 'Clearly'),
    F('This is really basic.', 'really basic'),
    (l) => F(`Click Save. ${k(l, "It's", 'It is')} that simple.`, `${k(l, "It's", 'It is')} that simple`),
    S('Everyone knows that.'),
    F("It's super easy, honestly.", 'super easy'),
    F('I think you just simply need to restart.', 'just simply'),
    F('Obviously, the printer has to be switched on.', 'Obviously'),
    S('Even my grandmother can manage that.'),
    (l) => F(`${k(l, "It's", 'It is')} a piece of cake.`, 'piece of cake'),
    S('Surely everyone knows how to do that.'),
    F('You can just simply drag the file into the folder.', 'just simply'),
  ]);
  b.en(cat, 'MFT', 'near-miss', 'clean', [
    (l) => C(`${k(l, "I've", 'I have')} just reset your password.`),
    C('Just to confirm: your laptop is ready.'),
    C('You can carry on working during the update.'),
    C('Click Reconnect.'),
    C('The new form is shorter than the old one.'),
    (l) => C(`${k(l, "I've", 'I have')} checked it for you: your account is active again.`),
    C('Several colleagues had the same problem this week.'),
    C('Step 1: open Outlook. Step 2: choose File and then Options.'),
    (l) => C(`We get this question a lot, so ${k(l, "you're", 'you are')} definitely not the only one.`),
    C("If it doesn't work, I'm happy to help you over Teams."),
    C('The Save button is in the top right.'),
    C("It's a known issue: I'll install the new version on your laptop today at 2 pm."),
    C("There's a logical explanation: the update reset the setting."),
    C('Thanks for letting us know.'),
    C('These steps work for everyone with a work laptop.'),
  ]);

  b.dirEn(cat, 'belittle', 'clean', [
    [C('Click Reconnect.'), F('Just simply click Reconnect.', 'Just simply')],
    [C('Log in first.'), F('Obviously you need to log in first.', 'Obviously')],
    [
      C('Your password expires every three months.'),
      F('As everyone knows, your password expires every three months.', 'As everyone knows'),
    ],
    [C('Choose File and then Save As.'), F("Choose File and then Save As. It's really easy.", "It's really easy")],
    [C('Click Share in the top right.'), F("Click Share in the top right. It's just one click.", "It's just one click")],
    [C('Drag the file into the folder.'), F('Drag the file into the folder. Anyone can do it.', 'Anyone can do it')],
    [
      C('Turn the laptop off and on again.'),
      F('Turn the laptop off and on again. Even a child could do this.', 'Even a child could do this'),
    ],
    [C('Connect the printer via Settings.'), F('Connect the printer via Settings. This is basic stuff.', 'basic stuff')],
    [C('Restart Teams.'), F('Just simply restart Teams.', 'Just simply')],
    [
      C('Attach the file with the paperclip icon.'),
      F('Surely you know how to attach a file: use the paperclip icon.', 'Surely you know how to attach a file'),
    ],
    [C('Clear the form and start again.'), F("Clear the form and start again. It's not rocket science.", "It's not rocket science")],
    [C('Save your work before you shut down.'), F("Save your work before you shut down. It's common sense.", "It's common sense")],
  ]);

  b.invEn(cat, 'just', 'flag', (v) => F(`Just simply click Reconnect in ${v.prod}.`, 'Just simply'));
  b.invEn(cat, 'easy', 'flag', (v) => F(`Setting up ${v.prod} is really easy.`, 'really easy'));
  b.invEn(cat, 'everyone', 'flag', (v) => F(`As everyone knows, you need to update ${v.prod} every week.`, 'As everyone knows'));
  b.invEn(cat, 'plain', 'clean', (v) => C(`Click Reconnect in ${v.prod}.`));
  b.invEn(cat, 'done', 'clean', (v) => C(`${v.name} has set up ${v.prod} again for you.`));
}

// ---------------------------------------------------------------------------
function passive(b: Builder): void {
  const cat = 'passive';
  b.en(cat, 'MFT', 'hidden-actor', 'flag', [
    F('Your request has been forwarded.', 'has been forwarded'),
    (l) => S(`${k(l, "It'll", 'It will')} be looked at.`),
    F('Your ticket has been escalated.', 'has been escalated'),
    F('Your request is being processed.', 'is being processed'),
    F('The issue is being investigated.', 'is being investigated'),
    F('Your laptop will be replaced.', 'will be replaced'),
    F('Your request will be picked up.', 'will be picked up'),
    F('Your case has been passed on.', 'has been passed on'),
    F('The problem is being looked into.', 'is being looked into'),
    F('It will be fixed as soon as possible.', 'will be fixed'),
    F('Your account will be unlocked.', 'will be unlocked'),
    F('Your request will be reviewed.', 'will be reviewed'),
    F('The printer is being repaired this week.', 'is being repaired'),
    F('You will be contacted.', 'will be contacted'),
    F('A new laptop will be ordered for you.', 'will be ordered'),
    F('Your password will be reset today.', 'will be reset'),
    F('Your ticket was passed to the supplier.', 'was passed to the supplier'),
    F('Your request has been put in the queue.', 'has been put in the queue'),
    F('Tomorrow your laptop will be replaced.', 'will be replaced'),
    F('I can confirm that your request is being handled.', 'is being handled'),
    (l) => F(`${k(l, "It's", 'It is')} being worked on.`, 'being worked on'),
    F('Your issue has been logged and will be dealt with.', 'has been logged and will be dealt with'),
    F('Your question has been sent on to the right team.', 'has been sent on'),
    F('An engineer will be sent to you today.', 'will be sent'),
    F('Your request was forwarded to another department.', 'was forwarded'),
    F('Your ticket will be handled as soon as possible.', 'will be handled'),
  ]);
  b.en(cat, 'MFT', 'actor', 'clean', [
    (l) => C(`${k(l, "I've", 'I have')} forwarded your request to Jan from the network team.`),
    C('Your request is being handled by Jan from the network team.'),
    C('You will be contacted by Jan at 3 pm.'),
    C('Jan from the network team is looking into it today.'),
    (l) => C(`${k(l, "I'll", 'I will')} replace your laptop tomorrow at 10.`),
    C('My colleague Fatima will call you at 3 pm.'),
    C('My colleague has forwarded your ticket to the supplier.'),
    (l) => C(`${k(l, "I've", 'I have')} unlocked your account.`),
    C("The outage is being fixed by Noor from the network team; she'll call you at 4 pm."),
    C('Pieter from Workplace Support is ordering a new phone for you today.'),
    C('Your new laptop will be delivered by Sam tomorrow at 10.'),
  ]);
  b.en(cat, 'MFT', 'near-miss', 'clean', [
    C('The screen goes black for a moment during the update.'),
    C('The button turns green once the connection is up.'),
    C("It gets complicated if we do it by hand, so I'll set up a script for you today."),
    (l) => C(`Once ${k(l, "you've", 'you have')} changed your password, you can log in again.`),
    C('You should have received an email this week.'),
    C("I wasn't able to reach you by phone."),
    C("Your laptop was delivered in 2020, so it's still under warranty."),
    C("This printer was installed last year, so it's still under the maintenance contract."),
    C("It's getting busier at the service desk, but I'll help you today."),
  ]);

  b.dirEn(cat, 'actor', 'flag', [
    [F('Your request has been forwarded.', 'has been forwarded'), C("I've forwarded your request to Jan from the network team.")],
    [S('It will be looked at.'), C('It will be looked at by Jan from the network team.')],
    [F('Your ticket has been escalated.', 'has been escalated'), C("I've escalated your ticket to my team lead, Pieter.")],
    [F('Your laptop will be replaced.', 'will be replaced'), C('Your laptop will be replaced by Fatima from Workplace Support.')],
    [F('The issue is being investigated.', 'is being investigated'), C('The issue is being investigated by Noor from the network team.')],
    [F('Your request will be reviewed.', 'will be reviewed'), C('Your request will be reviewed by your team lead.')],
    [F('You will be contacted.', 'will be contacted'), C('You will be contacted by Jan at 3 pm.')],
    [F('Your ticket is being handled.', 'is being handled'), C('Your ticket is being handled by Sam from the applications team.')],
    [
      F('The printer is being repaired this week.', 'is being repaired'),
      C("The printer is being repaired this week by Kees, the supplier's engineer."),
    ],
    [F('Your password will be reset today.', 'will be reset'), C("I'll reset your password today.")],
    [F("It's being worked on.", 'being worked on'), C('Fatima from the network team is working on it.')],
    [F('Your case has been passed on.', 'has been passed on'), C("I've passed your case on to Jan in the network team.")],
  ]);

  b.invEn(cat, 'processed', 'flag', (v) => F(`Your ticket about ${v.prod} is being processed.`, 'is being processed'));
  b.invEn(cat, 'looked', 'flag', (v) => S(`${v.prod} will be looked at.`));
  b.invEn(cat, 'forwarded', 'flag', (v) => F(`Your question about ${v.prod} has been forwarded.`, 'has been forwarded'));
  b.invEn(cat, 'named', 'clean', (v) => C(`${v.name} from the applications team will look at ${v.prod} ${v.time}.`));
  b.invEn(cat, 'by', 'clean', (v) => C(`You will be called by ${v.name} ${v.time} about ${v.prod}.`));
}

// ---------------------------------------------------------------------------
function shouting(b: Builder): void {
  const cat = 'shouting';
  b.en(cat, 'MFT', 'caps', 'flag', [
    F('Do NOT click the link in that email.', 'NOT'),
    F('This is URGENT.', 'URGENT'),
    F('Please reply TODAY.', 'TODAY'),
    F('NEVER share your password.', 'NEVER'),
    F("IMPORTANT: the outage isn't over yet.", 'IMPORTANT'),
    F('Save your files NOW.', 'NOW'),
    F('ALWAYS restart your laptop after an update.', 'ALWAYS'),
    F('Use ONLY your work laptop.', 'ONLY'),
    F('That is REALLY not how it works.', 'REALLY'),
    F('Read this email CAREFULLY.', 'CAREFULLY'),
    F('PLEASE do not forward this email.', 'PLEASE'),
    F('I tested it MYSELF.', 'MYSELF'),
    F('WARNING: the server goes offline at 6 pm.', 'WARNING'),
    F('The update is MANDATORY.', 'MANDATORY'),
    F('Under NO circumstances open that attachment.', 'NO'),
    F('Plug your laptop in TONIGHT.', 'TONIGHT'),
    F('Do not open that attachment UNDER ANY CIRCUMSTANCES.', 'UNDER ANY CIRCUMSTANCES'),
  ]);
  b.en(cat, 'MFT', 'bangs', 'flag', [
    (l) => F(`${k(l, "Don't", 'Do not')} switch your laptop off tonight!!!`, '!!!'),
    F('Thanks for letting us know!!', '!!'),
    F('It works again!!', '!!'),
    F('Outlook is down for everyone!!', '!!'),
    (l) => F(`${k(l, "Don't", 'Do not')} forget to change your password!!`, '!!'),
    F('This has to happen today!!', '!!'),
    F('Have a great weekend!!', '!!'),
    F('Great catch!!', '!!'),
  ]);
  b.en(cat, 'MFT', 'acronym', 'clean', [
    C('Connect to the VPN first.'),
    C('Your MFA code is in the app.'),
    C('The IT desk is open until 5 pm.'),
    C('Check the IBAN in AFAS.'),
    C('Send the scan as a PDF.'),
    C('Plug the USB stick into your laptop.'),
    C('HR has already received the form.'),
    C("Call the IT service desk if it doesn't work."),
    C('The BT outage is over.'),
    C("Log it in TOPdesk and I'll pick it up at 2 pm."),
    C('The VPN and MFA are working again.'),
  ]);
  b.en(cat, 'MFT', 'single-bang', 'clean', [
    C('It works again!'),
    C('Have a great weekend!'),
    C('Thanks for letting us know!'),
    (l) => C(`${k(l, "Don't", 'Do not')} click the link in that email.`),
    C('Never share your password.'),
    C("Important: the outage isn't over yet."),
    C("Thanks for reporting it! I'll look at it today at 2 pm."),
    C('This is urgent: please close Outlook before 5 pm.'),
  ]);

  b.dirEn(cat, 'caps', 'clean', [
    [C('Do not click the link in that email.'), F('Do NOT click the link in that email.', 'NOT')],
    [C('It works again!'), F('It works again!!', '!!')],
    [C('This is urgent.'), F('This is URGENT.', 'URGENT')],
    [C("Important: the outage isn't over yet."), F("IMPORTANT: the outage isn't over yet.", 'IMPORTANT')],
    [C('Never share your password.'), F('NEVER share your password.', 'NEVER')],
    [C('Thanks for letting us know!'), F('Thanks for letting us know!!!', '!!!')],
    [C('Save your files now.'), F('Save your files NOW.', 'NOW')],
    [C('Please reply today.'), F('Please reply TODAY.', 'TODAY')],
    [C('Use only your work laptop.'), F('Use ONLY your work laptop.', 'ONLY')],
    [C('Outlook is down for everyone.'), F('Outlook is down for everyone!!', '!!')],
    [C('This is important.'), F('This is IMPORTANT.', 'IMPORTANT')],
    [C('Always restart your laptop after an update.'), F('ALWAYS restart your laptop after an update.', 'ALWAYS')],
  ]);

  b.invEn(cat, 'not', 'flag', (v) => F(`Do NOT open ${v.prod} until the outage is over.`, 'NOT'));
  b.invEn(cat, 'bangs', 'flag', (v) => F(`${v.prod} works again!!`, '!!'));
  b.invEn(cat, 'urgent', 'flag', (v) => F(`This is URGENT: close ${v.prod} before 5 pm.`, 'URGENT'));
  b.invEn(cat, 'bang', 'clean', (v) => C(`${v.prod} works again!`));
  b.invEn(cat, 'vpn', 'clean', (v) => C(`Connect to the VPN first and then open ${v.prod}.`));
}

// ---------------------------------------------------------------------------
interface Scenario {
  ctx: readonly string[];
  reply: (long: boolean) => string;
  ack: readonly string[];
}

const SCENARIOS: readonly Scenario[] = [
  {
    ctx: [
      "I haven't been able to log in for two days!",
      "I can't get into my account and I have to run payroll today.",
      "My account is locked and I can't work.",
    ],
    reply: (l) => `${k(l, "I've", 'I have')} unlocked your account. You can log in again with your old password.`,
    ack: ["I'm sorry you couldn't log in.", 'Apologies for the inconvenience.'],
  },
  {
    ctx: ['Nobody in our team can log in.', 'Since this morning nobody in the department can log in.'],
    reply: () => 'There was a fault in the login system. It is running again, so you can all log in now.',
    ack: ['Sorry for the disruption this morning.', "I'm sorry you lost a morning's work."],
  },
  {
    ctx: ["My laptop won't start and I have a presentation at 10.", "My laptop won't start, I can't work."],
    reply: (l) => `${k(l, "I'll", 'I will')} come by at 9:30 with a replacement laptop.`,
    ack: ["That's frustrating, sorry your laptop let you down.", 'How annoying, sorry!'],
  },
  {
    ctx: ['The tills are down and the shop is at a standstill.', 'Not a single till works and there is a queue of customers!'],
    reply: (l) => `${k(l, "I've", 'I have')} restored the connection to the tills. They are working again.`,
    ack: ['Apologies for the disruption in the shop.', 'I understand this had a big impact on your customers.'],
  },
  {
    ctx: ['The patient record system is so slow that patients are waiting.', "Patients are waiting because the records won't open."],
    reply: (l) => `${k(l, "I've", 'I have')} restored the link to the patient record system. Records open quickly again.`,
    ack: ["I'm sorry your patients had to wait.", 'I understand how stressful this is with a full waiting room.'],
  },
  {
    ctx: ["Outlook keeps crashing, it's driving me mad.", 'Outlook freezes every ten minutes and I keep losing my drafts.'],
    reply: (l) => `${k(l, "I've", 'I have')} reinstalled Outlook. Please restart your laptop and then open Outlook.`,
    ack: ['I can imagine how annoying that is.', 'Sorry for the trouble with Outlook.'],
  },
  {
    ctx: ["The printer hasn't printed anything all week.", "I haven't been able to print for days and I have to send contracts today."],
    reply: (l) => `${k(l, "I've", 'I have')} reconnected the printer to your laptop and set it as the default.`,
    ack: ["Sorry printing hasn't worked.", "That's frustrating, especially for so long."],
  },
  {
    ctx: ["All of today's emails are missing, including ones from customers.", 'My inbox is suddenly empty!'],
    reply: (l) => `The emails were in a separate folder. ${k(l, "I've", 'I have')} moved them back to your inbox.`,
    ack: ['That must have been a shock.', "I'm sorry your emails seemed to have disappeared."],
  },
  {
    ctx: ["Teams keeps dropping during customer calls, it's embarrassing.", 'My picture freezes in every Teams video call.'],
    reply: (l) => `${k(l, "I've", 'I have')} updated Teams. ${k(l, "I'll", 'I will')} call you at 2 pm for a test call.`,
    ack: ["That's frustrating, especially during customer calls.", 'Apologies for the inconvenience.'],
  },
  {
    ctx: ['Called three times and still no fix. This is ridiculous.', "I've been waiting a week for a solution, how much longer?"],
    reply: (l) => `${k(l, "I've", 'I have')} taken over your ticket and ${k(l, "I'll", 'I will')} come by tomorrow at 9.`,
    ack: ['I understand your frustration.', "I'm sorry this has taken so long."],
  },
  {
    ctx: ["My screen stays black, I can't do anything.", 'My laptop only shows a black screen and I have a meeting soon.'],
    reply: () => 'Hold the power button for ten seconds, then turn the laptop on again.',
    ack: ["Sorry you can't work right now.", 'How annoying, sorry!'],
  },
  {
    ctx: ['Payroll throws an error and salaries have to go out today!'],
    reply: (l) => `The error was caused by an expired connection. ${k(l, "I've", 'I have')} renewed it, so you can run payroll now.`,
    ack: ['I understand this is stressful with payroll due today.', 'Sorry for the scare.'],
  },
  {
    ctx: ['Since the move, nobody on the third floor has wifi.'],
    reply: (l) => `${k(l, "I've", 'I have')} switched on an extra wifi point on the third floor.`,
    ack: ["Sorry you've all been without wifi.", "I'm sorry you had to work without wifi."],
  },
];

const INFO_REQUESTS: ReadonlyArray<readonly [string, string]> = [
  ['How do I set up an out-of-office reply?', 'In Outlook, choose File and then Automatic Replies.'],
  ['Could I have an extra mouse for my new colleague?', "I'll leave a mouse for your colleague at the front desk tomorrow."],
  ['Can I hand in my old laptop on Friday?', 'Yes, that works. The front desk is open on Friday from 9:00 to 16:00.'],
  ["What's the service desk phone number?", 'The service desk is on 020 123 4567.'],
  [
    'Could you create a shared calendar for our team?',
    "I've created the shared calendar. You'll find it in Outlook under Shared Calendars.",
  ],
  ['When is the new version of Teams coming?', 'The new version is planned for Tuesday 14 May.'],
  ['Can I get to my files from home as well?', 'Yes, you can reach your files from home through OneDrive.'],
  ['I start on Monday. What do I need to log in?', "You'll get a laptop and a temporary password from your manager on Monday at 9."],
  ['Could you install Visio on my laptop?', "I've installed Visio on your laptop. You'll find it in the Start menu."],
  ['How much storage do I have in OneDrive?', 'You have 1 TB of storage in OneDrive.'],
  ['May I request a second screen for home?', 'Yes, you may. Fill in the form on the intranet and your manager will approve it.'],
];

function noEmpathy(b: Builder): void {
  const cat = 'no-empathy';
  const flagT: EnT[] = [];
  for (const s of SCENARIOS) for (const ctx of s.ctx) flagT.push((l) => ({ text: s.reply(l), context: ctx }));
  b.en(cat, 'MFT', 'problem', 'flag', flagT);
  b.en(cat, 'MFT', 'in-reply', 'flag', [
    { text: "You haven't been able to log in since this morning. I've unlocked your account; please try again now." },
    { text: "Your laptop won't start. I'll bring you a replacement laptop tomorrow at 9." },
    { text: "You haven't received any email since yesterday. I've fixed the setting." },
    { text: "The tills in your shop aren't working. I've restarted the connection." },
  ]);
  const ackT: EnT[] = [];
  SCENARIOS.forEach((s, i) => {
    s.ack.forEach((a, j) => {
      ackT.push((l) => ({
        text: (i + j) % 2 === 0 || a.endsWith('!') ? `${a} ${s.reply(l)}` : `${s.reply(l)} ${a}`,
        context: s.ctx[j % s.ctx.length],
      }));
    });
  });
  b.en(cat, 'MFT', 'acknowledged', 'clean', ackT, 1);
  b.en(
    cat,
    'MFT',
    'info-request',
    'clean',
    INFO_REQUESTS.map(([ctx, reply]) => C(reply, ctx)),
  );
  b.en(cat, 'MFT', 'no-problem', 'clean', [
    C('From Monday the new version of Teams will be on all laptops.'),
    C('Here is your new access pass; you can collect it at the front desk.'),
    C('A reminder: the service desk is closed on the bank holiday.'),
  ]);

  b.dirEn(
    cat,
    'ack',
    'flag',
    SCENARIOS.map((s, i) => {
      const ctx = s.ctx[i % s.ctx.length] as string;
      const ack = s.ack[0] as string;
      return [
        (l: boolean) => ({ text: s.reply(l), context: ctx }),
        (l: boolean) => ({ text: `${ack} ${s.reply(l)}`, context: ctx }),
      ] as const;
    }),
  );

  b.invEn(cat, 'login', 'flag', (v) => ({
    text: `${v.name} has reset ${v.prod}. You can log in again.`,
    context: `I haven't been able to get into ${v.prod} all morning!`,
  }));
  b.invEn(cat, 'stuck', 'flag', (v) => ({
    text: `${k(v.long, "I've", 'I have')} reinstalled ${v.prod}. You can send the quote now.`,
    context: `${v.prod} keeps freezing and I have to send a quote today.`,
  }));
  b.invEn(cat, 'standstill', 'flag', (v) => ({
    text: `${v.name} has restored the connection to ${v.prod}. Everything works again.`,
    context: `Nobody can get into ${v.prod}, the whole department is at a standstill.`,
  }));
  b.invEn(cat, 'login-ack', 'clean', (v) => ({
    text: `${k(v.long, "I'm", 'I am')} sorry you couldn't log in. ${v.name} has reset ${v.prod}.`,
    context: `I haven't been able to get into ${v.prod} all morning!`,
  }));
  b.invEn(cat, 'howto', 'clean', (v) => ({
    text: `In ${v.prod}, choose Share and then your colleague's name.`,
    context: `How do I share a file in ${v.prod}?`,
  }));
}

export function englishCases(b: Builder): void {
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
