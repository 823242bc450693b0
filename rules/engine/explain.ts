/**
 * Whether a jargon term is explained right where it stands, so it is not
 * flagged: "MFA (inloggen met een extra code op uw telefoon)", "de VPN, de
 * beveiligde verbinding met kantoor,", "een extra code (MFA)", "ook wel VPN
 * genoemd", "VPN, oftewel …", "2FA – a code on your phone".
 */
const EXPLAINER =
  "(?:de|het|een|dat is|dit is|oftewel|ofwel|ofte|d\\.w\\.z\\.?|dwz|namelijk|met andere woorden|zeg maar|dus|i\\.e\\.?|that is|that's|the|a|an|which is|which means|meaning|also called|in other words|in plain words|in gewone taal)";
// A bracket right after the term that holds ordinary words (not just another abbreviation).
const AFTER_PAREN = /^\s*\(\s*[^()]*\p{Ll}{3,}[^()]*\)/u;
const AFTER_SEP = new RegExp(`^\\s*(?:,|:|\\s[–—-])\\s*${EXPLAINER}(?![\\p{L}])`, 'iu');
const AFTER_WORD =
  /^\s+(?:oftewel|ofwel|dat wil zeggen|d\.w\.z\.?|dwz|i\.e\.?|that is|which means|meaning|in gewone taal|in plain words)(?![\p{L}])/iu;
// "De VPN is de beveiligde verbinding met kantoor", "The VPN is a secure connection".
const AFTER_DEFINITION =
  /^\s+(?:is|zijn|betekent|staat voor|means|stands for|is short for)\s+(?:de|het|een|a|an|the|dat|that|zoiets als|like)\s/iu;
const BEFORE_WORD = /(?:ook wel|ook bekend als|zogenaamde|zogeheten|so-called|known as|called|heet)\s+$/iu;
const WORDS2 = /[\p{L}\p{N}][^\s(]*\s+[\p{L}\p{N}]/u;

export function isExplainedInPlace(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 200);
  if (AFTER_PAREN.test(after) || AFTER_SEP.test(after) || AFTER_WORD.test(after) || AFTER_DEFINITION.test(after)) return true;
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
