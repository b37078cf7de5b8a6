import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { TYPO_LIMITS, typoCandidates } from '../src/candidates/index.js';
import { sharedEngine } from './engine-fixture.js';

const engine = sharedEngine();

test('one-word changes reach past a beam filled by a popular rewrite (김하성 때년 거취 → 김하성 내년 거취)', () => {
  const texts = typoCandidates(engine.scorer, engine.input('김하성 때년 거취'), 1).map((c) => c.text);
  // 김혜성 is the commoner name, so every beam entry rewrites 김하성; the fix of the one typo alone
  // must still be offered.
  assert.ok(texts.includes('김하성 내년 거취'), texts.join(', '));
  assert.ok(texts.includes('김혜성 내년 거취'), texts.join(', '));
});

test('multi-word typo candidates are distinct, never the input, and bounded by the limits (property)', () => {
  const words = ['프로야구', '중게', '김하성', '때년', '거취', '서울', '맛집', '아이혼', '케이스'];
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...words), { minLength: 2, maxLength: 4 }), fc.integer({ min: 1, max: 2 }), (picked, k) => {
      const input = engine.input(picked.join(' '));
      const texts = typoCandidates(engine.scorer, input, k).map((c) => c.text);
      assert.equal(new Set(texts).size, texts.length);
      assert.ok(!texts.includes(input.normalized));
      // whole-query matches (one-edit lookups only for several words), the beam, the one-word changes
      assert.ok(texts.length <= TYPO_LIMITS.keepPerLookup + TYPO_LIMITS.beam + TYPO_LIMITS.singleChanges);
    }),
    { numRuns: 40 },
  );
});
