import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { SpellingModel } from '../src/rank/index.js';

const model = new SpellingModel(['서울 맛집', '노태악 선관위원장 국감', '국정감사', '감사합니다', '강원도']);

test('the steps of a word are one per character and one for its end, and sum to its log-probability (property)', () => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...'서울맛집노태악선관위원장국감정사합니다강도뤈퀀x1'), { minLength: 1, maxLength: 12 }), (chars) => {
      const word = chars.join('');
      const steps = model.stepLogProbs(word);
      assert.equal(steps.length, chars.length + 1);
      for (const s of steps) assert.ok(s < 0 && Number.isFinite(s), `${word}: ${s}`);
      const sum = steps.reduce((a, b) => a + b, 0);
      assert.ok(Math.abs(sum - model.wordLogProb(word)) < 1e-9, `${word}: ${sum} against ${model.wordLogProb(word)}`);
    }),
    { numRuns: 500, seed: 5 },
  );
});

test('a syllable no word has is the least likely step, in and out (뤈 in 선관위뤈장)', () => {
  const word = '선관위뤈장';
  const steps = model.stepLogProbs(word);
  const at = [...word].indexOf('뤈');
  const around = [...word].map((_, i) => steps[i]! + steps[i + 1]!);
  assert.equal(around.indexOf(Math.min(...around)), at);
});
