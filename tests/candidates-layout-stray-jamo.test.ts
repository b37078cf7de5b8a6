import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { manyStrayJamo } from '../src/candidates/index.js';
import { fromKeystrokes, latinToHangul, toKeystrokes } from '../src/hangul/index.js';

test('Latin words typed on the Korean layout strand many stray jamo (netflix → ㅜㄷㅅ리ㅑㅌ)', () => {
  for (const latin of ['netflix', 'starbucks', 'macbook', 'coupang', 'uniqlo', 'happy', 'welcome']) {
    const typed = latinToHangul(latin);
    assert.ok(manyStrayJamo(typed), `${latin} → ${typed}`);
  }
});

test('a slip in Hangul, and jamo typed on purpose, are not so many (개그ㅜ맨, 문가ㅗㅇ저수지, 좋아ㅠㅠ)', () => {
  for (const typed of ['개그ㅜ맨', '문가ㅗㅇ저수지', '김하성 ㅐ년', '좋아ㅠㅠ', 'ㅋㅋ좋아ㅋㅋㅋ', '아이폰', '연말ㅈ']) assert.ok(!manyStrayJamo(typed), typed);
});

test('a key dropped or pressed twice in any word of syllables never strands so many', () => {
  const syllable = fc.integer({ min: 0xac00, max: 0xd7a3 }).map((code) => String.fromCodePoint(code));
  const word = fc.array(syllable, { minLength: 1, maxLength: 5 }).map((s) => s.join(''));
  fc.assert(
    fc.property(word, fc.nat(), fc.boolean(), (w, at, dropped) => {
      const keys = [...toKeystrokes(w)];
      const i = at % keys.length;
      const slipped = dropped ? [...keys.slice(0, i), ...keys.slice(i + 1)] : [...keys.slice(0, i + 1), keys[i]!, ...keys.slice(i + 1)];
      const typed = fromKeystrokes(slipped.join(''));
      assert.ok(!manyStrayJamo(typed), `${w} → ${typed}`);
    }),
    { numRuns: 3000 },
  );
});
