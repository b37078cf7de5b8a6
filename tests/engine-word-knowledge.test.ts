import { test } from 'node:test';
import assert from 'node:assert/strict';
import { WordKnowledge } from '../src/engine/word-knowledge.js';
import { inflectsWordTyped, newWordFromFewKeys, overrunOfKnownWord, writesOntoCodeOrLatin } from '../src/engine/completion-tests.js';
import { sharedEngine } from './engine-fixture.js';

const engine = sharedEngine();
const vocabulary = new WordKnowledge(engine.lexicon, engine.scorer);

test('a known word typed whole and the first key of the next syllable reads as the word (유튜븍 → 유튜브, 인스타그램ㅎ → 인스타그램); a short word is more often a name on its way (경숮)', () => {
  assert.equal(vocabulary.knownWordBeforeKey('유튜븍'), '유튜브');
  assert.equal(vocabulary.knownWordBeforeKey('인스타그램ㅎ'), '인스타그램');
  assert.equal(vocabulary.knownWordBeforeKey('경숮'), undefined);
  assert.equal(vocabulary.knownWordBeforeKey('유튜브'), undefined);
});

test('known words written together are read at the last of them (노트북가방: 가방 at 3), and a word still on its way is not (노회찬사)', () => {
  assert.equal(vocabulary.lastOfKnownWordsTogether('노트북가방'), 3);
  assert.equal(vocabulary.lastOfKnownWordsTogether('노회찬사'), undefined);
});

test('each fact is the same asked again, from the kept record as when first worked out', () => {
  for (const word of ['유튜브', '가방', '노트북가방', '업데스', '2018년']) {
    const first = [vocabulary.knownWord(word), vocabulary.vouchedWord(word), vocabulary.wordStanding(word), vocabulary.lastOfKnownWordsTogether(word)];
    const fresh = new WordKnowledge(engine.lexicon, engine.scorer);
    assert.deepEqual([vocabulary.knownWord(word), vocabulary.vouchedWord(word), vocabulary.wordStanding(word), vocabulary.lastOfKnownWordsTogether(word)], first, word);
    assert.deepEqual([fresh.knownWord(word), fresh.vouchedWord(word), fresh.wordStanding(word), fresh.lastOfKnownWordsTogether(word)], first, word);
  }
});

test('the tests of the model\'s completions drop what nobody searches and keep what people type on to', () => {
  // A known word typed out, run on into a word nobody has written; its particle or a known compound stays.
  const overrun = overrunOfKnownWord(vocabulary, '마일리지', false);
  assert.equal(overrun('마일리지역'), true);
  assert.equal(overrun('마일리지는'), false);
  // Past a form that ends a sentence no known word follows in the same word (죄송합니다영화); a
  // compound of known words (등산코스) and an ending still do.
  const pastEnd = overrunOfKnownWord(vocabulary, '죄송합닏', false);
  assert.equal(pastEnd('죄송합니다영화'), true);
  assert.equal(pastEnd('죄송합니다만'), false);
  assert.equal(overrunOfKnownWord(vocabulary, '대둔산 등산콧', false)('대둔산 등산코스'), false);
  // A particle written onto the word typed out finds what the word finds.
  const inflects = inflectsWordTyped(vocabulary, '시간');
  assert.equal(inflects('시간을'), true);
  assert.equal(inflects('시간표'), false);
  // So does an ending of one syllable, which reads the noun typed as a stem; a word it makes stays,
  // and so does an ending onto a word typed in a form that ends in one (같이살래 → 같이살래요).
  const asStem = inflectsWordTyped(vocabulary, '통신비 인하');
  for (const text of ['통신비 인하고', '통신비 인하게', '통신비 인하지']) assert.equal(asStem(text), true, text);
  assert.equal(inflectsWordTyped(vocabulary, '북한군 귀순')('북한군 귀순자'), false);
  assert.equal(inflectsWordTyped(vocabulary, '같이살래')('같이살래요'), false);
  // And a form of the copula, as a particle (간담회 → 간담회입니다); once a key of it is typed
  // (간담회이), it is what comes next, as a particle is.
  assert.equal(inflectsWordTyped(vocabulary, '수도권 교육감 간담회')('수도권 교육감 간담회입니다'), true);
  assert.equal(inflectsWordTyped(vocabulary, '수도권 교육감 간담회이')('수도권 교육감 간담회입니다'), false);
  // Onto Latin letters and a number the model writes noise.
  assert.equal(writesOntoCodeOrLatin(vocabulary, 'gs25')('gs25일장'), true);
  assert.equal(writesOntoCodeOrLatin(vocabulary, '아이폰 16')('아이폰 16강'), false);
  assert.equal(writesOntoCodeOrLatin(vocabulary, '아이폰 16')('아이폰 16어'), true);
  // A new word from a syllable or two of keys is likely keys, not a name the model knows.
  const fromFew = newWordFromFewKeys(vocabulary, '이재명 시');
  assert.equal(fromFew('이재명 신철'), true);
  assert.equal(fromFew('이재명 시장'), false);
});
