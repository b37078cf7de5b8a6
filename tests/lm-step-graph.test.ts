import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fromKeystrokes, toKeystrokes } from '../src/hangul/index.js';
import {
  checkStepGraph,
  createInferenceSession,
  DEFAULT_LM_DIR,
  KeystrokeTokenizer,
  loadLanguageModel,
  MODEL_FILE,
  OnnxLanguageModel,
  STEP_FILE,
  STEP_OUTPUTS,
  VOCAB_FILE,
  type OnnxSession,
  type RecurrentShape,
} from '../src/lm/index.js';

// step.onnx (lm/step_graph.py) is beam search's lean graph for one key per row. It must give what
// model.onnx gives for one column, and the loader must refuse it when it does not.

const tokenizer = KeystrokeTokenizer.fromFile(join(DEFAULT_LM_DIR, VOCAB_FILE));

async function sessions(): Promise<{ model: OnnxSession; step: OnnxSession; shape: RecurrentShape }> {
  const model = await createInferenceSession(join(DEFAULT_LM_DIR, MODEL_FILE));
  const step = await createInferenceSession(join(DEFAULT_LM_DIR, STEP_FILE));
  const [layers, , hidden] = model.shapes.get('state') as [number, string, number];
  const [, context] = model.shapes.get('history') as [string, number];
  return { model, step, shape: { layers, hidden, context } };
}

function scratch(): string {
  return mkdtempSync(join(tmpdir(), 'baro-step-'));
}

test('the committed model loads with its step graph, without a log line', async () => {
  const lines: string[] = [];
  const lm = await loadLanguageModel(DEFAULT_LM_DIR, { logger: (line) => lines.push(line) });
  assert.equal(lm?.info.stepGraph, true);
  assert.deepEqual(lines, []);
});

test('the step graph gives model.onnx\'s one-column outputs, for any states, keys and histories', async () => {
  const { model, step, shape } = await sessions();
  const { hidden, context } = shape;
  const row = fc.record({
    key: fc.integer({ min: 0, max: tokenizer.size - 1 }),
    history: fc.array(fc.integer({ min: 0, max: tokenizer.size - 1 }), { minLength: context, maxLength: context }),
    state: fc.array(fc.float({ min: -1, max: 1, noNaN: true }), { minLength: hidden, maxLength: hidden }),
  });
  await fc.assert(
    fc.asyncProperty(fc.array(row, { minLength: 1, maxLength: 8 }), async (rows) => {
      const B = rows.length;
      const feeds = {
        ids: { type: 'int64', data: BigInt64Array.from(rows, (r) => BigInt(r.key)), dims: [B, 1] },
        state: { type: 'float32', data: Float32Array.from(rows.flatMap((r) => r.state)), dims: [1, B, hidden] },
        history: { type: 'int64', data: BigInt64Array.from(rows.flatMap((r) => r.history), BigInt), dims: [B, context] },
      } as const;
      const want = await model.run({ ...feeds, lengths: { type: 'int64', data: new BigInt64Array(B).fill(1n), dims: [B] } }, STEP_OUTPUTS);
      const got = await step.run(feeds, STEP_OUTPUTS);
      for (const name of STEP_OUTPUTS) {
        assert.deepEqual(got[name]!.dims, want[name]!.dims, name);
        const a = want[name]!.data;
        const b = got[name]!.data;
        for (let i = 0; i < a.length; i++) assert.ok(Math.abs(Number(a[i]!) - Number(b[i]!)) <= 1e-5, `${name}[${i}]: ${b[i]} vs ${a[i]}`);
      }
    }),
    { numRuns: 40 },
  );
  await model.release();
  await step.release();
});

