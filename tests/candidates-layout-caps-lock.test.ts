import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { layoutCandidates, layoutPrefix } from '../src/candidates/index.js';
import { hangulToLatin } from '../src/hangul/index.js';
import { sharedEngine } from './engine-fixture.js';

// Hangul typed in the English layout with caps lock on comes in capitals: no shift was held for
// each key, so the capitals are no tensed consonants (QKRWLSWN is 박진주, not 빢찐쭈).
const engine = sharedEngine();
const reading = (typed: string) => layoutCandidates(engine.input(typed), engine.lexicon)[0]?.text;

test('a query in capitals typed in the English layout reads as the same in small letters (QKRWLSWN → 박진주)', async () => {
  assert.equal(reading('QKRWLSWN'), '박진주');
  assert.equal(layoutPrefix(engine.input('QKRWLSWN RUF')), '박진주 결');
  assert.equal((await engine.correct('QKRWLSWN', 3)).candidates[0]?.text, '박진주');
  // A capital among small letters is a shifted key (Rk → 까), as before.
  assert.equal(reading('Rkrtn'), '깍수');
});

test('capitals and small letters read alike for queries with no shifted key (property over logged queries)', () => {
  const queries = engine.lexicon.entries
    .filter((e) => /^[가-힣]{2,}( [가-힣]{2,})*$/u.test(e.text) && e.flags.includes('q') && hangulToLatin(e.text) === hangulToLatin(e.text).toLowerCase())
    .map((e) => e.text);
  assert.ok(queries.length > 1000, `the premise: many logged queries with no shifted key (${queries.length})`);
  fc.assert(
    fc.property(fc.constantFrom(...queries), (query) => {
      const typed = hangulToLatin(query);
      assert.equal(reading(typed.toUpperCase()), reading(typed), typed);
      assert.equal(layoutPrefix(engine.input(typed.toUpperCase())), layoutPrefix(engine.input(typed)), typed);
    }),
    { numRuns: 300 },
  );
});
