import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { Lexicon, type LexiconEntry } from '../src/lexicon/index.js';
import { toKeystrokes } from '../src/hangul/index.js';
import { sharedEngine } from './engine-fixture.js';

const entry = (text: string, weight: number, blocked = false): LexiconEntry => ({ text, weight, flags: 'c', blocked });

test('of entries typed with the same keys, only the heaviest is a correction target (진짜, not 진ㅉㅏ)', () => {
  const lexicon = new Lexicon([entry('진ㅉㅏ', 1.2), entry('진짜', 90), entry('잔치', 20)]);
  const ids = lexicon.targets.fuzzy(toKeystrokes('진짜'), 1).map((m) => lexicon.entries[m.id]!.text);
  assert.ok(ids.includes('진짜'));
  assert.ok(!ids.includes('진ㅉㅏ'));
  // Both stay known spellings: exact lookup still finds the written form.
  assert.ok(lexicon.get('진ㅉㅏ') !== undefined);
});

test('a blocked word keeps its other groupings out of the targets too (a blocked 진짜 lets no 진ㅉㅏ through)', () => {
  const lexicon = new Lexicon([entry('진짜', 90, true), entry('진ㅉㅏ', 1.2)]);
  const texts = lexicon.targets.fuzzy(toKeystrokes('진짜'), 0).map((m) => lexicon.entries[m.id]!.text);
  assert.deepEqual(texts, ['진짜']);
});

test('every keystroke string has at most one target, the heaviest of its entries (property against a naive oracle)', () => {
  // Groupings of the same few keystrokes into syllables and loose jamo.
  const spellings = ['진짜', '진ㅉㅏ', '지ㄴ짜', '영화ㅋㅋ', '영홬ㅋ', '아이폰', '아이ㅍㅗㄴ', '맛집', '마ㅅ집'];
  fc.assert(
    fc.property(fc.array(fc.record({ text: fc.constantFrom(...spellings), weight: fc.double({ min: 0.2, max: 100, noNaN: true }) }), { minLength: 1, maxLength: 12 }), (rows) => {
      const entries = rows.map((r) => entry(r.text, r.weight));
      const lexicon = new Lexicon(entries);
      for (const keys of new Set(entries.map((e) => toKeystrokes(e.text)))) {
        const found = lexicon.targets.fuzzy(keys, 0).map((m) => m.id);
        const heaviest = Math.max(...entries.filter((e) => toKeystrokes(e.text) === keys).map((e) => e.weight));
        assert.equal(found.length, 1, keys);
        assert.equal(entries[found[0]!]!.weight, heaviest);
      }
    }),
    { numRuns: 100 },
  );
});

test('a typo of 진짜 is corrected to 진짜, never to the corpus\'s decomposed 진ㅉㅏ (ㅈㄴ짜)', async () => {
  const r = await sharedEngine().correct('ㅈㄴ짜', 5);
  const texts = r.candidates.map((c) => c.text);
  assert.equal(texts[0], '진짜');
  assert.ok(!texts.includes('진ㅉㅏ'), texts.join(', '));
});
