import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Engine } from '../src/engine/index.js';
import { sharedEngine } from './engine-fixture.js';
import { FakeLm, RecordingLm } from './fake-lm.js';

const base = sharedEngine();

test('the model\'s completions that add punctuation nobody typed are not suggested (너무 움츠리다 → not 너무 움츠리다.)', async () => {
  const lm = new FakeLm({}, [
    { text: '너무 움츠리다.', logProb: -1 },
    { text: '너무 움츠리다...', logProb: -1.5 },
    { text: '너무 움츠리다는', logProb: -2 },
  ]);
  const engine = new Engine({ lexicon: base.lexicon, scorer: base.scorer, lm, blocklist: undefined });
  const texts = (await engine.suggest('너무 움츠리다', 10)).suggestions.map((s) => s.text);
  assert.ok(texts.includes('너무 움츠리다는'), texts.join(', '));
  assert.ok(!texts.some((t) => /[.]/u.test(t)), texts.join(', '));
  // Marks typed stay: a completion that keeps them (and adds none) is shown.
  const marked = new FakeLm({}, [{ text: 'c++ 강좌', logProb: -1 }]);
  const withMarks = new Engine({ lexicon: base.lexicon, scorer: base.scorer, lm: marked, blocklist: undefined });
  assert.ok((await withMarks.suggest('c++ 강', 10)).suggestions.some((s) => s.text === 'c++ 강좌'));
});

test('after a mark that ends a sentence the model writes nothing (날씨?), and the lexicon still answers', async () => {
  const lm = new RecordingLm({}, [{ text: '날씨?정수', logProb: -1 }]);
  const engine = new Engine({ lexicon: base.lexicon, scorer: base.scorer, lm, blocklist: undefined });
  for (const typed of ['날씨?', '날씨? ', '아이폰 뭐가 좋아?', '서울 날씨!']) {
    const r = await engine.suggest(typed, 10);
    assert.ok(!r.suggestions.some((s) => s.kinds.includes('lm')), `${typed}: ${r.suggestions.map((s) => s.text).join(', ')}`);
  }
  assert.deepEqual(lm.prefixes, []);
  assert.ok((await engine.suggest('날씨?', 10)).suggestions.some((s) => s.text === '날씨'));
  // A mark inside what is typed is no end (c++ 강).
  await engine.suggest('c++ 강', 10);
  assert.deepEqual(lm.prefixes, ['c++ 강']);
});
