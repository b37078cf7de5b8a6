import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { fromKeystrokes, normalize, toKeystrokes } from '../src/hangul/index.js';

test('a word typed as bare keystrokes reads as its syllables (ㅇㅏㄴㄴㅕㅇ → 안녕, ㅇㅏㅇㅣㅍ → 아잎)', () => {
  assert.equal(normalize('ㅇㅏㄴㄴㅕㅇ'), '안녕');
  assert.equal(normalize('ㄱㅏㅇㄴㅏㅁㅇㅕㄱ ㅁㅏㅅㅈㅣㅂ'), '강남역 맛집');
  assert.equal(normalize('ㅇㅏㅇㅣㅍ'), '아잎'); // half-typed, as the IME shows it
  assert.equal(normalize('ㅇㅏㅇㅣㅍㅗㄴ15 case'), '아이폰15 case');
});

test('choseong, laughter, emoticons, the other layout and jamo beside syllables stay as typed', () => {
  for (const typed of ['ㅁㄹㅌㅋ', 'ㅋㅋㅋ', 'ㅠㅠ', 'ㅠㅅㅠ', 'ㅡㅅㅡ', 'ㅑㅔㅙㅜㄷ', '영화ㅋㅋ', '통신ㅂ', '문가ㅗㅇ저수지', 'ㅂㅅ']) {
    assert.equal(normalize(typed), typed, typed);
  }
});

/** Naive oracle: split at spaces and syllables, assemble each jamo-only piece, keep it only if all syllables. */
function oracle(text: string): string {
  return text.replace(/[\u3131-\u318e]+/gu, (run, offset: number) => {
    const before = text.charAt(offset - 1);
    const after = text.charAt(offset + run.length);
    if (/[가-힣]/u.test(before) || /[가-힣]/u.test(after)) return run;
    const assembled = fromKeystrokes(toKeystrokes(run));
    return [...assembled].every((ch) => ch >= '가' && ch <= '힣') ? assembled : run;
  });
}

test('keystroke words are assembled as the oracle says, keystrokes kept, idempotently (property)', () => {
  const piece = fc.oneof(
    fc.array(fc.constantFrom(...'ㄱㄴㄷㄹㅁㅂㅅㅇㅈㅊㅋㅌㅍㅎㄲㅆㅏㅑㅓㅕㅗㅛㅜㅠㅡㅣㅐㅔㅘㅢ'), { minLength: 1, maxLength: 8 }).map((a) => a.join('')),
    fc.constantFrom('가', '영화', '맛집', ' ', 'ab', '15'),
  );
  fc.assert(
    fc.property(fc.array(piece, { minLength: 1, maxLength: 5 }), (pieces) => {
      // The pieces need no other normalization than collapsing spaces.
      const typed = pieces.join('').replace(/\s+/gu, ' ').trim();
      const got = normalize(pieces.join(''));
      assert.equal(got, oracle(typed));
      assert.equal(toKeystrokes(got), toKeystrokes(typed));
      assert.equal(normalize(got), got);
    }),
    { numRuns: 500 },
  );
});
