import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { needlessSaiSiot, withoutSaiSiot } from '../src/hangul/index.js';
import { saiSiotWritten, spelledAsMeant } from '../src/engine/forms.js';
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

/**
 * A naive oracle for both: `drop` on random words of `pool` gives each word with one final ㅅ
 * removed (NFD: it ends in U+11BA) where the next syllable's initial (the first jamo of its NFD
 * form, U+1100 …) is one of `initials`.
 */
function assertDropsFinalSiosBefore(drop: (word: string) => string[], initials: string, pool: string): void {
  const initial = (s: string) => 'ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ'[s.normalize('NFD').charCodeAt(0) - 0x1100]!;
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...pool), { minLength: 1, maxLength: 5 }), (chars) => {
      const expected: string[] = [];
      for (let i = 0; i + 1 < chars.length; i++) {
        const nfd = chars[i]!.normalize('NFD');
        if (!nfd.endsWith('\u11ba') || !initials.includes(initial(chars[i + 1]!))) continue;
        expected.push([...chars.slice(0, i), nfd.slice(0, -1).normalize('NFC'), ...chars.slice(i + 1)].join(''));
      }
      assert.deepEqual(drop(chars.join('')), expected);
    }),
  );
}

test('needlessSaiSiot against a naive oracle: each form is the word with one final ㅅ removed, where the next syllable starts tense', () => {
  assertDropsFinalSiosBefore(needlessSaiSiot, 'ㄲㄸㅃㅆㅉ', '윗위뒷뒤쪽층편통옷산아랫래셋세트팅숫수컷가나꿈뻐싸따');
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

test('withoutSaiSiot drops a final ㅅ only before a plain ㄱ ㄷ ㅂ ㅅ ㅈ, the initials speech tenses after a 사이시옷', () => {
  assert.deepEqual(withoutSaiSiot('촛점'), ['초점']);
  assert.deepEqual(withoutSaiSiot('댓가'), ['대가']);
  assert.deepEqual(withoutSaiSiot('홧병'), ['화병']);
  assert.deepEqual(withoutSaiSiot('윗쪽'), [], 'tense: needlessSaiSiot');
  assert.deepEqual(withoutSaiSiot('낫토'), [], 'aspirated');
  assert.deepEqual(withoutSaiSiot('윗옷'), [], 'silent ㅇ');
  assert.deepEqual(withoutSaiSiot('콧물'), [], 'ㅁ');
});

test('withoutSaiSiot against a naive oracle: each form is the word with one final ㅅ removed, where the next syllable starts with a plain obstruent', () => {
  assertDropsFinalSiosBefore(withoutSaiSiot, 'ㄱㄷㅂㅅㅈ', '촛초점댓대가갯개수홧화병옷산세트쪽물비자');
});
test('a 사이시옷 written where spelling has none (한자어: 초점, 개수, 화병) is the standard word misspelled: 촛점 → 초점 applied, 갯수 → 개수 and 홧병 → 화병 offered', async () => {
  for (const [typed, meant] of [['촛점', '초점'], ['갯수', '개수'], ['홧병', '화병'], ['촛점 뜻', '초점 뜻']] as const) await assertMisspellingFixFirst(engine, typed, meant);
  const r = await engine.correct('촛점', 5);
  assert.equal(r.action, 'autocorrect');
  assert.equal(saiSiotWritten(engine.lexicon, '갯수', '개수'), true);
  assert.equal(spelledAsMeant(engine.lexicon, '갯수'), false, 'a word list has 갯수; it does not vouch for it');
});

test('a final ㅅ that is no 사이시옷 stays: a standard word’s own (횟수, 햇살), before a particle or ending (짓도, 셋다, 됫다), closing a standard word before another (첫방), 윗- (윗선), or a verb’s stem (잇달)', async () => {
  for (const [typed, without] of [['횟수', '회수'], ['햇살', '해살'], ['짓도', '지도'], ['셋다', '세다'], ['됫다', '되다'], ['첫방', '처방'], ['윗선', '위선'], ['잇달', '이달']] as const) {
    assert.ok(withoutSaiSiot(typed).includes(without), `the premise: ${without} is ${typed} without its ㅅ`);
    assert.equal(saiSiotWritten(engine.lexicon, typed, without), false, typed);
    const r = await engine.correct(typed, 5);
    assert.ok(r.action === 'none' || r.candidates[0]?.text !== without, `${typed}: ${r.action} ${r.candidates[0]?.text}`);
  }
});
