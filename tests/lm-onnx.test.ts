import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { toKeystrokes } from '../src/hangul/index.js';
import {
  createInferenceSession,
  DEFAULT_LM_DIR,
  GOLDEN_TEXTS,
  KeystrokeTokenizer,
  loadLanguageModel,
  MODEL_FILE,
  OnnxLanguageModel,
  VOCAB_FILE,
  type LanguageModel,
  type OnnxSession,
  type TensorData,
} from '../src/lm/index.js';

interface Golden {
  tolerance: number;
  cases: { text: string; keys: string; ids: number[]; logProb: number; tokenLogProbs: number[] }[];
}
const golden = JSON.parse(readFileSync(join(DEFAULT_LM_DIR, 'golden.json'), 'utf8')) as Golden;
const tokenizer = KeystrokeTokenizer.fromFile(join(DEFAULT_LM_DIR, VOCAB_FILE));

async function model(): Promise<LanguageModel> {
  const lm = await loadLanguageModel(DEFAULT_LM_DIR, { logger: (line) => assert.fail(line) });
  assert.ok(lm);
  return lm;
}

test('golden.json covers the golden texts, tokenized as the service tokenizes them', () => {
  assert.deepEqual(golden.cases.map((c) => c.text), [...GOLDEN_TEXTS]);
  for (const c of golden.cases) {
    assert.equal(c.keys, toKeystrokes(c.text));
    assert.deepEqual(c.ids, tokenizer.encode(c.text));
  }
});

test('onnxruntime-node scoring matches the PyTorch golden log-probabilities within 1e-4', async () => {
  const lm = await model();
  const scores = await lm.score(golden.cases.map((c) => c.text));
  golden.cases.forEach((c, i) => {
    assert.ok(Math.abs(scores[i]! - c.logProb) <= 1e-4, `${c.text}: onnx ${scores[i]} vs torch ${c.logProb}`);
  });
});

test('a text scores the same alone and in a padded batch', async () => {
  const lm = await model();
  const alone = await lm.score(['날씨']);
  const batch = await lm.score(['오늘 날씨 어때?', '날씨', '닭갈비 맛있는 곳']);
  assert.ok(Math.abs(alone[0]! - batch[1]!) <= 1e-4);
});

test('texts sharing a long beginning score the same in one call as one at a time', async () => {
  const lm = await model();
  const stem = '어서와 한국은 처음';
  await fc.assert(
    fc.asyncProperty(fc.uniqueArray(fc.constantFrom('이지 2', 'ㅇ지 2', '이지', '이지 3', '', ' 맛집', '이디 2', 'e'), { minLength: 2, maxLength: 6 }), async (ends) => {
      const texts = ends.map((e) => stem + e);
      const together = await lm.score(texts);
      for (const [i, text] of texts.entries()) {
        const [alone] = await lm.score([text]);
        assert.ok(Math.abs(together[i]! - alone!) <= 1e-4, `${text}: ${together[i]} together, ${alone} alone`);
      }
    }),
    { numRuns: 25 },
  );
});

test('score of nothing is an empty array', async () => {
  const lm = await model();
  assert.equal((await lm.score([])).length, 0);
  assert.ok(lm instanceof OnnxLanguageModel);
  assert.equal((await lm.scoreSharingPrefix([])).length, 0); // no rows share nothing
});

test('the step signature, one key at a time, adds up to the scoring signature', async () => {
  const session = await createInferenceSession(join(DEFAULT_LM_DIR, MODEL_FILE));
  const [layers, , hidden] = session.shapes.get('state') as [number, string, number];
  const [, context] = session.shapes.get('history') as [string, number];
  for (const c of golden.cases.slice(0, 3)) {
    let state: TensorData = { type: 'float32', data: new Float32Array(layers * hidden), dims: [layers, 1, hidden] };
    let history: TensorData = { type: 'int64', data: new BigInt64Array(context).fill(BigInt(tokenizer.pad)), dims: [1, context] };
    let total = 0;
    for (let t = 0; t + 1 < c.ids.length; t++) {
      const out = await session.run(
        {
          ids: { type: 'int64', data: BigInt64Array.of(BigInt(c.ids[t]!)), dims: [1, 1] },
          lengths: { type: 'int64', data: BigInt64Array.of(1n), dims: [1] },
          state,
          history,
        },
        ['next_logprobs', 'state_out', 'history_out'],
      );
      total += (out['next_logprobs']!.data as Float32Array)[c.ids[t + 1]!]!;
      state = out['state_out']!;
      history = out['history_out']!;
    }
    assert.ok(Math.abs(total - c.logProb) <= 1e-4, `${c.text}: stepped ${total} vs ${c.logProb}`);
  }
  await session.release();
});

