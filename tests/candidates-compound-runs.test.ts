import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { NUMBER_PART, runEnds } from '../src/candidates/compound.js';

test('runEnds: where a string cuts into accepted words, against a naive recursion (property)', () => {
  fc.assert(
    fc.property(fc.string({ minLength: 0, maxLength: 12, unit: fc.constantFrom('a', 'b', 'c') }), fc.uniqueArray(fc.string({ minLength: 1, maxLength: 3, unit: fc.constantFrom('a', 'b', 'c') }), { maxLength: 6 }), fc.integer({ min: 1, max: 4 }), (text, words, maxPart) => {
      const accepted = new Set(words);
      const ends = runEnds(text.length, (from, to) => accepted.has(text.slice(from, to)), maxPart);
      const cuts = (s: string): boolean => s === '' || [...Array(Math.min(maxPart, s.length)).keys()].some((i) => accepted.has(s.slice(0, i + 1)) && cuts(s.slice(i + 1)));
      assert.equal(ends.length, text.length + 1);
      for (let i = 0; i <= text.length; i++) assert.equal(ends[i], cuts(text.slice(0, i)), `${text} at ${i}`);
    }),
  );
});

test('a number or code with at most one syllable after it is a part of a compound; words and bare syllables are not', () => {
  for (const part of ['18대', '3월', '2017', '2tv', '1%의', 'ps5']) assert.ok(NUMBER_PART.test(part), part);
  for (const part of ['대선', 'tv', '18대선', '대18', '', '%']) assert.ok(!NUMBER_PART.test(part), part);
});
