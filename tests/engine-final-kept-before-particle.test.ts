import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { finalKeptBeforeParticle } from '../src/engine/forms.js';
import { assertMisspellingFixFirst, sharedEngine } from './engine-fixture.js';

// Spelling keeps a word's final before a particle or the copula (꿈일, 것이기, 존은) where speech
// moves it onto the ㅇ: what that sounds like written out (꾸밀, 거시기, 주는) is another word.
const engine = sharedEngine();

test('finalKeptBeforeParticle: a known word ending in a final, then a particle or copula form beginning with ㅇ', () => {
  const known = new Set(['꿈', '것', '존', '사람']);
  const isKnown = (w: string) => known.has(w);
  assert.equal(finalKeptBeforeParticle('꿈일', isKnown), true);
  assert.equal(finalKeptBeforeParticle('것이기', isKnown), true);
  assert.equal(finalKeptBeforeParticle('존은', isKnown), true);
  assert.equal(finalKeptBeforeParticle('사람입니다', isKnown), true);
  assert.equal(finalKeptBeforeParticle('꿈도', isKnown), false, 'a particle beginning with a consonant');
  assert.equal(finalKeptBeforeParticle('주는', isKnown), false, 'no final before it');
  assert.equal(finalKeptBeforeParticle('곰일', isKnown), false, 'an unknown head');
});

test('finalKeptBeforeParticle against a naive oracle: some split into a known head whose last syllable has a final (NFD: three jamo) and a listed particle', () => {
  const known = ['꿈', '것', '존', '사람', '나', '바다', '굿'];
  const particles = ['은', '이', '일', '임', '이기', '입니다', '의', '도', '는', '가', '야'];
  const listed = new Set(['은', '이', '일', '임', '이기', '입니다', '의']);
  const word = fc.tuple(fc.constantFrom(...known, '곰', '하'), fc.constantFrom(...particles)).map(([h, p]) => h + p);
  fc.assert(
    fc.property(word, (w) => {
      let expected = false;
      for (let cut = 1; cut < w.length; cut++) {
        const head = w.slice(0, cut);
        if (known.includes(head) && listed.has(w.slice(cut)) && head.at(-1)!.normalize('NFD').length === 3) expected = true;
      }
      assert.equal(finalKeptBeforeParticle(w, (h) => known.includes(h)), expected, w);
    }),
  );
});

test('a known word with its particle or copula is not offered the word its liaison sounds as (꿈일 ≠ 꾸밀, 것이기 ≠ 거시기, 존은 ≠ 주는, 켄은 ≠ 캐는)', async () => {
  for (const [typed, alike] of [['꿈일', '꾸밀'], ['것이기', '거시기'], ['존은', '주는'], ['켄은', '캐는'], ['굿임', '구심']] as const) {
    const r = await engine.correct(typed, 5);
    assert.ok(!r.candidates.some((c) => c.text === alike && c.kinds.includes('misspelling')), `${typed}: ${alike} as a misspelling`);
    assert.notEqual(r.corrected, alike, typed);
    assert.ok(r.action === 'none' || r.candidates[0]?.text !== alike, `${typed}: ${r.action} ${r.candidates[0]?.text}`);
  }
});

test('a spelling the dictionary marks or a fragment only running text has is still set right (몇일 → 며칠, 설겆이 → 설거지)', async () => {
  await assertMisspellingFixFirst(engine, '몇일', '며칠');
  await assertMisspellingFixFirst(engine, '설겆이', '설거지');
});
