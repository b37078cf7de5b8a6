import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertMisspellingFixFirst, sharedEngine } from './engine-fixture.js';

const engine = sharedEngine();

test('a word with its particle is no misspelling of a commoner word two sounds away: 곡을 (구글), 쪽은 (죽은), 분은 (보는), 운을 (오늘) are left as typed, alone and in a query', async () => {
  for (const typed of ['곡을', '목을', '쪽은', '분은', '운을', '몫을', '좋은 곡을 추천']) {
    const r = await engine.correct(typed, 5);
    assert.equal(r.action, 'none', `${typed}: ${r.candidates.map((c) => `${c.text} ${c.score}`).join(', ')}`);
  }
});

test('one sound away it still is, however many keys that takes (웬지 → 왠지: ㅞ for ㅙ), and so is a sound speech adds (헤매이다)', async () => {
  await assertMisspellingFixFirst(engine, '웬지', '왠지');
  await assertMisspellingFixFirst(engine, '헤매이다', '헤매다');
});

test('a standard verb form typed alone is left as typed, not offered a commoner word one sound away (뛴다 → 된다, 둔다 → 든다, 주러 → 주로, 올래 → 올레, 뛰어야 → 되어야, 갔을까 → 같을까, 죽겠는데 → 좋겠는데, 아네 → 아내, 빨간 → 발간, 그랬어 → 그래서 were)', async () => {
  for (const typed of ['뛴다', '둔다', '주러', '올래', '뛰어야', '갔을까', '죽겠는데', '아네', '빨간', '그랬어']) {
    const r = await engine.correct(typed, 5);
    assert.equal(r.action, 'none', `${typed}: ${r.candidates.map((c) => `${c.text} ${c.score}`).join(', ')}`);
  }
});

test('in the word before the ending a vowel is misspelled only as pronunciation merges it: 욕도 (역도), 성령의 (성룡의) are left as typed; 문제인 → 문재인 (ㅔ for ㅐ) is still offered, and the ending’s own colloquial vowel still set right (좋아여 → 좋아요, 일부로 → 일부러)', async () => {
  for (const typed of ['욕도', '성령의', '주긴', '주길']) {
    const r = await engine.correct(typed, 5);
    assert.equal(r.action, 'none', `${typed}: ${r.candidates.map((c) => `${c.text} ${c.score}`).join(', ')}`);
  }
  for (const [typed, meant] of [['문제인', '문재인'], ['좋아여', '좋아요'], ['일부로', '일부러']] as const) {
    const r = await engine.correct(typed, 5);
    assert.notEqual(r.action, 'none', typed);
    assert.equal(r.candidates[0]?.text, meant, typed);
  }
});
