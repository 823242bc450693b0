/**
 * The exclamation detector's scan, linear in the text. It finds what
 * `/!{2,}|[!?]*!\?[!?]*|\?!+/g` finds (the earlier regex, which backtracks
 * over a whole run of "?" at every position: quadratic on "????…"), and keeps
 * the matches that contain "!!". Offsets are relative to `body`.
 */
export function exclamationSpans(body: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const n = body.length;
  const mark = (i: number) => {
    const c = body.charCodeAt(i);
    return c === 33 || c === 63; // ! ?
  };
  for (let i = 0; i < n; i++) {
    if (!mark(i)) continue;
    let runEnd = i;
    while (runEnd < n && mark(runEnd)) runEnd++;
    // The last "!?" of the run: the middle alternative matches from p to the run's end while one is ahead of p.
    let lastBangQ = -1;
    for (let k = runEnd - 2; k >= i; k--)
      if (body.charCodeAt(k) === 33 && body.charCodeAt(k + 1) === 63) {
        lastBangQ = k;
        break;
      }
    let p = i;
    while (p < runEnd) {
      const c = body.charCodeAt(p);
      const d = p + 1 < runEnd ? body.charCodeAt(p + 1) : 0;
      let end = -1;
      if (c === 33 && d === 33) {
        end = p;
        while (end < runEnd && body.charCodeAt(end) === 33) end++;
      } else if (lastBangQ >= p) end = runEnd;
      else if (c === 63 && d === 33) {
        end = p + 1;
        while (end < runEnd && body.charCodeAt(end) === 33) end++;
      }
      if (end < 0) {
        p++;
        continue;
      }
      if (body.slice(p, end).includes('!!')) out.push([p, end]);
      p = end;
    }
    i = runEnd - 1;
  }
  return out;
}
