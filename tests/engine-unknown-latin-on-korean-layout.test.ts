import { test } from 'node:test';
import assert from 'node:assert/strict';
import { latinToHangul } from '../src/hangul/index.js';
import { servedEngine, sharedEngine } from './engine-fixture.js';

// Words no source of the lexicon has (the corpora predate them or never write them in Latin).
const UNKNOWN = ['netflix', 'starbucks', 'macbook', 'coupang', 'uniqlo'];

test('the premise: the lexicon has none of these Latin words', () => {
  for (const word of UNKNOWN) assert.equal(sharedEngine().lexicon.get(word), undefined, word);
});

for (const withModel of [false, true]) {
  const engineOf = async () => (withModel ? servedEngine() : sharedEngine());
  const label = withModel ? 'with the model' : 'without it';

  test(`a Latin word no source has, typed on the Korean layout, is read as Latin (ㅜㄷㅅ리ㅑㅌ → netflix), ${label}`, async () => {
    const engine = await engineOf();
    for (const word of UNKNOWN) {
      const typed = latinToHangul(word);
      const r = await engine.correct(typed, 5);
      // Offered, not applied: no source stands behind the word, only the keys.
      assert.equal(r.action, 'suggest', `${typed}: ${JSON.stringify(r.candidates)}`);
      assert.equal(r.candidates[0]?.text, word, typed);
      assert.ok(r.candidates[0]!.kinds.includes('layout'));
      const s = await engine.suggest(typed, 10);
      assert.equal(s.suggestions[0]?.text, word, `${typed}: ${JSON.stringify(s.suggestions.slice(0, 3))}`);
    }
    // Beside a Hangul word too.
    assert.equal((await engine.correct(`${latinToHangul('netflix')} 주가`, 5)).candidates[0]?.text, 'netflix 주가');
  });

  test(`a slip in Hangul that strands as many jamo stays Hangul: the reading no source has pays for it (ㅈ재ㅜㅇ → 재중, not wwond), ${label}`, async () => {
    const engine = await engineOf();
    for (const [typed, meant] of [
      ['ㅈ재ㅜㅇ', '재중'],
      ['재ㅜㅁㄹ', '재물'],
      ['유ㅕㄱㅁ', '유겸'],
      ['ㅗㅇㄴ리', '온리'],
      ['ㅏㅎㅁ교', '함교'],
    ] as const) {
      const r = await engine.correct(typed, 5);
      assert.equal(r.candidates[0]?.text, meant, `${typed}: ${JSON.stringify(r.candidates)}`);
    }
  });

  test(`while typing, the lexicon's reading of a slip leads, not the other layout's (ㅕㅇㄴ말ㅈ → 연말정산), ${label}`, async () => {
    const engine = await engineOf();
    for (const [typed, meant] of [
      ['ㅕㅇㄴ말ㅈ', '연말정산'],
      ['ㅏㅁ오ㅉ', '마오쩌둥'],
    ] as const) {
      const s = await engine.suggest(typed, 10);
      assert.equal(s.suggestions[0]?.text, meant, `${typed}: ${JSON.stringify(s.suggestions.slice(0, 3))}`);
      assert.ok(!s.suggestions.some((x) => x.kinds.includes('layout')), `${typed}: ${JSON.stringify(s.suggestions)}`);
    }
  });
}

test('a reading in the other layout with a word no source has is never applied unasked (고ㅡㄷㄴㄹ, a slip on the way to 고등…, is not changed to rhmesf)', async () => {
  for (const engine of [sharedEngine(), await servedEngine()]) {
    for (const typed of ['고ㅡㄷㄴㄹ', 'ㅏㅇㄴㅁ', latinToHangul('netflix')]) {
      const r = await engine.correct(typed, 5);
      assert.notEqual(r.action, 'autocorrect', `${typed}: ${JSON.stringify(r.candidates.slice(0, 2))}`);
    }
  }
});
