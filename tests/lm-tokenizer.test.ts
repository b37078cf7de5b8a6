import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { DEFAULT_LM_DIR, KeystrokeTokenizer, VOCAB_FILE } from '../src/lm/index.js';
import { join } from 'node:path';

const tokenizer = KeystrokeTokenizer.fromFile(join(DEFAULT_LM_DIR, VOCAB_FILE));

test('과: one id per key between <bos> and <eos>', () => {
  const ids = tokenizer.encode('과');
  assert.equal(ids.length, 5);
  assert.equal(ids[0], tokenizer.bos);
  assert.equal(ids.at(-1), tokenizer.eos);
  assert.equal(tokenizer.decodeKeys(ids), 'ㄱㅗㅏ');
});

test('서울 맛집, iphone 16, 닭갈비: decode(encode(text)) is the text', () => {
  for (const text of ['서울 맛집', 'iphone 16', '닭갈비', '얘기', '쀍', 'ㅋㅋㅋ', '1%의 우정', '아이폰-15 케이스?']) {
    assert.equal(tokenizer.decode(tokenizer.encode(text)), text);
  }
});

test('characters outside the vocabulary become <unk> and drop out of the text', () => {
  const ids = tokenizer.encode('♥서울');
  assert.equal(ids[1], tokenizer.unk);
  assert.equal(tokenizer.decode(ids), '서울');
});

test('every key the 2-beolsik decomposition emits has its own token', () => {
  for (const key of 'ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎㅏㅐㅑㅒㅓㅔㅕㅖㅗㅛㅜㅠㅡㅣ') {
    assert.notEqual(tokenizer.encodeKeys(key)[0], tokenizer.unk, key);
  }
});

test('round trip over random syllables, spaces, digits and Latin letters (property)', () => {
  const syllable = fc.integer({ min: 0xac00, max: 0xd7a3 }).map((c) => String.fromCharCode(c));
  const other = fc.constantFrom(...'abcxyz0189');
  const word = fc.array(fc.oneof(syllable, syllable, other), { minLength: 1, maxLength: 6 }).map((a) => a.join(''));
  fc.assert(
    fc.property(fc.array(word, { minLength: 1, maxLength: 4 }), (words) => {
      const text = words.join(' ');
      assert.equal(tokenizer.decode(tokenizer.encode(text)), text);
    }),
  );
});

test('readsAll is true exactly when no key would be <unk> (property, against encodeKeys)', () => {
  // Keys of the vocabulary mixed with emoji, Han, kana and symbols it lacks.
  const key = fc.constantFrom(...'ㄱㅏㅎa9 .', '😀', '東', 'タ', '♥', '€', '👋');
  fc.assert(
    fc.property(fc.array(key, { maxLength: 8 }).map((a) => a.join('')), (keys) => {
      assert.equal(tokenizer.readsAll(keys), !tokenizer.encodeKeys(keys).includes(tokenizer.unk));
    }),
    { numRuns: 300 },
  );
});

test('a vocabulary without its markers is a TypeError naming the marker', () => {
  assert.throws(
    () => new KeystrokeTokenizer({ format: 'x', pad: '<pad>', bos: '<bos>', eos: '<eos>', unk: '<unk>', tokens: ['<pad>', '<bos>', '<eos>', 'a'] }),
    /unk marker/,
  );
});
