import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sharedEngine } from './engine-fixture.js';

const engine = sharedEngine();
const texts = async (typed: string) => (await engine.suggest(typed, 10)).suggestions.map((s) => s.text);

test('a word typed out as people misspell it is completed as meant, not written on from (몇일 ㅈ → 며칠전, not 몇일전)', async () => {
  for (const [typed, meant, misspelled] of [
    ['몇일 ㅈ', '며칠', '몇일'],
    ['도라온 복단지', '돌아온', '도라온'],
  ] as const) {
    const shown = await texts(typed);
    assert.ok(shown.length > 0 && shown.every((t) => t.startsWith(meant)), `${typed}: ${shown.join(', ')}`);
    assert.ok(!shown.some((t) => t.includes(misspelled)), `${typed}: ${shown.join(', ')}`);
  }
});

test('the query so set right is shown itself where its words are typed out (김치찌게␣ → 김치찌개; 도라온 복단지 → 돌아온 복단지), not where the last is still being typed', async () => {
  const r = await engine.suggest('김치찌게 ', 10);
  assert.equal(r.suggestions[0]?.text, '김치찌개');
  assert.ok(r.suggestions[0]!.kinds.includes('misspelling'));
  assert.equal(r.query, '김치찌게 ', 'the result names the query as typed');
  assert.ok((await texts('도라온 복단지')).includes('돌아온 복단지'));
  assert.ok(!(await texts('김치찌게 레')).includes('김치찌개 레'));
});

test('no suggestion begins with a word the dictionary marks as misspelled, unless typed so (며칠 전 never shows 몇일전)', async () => {
  for (const typed of ['며칠 전', '며칠', '며ㅊ']) {
    const shown = await texts(typed);
    assert.ok(!shown.some((t) => t.split(' ').some((w) => engine.lexicon.beginsWithMisspelling(w))), `${typed}: ${shown.join(', ')}`);
  }
});
