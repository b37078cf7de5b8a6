// A final shown apart from its syllable (맛지ㅂ for 맛집, 아이포ㄴ for 아이폰): the keys of the word
// itself, which the IME did not finish composing. Correction reads them as the word, in any query.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { brokenWordRepairs } from '../src/candidates/index.js';
import { fromKeystrokes, toKeystrokes } from '../src/hangul/index.js';
import { servedEngine, sharedEngine } from './engine-fixture.js';
import { SYLLABLES } from './slips.js';

test('a word with its last key shown alone is repaired to what its keys compose (property)', () => {
  let split = 0;
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...SYLLABLES), { minLength: 1, maxLength: 4 }), (syllables) => {
      const word = syllables.join('');
      const keys = toKeystrokes(word);
      // Only a word ending in a consonant key: a vowel key alone would compose on its own.
      if (!/[ㄱ-ㅎ]$/u.test(keys)) return;
      const typed = fromKeystrokes(keys.slice(0, -1)) + keys.at(-1)!;
      split++;
      assert.notEqual(typed, word);
      assert.ok(brokenWordRepairs(typed).includes(word), `${typed}: ${brokenWordRepairs(typed).slice(0, 8).join(', ')}`);
    }),
    { numRuns: 400, seed: 11 },
  );
  assert.ok(split > 100, `${split} words split`);
});

test('the same in a query: the word its keys compose comes first, with the model and without', async () => {
  for (const engine of [sharedEngine(), await servedEngine()]) {
    for (const [typed, meant] of [
      ['강남 맛지ㅂ', '강남 맛집'],
      ['부산 맛지ㅂ 추천', '부산 맛집 추천'],
      ['아이포ㄴ 케이스', '아이폰 케이스'],
      ['엔화 환유ㄹ', '엔화 환율'],
      ['인처ㄴ 화재 소방차', '인천 화재 소방차'],
    ] as const) {
      const r = await engine.correct(typed, 5);
      assert.notEqual(r.action, 'none', `${typed}: ${r.candidates.map((c) => c.text).join(', ')}`);
      assert.equal(r.candidates[0]?.text, meant, `${typed}: ${r.candidates.map((c) => c.text).join(', ')}`);
    }
  }
});

test('joined to the word before it, such a word is only respaced: the spacing typed stays (서울 날ㅆㅣ)', async () => {
  for (const engine of [sharedEngine(), await servedEngine()]) {
    // 서울날씨 is a logged query of the same keys; 서울 날씨 is how it was typed.
    const r = await engine.correct('서울 날ㅆㅣ', 5);
    assert.equal(r.candidates[0]?.text, '서울 날씨', r.candidates.map((c) => c.text).join(', '));
    assert.ok(!r.candidates.some((c) => c.text === '서울날씨'), r.candidates.map((c) => c.text).join(', '));
  }
});

test('in autocomplete, a word typed out with its final apart lists what the word typed whole lists (강남 맛지ㅂ ㅊ as 강남 맛집 ㅊ)', async () => {
  const engine = await servedEngine();
  for (const [typed, clean] of [
    ['강남 맛지ㅂ ㅊ', '강남 맛집 ㅊ'],
    ['아이포ㄴ 케', '아이폰 케'],
    ['인처ㄴ 화재 소', '인천 화재 소'],
    ['아이포ㄴ ', '아이폰 '],
  ] as const) {
    const got = (await engine.suggest(typed, 10)).suggestions.map((s) => s.text);
    const want = (await engine.suggest(clean, 10)).suggestions.map((s) => s.text);
    assert.ok(want.length > 0, `the premise: ${clean} lists something`);
    assert.deepEqual(got, want, typed);
  }
});
