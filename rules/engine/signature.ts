/**
 * The writer's signature, and whether it names only a team ("Servicedesk
 * ICT", "Groet, IT Support"): a reply to someone's problem signed by nobody
 * in particular. Linear: it reads only the last lines of the text.
 */

/** Sign-offs after which the signature starts, longest first. */
const CLOSING =
  /(?:^|[\s,.;!])(met vriendelijke groet(?:en)?|vriendelijke groet(?:en)?|hartelijke groet(?:en)?|groet(?:en|jes)?|mvg|kind regards|best regards|warm regards|regards|best wishes|best|cheers|many thanks|thanks|bedankt|dank je wel|dank u wel)(?=$|[\s,.!])/giu;
const ARTICLES = new Set(['de', 'het', 'je', 'uw', 'the', 'your', 'team', 'afdeling', 'van', 'of']);
const TAIL = 240;

/**
 * [start, end) of a signature made only of team words, or null (no
 * signature, or one with a person's name in it: "Kees (ICT)", "Linda,
 * Servicedesk"). `team` holds lower-case words; a compound counts by its
 * parts ("ICT-servicedesk").
 */
export function teamSignature(text: string, team: ReadonlySet<string>): [number, number] | null {
  const from = Math.max(0, text.length - TAIL);
  const tail = text.slice(from);
  let at = -1;
  CLOSING.lastIndex = 0;
  for (let m = CLOSING.exec(tail); m; m = CLOSING.exec(tail)) at = m.index + m[0].length;
  if (at < 0) return null;
  let a = at;
  while (a < tail.length && /[\s,.;:!–—-]/u.test(tail[a] as string)) a++;
  let b = tail.length;
  while (b > a && /[\s.,;]/u.test(tail[b - 1] as string)) b--;
  if (b <= a) return null;
  const sig = tail.slice(a, b);
  let teamWords = 0;
  for (const part of sig.split(/[\n,;|()]+/u)) {
    const words = part.match(/[\p{L}\p{N}][\p{L}\p{N}'’&-]*/gu) ?? [];
    if (words.length === 0) continue;
    // Contact details (phone, mail) don't name anyone.
    if (/@|\d{3}/.test(part) && !/\p{L}{3,}\s+\p{L}{3,}/u.test(part.replace(/\S*@\S*/g, ''))) continue;
    const isTeam = (w: string) =>
      w
        .toLowerCase()
        .split(/[-']/)
        .some((p) => team.has(p));
    const first = words.find((w) => !ARTICLES.has(w.toLowerCase()));
    if (first === undefined) continue;
    if (!isTeam(first)) return null;
    teamWords++;
  }
  return teamWords > 0 ? [from + a, from + b] : null;
}
