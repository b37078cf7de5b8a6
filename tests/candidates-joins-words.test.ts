import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { joinsWordsOf } from '../src/candidates/index.js';

/** Every text made from `words` by removing at least one of the spaces between them. */
function joinsOf(words: readonly string[]): Set<string> {
  const out = new Set<string>();
  const gaps = words.length - 1;
  for (let mask = 1; mask < 2 ** gaps; mask++) {
    let text = words[0]!;
    for (let g = 0; g < gaps; g++) text += (mask & (2 ** g) ? '' : ' ') + words[g + 1]!;
    out.add(text);
  }
  return out;
}

test('joinsWordsOf is true exactly for the typed words with some spaces removed and none added (naive oracle)', () => {
  const word = fc.string({ unit: fc.constantFrom('서', '울', '날', '씨', 'a'), minLength: 1, maxLength: 3 });
  const words = fc.array(word, { minLength: 1, maxLength: 5 });
  // Candidates: the same keys spaced anyhow, so splits, moved spaces and joins all come up.
  const respaced = (ws: string[]) => fc.array(fc.boolean(), { minLength: ws.join('').length, maxLength: ws.join('').length }).map((cuts) => [...ws.join('')].map((c, i) => (i > 0 && cuts[i] ? ' ' : '') + c).join(''));
  fc.assert(
    fc.property(words.chain((ws) => fc.tuple(fc.constant(ws), fc.oneof(respaced(ws), fc.constantFrom(...joinsOf(ws), ws.join(' '))))), ([ws, candidate]) => {
      assert.equal(joinsWordsOf(ws.join(' '), candidate), joinsOf(ws).has(candidate), `${JSON.stringify(ws.join(' '))} → ${JSON.stringify(candidate)}`);
    }),
    { numRuns: 3000 },
  );
});

test('a split, a moved space or the text itself is no join (친애하는판사님께 → 친애하는 판사님께)', () => {
  assert.equal(joinsWordsOf('친애하는판사님께', '친애하는 판사님께'), false);
  assert.equal(joinsWordsOf('서울 날씨', '서울날 씨'), false);
  assert.equal(joinsWordsOf('서울 날씨', '서울 날씨'), false);
  assert.equal(joinsWordsOf('오늘 서울 날씨', '오늘 서울날씨'), true);
});
