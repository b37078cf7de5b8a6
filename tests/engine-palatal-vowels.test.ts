import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sharedEngine } from './engine-fixture.js';

const engine = sharedEngine();

test('ㅑ ㅕ ㅛ ㅠ after ㅈ, ㅊ written as heard, in words only running text has, are set right (완젼 → 완전, 맥쥬 → 맥주; in a query too)', async () => {
  for (const [typed, meant] of [
    ['완젼', '완전'],
    ['맥쥬', '맥주'],
    ['괜챦은', '괜찮은'],
    ['맛있는 감쟈', '맛있는 감자'],
  ] as const) {
    const r = await engine.correct(typed, 5);
    assert.equal(r.action, 'autocorrect', `${typed}: ${JSON.stringify(r.candidates.map((c) => c.text))}`);
    assert.equal(r.corrected, meant);
    assert.ok(r.candidates[0]!.kinds.includes('misspelling'), typed);
  }
});

test('where the lists carry the spelling heard (텔레비젼, 챠트), the dictionary\'s spelling is the candidate offered first, never applied unasked', async () => {
  for (const [typed, meant] of [
    ['텔레비젼', '텔레비전'],
    ['챠트', '차트'],
    ['버젼', '버전'],
  ] as const) {
    assert.ok(engine.lexicon.get(typed), `the premise: ${typed} is in the lexicon`);
    const r = await engine.correct(typed, 5);
    assert.notEqual(r.action, 'autocorrect', typed);
    assert.equal(r.candidates[0]!.text, meant, `${typed}: ${JSON.stringify(r.candidates.map((c) => c.text))}`);
    assert.ok(r.candidates[0]!.kinds.includes('misspelling'), typed);
  }
});

test('verb forms with 져 or 쳐, a last 죠 (지요) and 쟤 are spelled so on purpose: left alone', async () => {
  for (const typed of ['가져', '부쳐', '보죠', '쟤가']) {
    const r = await engine.correct(typed, 5);
    assert.equal(r.action, 'none', `${typed}: ${JSON.stringify(r.candidates.map((c) => c.text))}`);
    for (const c of r.candidates) if (c.kinds.includes('misspelling')) assert.ok(!['가저', '부처', '보조', '재가'].includes(c.text), `${typed} → ${c.text}`);
  }
});

test('autocomplete of such a last word, typed with a space before it, shows the fix spaced as typed (영화 츄천 → 영화 추천, not 영화추천)', async () => {
  const r = await engine.suggest('영화 츄천', 10);
  assert.equal(r.suggestions[0]?.text, '영화 추천', JSON.stringify(r.suggestions.map((s) => s.text)));
  assert.ok(!r.suggestions.some((s) => s.text === '영화추천'), JSON.stringify(r.suggestions.map((s) => s.text)));
});
