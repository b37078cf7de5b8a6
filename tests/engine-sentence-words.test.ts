import { test } from 'node:test';
import assert from 'node:assert/strict';
import { standardWithEnding } from '../src/engine/forms.js';
import { sharedEngine } from './engine-fixture.js';

// Plain sentences people paste into a search box (utterances of the 3i4k set): every word in them
// is spelled right, and none of these may be changed or offered a "correction".
const engine = sharedEngine();
const shown = (r: { candidates: { text: string; score: number }[] }) => r.candidates.map((c) => `${c.text} ${c.score.toFixed(2)}`).join(', ');

test('a standard noun with the plural 들, alone or before a particle, is a standard word with its ending (다들, 사람들이)', () => {
  assert.equal(standardWithEnding(engine.lexicon, '다들'), true);
  assert.equal(standardWithEnding(engine.lexicon, '사람들이'), true);
  assert.equal(standardWithEnding(engine.lexicon, '닫들'), false, '닫 is a stem, not a noun');
});

for (const [sentence, not] of [
  ['다들 좋더라구요', '닫을'],
  ['이번주중 비오는 날 있으면 알려줄래', '비우는'],
  ['건강이 제일이야', '메일이야'],
  ['과제가 많아서 쉴 틈이 없어', '쉴틈이'],
  ['수고 많으셨습니다', '수고많으셨습니다'],
  ['냉장실 온도가 몇 도인지 알려줘', '몇도인지'],
] as const) {
  test(`${sentence} is left as typed (not ${not})`, async () => {
    const r = await engine.correct(sentence, 5);
    assert.equal(r.action, 'none', `${sentence}: ${shown(r)}`);
    assert.equal(r.corrected, sentence);
  });
}

test('the same habits stay habits where the typed form is no standard word with its ending: 다행이 → 다행히 (the adverb far commoner), 그래두 → 그래도, 비우는 stays', async () => {
  for (const [typed, meant] of [['다행이', '다행히'], ['그래두 그렇지', '그래도 그렇지']] as const) {
    const r = await engine.correct(typed, 5);
    assert.notEqual(r.action, 'none', `${typed}: ${shown(r)}`);
    assert.equal(r.candidates[0]?.text, meant);
  }
  assert.equal((await engine.correct('비우는', 5)).action, 'none');
});
