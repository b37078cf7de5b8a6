import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { keepsSpacesOf, spacingMismatch, unspaced } from '../src/candidates/index.js';

/** Naive oracle: after how many non-space characters each space stands, from the words' lengths. */
function spacesAfter(text: string): Set<number> {
  const out = new Set<number>();
  let at = 0;
  const words = text.split(' ');
  words.forEach((word, i) => {
    at += [...word].length;
    if (i < words.length - 1) out.add(at);
  });
  return out;
}

const text = fc.array(fc.constantFrom('영', '화', '추', 'ㅊ', '천', 'a', '😀', ' '), { maxLength: 10 }).map((cs) => cs.join(''));

test('영화 추ㅊ: 영화 추천 is spaced as typed, 영화추천 off by one', () => {
  assert.equal(spacingMismatch('영화 추ㅊ')('영화 추천'), 0);
  assert.equal(spacingMismatch('영화 추ㅊ')('영화추천'), 1);
  assert.equal(spacingMismatch('영화추ㅊ')('영화 추천'), 1);
  // Spaces past what was typed are no mismatch: the rest is a completion.
  assert.equal(spacingMismatch('영화 추ㅊ')('영화 추천 순위'), 0);
});

test('오늘 날: 오늘 날씨 keeps the space typed, 오늘날 does not', () => {
  assert.equal(keepsSpacesOf('오늘 날')('오늘 날씨'), true);
  assert.equal(keepsSpacesOf('오늘 날')('오늘날'), false);
  assert.equal(keepsSpacesOf('오늘날')('오늘 날'), true);
});

test('spacingMismatch counts the places within what was typed where the spaces differ (naive oracle)', () => {
  fc.assert(
    fc.property(text, text, (typed, other) => {
      const span = [...unspaced(typed)].length;
      const a = spacesAfter(typed);
      const b = spacesAfter(other);
      let naive = 0;
      for (let at = 1; at < span; at++) if (a.has(at) !== b.has(at)) naive++;
      assert.equal(spacingMismatch(typed)(other), naive);
      assert.equal(spacingMismatch(typed)(typed), 0);
    }),
  );
});

test('keepsSpacesOf is true exactly when every space typed stands in the other text too (naive oracle)', () => {
  fc.assert(
    fc.property(text, text, (typed, other) => {
      const b = spacesAfter(other);
      assert.equal(keepsSpacesOf(typed)(other), [...spacesAfter(typed)].every((at) => b.has(at)));
      assert.equal(keepsSpacesOf(typed)(typed), true);
    }),
  );
});

test('an emoji counts as one character, as everywhere else in the count', () => {
  // 😀 is two UTF-16 units: counted so, a space past the text typed read as a mismatch.
  assert.equal(spacingMismatch('😀a')('😀a b'), 0);
  assert.equal(spacingMismatch('😀ab')('😀a b'), 1);
});
