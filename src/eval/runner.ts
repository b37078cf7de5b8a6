/**
 * Where evaluation work runs. The reader hands over batches of tasks; a runner accepts a batch as
 * soon as it has room (so the reader never runs far ahead of the work: a bounded queue) and,
 * at the end, returns one merged tally.
 *
 * - `WorkerRunner`: worker threads, each with its own engine: all cores, in-process.
 * - `LocalRunner`: on this thread with N batches in flight; for `--url` (the work is waiting on
 *   the network) and for `--workers 0`.
 */
import { availableParallelism, freemem } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { PairRecord, QueryRecord } from './input.js';
import type { Corrector } from './metrics.js';
import { finishTally, mergeTally, newTally, recordError, replayQuery, scoreLoggedQuery, scorePair, type Tally } from './tally.js';

export type Task = { kind: 'pair'; line: number; pair: PairRecord } | { kind: 'query'; line: number; query: QueryRecord };

/** What to do with each logged query. */
export interface TaskOptions {
  /** correct it and count false autocorrects */
  falseAutocorrect: boolean;
  /** replay its keystrokes through autocomplete */
  replay: boolean;
}

export interface Runner {
  /** Resolves once the batch is taken on (a slot is free), not when it is done. */
  submit(batch: Task[]): Promise<void>;
  /** Waits for all work, stops the workers and returns the merged tally. */
  finish(): Promise<Tally>;
  /** Stops everything at once (after an error). */
  abort(): Promise<void>;
}

/** Runs one task into `t`; a failing call is counted, never thrown. */
export async function runTask(c: Corrector, task: Task, options: TaskOptions, t: Tally): Promise<void> {
  if (task.kind === 'pair') {
    await scorePair(c, task.pair, task.line, t).catch((err: unknown) => recordError(t, `pairs line ${task.line}`, err));
    return;
  }
  if (options.falseAutocorrect) await scoreLoggedQuery(c, task.query, task.line, t).catch((err: unknown) => recordError(t, `log line ${task.line}`, err));
  if (options.replay) await replayQuery(c, task.query, task.line, t).catch((err: unknown) => recordError(t, `log line ${task.line}`, err));
}

/** Batches in flight per worker: one running, one queued, so a worker never idles between batches. */
const IN_FLIGHT_PER_WORKER = 2;

/** Memory one worker's engine takes (lexicon, tries, models), with some headroom. */
export const WORKER_BYTES = 600 * 2 ** 20;

/**
 * Worker threads to start when none is asked for: one per core, but no more than free memory
 * holds (each loads its own ~450 MB engine).
 */
export function defaultWorkers(): number {
  return Math.max(1, Math.min(availableParallelism(), Math.floor(freemem() / WORKER_BYTES)));
}

/** Messages from a worker (see worker.ts). */
export type FromWorker =
  | { type: 'ready'; loadMs: number; lm: boolean }
  | { type: 'done'; id: number; tasks: number }
  | { type: 'tally'; tally: Tally }
  | { type: 'failed'; message: string };

/** Messages to a worker. */
export type ToWorker = { type: 'batch'; id: number; tasks: Task[] } | { type: 'end' };

export interface WorkerData {
  dataDir: string | undefined;
  lm: 'auto' | 'off';
  options: TaskOptions;
}

interface Slot {
  worker: Worker;
  inFlight: number;
  tally?: Tally;
}

/** Worker threads, each loading its own engine. */
export class WorkerRunner implements Runner {
  readonly #slots: Slot[];
  readonly #onDone: (tasks: number) => void;
  #wake: (() => void) | undefined;
  #failure: Error | undefined;
  #nextId = 0;
  readonly #ready: Promise<{ loadMs: number; lm: boolean }[]>;

