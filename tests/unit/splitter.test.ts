/**
 * The incremental splitter gives exactly what splitSentences gives, whatever
 * the edits: random texts from the characters the splitter decides on, each
 * edited again and again (insert, delete, replace anywhere).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SentenceSplitter, splitSentences } from '../../rules/text/sentences';

const UNITS = [
  'a',
  'B',
  'é',
  '1',
  '12',
  ' ',
  '  ',
  '\t',
  '\u00A0',
  '\n',
  '\r\n',
  '.',
  '..',
  '...',
  '!',
  '?',
  '?!',
  '…',
  '"',
  ')',
  '\u201D',
  "'",
  'dhr',
  'z.s.m',
  'nr',
  'J',
  'ca',
  'etc',
  'om 10.30',
  'x 1',
  'Ik',
  'bijv',
  'e.g',
  'hm',
  'Ok',
  '(',
];
const text = fc.array(fc.constantFrom(...UNITS), { maxLength: 50 }).map((u) => u.join(''));
const edit = fc.tuple(
  fc.nat(),
  fc.nat({ max: 12 }),
  text.map((t) => t.slice(0, 12)),
);

describe('SentenceSplitter', () => {
  it('splits every edited text as splitSentences does', () => {
    fc.assert(
      fc.property(text, fc.array(edit, { minLength: 1, maxLength: 12 }), (first, edits) => {
        const splitter = new SentenceSplitter();
        let t = first;
        expect(splitter.split(t)).toEqual(splitSentences(t));
        for (const [at, del, ins] of edits) {
          const a = t.length ? at % (t.length + 1) : 0;
          t = t.slice(0, a) + ins + t.slice(Math.min(t.length, a + del));
          expect(splitter.split(t)).toEqual(splitSentences(t));
        }
        expect(splitter.split(t)).toEqual(splitSentences(t));
      }),
      { numRuns: 3000 },
    );
  });
  it('one word changed in a long draft re-splits only around it', () => {
    const draft = Array.from({ length: 2000 }, (_, i) => `Ik bel u om 10.30 terug over ticket ${i}. `).join('');
    const splitter = new SentenceSplitter();
    splitter.split(draft);
    const edited = draft.replace('ticket 1000.', 'ticket 1000x.');
    expect(splitter.split(edited)).toEqual(splitSentences(edited));
  });
});
