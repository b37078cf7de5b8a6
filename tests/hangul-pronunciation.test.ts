import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { colloquialVowelMisread, mergedVowelSyllables, mergedVowelVariants, palatalVowelSyllables, soundAlikeSyllables } from '../src/hangul/pronunciation.js';

for (const [a, b, why] of [
  ['어의없다', '어이없다', '의 read [이] after the first syllable'],
  ['히망', '희망', 'ㅢ after an initial consonant is read [ㅣ]'],
  ['희안하다', '희한하다', 'an initial ㅎ after a vowel or ㄴ, ㄹ, ㅁ, ㅇ is weakened'],
  ['오랫만', '오랜만', 'a final before ㅁ is read as the nasal'],
  ['궁물', '국물', 'ㄱ before ㅁ is read [ㅇ]'],
  ['윗층', '위층', 'a 사이시옷 before an aspirated consonant'],
  ['햇님', '해님', 'a 사이시옷 before ㄴ'],
  ['곰곰히', '곰곰이', "an adverb's last syllable 이 or 히"],
  ['깨끗히', '깨끗이', "an adverb's last syllable 이 or 히, whatever comes before"],
  ['할께', '할게', 'a plain initial after a final ㄹ is read tense, in the last syllable too'],
  ['갈껄', '갈걸', 'a plain initial after a final ㄹ is read tense (-ㄹ걸)'],
  ['할꺼야', '할거야', 'a plain initial after a final ㄹ is read tense (-ㄹ거야)'],
  ['쥬스', '주스', 'ㅠ after ㅈ is heard as ㅜ'],
  ['버젼', '버전', 'ㅕ after ㅈ is heard as ㅓ, in the last syllable too'],
  ['스케쥴', '스케줄', 'ㅠ after ㅈ, with a final'],
  ['챠트', '차트', 'ㅑ after ㅊ is heard as ㅏ'],
  ['쵸콜릿', '초콜릿', 'ㅛ after ㅊ is heard as ㅗ'],
  ['졔발', '제발', 'ㅖ after ㅈ is heard as ㅔ'],
] as const) {
  test(`${a} and ${b} sound alike: ${why}`, () => {
    assert.equal(soundAlikeSyllables(a, b), 1);
    assert.equal(soundAlikeSyllables(b, a), 1);
  });
}

for (const [a, b, why] of [
  ['의사', '이사', 'a first syllable 의 is read [의]'],
  ['사람의', '사람이', 'particles and endings differ in the last syllable (two words, not a misspelling)'],
  ['굳이', '굳히', 'an 이/히 suffix after one syllable is too often a stem of its own (굳히다)'],
  ['곰곰희', '곰곰이', 'in the last syllable only 이 and 히'],
  ['짓도', '지도', 'before a plain consonant a final ㅅ is often a word of its own'],
  ['하늘', '아늘', 'a first-syllable ㅎ is not weakened'],
  ['간다', '감다', 'ㄴ and ㅁ finals before ㄷ are heard apart'],
  ['하께', '하게', 'a consonant is read tense after a final ㄹ, not after a vowel'],
  ['할께', '할개', 'after ㄹ only the tense initial, with the same vowel'],
  ['오랫만', '오랫만에', 'lengths differ'],
  ['서울', 'seoul', 'not Hangul syllables'],
  ['가져', '가저', '져 is 지다 with 어, spelled so on purpose'],
  ['부쳐', '부처', '쳐 is 치다 with 어'],
  ['가졌다', '가젔다', 'and its past'],
  ['보죠', '보조', 'a last 죠 is 지요 contracted'],
  ['쟤가', '재가', 'ㅒ after ㅈ: 쟤 is 저 아이'],
  ['쥬스', '조스', 'only the plain vowel of the same shape'],
  ['슈퍼', '수퍼', 'only after ㅈ, ㅉ, ㅊ'],
] as const) {
  test(`${a} and ${b} are not sound-alike spellings: ${why}`, () => {
    assert.equal(soundAlikeSyllables(a, b), undefined);
  });
}

