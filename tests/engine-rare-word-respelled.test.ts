import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sharedEngine } from './engine-fixture.js';

const engine = sharedEngine();

/** `typed` is set right to `meant`, whose one new word is a standard word below the correction targets' weight. */
async function setRightToRareWord(typed: string, meant: string): Promise<void> {
  const word = meant.split(' ').find((w) => !typed.split(' ').includes(w))!;
  assert.ok(engine.lexicon.isStandard(word) && engine.lexicon.get(word)!.weight < 0.15, `the premise: ${word} is a standard word below the correction targets' weight`);
  const r = await engine.correct(typed, 5);
  assert.notEqual(r.action, 'none', typed);
  assert.equal(r.candidates[0]?.text, meant, r.candidates.map((c) => `${c.text} ${c.score}`).join(', '));
  assert.ok(r.candidates[0]!.kinds.includes('misspelling'), typed);
}

test('a word no source has, written by ear for a standard word too rare in text to be a correction target, is that word misspelled: 움추리다 뜻 → 움츠리다 뜻, 빈털털이 → 빈털터리', async () => {
  await setRightToRareWord('움추리다 뜻', '움츠리다 뜻');
  await setRightToRareWord('너무 널부러지다', '너무 널브러지다');
  await setRightToRareWord('빈털털이', '빈털터리');
});

test('an adverb written with 히 for 이, as the dictionary marks misspelled (금지어) and no source has, is the rare standard adverb: 오붓히 → 오붓이, 자욱히 → 자욱이, 느긋히 → 느긋이 offered', async () => {
  for (const [typed, meant] of [['오붓히', '오붓이'], ['자욱히', '자욱이'], ['느긋히', '느긋이']] as const) {
    assert.equal(engine.lexicon.get(typed), undefined, `the premise: no source has ${typed}`);
    await setRightToRareWord(typed, meant);
  }
});

test('autocomplete at such a word typed whole shows the standard word first (너무 움추리다 → 너무 움츠리다)', async () => {
  for (const [typed, meant] of [['너무 움추리다', '너무 움츠리다'], ['널부러지다', '널브러지다']] as const) {
    const s = await engine.suggest(typed, 10);
    assert.equal(s.suggestions[0]?.text, meant, s.suggestions.map((x) => x.text).join(', '));
  }
});

test('a form read by ear into another form, not a headword, is no respelling: 곤에 is not set to 고네, 드러지 not to 들어지', async () => {
  for (const typed of ['곤에', '드러지', '씨사']) {
    const r = await engine.correct(typed, 5);
    assert.ok(!r.candidates.some((c) => c.kinds.includes('misspelling') && !engine.lexicon.get(c.text)), r.candidates.map((c) => `${c.text} ${c.kinds}`).join(', '));
  }
});

test('a candidate says each of its kinds once, also a misspelling fix made by rule and judged a habit again (움추리다 뜻, 안됬는데)', async () => {
  for (const typed of ['움추리다 뜻', '안됬는데', '몇일 전']) {
    for (const c of (await engine.correct(typed, 5)).candidates) assert.equal(new Set(c.kinds).size, c.kinds.length, `${typed}: ${c.text} ${c.kinds}`);
  }
});
