/**
 * `npm run tune`: grid search of the rank weights on the tuning half of the development sets
 * (pairs and unseen queries whose FNV-1a hash has bit 13 clear), maximizing top-1 correction
 * accuracy while keeping false autocorrections of correctly spelled unseen queries at or under 1%.
 * Tunes twice, with and without the language model (the ablation), and writes both into
 * data/rank.json. The other half is left for reporting (`npm run bench:quality`).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadEngine, type Hypotheses } from '../engine/index.js';
import { DATA_DIR, fnv1a } from '../lexicon/index.js';
import { devPath, readPairs, readQueries, topCandidate } from '../eval/index.js';
import { normalize } from '../hangul/index.js';
import { DEFAULT_RANK_WEIGHTS, type RankWeights } from '../rank/index.js';
import { loadLanguageModel } from '../lm/index.js';

const lm = await loadLanguageModel();
const engine = loadEngine({ lm });
// Bit 13 of the hash: the low bit of FNV-1a is just the parity of the character codes, which
// data:channel already used to split the real typos.
const tuning = (s: string) => ((fnv1a(s) >>> 13) & 1) === 0;
const pairs = [...readPairs(devPath(DATA_DIR, 'synthetic-typos.tsv')), ...readPairs(devPath(DATA_DIR, 'real-typos.tsv'))].filter((p) => tuning(p.typed));
// Unseen queries only: logged queries are lexicon entries and never autocorrected, so they would
// only dilute the constraint.
const negatives = readQueries(devPath(DATA_DIR, 'heldout-queries.txt')).filter(tuning);
console.log(`tuning on ${pairs.length} typo pairs and ${negatives.length} correctly spelled unseen queries; LM ${lm ? 'on' : 'off'}`);
const t0 = performance.now();
const typoHyps: [Hypotheses, string][] = pairs.map((p) => [engine.hypotheses(p.typed, true), normalize(p.intended)]);
const negHyps: Hypotheses[] = negatives.map((q) => engine.hypotheses(q, true));
if (lm) for (const h of [...typoHyps.map(([h]) => h), ...negHyps]) await engine.attachLanguageModel(h, { ...DEFAULT_RANK_WEIGHTS, ...engine.scorer.weights, lm: 0 });
console.log(`hypotheses in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

interface Best {
  w: RankWeights;
  top1: number;
  fa: number;
}

function search(lmValues: readonly number[]): Best | undefined {
  const grid = {
    channel: [1, 1.5, 2, 2.5, 3],
    novelLogProb: [-4, -6, -8, -10, -12],
    novelScale: [0.3, 0.45, 0.6, 0.8],
    autocorrectAt: [0.95, 0.98, 0.99, 0.995],
    misspellingCost: [1.5, 2.5, 3.5],
    knownWeight: [1, 10, 100],
  };
  let best: Best | undefined;
  for (const lmWeight of lmValues)
    for (const channel of grid.channel)
      for (const novelLogProb of grid.novelLogProb)
        for (const novelScale of grid.novelScale)
          for (const autocorrectAt of grid.autocorrectAt)
            for (const misspellingCost of grid.misspellingCost)
              for (const knownWeight of grid.knownWeight) {
                const w: RankWeights = {
                  ...DEFAULT_RANK_WEIGHTS,
                  channel, novelLogProb, novelScale, autocorrectAt, misspellingCost, knownWeight, lm: lmWeight,
                };
                let fa = 0;
                for (const h of negHyps) if (engine.decide(h, 5, w).action === 'autocorrect') fa++;
                const faRate = fa / negHyps.length;
                if (faRate > 0.01) continue;
                let right = 0;
                for (const [h, intended] of typoHyps) if (topCandidate(engine.decide(h, 5, w)) === intended) right++;
                const top1 = right / typoHyps.length;
                if (!best || top1 > best.top1 || (top1 === best.top1 && faRate < best.fa)) best = { w, top1, fa: faRate };
              }
  return best;
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const withoutLm = search([0]);
if (!withoutLm) throw new Error('no weight setting kept false autocorrections at or under 1%');
console.log(`without LM: top-1 ${pct(withoutLm.top1)}, false autocorrect ${pct(withoutLm.fa)}`, withoutLm.w);
const withLm = lm ? search([0.1, 0.3, 0.5]) : undefined;
if (withLm) console.log(`with LM:    top-1 ${pct(withLm.top1)}, false autocorrect ${pct(withLm.fa)}`, withLm.w);
// The model earns its place only by doing clearly better on the tuning set: rescoring costs ~1 ms at
// p99 per correction, and a gain of a pair or two out of ~1,100 is within what the other half
// reverses (lm 0.3 won by one pair here and lost by two on the full set). Otherwise its weight is 0.
const MIN_LM_GAIN = 0.005;
const top = withLm && withLm.top1 >= withoutLm.top1 + MIN_LM_GAIN && withLm.fa <= withoutLm.fa ? withLm : withoutLm;
writeFileSync(
  join(DATA_DIR, 'rank.json'),
  JSON.stringify(
    {
      _tunedBy: 'npm run tune (tuning half of data/dev)',
      _tuning: {
        pairs: pairs.length,
        unseenQueries: negatives.length,
        withLm: withLm ? { top1: withLm.top1, falseAutocorrect: withLm.fa } : null,
        withoutLm: { top1: withoutLm.top1, falseAutocorrect: withoutLm.fa },
      },
      ...top.w,
      _withoutLm: withoutLm.w,
    },
    null,
    2,
  ) + '\n',
);
