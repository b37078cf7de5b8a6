import { test } from 'node:test';
import assert from 'node:assert/strict';
import { servedEngine, sharedEngine } from './engine-fixture.js';

// Headwords of the standard dictionary that correction offered another word for, one key or two
// away and far commoner in the logs: 수제비 → 수지, 곗날 → 옛날, 주꾸미 → 쭈꾸미 (the standard
// spelling "set right" to the common misspelling).
const HEADWORDS = ['수제비', '실족', '곗날', '주꾸미', '숙맥', '일흔', '불소', '입주자', '화장기', '짐칸'];

test('the premise: each is a standard headword no dictionary marks misspelled', () => {
  for (const word of HEADWORDS) assert.ok(sharedEngine().lexicon.isHeadword(word), word);
  assert.ok(!sharedEngine().lexicon.isHeadword('몇일'));
  assert.ok(!sharedEngine().lexicon.isHeadword('곗날에'), 'a form is no headword');
});

for (const withModel of [false, true]) {
  const label = withModel ? 'with the model' : 'without it';
  test(`a standard headword typed alone is left as typed: nothing says another word was meant (${label})`, async () => {
    const engine = withModel ? await servedEngine() : sharedEngine();
    for (const word of HEADWORDS) {
      const r = await engine.correct(word, 5);
      assert.equal(r.action, 'none', `${word}: ${JSON.stringify(r.candidates.slice(0, 3))}`);
      assert.equal(r.corrected, word);
    }
  });

  test(`so is every 40th headword of the dictionary, typed alone (${label})`, async () => {
    const engine = withModel ? await servedEngine() : sharedEngine();
    const words = engine.lexicon.entries.filter((e) => !e.blocked && /^[가-힣]{2,}$/u.test(e.text) && engine.lexicon.isHeadword(e.text)).filter((_, i) => i % 40 === 0);
    assert.ok(words.length > 1000, `${words.length}`);
    for (const { text } of words) {
      const r = await engine.correct(text, 3);
      assert.equal(r.action, 'none', `${text}: ${JSON.stringify(r.candidates.slice(0, 2))}`);
    }
  });
}

test('a word the dictionary marks misspelled is no headword, and is still set right alone (몇일 → 며칠)', async () => {
  assert.match(sharedEngine().lexicon.get('몇일')?.flags ?? '', /x/u);
  const r = await sharedEngine().correct('몇일', 5);
  assert.equal(r.candidates[0]?.text, '며칠');
  assert.notEqual(r.action, 'none');
});
