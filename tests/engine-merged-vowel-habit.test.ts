import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sharedEngine } from './engine-fixture.js';

const engine = sharedEngine();

test('a word no source has, spelled with a vowel pronunciation merges (ㅐ for ㅔ), is the standard word misspelled: 돌맹이 뜻 → 돌멩이 뜻, 부대찌게 → 부대찌개', async () => {
  for (const [typed, meant] of [
    ['돌맹이 뜻', '돌멩이 뜻'],
    ['돌맹이 내일 날씨', '돌멩이 내일 날씨'],
    ['부대찌게 맛집', '부대찌개 맛집'],
  ] as const) {
    assert.equal(engine.lexicon.get(typed.split(' ')[0]!), undefined, `the premise: no source has ${typed}`);
    const r = await engine.correct(typed, 5);
    assert.notEqual(r.action, 'none', typed);
    assert.equal(r.candidates[0]?.text, meant, r.candidates.map((c) => `${c.text} ${c.score}`).join(', '));
    assert.ok(r.candidates[0]!.kinds.includes('misspelling'), typed);
  }
});

test('a standard word is no misspelling of its merged-vowel twin, itself a standard word: 메다 뜻, 베다 뜻, 게 요리 stay as typed', async () => {
  for (const typed of ['메다 뜻', '베다 뜻', '게 요리', '세다 뜻']) {
    const word = typed.split(' ')[0]!;
    assert.ok(engine.lexicon.isStandard(word), `the premise: ${word} is a standard spelling`);
    assert.equal((await engine.correct(typed, 5)).action, 'none', typed);
  }
});
