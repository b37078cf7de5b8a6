import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import fc from 'fast-check';
import { fromKeystrokes, toKeystrokes } from '../src/hangul/index.js';
import { DEFAULT_LM_DIR, KeystrokeTokenizer, OnnxLanguageModel, VOCAB_FILE, type CompleteOptions, type OnnxSession, type TensorData } from '../src/lm/index.js';

// The beam search of `OnnxLanguageModel.complete` against a plain one (every candidate sorted each
// step), both over the same fake model: a deterministic pseudo-random distribution of the next key
// given every key so far, carried through the graph's `state` as a hash.
const tokenizer = KeystrokeTokenizer.fromFile(join(DEFAULT_LM_DIR, VOCAB_FILE));
const V = tokenizer.size;

function mix(h: number, id: number): number {
  return (Math.imul(h ^ (id + 0x9e37), 0x01000193) >>> 8) & 0xffffff; // stays exact in a float32
}

/** Peaked log-distribution of the next key after a sequence with hash h. */
function nextLogProbs(h: number): Float32Array {
  const logits = new Float64Array(V);
  for (let id = 0; id < V; id++) logits[id] = (mix(h, id) % 1000) / 120; // spread over ~8 nats
  logits[tokenizer.eos] = logits[tokenizer.eos]! + 2; // texts end often enough to finish
  let max = -Infinity;
  for (const x of logits) max = Math.max(max, x);
  let sum = 0;
  for (const x of logits) sum += Math.exp(x - max);
  const out = new Float32Array(V);
  for (let id = 0; id < V; id++) out[id] = logits[id]! - max - Math.log(sum);
  return out;
}

const fakeSession: OnnxSession = {
  inputNames: ['ids', 'lengths', 'state', 'history'],
  outputNames: ['logprob', 'token_logprobs', 'next_logprobs', 'state_out', 'history_out'],
  shapes: new Map(),
  async run(feeds) {
    const ids = feeds['ids']!;
    const state = feeds['state']!.data as Float32Array;
    const [B, T] = ids.dims as [number, number];
    const next = new Float32Array(B * V);
    const stateOut = new Float32Array(B);
    for (let b = 0; b < B; b++) {
      let h = state[b]!;
      for (let t = 0; t < T; t++) h = mix(h, Number((ids.data as BigInt64Array)[b * T + t]));
      stateOut[b] = h;
      next.set(nextLogProbs(h), b * V);
    }
    const out: Record<string, TensorData> = {
      next_logprobs: { type: 'float32', data: next, dims: [B, V] },
      state_out: { type: 'float32', data: stateOut, dims: [1, B, 1] },
      history_out: { type: 'int64', data: new BigInt64Array(B), dims: [B, 1] },
    };
    return out;
  },
  release: async () => {},
};

/**
 * Beam search written plainly: all continuations of all beams sorted at every step; completions
 * under `minPerKey` nats per added key are never kept; with `stopAtFinished`, it stops at the first
 * step that ends with that many completions (a search past its deadline).
 */
function plainBeam(prefix: string, beam: number, maxLen: number, n: number, minPerKey = -Infinity, stopAtFinished = Infinity, endAtWord = false): { text: string; logProb: number }[] {
  const prefixKeys = toKeystrokes(prefix);
  let h0 = 0;
  for (const id of [tokenizer.bos, ...tokenizer.encodeKeys(prefixKeys)]) h0 = mix(h0, id);
  let live = [{ keys: '', logProb: 0, h: h0 }];
  const finished = new Map<string, number>();
  for (let added = 0; live.length > 0; added++) {
    const all: { keys: string; logProb: number; h: number }[] = [];
    for (const b of live) {
      const lp = nextLogProbs(b.h);
      // With endAtWord a text may end at the end marker or at a space: the two probabilities add.
      const space = tokenizer.encodeKeys(' ')[0]!;
      const ended = b.logProb + (endAtWord ? Math.log(Math.exp(lp[tokenizer.eos]!) + Math.exp(lp[space]!)) : lp[tokenizer.eos]!);
      const acceptable = ended / Math.max(1, b.keys.length) >= minPerKey;
      if (acceptable && (finished.get(b.keys) ?? -Infinity) < ended) finished.set(b.keys, ended);
      if (added >= maxLen) continue;
      for (let id = 0; id < V; id++) {
        if ([tokenizer.pad, tokenizer.bos, tokenizer.unk, tokenizer.eos].includes(id)) continue;
        all.push({ keys: b.keys + tokenizer.tokens[id]!, logProb: b.logProb + lp[id]!, h: mix(b.h, id) });
      }
    }
    // A search whose deadline has passed stops once it has this many completions.
    if (finished.size >= stopAtFinished) break;
    all.sort((a, b) => b.logProb - a.logProb);
    const nth = finished.size < n ? -Infinity : [...finished.values()].sort((a, b) => b - a)[n - 1]!;
    live = all.slice(0, beam).filter((c) => c.logProb > nth);
  }
  const best = new Map<string, number>();
  for (const [keys, logProb] of finished) {
    const text = fromKeystrokes(prefixKeys + keys);
    if ((best.get(text) ?? -Infinity) < logProb) best.set(text, logProb);
  }
  return [...best].map(([text, logProb]) => ({ text, logProb })).sort((a, b) => b.logProb - a.logProb).slice(0, n);
}

