import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exclamationSpans } from '../../rules/engine/exclaim';

/** The detector's earlier regex, the reference for what counts. */
function reference(body: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const re = /!{2,}|[!?]*!\?[!?]*|\?!+/g;
  for (let m = re.exec(body); m; m = re.exec(body)) if (/!!/.test(m[0])) out.push([m.index, m.index + m[0].length]);
  return out;
}

describe('exclamationSpans', () => {
  it('finds what the regex found', () => {
    for (const s of ['Klik NIET!!', 'Wat?!', 'Echt?!!', '!!?!', 'a!!b?!!c', '??!!??', '!?!?!!', '?!?', '!', '!!!!! ja'])
      expect(exclamationSpans(s)).toEqual(reference(s));
  });
  it('agrees with the regex on any mix of ! ? and other characters', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('!', '?', 'a', ' ', '.'), { maxLength: 40 }), (chars) => {
        const s = chars.join('');
        expect(exclamationSpans(s)).toEqual(reference(s));
      }),
      { numRuns: 3000 },
    );
  });
});
