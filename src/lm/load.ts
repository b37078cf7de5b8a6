/**
 * Loading the language model is allowed to fail: the service then ranks without it. So
 * `loadLanguageModel` never throws; it logs one line saying why and returns undefined.
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { toKeystrokes } from '../hangul/index.js';
import { DATA_DIR } from '../lexicon/paths.js';
import type { LanguageModel } from './language-model.js';
import { createInferenceSession, type OnnxSession, type SessionOptions } from './onnx-backend.js';
import { GRAPH_INPUTS, GRAPH_OUTPUTS, OnnxLanguageModel, STEP_INPUTS, STEP_OUTPUTS, type RecurrentShape } from './onnx-model.js';
import { KeystrokeTokenizer } from './tokenizer.js';

/** `data/lm` beside the lexicon (found the same way from src/ and dist/): `model.onnx` and `vocab.json`. */
export const DEFAULT_LM_DIR = join(DATA_DIR, 'lm');
export const MODEL_FILE = 'model.onnx';
export const VOCAB_FILE = 'vocab.json';
/** The optional lean step graph beside model.onnx, whose weights it reads (`lm/step_graph.py`). */
export const STEP_FILE = 'step.onnx';
/** How far the step graph's outputs may be from model.onnx's on the load-time probe. */
const STEP_TOLERANCE = 1e-4;

export interface LoadOptions extends SessionOptions {
  /** Receives the one line explaining why no model was loaded (default `console.warn`). */
  logger?: (line: string) => void;
}

/**
 * Loads `model.onnx` and `vocab.json` from `dir`, checks that the graph has the inputs and outputs
 * baro expects and that its vocabulary matches, and runs one probe. Returns undefined (and logs one
 * line) when anything is missing or broken; never throws.
 * @example const lm = await loadLanguageModel(); // undefined when data/lm/model.onnx is absent
 */
export async function loadLanguageModel(dir: string = DEFAULT_LM_DIR, options: LoadOptions = {}): Promise<LanguageModel | undefined> {
  const logger = options.logger ?? ((line: string) => console.warn(line));
  const modelPath = join(dir, MODEL_FILE);
  try {
    return await load(dir, modelPath, options, logger);
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    logger(`lm: unavailable, ranking without a language model (${modelPath}: ${reason})`);
    return undefined;
  }
}

async function load(dir: string, modelPath: string, options: SessionOptions, logger: (line: string) => void): Promise<LanguageModel> {
  const bytes = statSync(modelPath).size; // a clear ENOENT before the runtime's longer message
  const tokenizer = KeystrokeTokenizer.fromFile(join(dir, VOCAB_FILE));
  const session = await createInferenceSession(modelPath, options);
  const missing = [
    ...GRAPH_INPUTS.filter((name) => !session.inputNames.includes(name)).map((n) => `input ${n}`),
    ...GRAPH_OUTPUTS.filter((name) => !session.outputNames.includes(name)).map((n) => `output ${n}`),
  ];
  if (missing.length > 0) throw new Error(`graph lacks ${missing.join(', ')}`);
  // The state input is [layers, batch, hidden]; the two fixed numbers size every state we build.
  const stateShape = session.shapes.get('state') ?? [];
  const [layers, , hidden] = stateShape;
  if (stateShape.length !== 3 || typeof layers !== 'number' || typeof hidden !== 'number') {
    throw new Error(`state input has shape [${stateShape.join(', ')}], expected [layers, batch, hidden]`);
  }
  const historyShape = session.shapes.get('history') ?? [];
  const context = historyShape[1];
  if (historyShape.length !== 2 || typeof context !== 'number') {
    throw new Error(`history input has shape [${historyShape.join(', ')}], expected [batch, context]`);
  }
  const shape = { layers, hidden, context };
  // Probe: one run proves the graph executes and that its output width is our vocabulary's size.
  const probe = await session.run(
    {
      ids: { type: 'int64', data: BigInt64Array.of(BigInt(tokenizer.bos)), dims: [1, 1] },
      lengths: { type: 'int64', data: BigInt64Array.of(1n), dims: [1] },
      state: { type: 'float32', data: new Float32Array(layers * hidden), dims: [layers, 1, hidden] },
      history: { type: 'int64', data: new BigInt64Array(context).fill(BigInt(tokenizer.pad)), dims: [1, context] },
    },
    ['next_logprobs'],
  );
  const width = probe['next_logprobs']?.dims[1];
  if (width !== tokenizer.size) throw new Error(`model predicts ${width} tokens but ${VOCAB_FILE} has ${tokenizer.size}`);
  const step = await loadStepGraph(join(dir, STEP_FILE), session, tokenizer, shape, options, logger);
  return new OnnxLanguageModel(session, tokenizer, shape, { name: `baro-keystroke-gru-${layers}x${hidden}`, bytes }, step);
}

