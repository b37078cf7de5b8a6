import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sharedEngine } from './engine-fixture.js';

const engine = sharedEngine();

test('a logged query typed a syllable at a time is joined and offered, though each syllable is a standard word (이 개 호 → 이개호)', async () => {
  for (const [typed, meant] of [
    ['이 개 호', '이개호'],
    ['서 울 날 씨', '서울날씨'],
    ['학 점 계 산 기', '학점계산기'],
  ] as const) {
    assert.ok(engine.lexicon.get(meant)?.flags.includes('q'), `${meant} is a logged query`);
    const r = await engine.correct(typed, 5);
    assert.notEqual(r.action, 'none', `${typed}: ${JSON.stringify(r.candidates.slice(0, 3))}`);
    assert.equal(r.candidates[0]?.text, meant, typed);
  }
});

test('words of one syllable spaced as the standard spaces them stay as typed (한 번 더, not 한번더)', async () => {
  for (const typed of ['한 번 더', '또 한 번', '못 할 것']) {
    const joined = typed.replaceAll(' ', '');
    assert.ok(engine.lexicon.get(joined), `${joined} is an entry of running text`);
    const r = await engine.correct(typed, 5);
    assert.equal(r.action, 'none', `${typed}: ${JSON.stringify(r.candidates.slice(0, 3))}`);
    assert.ok(!r.candidates.some((c) => c.text === joined), `${typed}: ${JSON.stringify(r.candidates.slice(0, 3))}`);
  }
});

test('one-word logged queries of 3–6 syllables typed a syllable at a time: 95% or more joined and offered first (every 10th)', async () => {
  const queries = engine.lexicon.entries.filter((e) => e.flags.includes('q') && !e.blocked && /^[가-힣]{3,6}$/u.test(e.text)).filter((_, i) => i % 10 === 0);
  assert.ok(queries.length > 200, `${queries.length}`);
  const missed: string[] = [];
  for (const { text } of queries) {
    const r = await engine.correct([...text].join(' '), 5);
    if (r.action === 'none' || r.candidates[0]?.text !== text) missed.push(`${text} → ${r.action} ${r.candidates[0]?.text}`);
  }
  assert.ok(missed.length <= 0.05 * queries.length, `${missed.length} of ${queries.length}: ${missed.slice(0, 10).join('; ')}`);
});
