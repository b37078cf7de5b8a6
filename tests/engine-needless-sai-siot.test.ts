import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { needlessSaiSiot } from '../src/hangul/index.js';
import { spelledAsMeant } from '../src/engine/forms.js';
import { assertMisspellingFixFirst, sharedEngine } from './engine-fixture.js';

const engine = sharedEngine();

test('needlessSaiSiot drops a final ㅅ only before a tense initial', () => {
  assert.deepEqual(needlessSaiSiot('윗쪽'), ['위쪽']);
  assert.deepEqual(needlessSaiSiot('아랫쪽'), ['아래쪽']);
  assert.deepEqual(needlessSaiSiot('뒷꿈치'), ['뒤꿈치']);
  // Before a plain or silent initial a 사이시옷 is written (윗옷, 뒷산), before an aspirated one
  // loanwords write a geminate so (낫토), and a last ㅅ has nothing after it.
  assert.deepEqual(needlessSaiSiot('낫토'), []);
  assert.deepEqual(needlessSaiSiot('윗옷'), []);
  assert.deepEqual(needlessSaiSiot('뒷산'), []);
  assert.deepEqual(needlessSaiSiot('옷'), []);
});

test('needlessSaiSiot against a naive oracle: each form is the word with one final ㅅ removed, where the next syllable starts tense', () => {
  const tense = new Set([...'ㄲㄸㅃㅆㅉ']);
  // The initial of a syllable: the first jamo of its NFD form (U+1100 …), as a compatibility jamo.
  const initial = (s: string) => 'ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ'[s.normalize('NFD').charCodeAt(0) - 0x1100]!;
  const syllable = fc.constantFrom(...'윗위뒷뒤쪽층편통옷산아랫래셋세트팅숫수컷가나꿈뻐싸따');
  fc.assert(
    fc.property(fc.array(syllable, { minLength: 1, maxLength: 5 }), (chars) => {
      const word = chars.join('');
      const expected: string[] = [];
      for (let i = 0; i + 1 < chars.length; i++) {
        const nfd = chars[i]!.normalize('NFD');
        // U+11BA: the final ㅅ.
        if (!nfd.endsWith('\u11ba') || !tense.has(initial(chars[i + 1]!))) continue;
        expected.push([...chars.slice(0, i), nfd.slice(0, -1).normalize('NFC'), ...chars.slice(i + 1)].join(''));
      }
      assert.deepEqual(needlessSaiSiot(word), expected);
    }),
  );
});

test('a word only a name or word list has, with a 사이시옷 no spelling writes, is the standard word misspelled: 윗쪽 → 위쪽, 뒷쪽 → 뒤쪽', async () => {
  for (const [typed, meant] of [
    ['윗쪽', '위쪽'],
    ['뒷쪽', '뒤쪽'],
    ['아랫쪽', '아래쪽'],
    ['윗쪽 방향', '위쪽 방향'],
  ] as const) {
    const word = typed.split(' ')[0]!;
    const flags = engine.lexicon.get(word)?.flags ?? '';
    assert.ok(/e/u.test(flags) && !/[sqx]/u.test(flags), `the premise: only a list has ${word} (${flags})`);
    assert.equal(spelledAsMeant(engine.lexicon, word), false, word);
    await assertMisspellingFixFirst(engine, typed, meant);
  }
});

test('a name with a final ㅅ before an aspirated initial stays as typed (낫토, 돗토리: loanword spelling writes a geminate so), as does one whose form without it is no standard word (렛츠고)', async () => {
  for (const typed of ['낫토', '돗토리', '렛츠고']) {
    assert.ok(spelledAsMeant(engine.lexicon, typed), typed);
    assert.equal((await engine.correct(typed, 5)).action, 'none', typed);
  }
});
