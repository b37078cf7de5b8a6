import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Engine } from '../src/engine/index.js';
import { sharedEngine } from './engine-fixture.js';
import { FakeLm } from './fake-lm.js';

const base = sharedEngine();

test('the model\'s completions that leave a key standing alone are not suggested (아이폰16 → not 아이폰16ㅣ지, 아이폰16ㅍ)', async () => {
  const lm = new FakeLm({}, [
    { text: '아이폰16ㅣ지', logProb: -1 },
    { text: '아이폰16ㅍ', logProb: -1.2 },
    { text: '아이폰16프로', logProb: -1.5 },
  ]);
  const engine = new Engine({ lexicon: base.lexicon, scorer: base.scorer, lm, blocklist: undefined });
  const texts = (await engine.suggest('아이폰16', 10)).suggestions.map((s) => s.text);
  assert.ok(texts.includes('아이폰16프로'), texts.join(', '));
  assert.ok(!texts.some((t) => /[ㄱ-ㅣ]/u.test(t)), texts.join(', '));
});

test('a key typed standing alone may stay in a completion; only keys the model leaves alone count (ㅋ 영화 → ㅋ 영화관)', async () => {
  const lm = new FakeLm({}, [
    { text: 'ㅋ 영화관', logProb: -1 },
    { text: 'ㅋ 영화ㅋ', logProb: -1.2 },
  ]);
  const engine = new Engine({ lexicon: base.lexicon, scorer: base.scorer, lm, blocklist: undefined });
  const texts = (await engine.suggest('ㅋ 영화', 10)).suggestions.filter((s) => s.kinds.includes('lm')).map((s) => s.text);
  assert.deepEqual(texts, ['ㅋ 영화관']);
});