  /**
   * Starts `count` workers; `ready` resolves once each has loaded its engine.
   * @param onDone called with the number of tasks each finished batch held (for progress)
   */
  constructor(count: number, data: WorkerData, onDone: (tasks: number) => void) {
    if (!Number.isInteger(count) || count < 1) throw new TypeError(`workers must be a positive integer, got ${count}`);
    this.#onDone = onDone;
    const readies: Promise<{ loadMs: number; lm: boolean }>[] = [];
    this.#slots = Array.from({ length: count }, () => {
      const worker = startWorker(data);
      const slot: Slot = { worker, inFlight: 0 };
      readies.push(
        new Promise((resolve, reject) => {
          worker.on('message', (m: FromWorker) => {
            if (m.type === 'ready') resolve({ loadMs: m.loadMs, lm: m.lm });
            else if (m.type === 'done') {
              slot.inFlight--;
              this.#onDone(m.tasks);
              this.#signal();
            } else if (m.type === 'tally') {
              slot.tally = m.tally;
              this.#signal();
            } else {
              this.#fail(new Error(`eval worker: ${m.message}`));
              reject(this.#failure);
            }
          });
          worker.on('error', (err) => {
            this.#fail(err);
            reject(err);
          });
          worker.on('exit', (code) => {
            if (!slot.tally) {
              const err = new Error(`eval worker exited with code ${code} before reporting`);
              this.#fail(err);
              reject(err);
            }
          });
        }),
      );
      return slot;
    });
    this.#ready = Promise.all(readies);
    // Failures surface through submit/finish; keep this promise from counting as unhandled.
    this.#ready.catch(() => {});
  }

  /** Each worker's engine load time and whether it has a language model. */
  ready(): Promise<{ loadMs: number; lm: boolean }[]> {
    return this.#ready;
  }

  async submit(tasks: Task[]): Promise<void> {
    for (;;) {
      if (this.#failure) throw this.#failure;
      const free = this.#slots.reduce<Slot | undefined>((best, s) => (s.inFlight < IN_FLIGHT_PER_WORKER && (!best || s.inFlight < best.inFlight) ? s : best), undefined);
      if (free) {
        free.inFlight++;
        free.worker.postMessage({ type: 'batch', id: this.#nextId++, tasks } satisfies ToWorker);
        return;
      }
      await this.#wait();
    }
  }

  async finish(): Promise<Tally> {
    for (const s of this.#slots) s.worker.postMessage({ type: 'end' } satisfies ToWorker);
    while (this.#slots.some((s) => !s.tally)) {
      if (this.#failure) throw this.#failure;
      await this.#wait();
    }
    const total = newTally();
    for (const s of this.#slots) mergeTally(total, s.tally!);
    await Promise.all(this.#slots.map((s) => s.worker.terminate()));
    return finishTally(total);
  }

  async abort(): Promise<void> {
    await Promise.all(this.#slots.map((s) => s.worker.terminate()));
  }

  #wait(): Promise<void> {
    return new Promise((resolve) => (this.#wake = resolve));
  }

  #signal(): void {
    const wake = this.#wake;
    this.#wake = undefined;
    wake?.();
  }

  #fail(err: Error): void {
    this.#failure ??= err;
    this.#signal();
  }
}

/**
 * A worker thread running worker.ts. Loader flags such as `--import tsx` do not carry over to
 * worker threads on Node 20, so a TypeScript worker registers tsx itself first, through a tiny
 * bootstrap; compiled JavaScript is started directly.
 */
function startWorker(data: WorkerData): Worker {
  const ts = import.meta.url.endsWith('.ts');
  const url = new URL(`./worker.${ts ? 'ts' : 'js'}`, import.meta.url);
  if (!ts) return new Worker(url, { workerData: data });
  const bootstrap = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then((tsx) => { tsx.register(); return import(${JSON.stringify(url.href)}); });`;
  return new Worker(bootstrap, { eval: true, workerData: data });
}

/** On this thread, `concurrency` batches at a time. */
export class LocalRunner implements Runner {
  readonly #corrector: Corrector;
  readonly #options: TaskOptions;
  readonly #concurrency: number;
  readonly #onDone: (tasks: number) => void;
  readonly #running = new Set<Promise<void>>();
  readonly #tally = newTally();

  constructor(corrector: Corrector, options: TaskOptions, concurrency: number, onDone: (tasks: number) => void) {
    if (!Number.isInteger(concurrency) || concurrency < 1) throw new TypeError(`concurrency must be a positive integer, got ${concurrency}`);
    this.#corrector = corrector;
    this.#options = options;
    this.#concurrency = concurrency;
    this.#onDone = onDone;
  }

  async submit(tasks: Task[]): Promise<void> {
    while (this.#running.size >= this.#concurrency) await Promise.race(this.#running);
    const job = (async () => {
      for (const task of tasks) await runTask(this.#corrector, task, this.#options, this.#tally);
      this.#onDone(tasks.length);
    })().finally(() => this.#running.delete(job));
    this.#running.add(job);
  }

  async finish(): Promise<Tally> {
    await Promise.all(this.#running);
    return finishTally(this.#tally);
  }

  async abort(): Promise<void> {
    await Promise.allSettled(this.#running);
  }
}
