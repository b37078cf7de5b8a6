import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { withoutGlideI } from '../src/hangul/index.js';
import { assertMisspellingFixFirst, sharedEngine } from './engine-fixture.js';

const engine = sharedEngine();

test('withoutGlideI drops a 이 (its final going to the syllable before) only after a syllable ending in ㅐ, ㅔ or ㅚ', () => {
  assert.deepEqual(withoutGlideI('헤매이다'), ['헤매다']);
  assert.deepEqual(withoutGlideI('설레임'), ['설렘']);
  assert.deepEqual(withoutGlideI('되뇌이고'), ['되뇌고']);
  assert.deepEqual(withoutGlideI('설레인'), ['설렌']);
  // Not after another vowel or a final (보이다, 먹이다), nor a 이 with another final (메익).
  assert.deepEqual(withoutGlideI('보이다'), []);
  assert.deepEqual(withoutGlideI('먹이다'), []);
  assert.deepEqual(withoutGlideI('메익'), []);
});

test('withoutGlideI against a naive oracle on keystrokes: the forms are the word with one 이 (and the final it carries) moved onto the ㅐ/ㅔ/ㅚ before it', () => {
  const syllable = fc.constantFrom(...'헤매설레되뇌이임인일익다고보먹개세');
  const vowelOf = (s: string) => s.normalize('NFD').charAt(1);
  const finalOf = (s: string) => s.normalize('NFD').charAt(2);
  fc.assert(
    fc.property(fc.array(syllable, { minLength: 1, maxLength: 5 }), (chars) => {
      const expected: string[] = [];
      for (let i = 1; i < chars.length; i++) {
        const nfd = chars[i]!.normalize('NFD');
        // ᄋ (U+110B) and ᅵ (U+1175), then none or ᆫ ᆯ ᆷ.
        if (nfd.charAt(0) !== '\u110b' || nfd.charAt(1) !== '\u1175' || !['', '\u11ab', '\u11af', '\u11b7'].includes(nfd.charAt(2))) continue;
        // ᅢ, ᅦ, ᅬ before, with no final.
        if (finalOf(chars[i - 1]!) !== '' || !['\u1162', '\u1166', '\u116c'].includes(vowelOf(chars[i - 1]!))) continue;
        const merged = (chars[i - 1]!.normalize('NFD') + nfd.charAt(2)).normalize('NFC');
        expected.push([...chars.slice(0, i - 1), merged, ...chars.slice(i + 1)].join(''));
      }
      assert.deepEqual(withoutGlideI(chars.join('')), expected);
    }),
  );
});

test('a 이 written between a stem and its ending where speech glides (헤매이다) is the standard form misspelled: 헤매이다 → 헤매다, 길을 헤매이고 → 길을 헤매고', async () => {
  for (const [typed, meant] of [
    ['헤매이다', '헤매다'],
    ['헤매이고', '헤매고'],
    ['헤매이다 뜻', '헤매다 뜻'],
    ['길을 헤매이고', '길을 헤매고'],
  ] as const) await assertMisspellingFixFirst(engine, typed, meant);
});

test('a standard form with that 이 stays as typed (the passive 베이다, the dictionary’s 설레이는), and so does a word whose 이 is a noun’s (메일로: 메일 with a particle)', async () => {
  for (const typed of ['베이다', '손을 베이다', '설레이는', '메일로']) {
    const r = await engine.correct(typed, 5);
    assert.ok(!r.candidates.some((c) => c.kinds.includes('misspelling') && withoutGlideI(typed.split(' ').at(-1)!).some((w) => c.text.endsWith(w))), r.candidates.map((c) => c.text).join(', '));
    assert.equal(r.action, 'none', typed);
  }
});
