/**
 * The one module that touches onnxruntime-node. Everything else sees plain typed arrays through
 * `OnnxSession`, so the runtime can be swapped (or faked) without touching scoring or beam search.
 */
import ort from 'onnxruntime-node';

/** A tensor as the rest of baro sees it: a typed array and its shape. */
export type TensorData =
  | { type: 'int64'; data: BigInt64Array; dims: readonly number[] }
  | { type: 'float32'; data: Float32Array; dims: readonly number[] };

/** Shape of a model input or output; strings are symbolic (dynamic) dimensions such as `batch`. */
export type Shape = readonly (number | string)[];

export interface SessionOptions {
  /**
   * Threads inside one operator (default 1). The service runs many small requests concurrently, so
   * one thread per run keeps latency predictable and leaves the other core to the event loop.
   */
  intraOpNumThreads?: number;
}

/** A loaded ONNX graph with checked inputs. */
export interface OnnxSession {
  readonly inputNames: readonly string[];
  readonly outputNames: readonly string[];
  /** Declared shapes of the inputs and outputs (empty when the graph does not declare one). */
  readonly shapes: ReadonlyMap<string, Shape>;
  /** Runs the graph; `fetches` limits the outputs copied back to JavaScript. */
  run(feeds: Readonly<Record<string, TensorData>>, fetches: readonly string[]): Promise<Record<string, TensorData>>;
  release(): Promise<void>;
}

/**
 * Loads an ONNX file with baro's session options (one intra-op thread, all graph optimizations,
 * sequential execution). Rejects when the file is missing or is not a valid model.
 * @example const session = await createInferenceSession('data/lm/model.onnx');
 */
export async function createInferenceSession(path: string, options: SessionOptions = {}): Promise<OnnxSession> {
  const intraOpNumThreads = options.intraOpNumThreads ?? 1;
  if (!Number.isInteger(intraOpNumThreads) || intraOpNumThreads < 1) {
    throw new TypeError(`intraOpNumThreads must be a positive integer, got ${intraOpNumThreads}`);
  }
  const session = await ort.InferenceSession.create(path, {
    intraOpNumThreads,
    interOpNumThreads: 1,
    graphOptimizationLevel: 'all',
    executionMode: 'sequential',
    logSeverityLevel: 3,
  });
  const shapes = new Map<string, Shape>();
  for (const m of [...session.inputMetadata, ...session.outputMetadata]) {
    shapes.set(m.name, m.isTensor ? [...m.shape] : []);
  }
  return new RuntimeSession(session, shapes);
}

/**
 * Every input the graph declares that `feeds` lacks, and every feed the graph does not declare, in
 * one message, so a caller fixes them all at once instead of one per run.
 * @example checkInputs(['ids', 'state'], { ids }) // 'missing input(s): state'
 */
export function checkInputs(inputNames: readonly string[], feeds: Readonly<Record<string, unknown>>): string | undefined {
  const missing = inputNames.filter((name) => feeds[name] === undefined);
  const unknown = Object.keys(feeds).filter((name) => !inputNames.includes(name));
  const problems: string[] = [];
  if (missing.length > 0) problems.push(`missing input(s): ${missing.join(', ')}`);
  if (unknown.length > 0) problems.push(`unknown input(s): ${unknown.join(', ')} (the graph takes ${inputNames.join(', ')})`);
  return problems.length > 0 ? problems.join('; ') : undefined;
}

class RuntimeSession implements OnnxSession {
  readonly inputNames: readonly string[];
  readonly outputNames: readonly string[];

  constructor(
    private readonly session: ort.InferenceSession,
    readonly shapes: ReadonlyMap<string, Shape>,
  ) {
    this.inputNames = session.inputNames;
    this.outputNames = session.outputNames;
  }

  async run(feeds: Readonly<Record<string, TensorData>>, fetches: readonly string[]): Promise<Record<string, TensorData>> {
    const problem = checkInputs(this.inputNames, feeds);
    const unknownFetches = fetches.filter((name) => !this.outputNames.includes(name));
    if (problem || unknownFetches.length > 0) {
      const parts = [problem, unknownFetches.length > 0 ? `unknown output(s): ${unknownFetches.join(', ')}` : undefined];
      throw new TypeError(`onnx run: ${parts.filter(Boolean).join('; ')}`);
    }
    const ortFeeds: Record<string, ort.Tensor> = {};
    for (const name in feeds) {
      const t = feeds[name]!;
      let size = 1;
      for (const d of t.dims) size *= d;
      if (size !== t.data.length) throw new TypeError(`onnx run: input ${name} has ${t.data.length} values for dims [${t.dims.join(', ')}]`);
      ortFeeds[name] = new ort.Tensor(t.type, t.data, t.dims);
    }
    const results = await this.session.run(ortFeeds, fetches);
    const out: Record<string, TensorData> = {};
    for (const name of fetches) {
      const value = results[name];
      if (!value) throw new Error(`onnx run: output ${name} was not produced`);
      if (value.type === 'float32') out[name] = { type: 'float32', data: value.data as Float32Array, dims: value.dims };
      else if (value.type === 'int64') out[name] = { type: 'int64', data: value.data as BigInt64Array, dims: value.dims };
      else throw new Error(`onnx run: output ${name} has unsupported type ${value.type}`);
    }
    return out;
  }

  release(): Promise<void> {
    return this.session.release();
  }
}