test('complete finds the same completions as a plain beam search that sorts every candidate', async () => {
  const lm = new OnnxLanguageModel(fakeSession, tokenizer, { layers: 1, hidden: 1, context: 1 }, { name: 'fake', bytes: 0 });
  await fc.assert(
    fc.asyncProperty(
      fc.constantFrom('서울 ', '아이ㅍ', '날', 'iph', '', '맛집 ㅊ'),
      fc.integer({ min: 1, max: 8 }),
      fc.integer({ min: 0, max: 6 }),
      fc.integer({ min: 1, max: 12 }),
      // no minimum, or one that drops some completions (the fake's keys cost ~2-6 nats each)
      fc.constantFrom(undefined, -2.5, -3.5, -4.5),
      fc.boolean(),
      async (prefix, beam, maxLen, n, minLogProbPerKey, endAtWord) => {
        const options = { beam, maxLen, n, endAtWord, ...(minLogProbPerKey === undefined ? {} : { minLogProbPerKey }) };
        const got = await lm.complete(prefix, options);
        const want = plainBeam(prefix, beam, maxLen, n, minLogProbPerKey, Infinity, endAtWord);
        assert.deepEqual(got.map((c) => c.text), want.map((c) => c.text));
        got.forEach((c, i) => assert.ok(Math.abs(c.logProb - want[i]!.logProb) < 1e-9));
        // A deadline far ahead changes nothing.
        const unhurried = await lm.complete(prefix, { ...options, deadline: performance.now() + 60_000 });
        assert.deepEqual(unhurried, got);
      },
    ),
    { numRuns: 100 },
  );
});

/** The deadline tests' searches: a prefix, beam, n, a per-key minimum or none, how many to finish past the deadline or the default. */
const deadlineSearches = [
  fc.constantFrom('서울 ', '아이ㅍ', '날', 'iph', '맛집 ㅊ'),
  fc.integer({ min: 1, max: 8 }),
  fc.integer({ min: 1, max: 12 }),
  fc.constantFrom(undefined, -3.5),
  fc.constantFrom(undefined, 1, 2, 5),
] as const;

function searchOptions(beam: number, n: number, minLogProbPerKey: number | undefined, finishBeforeDeadline: number | undefined): CompleteOptions {
  return {
    beam,
    maxLen: 12,
    n,
    ...(minLogProbPerKey === undefined ? {} : { minLogProbPerKey }),
    ...(finishBeforeDeadline === undefined ? {} : { finishBeforeDeadline }),
  };
}

test('complete past its deadline stops at the first step with three completions (or n, or as many as asked)', async () => {
  const lm = new OnnxLanguageModel(fakeSession, tokenizer, { layers: 1, hidden: 1, context: 1 }, { name: 'fake', bytes: 0 });
  await fc.assert(
    fc.asyncProperty(...deadlineSearches, async (prefix, beam, n, minLogProbPerKey, finishBeforeDeadline) => {
      const options = searchOptions(beam, n, minLogProbPerKey, finishBeforeDeadline);
      const got = await lm.complete(prefix, { ...options, deadline: 0 });
      assert.deepEqual(got, plainBeam(prefix, beam, 12, n, minLogProbPerKey, Math.min(n, finishBeforeDeadline ?? 3)));
    }),
    { numRuns: 80 },
  );
  await assert.rejects(lm.complete('서울 ', { beam: 2, maxLen: 2, n: 2, finishBeforeDeadline: 0 }), TypeError);
});

test('complete past its hard deadline takes no step, whatever it was to finish first; one far ahead changes nothing', async () => {
  let runs = 0;
  const counting: OnnxSession = { ...fakeSession, run: (feeds, fetches) => (runs++, fakeSession.run(feeds, fetches)) };
  const lm = new OnnxLanguageModel(counting, tokenizer, { layers: 1, hidden: 1, context: 1 }, { name: 'fake', bytes: 0 });
  await fc.assert(
    fc.asyncProperty(...deadlineSearches, async (prefix, beam, n, minLogProbPerKey, finishBeforeDeadline) => {
      const options = { ...searchOptions(beam, n, minLogProbPerKey, finishBeforeDeadline), deadline: 0 };
      const state = await lm.readPrefix(prefix);
      runs = 0;
      // Only what ends where the prefix ends, the one thing finished before any step.
      const got = await lm.complete(prefix, { ...options, state, hardDeadline: 0 });
      assert.equal(runs, 0);
      assert.deepEqual(got, plainBeam(prefix, beam, 12, n, minLogProbPerKey, 0));
      const unhurried = await lm.complete(prefix, { ...options, state, hardDeadline: performance.now() + 60_000 });
      assert.deepEqual(unhurried, await lm.complete(prefix, { ...options, state }));
    }),
    { numRuns: 60 },
  );
  await assert.rejects(lm.complete('서울 ', { beam: 2, maxLen: 2, n: 2, hardDeadline: Number.NaN }), TypeError);
});
