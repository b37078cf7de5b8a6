import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Engine, LM_LIMITS } from '../src/engine/index.js';
import { sharedEngine } from './engine-fixture.js';
import { FakeLm } from './fake-lm.js';

// Where the model finds the word typed likely finished, what it writes on from it is a word nobody
// wrote (뉴진스하니 → 뉴진스하니다): shown only if not far less likely than stopping there.
const base = sharedEngine();
const lmTexts = async (typed: string, completions: { text: string; logProb: number }[]) => {
  const engine = new Engine({ lexicon: base.lexicon, scorer: base.scorer, lm: new FakeLm({}, completions), blocklist: undefined });
  return (await engine.suggest(typed, 10)).suggestions.filter((s) => s.kinds.includes('lm')).map((s) => s.text);
};

test('a run-on of the last word far less likely than the word ending as typed is not shown; one nearly as likely is', async () => {
  const stop = -0.2;
  const texts = await lmTexts('뉴진스하니', [
    { text: '뉴진스하니', logProb: stop },
    { text: '뉴진스하니엘', logProb: stop - LM_LIMITS.belowStop + 0.5 },
    { text: '뉴진스하니다', logProb: stop - LM_LIMITS.belowStop - 0.5 },
  ]);
  assert.deepEqual(texts, ['뉴진스하니엘']);
});

test('without the word ending among the completions (the model expects more keys), the run-ons are judged as before', async () => {
  const texts = await lmTexts('뉴진스하', [
    { text: '뉴진스하니', logProb: -1 },
    { text: '뉴진스하니다', logProb: -4 },
  ]);
  assert.deepEqual(texts, ['뉴진스하니', '뉴진스하니다']);
});