test('completions are the same with the step graph as without it', async () => {
  const { model, step, shape } = await sessions();
  const plain = new OnnxLanguageModel(model, tokenizer, shape, { name: 'plain', bytes: 0 });
  const stepped = new OnnxLanguageModel(model, tokenizer, shape, { name: 'stepped', bytes: 0 }, step);
  assert.equal(plain.info.stepGraph, false);
  assert.equal(stepped.info.stepGraph, true);
  for (const prefix of ['서울 ㅁ', '아이ㅍ', '날씨', 'iph', '로또 당첨', '']) {
    const a = await plain.complete(prefix, { beam: 6, maxLen: 12, n: 10 });
    const b = await stepped.complete(prefix, { beam: 6, maxLen: 12, n: 10 });
    assert.deepEqual(b.map((c) => c.text), a.map((c) => c.text), prefix);
    b.forEach((c, i) => assert.ok(Math.abs(c.logProb - a[i]!.logProb) <= 1e-4, `${c.text}: ${c.logProb} vs ${a[i]!.logProb}`));
    // readPrefix one keystroke at a time (as a front end types) runs steps too; the state must be
    // the one reading the prefix whole gives.
    let state = await stepped.readPrefix('');
    const keys = toKeystrokes(prefix);
    for (let i = 1; i <= keys.length; i++) state = await stepped.readPrefix(fromKeystrokes(keys.slice(0, i)), state);
    const [fromSteps] = await stepped.complete(prefix, { beam: 6, maxLen: 12, n: 1, state });
    assert.equal(fromSteps?.text, a[0]?.text, prefix);
  }
  await model.release();
  await step.release();
});

test('checkStepGraph refuses a step graph whose outputs differ from model.onnx, or that lacks one', async () => {
  const { model, step, shape } = await sessions();
  assert.equal(await checkStepGraph(model, step, tokenizer, shape), undefined);
  const nudged: OnnxSession = {
    ...step,
    inputNames: step.inputNames,
    outputNames: step.outputNames,
    run: async (feeds, fetches) => {
      const out = await step.run(feeds, fetches);
      const next = out['next_logprobs']!.data as Float32Array;
      next[5]! += 1e-3;
      return out;
    },
  };
  assert.match((await checkStepGraph(model, nudged, tokenizer, shape)) ?? '', /differs from model\.onnx by 0\.00\d+ on next_logprobs/);
  const partial: OnnxSession = { ...step, outputNames: ['next_logprobs', 'state_out'] };
  assert.match((await checkStepGraph(model, partial, tokenizer, shape)) ?? '', /lacks output history_out/);
  await model.release();
  await step.release();
});

test('an unreadable step.onnx: the model still loads, steps through model.onnx, and one line says so', async () => {
  const dir = scratch();
  try {
    for (const f of [MODEL_FILE, VOCAB_FILE]) copyFileSync(join(DEFAULT_LM_DIR, f), join(dir, f));
    writeFileSync(join(dir, STEP_FILE), 'not an onnx model');
    const lines: string[] = [];
    const lm = await loadLanguageModel(dir, { logger: (line) => lines.push(line) });
    assert.ok(lm);
    assert.equal(lm.info.stepGraph, false);
    assert.equal(lines.length, 1);
    assert.match(lines[0]!, /lm: step\.onnx not used, beam search steps through model\.onnx/);
    assert.ok((await lm.complete('서울 ㅁ', { beam: 4, maxLen: 6, n: 3 })).length > 0);
  } finally {
    rmSync(dir, { recursive: true });
  }
});

test('a step.onnx written for another export of the model is refused', async () => {
  // Another export moves the tensors' bytes. Simulate it with the same model whose producer name is
  // four bytes longer: a valid model.onnx, every tensor 4 bytes further on, so step.onnx reads wrong weights.
  const bytes = readFileSync(join(DEFAULT_LM_DIR, MODEL_FILE));
  assert.equal(bytes[0], 0x08, 'model.onnx starts with ir_version (field 1)');
  assert.equal(bytes[2], 0x12, 'then producer_name (field 2)');
  const length = bytes[3]!;
  assert.ok(length < 124);
  const moved = Buffer.concat([bytes.subarray(0, 3), Buffer.of(length + 4), bytes.subarray(4, 4 + length), Buffer.from('-old'), bytes.subarray(4 + length)]);
  const dir = scratch();
  try {
    for (const f of [STEP_FILE, VOCAB_FILE]) copyFileSync(join(DEFAULT_LM_DIR, f), join(dir, f));
    writeFileSync(join(dir, MODEL_FILE), moved);
    const lines: string[] = [];
    const lm = await loadLanguageModel(dir, { logger: (line) => lines.push(line) });
    assert.ok(lm, 'model.onnx itself is still a valid model');
    assert.equal(lm.info.stepGraph, false);
    assert.equal(lines.length, 1);
    assert.match(lines[0]!, /step\.onnx not used.*(differs from model\.onnx|data)/);
  } finally {
    rmSync(dir, { recursive: true });
  }
});