test('서울 맛집 is more likely than a keyboard slip of it', async () => {
  const lm = await model();
  const [good, bad] = await lm.score(['서울 맛집', '서울 맛짚']);
  assert.ok(good! > bad!);
});

test('complete: completions start with the prefix keystrokes, best first, at most n', async () => {
  const lm = await model();
  for (const prefix of ['서울 ', '아이ㅍ', '날', 'iph']) {
    const out = await lm.complete(prefix, { beam: 8, maxLen: 12, n: 5 });
    assert.ok(out.length > 0 && out.length <= 5, `${prefix}: ${out.length} completions`);
    for (const c of out) {
      assert.ok(toKeystrokes(c.text).startsWith(toKeystrokes(prefix)), `${c.text} does not extend ${prefix}`);
      assert.ok(c.logProb < 0 && Number.isFinite(c.logProb));
      assert.ok([...toKeystrokes(c.text)].length - [...toKeystrokes(prefix)].length <= 12);
    }
    for (let i = 1; i < out.length; i++) assert.ok(out[i - 1]!.logProb >= out[i]!.logProb);
    assert.equal(new Set(out.map((c) => c.text)).size, out.length);
  }
});

test('complete: a prefix ending in a whole word keeps that word as typed', async () => {
  const lm = await model();
  for (const c of await lm.complete('서울 ', { beam: 6, maxLen: 10, n: 4 })) assert.ok(c.text.startsWith('서울 '), c.text);
});

test('complete: characters the model does not know stay in the completions', async () => {
  const lm = await model();
  for (const c of await lm.complete('♥서울 ', { beam: 4, maxLen: 6, n: 3 })) assert.ok(c.text.startsWith('♥서울 '), c.text);
});

test('complete: logProb is the score of the completion given the prefix', async () => {
  const lm = await model();
  const [best] = await lm.complete('날씨', { beam: 4, maxLen: 8, n: 1 });
  assert.ok(best);
  // log p(completion) = log p(prefix keys) + logProb; recover log p(prefix keys) from the graph and compare.
  const [whole] = await lm.score([best.text]);
  assert.ok(whole! <= best.logProb + 1e-4);
});

test('complete runs the prefix once, then one key per live beam per step', async () => {
  const real = await createInferenceSession(join(DEFAULT_LM_DIR, MODEL_FILE));
  const widths: number[][] = [];
  const spy: OnnxSession = {
    inputNames: real.inputNames,
    outputNames: real.outputNames,
    shapes: real.shapes,
    run: (feeds, fetches) => {
      widths.push([...feeds['ids']!.dims]);
      return real.run(feeds, fetches);
    },
    release: () => real.release(),
  };
  const [layers, , hidden] = real.shapes.get('state') as [number, string, number];
  const [, context] = real.shapes.get('history') as [string, number];
  const lm = new OnnxLanguageModel(spy, tokenizer, { layers, hidden, context }, { name: 'spy', bytes: 0 });
  await lm.complete('서울 맛', { beam: 5, maxLen: 6, n: 3 });
  assert.deepEqual(widths[0], [1, 1 + [...toKeystrokes('서울 맛')].length]);
  for (const dims of widths.slice(1)) {
    assert.equal(dims[1], 1);
    assert.ok(dims[0]! <= 5);
  }
  assert.ok(widths.length <= 1 + 6);
  await real.release();
});

test('complete rejects a zero beam with a TypeError naming the option', async () => {
  const lm = await model();
  await assert.rejects(lm.complete('a', { beam: 0, maxLen: 4, n: 2 }), /beam must be a positive integer/);
});
