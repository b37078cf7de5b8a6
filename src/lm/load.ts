/**
 * Loading the language model is allowed to fail: the service then ranks without it. So
 * `loadLanguageModel` never throws; it logs one line saying why and returns undefined.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_DIR } from '../lexicon/paths.js';
import type { LanguageModel } from './language-model.js';
import { createInferenceSession, type SessionOptions } from './onnx-backend.js';
import { GRAPH_INPUTS, GRAPH_OUTPUTS, OnnxLanguageModel } from './onnx-model.js';
import { KeystrokeTokenizer } from './tokenizer.js';

/** `data/lm` beside the lexicon (found the same way from src/ and dist/): `model.onnx` and `vocab.json`. */
export const DEFAULT_LM_DIR = join(DATA_DIR, 'lm');
export const MODEL_FILE = 'model.onnx';
export const VOCAB_FILE = 'vocab.json';

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
    return await load(dir, modelPath, options);
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    logger(`lm: unavailable, ranking without a language model (${modelPath}: ${reason})`);
    return undefined;
  }
}

async function load(dir: string, modelPath: string, options: SessionOptions): Promise<LanguageModel> {
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
  const model = new OnnxLanguageModel(session, tokenizer, { layers, hidden, context }, { name: `baro-keystroke-gru-${layers}x${hidden}`, bytes });
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
  return model;
}
