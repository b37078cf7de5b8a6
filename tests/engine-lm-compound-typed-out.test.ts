import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Engine, LM_LIMITS } from '../src/engine/index.js';
import { toKeystrokes } from '../src/hangul/index.js';
import { sharedEngine } from './engine-fixture.js';
import { FakeLm } from './fake-lm.js';

// Known words typed out together without a space (노트북가방, 갤럭시충전기) are a word typed out:
// the model's completions that run on from them into strings nobody wrote (노트북가방탕, 충전기점)
// are dropped, as after one known word typed out (마일리지 → 마일리지역).

const base = sharedEngine();

/** The model's completions of `prefix` that are shown, each written at `perKey` nats per key it adds. */
async function shown(prefix: string, completions: readonly string[], perKey = -1.5): Promise<string[]> {
  const keys = toKeystrokes(prefix).length;
  const lm = new FakeLm({}, completions.map((text) => ({ text, logProb: perKey * (toKeystrokes(text).length - keys) })));
  const engine = new Engine({ lexicon: base.lexicon, scorer: base.scorer, lmNextWords: 'any', lm, blocklist: undefined });
  return (await engine.suggest(prefix, 10)).suggestions.filter((s) => s.kinds.includes('lm')).map((s) => s.text);
}

test('after known words typed out together, a run into a string nobody wrote is dropped (노트북가방 → 노트북가방탕)', async () => {
  const texts = await shown('노트북가방', ['노트북가방탕', '노트북가방 추천'], -0.5);
  assert.deepEqual(texts, ['노트북가방 추천']);
  // Read across the word typed, 충전기점 is 충전 기점: no reading of what was typed.
  assert.deepEqual(await shown('갤럭시충전기', ['갤럭시충전기점', '갤럭시충전기 추천'], -0.5), ['갤럭시충전기 추천']);
});

test('a known word written onto them without a space is a next word, held to its minimum (갤럭시충전기 → 갤럭시충전기요금)', async () => {
  const between = (LM_LIMITS.minLogProbPerKey + LM_LIMITS.minLogProbPerKeyNextWord) / 2;
  assert.deepEqual(await shown('갤럭시충전기', ['갤럭시충전기요금'], between), []);
  assert.deepEqual(await shown('갤럭시충전기', ['갤럭시충전기요금'], LM_LIMITS.minLogProbPerKeyNextWord / 2), ['갤럭시충전기요금']);
  // A word still being typed keeps the looser minimum for the word it finishes.
  assert.deepEqual(await shown('갤럭시충전', ['갤럭시충전기요금'], between), ['갤럭시충전기요금']);
});

test('the last word typed may grow into a longer known word (동탄 환희유치 → 동탄 환희유치원), not into a string nobody wrote', async () => {
  assert.deepEqual(await shown('동탄 환희유치', ['동탄 환희유치원', '동탄 환희유치욱']), ['동탄 환희유치원']);
});

test('known words that may be on their way to another are not taken as typed out (노회찬사 → 노회찬사망, 차바이오 → 차바이오텍)', async () => {
  assert.deepEqual(await shown('노회찬사', ['노회찬사망']), ['노회찬사망']);
  assert.deepEqual(await shown('차바이오', ['차바이오텍']), ['차바이오텍']);
});
