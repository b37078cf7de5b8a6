import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { withGenerated, type ResultItem } from '../src/engine/index.js';
import type { CandidateKind } from '../src/candidates/index.js';

// How the LM's completions join the lexicon's suggestions (withGenerated), against a naive oracle:
// everything by score, the lexicon's first on ties, each LM score capped below the last match of
// the prefix as typed (not a one-typo or infix guess) and below the LM completion before it; the first n.

/** scores as the engine gives them: four decimals */
const score = (min: number) => fc.integer({ min: min * 1e4, max: 0 }).map((x) => x / 1e4);
const kinds = fc.constantFrom<CandidateKind[]>(['completion'], ['choseong'], ['layout'], ['typo'], ['infix'], ['typo', 'layout']);
const lexiconItems = fc
  .array(fc.record({ score: score(-40), kinds }), { maxLength: 12 })
  .map((xs) => xs.sort((a, b) => b.score - a.score).map((x, i) => ({ text: `lex${i}`, ...x })));
const lmItems = fc
  .array(score(-60), { maxLength: 12 })
  .map((xs) => xs.map((score, i): ResultItem => ({ text: `lm${i}`, score, kinds: ['lm'] })));

test('withGenerated: by score, the lexicon first on ties, LM completions below every typed match, n at most', () => {
  fc.assert(
    fc.property(lexiconItems, lmItems, fc.integer({ min: 1, max: 15 }), (lexicon, lm, n) => {
      const out = withGenerated(lexicon, lm, n);
      const isGuess = (s: ResultItem) => s.kinds.every((k) => k === 'typo' || k === 'infix' || k === 'lm');
      const typed = lexicon.filter((s) => !isGuess(s));
      const cap = typed.length > 0 ? Math.round((typed[typed.length - 1]!.score - 1e-4) * 1e4) / 1e4 : Infinity;
      // each LM completion at most the (capped) score of the one before it
      const capped = lm.map((g, i) => ({ ...g, score: Math.min(cap, ...lm.slice(0, i + 1).map((x) => x.score)) }));
      const all = [...lexicon, ...capped];
      const expected: string[] = [];
      const left = new Set(all.map((_, i) => i));
      // naive: n times, take the best left (the earliest of equals)
      while (expected.length < n && left.size > 0) {
        let best = -1;
        for (const i of left) if (best < 0 || all[i]!.score > all[best]!.score) best = i;
        expected.push(all[best]!.text);
        left.delete(best);
      }
      assert.deepEqual(out.map((s) => s.text), expected);
      // both keep their order
      const lexOrder = out.filter((s) => !s.kinds.includes('lm')).map((s) => s.text);
      assert.deepEqual(lexOrder, lexicon.map((s) => s.text).slice(0, lexOrder.length));
      const lmOrder = out.filter((s) => s.kinds.includes('lm')).map((s) => s.text);
      assert.deepEqual(lmOrder, lm.map((s) => s.text).slice(0, lmOrder.length));
      // ordered by score, typed matches above every LM completion
      for (let i = 1; i < out.length; i++) assert.ok(out[i - 1]!.score >= out[i]!.score, `${out[i - 1]!.score} < ${out[i]!.score}`);
      const lastTyped = out.findLastIndex((s) => !isGuess(s));
      const firstLm = out.findIndex((s) => s.kinds.includes('lm'));
      if (firstLm >= 0) assert.ok(lastTyped < firstLm);
    }),
  );
});
