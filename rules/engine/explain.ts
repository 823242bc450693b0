/**
 * Whether a jargon term is explained right where it stands, so it is not
 * flagged: "MFA (inloggen met een extra code op uw telefoon)", "de VPN, de
 * beveiligde verbinding met kantoor,", "een extra code (MFA)", "ook wel VPN
 * genoemd", "VPN, oftewel …", "2FA – a code on your phone".
 */
const EXPLAINER =
  "(?:de|het|een|(?:dat is|dit is|that is|that's|which is)\\s+(?:de|het|een|the|a|an)|oftewel|ofwel|ofte|d\\.w\\.z\\.?|dwz|namelijk|met andere woorden|zeg maar|i\\.e\\.?|the|a|an|which means|meaning|also called|in other words|in plain words|in gewone taal)";
// A bracket right after the term that holds ordinary words (not just another abbreviation).
const AFTER_PAREN = /^\s*\(\s*[^()]*\p{Ll}{3,}[^()]*\)/u;
const AFTER_SEP = new RegExp(`^\\s*(?:,|:|\\s[–—-])\\s*${EXPLAINER}(?![\\p{L}])`, 'iu');
const AFTER_WORD =
  /^\s+(?:oftewel|ofwel|dat wil zeggen|d\.w\.z\.?|dwz|i\.e\.?|that is|which means|meaning|in gewone taal|in plain words)(?![\p{L}])/iu;
// "De VPN is de beveiligde verbinding met kantoor", "The VPN is a secure connection".
const AFTER_DEFINITION =
  /^\s+(?:is|zijn|betekent|staat voor|means|stands for|is short for)\s+(?:de|het|een|a|an|the|dat|that|zoiets als|like)\s/iu;
// "MFA: naast uw wachtwoord vult u een code in" — a colon right after the term, then a clause of its own.
const AFTER_COLON = /^:\s*(?:[\p{L}\p{N}'’-]+[\s,]+){4,}/u;
const BEFORE_WORD = /(?:ook wel|ook bekend als|zogenaamde|zogeheten|so-called|known as|called|heet)\s+$/iu;
const WORDS2 = /[\p{L}\p{N}][^\s(]*\s+[\p{L}\p{N}]/u;

// An apposition with a possessive, closed by a comma: "de SLA, onze afspraak over hoe snel we reageren, …".
const AFTER_APPOSITION = /^\s*,\s*(?:onze|ons|uw|je|jouw|jullie|mijn|our|your|my)\s[^,.;:!?()]{3,80},/iu;
// The explanation may follow the head noun of the term: "P2 incident (an outage …)", "tweedelijns support (het team …)".
const HEAD_WORD = /^[\s-]*[\p{L}\p{N}]+/u;

export function isExplainedInPlace(text: string, start: number, end: number): boolean {
  if (explainedAfter(text.slice(end, end + 200))) return true;
  const head = HEAD_WORD.exec(text.slice(end, end + 60));
  if (head && explainedAfter(text.slice(end + head[0].length, end + head[0].length + 200))) return true;
  return explainedBefore(text, start, end);
}

function explainedAfter(after: string): boolean {
  return (
    AFTER_APPOSITION.test(after) ||
    AFTER_COLON.test(after) ||
    AFTER_PAREN.test(after) ||
    AFTER_SEP.test(after) ||
    AFTER_WORD.test(after) ||
    AFTER_DEFINITION.test(after)
  );
}

function explainedBefore(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 200);
  const before = text.slice(Math.max(0, start - 200), start);
  if (BEFORE_WORD.test(before)) return true;
  // "inloggen met een extra code (MFA)": the term alone in brackets after at least two words.
  if (/\(\s*$/.test(before) && /^\s*\)/.test(after)) {
    const lead = before.replace(/\(\s*$/, '');
    const line = lead.slice(lead.lastIndexOf('\n') + 1);
    if (WORDS2.test(line)) return true;
  }
  return false;
}
