import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sharedEngine } from './engine-fixture.js';

const engine = sharedEngine();

test('a final or a vowel typed with the shift key held or missed is set right among other words too (영화 재밋다 → 영화 재밌다, 날씨 어떄 → 날씨 어때)', async () => {
  for (const [typed, meant] of [
    ['영화 재밋다', '영화 재밌다'],
    ['그 영화 재밋다', '그 영화 재밌다'],
    ['날씨 어떄', '날씨 어때'],
    ['내일 날씨 어떄', '내일 날씨 어때'],
  ] as const) {
    const r = await engine.correct(typed, 5);
    assert.notEqual(r.action, 'none', `${typed}: ${JSON.stringify(r.candidates.slice(0, 3))}`);
    assert.equal(r.candidates[0]?.text, meant, typed);
  }
  // The words typed are ones running text has, and rarer than the words meant by far: known to the
  // lexicon, so a reading that changes them was priced as changing a word meant.
  for (const word of ['재밋다', '어떄']) assert.ok((engine.lexicon.get(word)?.weight ?? 0) >= engine.scorer.weights.knownWeight, word);
});

test('a tensed initial among other words is taken as written on purpose (아임 쏘리 강남구 stays)', async () => {
  const r = await engine.correct('아임 쏘리 강남구', 5);
  assert.equal(r.action, 'none', JSON.stringify(r.candidates.slice(0, 3)));
  assert.equal(r.corrected, '아임 쏘리 강남구');
});
