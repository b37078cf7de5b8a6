import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { fromKeystrokes, toKeystrokes } from '../src/hangul/index.js';
import { shownPrefixes } from './shown-prefixes.js';
import { DEFAULT_LM_DIR, loadLanguageModel, type LanguageModel } from '../src/lm/index.js';

// completeAndScore is complete and scoreAfter in the same model runs: the oracle is the two calls
// made apart.
type Full = Required<Pick<LanguageModel, 'readPrefix' | 'scoreAfter' | 'completeAndScore'>> & LanguageModel;

async function model(): Promise<Full> {
  const lm = await loadLanguageModel(DEFAULT_LM_DIR, { logger: (line) => assert.fail(line) });
  assert.ok(lm?.readPrefix && lm.scoreAfter && lm.completeAndScore, 'the ONNX model reads, scores after and completes from a state');
  return lm as Full;
}

const TEXTS = ['서울 맛집 추천', '아이폰 16 프로', '화곡동 어린이집', '롯데시네마 월드타워', 'iphone 케이스', '박서준 박민영', '부산 전국체전'];

test('completeAndScore gives complete\'s completions and scoreAfter\'s log-probabilities', async () => {
  const lm = await model();
  await fc.assert(
    fc.asyncProperty(
      fc.constantFrom(...TEXTS).chain((text) => fc.tuple(fc.constantFrom(...shownPrefixes(text, 2)), fc.constant(text))),
      // texts of every length: longer than the search runs (maxLen 3), one key, none (the prefix itself)
      fc.integer({ min: 1, max: 4 }),
      async ([prefix, text], maxLen) => {
        const state = await lm.readPrefix(prefix);
        const keys = toKeystrokes(text);
        const texts = [text, prefix, fromKeystrokes(keys.slice(0, toKeystrokes(prefix).length + 1))];
        const options = { beam: 4, maxLen, n: 4, state };
        const apart = { completions: await lm.complete(prefix, options), scores: await lm.scoreAfter(state, texts) };
        const together = await lm.completeAndScore(state, texts, options);
        assert.deepEqual(together.completions.map((c) => c.text), apart.completions.map((c) => c.text));
        together.completions.forEach((c, i) => assert.ok(Math.abs(c.logProb - apart.completions[i]!.logProb) < 1e-4, c.text));
        assert.equal(together.scores.length, texts.length);
        texts.forEach((t, i) => assert.ok(Math.abs(together.scores[i]! - apart.scores[i]!) < 1e-4, `${t}: ${together.scores[i]} vs ${apart.scores[i]}`));
      },
    ),
    { numRuns: 30 },
  );
});

test('completeAndScore stops at the deadline like complete, and still scores every text', async () => {
  const lm = await model();
  const state = await lm.readPrefix('서울 맛');
  const texts = ['서울 맛집', '서울 맛집 추천 리스트'];
  const r = await lm.completeAndScore(state, texts, { beam: 6, maxLen: 12, n: 10, deadline: 0, finishBeforeDeadline: 1 });
  assert.ok(r.completions.length >= 1);
  const apart = await lm.scoreAfter(state, texts);
  texts.forEach((t, i) => assert.ok(Math.abs(r.scores[i]! - apart[i]!) < 1e-4, t));
});

test('with endAtWord, a text read alongside ends at the end marker or at a space: log(P(<eos>) + P(space)) after its keys', async () => {
  const lm = await model();
  for (const [prefix, text] of [['서울 맛', '서울 맛집'], ['부산 해운ㄷ', '부산 해운대'], ['아이폰 ', '아이폰 케이스']] as const) {
    const state = await lm.readPrefix(prefix);
    const options = { beam: 2, maxLen: 2, n: 2, endAtWord: true };
    const [got] = (await lm.completeAndScore(state, [text], options)).scores;
    // The oracle from whole-text scores: the keys then <eos>, and the keys then a space (then <eos>,
    // whose log-probability after the space is taken off again).
    const [withEos] = await lm.scoreAfter(state, [text]);
    const [withSpace] = await lm.scoreAfter(state, [`${text} `]);
    const [eosAfterSpace] = await lm.scoreAfter(await lm.readPrefix(`${text} `), [`${text} `]);
    const want = Math.log(Math.exp(withEos!) + Math.exp(withSpace! - eosAfterSpace!));
    assert.ok(Math.abs(got! - want) < 1e-4, `${text}: ${got} vs ${want}`);
    assert.ok(got! > withEos!, text);
  }
});

test('completeAndScore refuses a text that does not extend the prefix', async () => {
  const lm = await model();
  const s = await lm.readPrefix('서울 맛');
  await assert.rejects(lm.completeAndScore(s, ['서울 멋집'], { beam: 2, maxLen: 2, n: 2 }), TypeError);
});

test('completeAndScore past its hard deadline leaves the texts it has not read to the end unscored (−Infinity)', async () => {
  const lm = await model();
  const state = await lm.readPrefix('서울 맛');
  // the prefix itself is read already: its end is scored
  const texts = ['서울 맛집', '서울 맛'];
  const r = await lm.completeAndScore(state, texts, { beam: 6, maxLen: 12, n: 10, deadline: 0, hardDeadline: 0 });
  assert.equal(r.scores[0], -Infinity);
  const [own] = await lm.scoreAfter(state, ['서울 맛']);
  assert.ok(Math.abs(r.scores[1]! - own!) < 1e-4, `${r.scores[1]} vs ${own}`);
  assert.ok(r.completions.every((c) => c.text === '서울 맛'), r.completions.map((c) => c.text).join(', '));
  // A search that ends on its own (no key to add) reads no text on past the hard deadline either.
  const ended = await lm.completeAndScore(state, texts, { beam: 6, maxLen: 0, n: 10, hardDeadline: 0 });
  assert.equal(ended.scores[0], -Infinity);
  assert.ok(Math.abs(ended.scores[1]! - own!) < 1e-4);
});
