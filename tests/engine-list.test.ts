import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { isGuess, moveFirst, round, withItem } from '../src/engine/list.js';
import type { ResultItem } from '../src/engine/index.js';

const item = (text: string, score: number): ResultItem => ({ text, score, kinds: ['completion'] });
/** Lists best first, as the engine keeps them, with distinct texts. */
const list = fc
  .array(fc.integer({ min: -20, max: 0 }), { maxLength: 8 })
  .map((scores) => scores.sort((a, b) => b - a).map((s, i) => item(`t${i}`, s)));

test('withItem places an item after those that score as high, keeps the first n (naive oracle: a stable sort)', () => {
  fc.assert(
    fc.property(list, fc.integer({ min: -21, max: 1 }), fc.integer({ min: 1, max: 10 }), (items, score, n) => {
      const added = item('new', score);
      const naive = [...items, added].sort((a, b) => b.score - a.score).slice(0, n);
      assert.deepEqual(withItem(items, added, n), naive);
    }),
  );
});

test('김치찌개 shown after the one it ties with, before the one below it', () => {
  const shown = withItem([item('김치', -5), item('김치전', -9)], item('김치찌개', -5), 10);
  assert.deepEqual(shown.map((s) => s.text), ['김치', '김치찌개', '김치전']);
});

test('moveFirst moves one item to the front and leaves the others in order', () => {
  fc.assert(
    fc.property(list, fc.nat(9), (items, i) => {
      const text = `t${i}`;
      const moved = moveFirst(items, text);
      const at = items.findIndex((s) => s.text === text);
      assert.deepEqual(moved, at < 0 ? items : [items[at]!, ...items.filter((_, j) => j !== at)]);
    }),
  );
});

test('a guess is found only by a slip or inside a query', () => {
  assert.equal(isGuess({ kinds: ['typo'] }), true);
  assert.equal(isGuess({ kinds: ['typo', 'infix'] }), true);
  assert.equal(isGuess({ kinds: ['typo', 'completion'] }), false);
  assert.equal(isGuess({ kinds: ['choseong'] }), false);
});

test('scores are rounded to four decimals', () => {
  assert.equal(round(-7.51924), -7.5192);
  assert.equal(round(-7.51925), -7.5192);
  assert.equal(round(0.00004), 0);
});
