import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { priorFromParts } from '../src/rank/index.js';
import { sharedEngine } from './engine-fixture.js';

const scorer = sharedEngine().scorer;

test('a word is priced as its parts price it, known or new, compound or not (oracle: priorFromParts)', () => {
  const words = ['서울', '맛집', '아이폰가격', '노태악', '뤈뤈', '며칠', '몇일', 'iphone', '18대대선투표율', '😀', 'ㅋㅋ'];
  const syllables = fc.array(fc.constantFrom(...'서울맛집아이폰가격노태악뤈', 'a', '1'), { minLength: 1, maxLength: 6 }).map((cs) => cs.join(''));
  fc.assert(
    fc.property(fc.oneof(fc.constantFrom(...words), syllables), (word) => {
      assert.equal(scorer.wordPrior(word), priorFromParts(scorer.priorParts(word), scorer.weights), word);
    }),
    { numRuns: 500 },
  );
});

test('a text of several words is priced by its parts too', () => {
  for (const text of ['서울 맛집', '노태악 선관위원장 국감', '아이폰 뤈뤈']) assert.equal(scorer.wordPrior(text), priorFromParts(scorer.priorParts(text), scorer.weights));
});
