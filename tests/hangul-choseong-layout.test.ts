import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  areAdjacentKeys,
  getChoseong,
  hangulToLatin,
  isChoseongOnly,
  isShiftPair,
  latinToHangul,
} from '../src/hangul/index.js';

test('멜론 티켓 has choseong ㅁㄹ ㅌㅋ', () => assert.equal(getChoseong('멜론 티켓'), 'ㅁㄹ ㅌㅋ'));
test('ㅁㄹㅌㅋ is a choseong query, 멜론ㅌ is not', () => {
  assert.ok(isChoseongOnly('ㅁㄹㅌㅋ'));
  assert.ok(isChoseongOnly('ㅁㄹ ㅌㅋ'));
  assert.ok(!isChoseongOnly('멜론ㅌ'));
  assert.ok(!isChoseongOnly('ㅏ'));
  assert.ok(!isChoseongOnly(''));
});

test('dkssud typed in the English layout is 안녕', () => assert.equal(latinToHangul('dkssud'), '안녕'));
test('dkssudgktpdy is 안녕하세요', () => assert.equal(latinToHangul('dkssudgktpdy'), '안녕하세요'));
test('dkdlvhs16 is 아이폰16', () => assert.equal(latinToHangul('dkdlvhs16'), '아이폰16'));
test('shift types double consonants and ㅒ/ㅖ: Rkcl is 까치, dO is 얘', () => {
  assert.equal(latinToHangul('Rkcl'), '까치');
  assert.equal(latinToHangul('dO'), '얘');
  assert.equal(latinToHangul('dP'), '예');
});
test('ㅑㅔㅙㅜㄷ typed in the Korean layout is iphone', () => assert.equal(hangulToLatin('ㅑㅔㅙㅜㄷ'), 'iphone'));
test('ㅜㄷㅅㄹㅣㅑㅌ is netflix', () => assert.equal(hangulToLatin('ㅜㄷㅅㄹㅣㅑㅌ'), 'netflix'));

test('layout conversion round-trips on layout letters (property)', () => {
  // Lower-case layout letters → jamo → back; IME assembly may merge keys into syllables and
  // clusters, but the keys typed are the same, so the Latin comes back unchanged.
  const letters = fc.string({ unit: fc.constantFrom(...'qwertyuiopasdfghjklzxcvbnm'.split('')), minLength: 1, maxLength: 12 });
  fc.assert(fc.property(letters, (s) => assert.equal(hangulToLatin(latinToHangul(s)), s)), { numRuns: 2000 });
});

test('keyboard geometry: ㅁ/ㄴ and ㅂ/ㅁ are neighbours, ㅁ/ㅔ are not', () => {
  assert.ok(areAdjacentKeys('ㅁ', 'ㄴ'));
  assert.ok(areAdjacentKeys('ㅂ', 'ㅁ'));
  assert.ok(areAdjacentKeys('ㅍ', 'ㅎ'));
  assert.ok(!areAdjacentKeys('ㅁ', 'ㅔ'));
  assert.ok(!areAdjacentKeys('ㅁ', 'ㅁ'));
  assert.ok(isShiftPair('ㄱ', 'ㄲ'));
  assert.ok(isShiftPair('ㅒ', 'ㅐ'));
  assert.ok(!isShiftPair('ㄱ', 'ㄴ'));
});

test('adjacency is symmetric (property)', () => {
  const jamo = fc.constantFrom(...'ㅂㅈㄷㄱㅅㅛㅕㅑㅐㅔㅁㄴㅇㄹㅎㅗㅓㅏㅣㅋㅌㅊㅍㅠㅜㅡ'.split(''));
  fc.assert(fc.property(jamo, jamo, (a, b) => assert.equal(areAdjacentKeys(a, b), areAdjacentKeys(b, a))));
});
