import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { normalize } from '../src/hangul/index.js';

test('아이폰 typed on macOS (NFD) becomes NFC', () => {
  const nfd = '아이폰'.normalize('NFD');
  assert.notEqual(nfd, '아이폰');
  assert.equal(normalize(nfd), '아이폰');
});

test('ＡＢＣ　아이폰 (full-width) becomes half-width, lower-cased', () => {
  assert.equal(normalize('ＡＢＣ　아이폰'), 'abc 아이폰');
  assert.equal(normalize('ｉＰｈｏｎｅ１６'), 'iphone16');
});

test('zero-width and control characters are removed, whitespace collapsed', () => {
  assert.equal(normalize('\u200b 서울\u200d  맛집\t\n추천 \ufeff'), '서울 맛집 추천');
  assert.equal(normalize('a\u0000b\u0007c'), 'abc');
});

test('lone conjoining jamo become compatibility jamo', () => {
  // ᄀ (U+1100) alone cannot compose; it becomes ㄱ (U+3131).
  assert.equal(normalize('\u1100\u1161\u11a8 \u1100'), '각 ㄱ');
});

test('lone surrogates are dropped, emoji kept', () => {
  assert.equal(normalize('a\ud800b'), 'ab');
  assert.equal(normalize('맛집 😋'), '맛집 😋');
});

test('lowercase: false keeps shift information for layout detection', () => {
  assert.equal(normalize('Rk', { lowercase: false }), 'Rk');
});

test('normalize is idempotent on arbitrary Unicode (property)', () => {
  const hangulish = fc.string({ unit: fc.constantFrom(...'가각닭ㄱㅏ 각\u200bＡa\u3000'.split('')), maxLength: 30 });
  fc.assert(
    fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 60 }), fc.string({ unit: 'grapheme', maxLength: 30 }), hangulish), (s) => {
      const once = normalize(s);
      assert.equal(normalize(once), once);
    }),
    { numRuns: 3000 },
  );
});

test('normalize never leaves leading, trailing or double spaces (property)', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (s) => {
      const out = normalize(s);
      assert.equal(out, out.trim());
      assert.ok(!out.includes('  '));
    }),
  );
});

test('text taken as already normal comes out as the full normalization makes it (property)', () => {
  // Plain text (syllables, lower-case Latin, digits, single spaces) skips the normalization steps; a
  // zero-width space in front sends any text through all of them. Mixed in: what must not skip them.
  const syllable = fc.integer({ min: 0xac00, max: 0xd7a3 }).map((c) => String.fromCharCode(c));
  const unit = fc.oneof(
    { weight: 6, arbitrary: syllable },
    { weight: 3, arbitrary: fc.constantFrom(...'abcxyz0189 '.split('')) },
    { weight: 1, arbitrary: fc.constantFrom('A', 'Ｚ', 'ㄱ', 'ㅏ', '\u1100', '\u3000', '\t', 'é', 'e\u0301') },
  );
  fc.assert(
    fc.property(fc.string({ unit, maxLength: 24 }), (text) => {
      assert.equal(normalize(text), normalize(`\u200b${text}`));
    }),
    { numRuns: 3000 },
  );
  assert.equal(normalize('아이폰 15 케이스'), '아이폰 15 케이스');
  assert.equal(normalize('아이폰  케이스'), '아이폰 케이스');
  assert.equal(normalize('iPhone 15'), 'iphone 15');
  assert.equal(normalize('아이폰 '), '아이폰');
});

test('half-width Hangul letters become the jamo they are, assembled as typed (ﾡￂﾤ → 간); the fillers vanish', () => {
  assert.equal(normalize('\uffa1\uffc2\uffa4'), '간');
  assert.equal(normalize('\uffa3'), 'ㄳ');
  assert.equal(normalize('아\u3164이 \uffa0폰'), '아이 폰');
  // Each half-width letter is the compatibility jamo whose NFKC reading it shares (property over the block).
  fc.assert(
    fc.property(fc.integer({ min: 0xffa1, max: 0xffdc }), (code) => {
      const ch = String.fromCharCode(code);
      if (ch.normalize('NFKC') === ch) return; // unassigned in the block
      const jamo = normalize(ch);
      assert.ok(/^[\u3131-\u3163]$/u.test(jamo), code.toString(16));
      assert.equal(jamo.normalize('NFKC'), ch.normalize('NFKC'), code.toString(16));
    }),
  );
});
