import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { decide, DEFAULT_RANK_WEIGHTS } from '../src/rank/index.js';

const posterior = fc.double({ min: 0, max: 1, noNaN: true });

test('offerWhenLeading offers the best candidate whenever it leads the query as typed, and never applies it unless the thresholds would', () => {
  fc.assert(
    fc.property(posterior, posterior, fc.boolean(), fc.boolean(), fc.boolean(), (identity, best, knownQuery, inLexicon, suggestOnly) => {
      const input = { identityPosterior: identity, candidatePosteriors: [best], knownQuery, inLexicon, suggestOnly };
      const plain = decide(input, DEFAULT_RANK_WEIGHTS);
      const offered = decide({ ...input, offerWhenLeading: true }, DEFAULT_RANK_WEIGHTS);
      // The naive oracle: the same decision, but "none" for lack of posterior becomes "suggest" where the candidate leads.
      const leads = !knownQuery && best > identity;
      const expected = plain.action === 'none' && leads ? 'suggest' : plain.action;
      assert.equal(offered.action, expected);
    }),
  );
});
