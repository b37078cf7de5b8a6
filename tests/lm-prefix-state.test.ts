import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { fromKeystrokes, toKeystrokes } from '../src/hangul/index.js';
import { shownPrefixes } from './shown-prefixes.js';
import { DEFAULT_LM_DIR, loadLanguageModel, type LanguageModel, type PrefixState } from '../src/lm/index.js';

async function model(): Promise<LanguageModel & { readPrefix(prefix: string, from?: PrefixState): Promise<PrefixState> }> {
  const lm = await loadLanguageModel(DEFAULT_LM_DIR, { logger: (line) => assert.fail(line) });
  assert.ok(lm?.readPrefix, 'the ONNX model reads prefixes');
  return lm as LanguageModel & { readPrefix(prefix: string, from?: PrefixState): Promise<PrefixState> };
}

const TEXTS = ['서울 맛집 추천', '아이폰 16 프로', '날씨', '롯데시네마 월드타워', 'iphone 케이스', '박서준 박민영', '부산 전국체전'];

test('a state read in two parts is the state read at once, and completes alike', async () => {
  const lm = await model();
  await fc.assert(
    fc.asyncProperty(
      fc.constantFrom(...TEXTS).chain((text) => fc.tuple(fc.constantFrom(...shownPrefixes(text)), fc.constantFrom(...shownPrefixes(text), text))),
      async ([a, b]) => {
        const [part, whole] = toKeystrokes(a).length <= toKeystrokes(b).length ? [a, b] : [b, a];
        const chained = await lm.complete(whole, { beam: 4, maxLen: 8, n: 5, state: await lm.readPrefix(whole, await lm.readPrefix(part)) });
        const direct = await lm.complete(whole, { beam: 4, maxLen: 8, n: 5 });
        assert.deepEqual(chained.map((c) => c.text), direct.map((c) => c.text));
        chained.forEach((c, i) => assert.ok(Math.abs(c.logProb - direct[i]!.logProb) < 1e-4, `${c.text}: ${c.logProb} vs ${direct[i]!.logProb}`));
      },
    ),
    { numRuns: 40 },
  );
});

test('reading a prefix the state already covers costs nothing and returns that state', async () => {
  const lm = await model();
  const s = await lm.readPrefix('서울 맛');
  assert.equal(await lm.readPrefix('서울 맛', s), s);
  assert.equal(s.keys, toKeystrokes('서울 맛'));
});

test('a state for another prefix, or from another model, is refused', async () => {
  const lm = await model();
  const other = await model();
  const s = await lm.readPrefix('서울 맛');
  await assert.rejects(lm.complete('서울 멋', { beam: 2, maxLen: 2, n: 2, state: s }), TypeError);
  await assert.rejects(lm.readPrefix('부산', s), TypeError, 'does not extend the state');
  await assert.rejects(other.complete('서울 맛', { beam: 2, maxLen: 2, n: 2, state: s }), TypeError);
  await assert.rejects(lm.complete('서울 맛', { beam: 2, maxLen: 2, n: 2, state: { keys: toKeystrokes('서울 맛') } }), TypeError);
});

test('scoreAfter weighs what follows a prefix on the scale of complete, and differs from score by the prefix alone', async () => {
  const lm = await model();
  assert.ok(lm.scoreAfter, 'the ONNX model scores after a state');
  await fc.assert(
    fc.asyncProperty(fc.constantFrom(...TEXTS).chain((text) => fc.tuple(fc.constantFrom(...shownPrefixes(text)), fc.constant(text))), async ([prefix, text]) => {
      const state = await lm.readPrefix(prefix);
      // The search's own completions: the same log-probabilities as it gave them.
      const completions = await lm.complete(prefix, { beam: 4, maxLen: 6, n: 4, state });
      const texts = [text, prefix, ...completions.map((c) => c.text)];
      const after = await lm.scoreAfter!(state, texts);
      completions.forEach((c, i) => assert.ok(Math.abs(after[i + 2]! - c.logProb) < 1e-4, `${c.text}: ${after[i + 2]} vs ${c.logProb}`));
      // score = log p(prefix) + scoreAfter, the same log p(prefix) for every text.
      const whole = await lm.score(texts);
      const prefixLogProb = whole[0]! - after[0]!;
      whole.forEach((w, i) => assert.ok(Math.abs(w - after[i]! - prefixLogProb) < 1e-3, `${texts[i]}: ${w - after[i]!} vs ${prefixLogProb}`));
    }),
    { numRuns: 25 },
  );
});

test('scoreAfter refuses a text that does not extend the prefix, and a state of another model', async () => {
  const lm = await model();
  const other = await model();
  const s = await lm.readPrefix('서울 맛');
  await assert.rejects(lm.scoreAfter!(s, ['서울 멋집']), TypeError);
  await assert.rejects(other.scoreAfter!(s, ['서울 맛집']), TypeError);
});