/**
 * The step graph when `path` exists and agrees with model.onnx (`checkStepGraph`); otherwise
 * undefined, with one line logged if the file is there but unusable (beam search then steps through
 * model.onnx, as it would without the file: slower, same results).
 */
async function loadStepGraph(
  path: string,
  model: OnnxSession,
  tokenizer: KeystrokeTokenizer,
  shape: RecurrentShape,
  options: SessionOptions,
  logger: (line: string) => void,
): Promise<OnnxSession | undefined> {
  if (!existsSync(path)) return undefined;
  let step: OnnxSession | undefined;
  try {
    step = await createInferenceSession(path, options);
    const problem = await checkStepGraph(model, step, tokenizer, shape);
    if (problem) throw new Error(problem);
    return step;
  } catch (error) {
    await step?.release();
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    logger(`lm: ${STEP_FILE} not used, beam search steps through ${MODEL_FILE} (${path}: ${reason})`);
    return undefined;
  }
}

/**
 * Why `step` cannot stand in for `model`'s one-column runs, or undefined when it can: it must take
 * and give the step's inputs and outputs, and on a probe (a prefix read by `model`, then three
 * different keys from its state, one at a time) give the same next-key log-probabilities, states
 * and histories within 1e-4. The step graph reads its weights from model.onnx's bytes, so a model exported again
 * without writing step.onnx again fails here instead of returning wrong completions.
 */
export async function checkStepGraph(model: OnnxSession, step: OnnxSession, tokenizer: KeystrokeTokenizer, shape: RecurrentShape): Promise<string | undefined> {
  const missing = [
    ...STEP_INPUTS.filter((name) => !step.inputNames.includes(name)).map((n) => `input ${n}`),
    ...STEP_OUTPUTS.filter((name) => !step.outputNames.includes(name)).map((n) => `output ${n}`),
  ];
  if (missing.length > 0) return `step graph lacks ${missing.join(', ')}`;
  const { layers, hidden, context } = shape;
  const prefix = [tokenizer.bos, ...tokenizer.encodeKeys(toKeystrokes('서울 ㅁ'))];
  const read = await model.run(
    {
      ids: { type: 'int64', data: BigInt64Array.from(prefix, BigInt), dims: [1, prefix.length] },
      lengths: { type: 'int64', data: BigInt64Array.of(BigInt(prefix.length)), dims: [1] },
      state: { type: 'float32', data: new Float32Array(layers * hidden), dims: [layers, 1, hidden] },
      history: { type: 'int64', data: new BigInt64Array(context).fill(BigInt(tokenizer.pad)), dims: [1, context] },
    },
    ['state_out', 'history_out'],
  );
  // Three keys (a vowel, a space, a Latin letter), each from the prefix's state.
  for (const key of tokenizer.encodeKeys(toKeystrokes('ㅏ a'))) {
    const feeds = {
      ids: { type: 'int64', data: BigInt64Array.of(BigInt(key)), dims: [1, 1] },
      state: { type: 'float32', data: read['state_out']!.data as Float32Array, dims: [layers, 1, hidden] },
      history: { type: 'int64', data: read['history_out']!.data as BigInt64Array, dims: [1, context] },
    } as const;
    const want = await model.run({ ...feeds, lengths: { type: 'int64', data: BigInt64Array.of(1n), dims: [1] } }, STEP_OUTPUTS);
    const got = await step.run(feeds, STEP_OUTPUTS);
    for (const name of STEP_OUTPUTS) {
      const a = want[name]!.data;
      const b = got[name]!.data;
      if (a.length !== b.length) return `step graph gives ${b.length} values of ${name}, model.onnx ${a.length}`;
      let worst = 0;
      for (let i = 0; i < a.length; i++) worst = Math.max(worst, Math.abs(Number(a[i]!) - Number(b[i]!)));
      if (!(worst <= STEP_TOLERANCE)) return `step graph differs from model.onnx by ${worst} on ${name} (written for another export?)`;
    }
  }
  return undefined;
}