test('a word sounds like itself with no differing syllable, and one difference reads the same both ways, but for a ㅁ written for ㄻ (one way)', () => {
  const syllable = fc.constantFrom(...'의이희히하아랫랜만국궁물윗위층햇해님다사람오쥬주져저젼전죠조듬듦');
  const word = fc.array(syllable, { minLength: 1, maxLength: 5 }).map((s) => s.join(''));
  fc.assert(
    fc.property(word, fc.nat(4), syllable, (a, at, s) => {
      assert.equal(soundAlikeSyllables(a, a), 0);
      const chars = [...a];
      if (at >= chars.length) return;
      chars[at] = s;
      const b = chars.join('');
      const n = soundAlikeSyllables(a, b);
      // Only one syllable changed: the rules may read it either way, but never count more.
      assert.ok(n === undefined || n === (a === b ? 0 : 1));
      // ㄻ is written as heard, ㅁ, never the other way (힘듬 for 힘듦): only 듬 → 듦 reads alike.
      if (a[at] === '듦' && b[at] === '듬') return assert.equal(n, undefined);
      // The ㅎ rule looks at the syllable before the change, which is the same in both words.
      if (!(a[at] === '듬' && b[at] === '듦')) assert.equal(soundAlikeSyllables(b, a), n);
    }),
  );
});

test('vowels pronunciation merges count one syllable each (왠일/웬일), anything else Infinity; iotized vowels after ㅈ ㅉ ㅊ alone count for palatalVowelSyllables', () => {
  assert.equal(mergedVowelSyllables('왠일', '웬일'), 1);
  assert.equal(mergedVowelSyllables('왠만해', '웬만헤'), 2);
  assert.equal(mergedVowelSyllables('되어가는', '뛰어가는'), Infinity);
  assert.equal(mergedVowelSyllables('왠일', '왠일'), 0);
  assert.equal(mergedVowelSyllables('왠일', '왠일이'), Infinity);
  assert.equal(palatalVowelSyllables('스케쥴', '스케줄'), 1);
  assert.equal(palatalVowelSyllables('쥬스', '주스'), 1);
  assert.equal(palatalVowelSyllables('어의없다', '어이없다'), undefined);
  assert.equal(palatalVowelSyllables('가져', '가저'), undefined);
});

test('the merged-vowel variants of a word are exactly the words of its length one merged vowel away (property against mergedVowelSyllables over a small alphabet)', () => {
  assert.deepEqual(new Set(mergedVowelVariants('왠일')), new Set(['웬일', '왼일']));
  assert.deepEqual(mergedVowelVariants('가나'), []);
  const alphabet = [...'왠웬왼개게걔계가네내'];
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...alphabet), { minLength: 1, maxLength: 3 }), (chars) => {
      const word = chars.join('');
      const variants = new Set(mergedVowelVariants(word));
      // The naive oracle: every word over the alphabet of the same length, one merged vowel away.
      const all = (n: number): string[] => (n === 0 ? [''] : all(n - 1).flatMap((w) => alphabet.map((c) => w + c)));
      const expected = all(word.length).filter((w) => mergedVowelSyllables(word, w) === 1);
      assert.deepEqual([...variants].filter((v) => expected.includes(v)).sort(), [...expected].sort(), word);
      for (const v of variants) assert.equal(mergedVowelSyllables(word, v), 1, `${word} → ${v}`);
    }),
    { numRuns: 200 },
  );
});

test('colloquialVowelMisread: ㅡ or ㅗ written for ㅜ, or ㅓ ㅗ ㅜ for one another in the first syllable; not the respellings speech makes', () => {
  assert.equal(colloquialVowelMisread('스지', '수지'), true, 'ㅡ for ㅜ');
  assert.equal(colloquialVowelMisread('하르만', '하루만'), true, 'ㅡ for ㅜ past the first syllable too');
  assert.equal(colloquialVowelMisread('비오는', '비우는'), true, 'ㅗ for ㅜ: speech raises ㅗ to ㅜ, not back');
  assert.equal(colloquialVowelMisread('두달', '도달'), true);
  assert.equal(colloquialVowelMisread('소장님', '서장님'), true);
  assert.equal(colloquialVowelMisread('어판', '오판'), true);
  assert.equal(colloquialVowelMisread('그래두', '그래도'), false, 'ㅜ for ㅗ in an ending');
  assert.equal(colloquialVowelMisread('구럼', '그럼'), false, 'ㅜ for ㅡ');
  assert.equal(colloquialVowelMisread('이뿌다', '이쁘다'), false);
  assert.equal(colloquialVowelMisread('그로면', '그러면'), false, 'ㅗ for ㅓ past the first syllable');
  assert.equal(colloquialVowelMisread('두달', '도다리'), false, 'lengths differ');
  assert.equal(colloquialVowelMisread('소장', '초정'), false, 'the initials differ too');
  assert.equal(colloquialVowelMisread('개미', '게미'), false, 'ㅐ/ㅔ is another habit');
});
