/**
 * One `baro eval` worker thread: loads its own engine, runs the batches it is sent into its own
 * tally, and posts the tally back when told the input has ended.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { loadEngine } from '../engine/index.js';
import { loadLanguageModelQuietly } from './engine.js';
import { runTask, type FromWorker, type ToWorker, type WorkerData } from './runner.js';
import { newTally } from './tally.js';

const port = parentPort;
if (!port) throw new Error('src/eval/worker.ts runs only as a worker thread');
const data = workerData as WorkerData;
const post = (m: FromWorker): void => port.postMessage(m);

const started = performance.now();
const lm = data.lm === 'off' ? undefined : await loadLanguageModelQuietly(data.dataDir);
// Without the service's time guard on LM completion, as `loadEvalEngine`: reproducible results.
const engine = loadEngine({ dataDir: data.dataDir, lm, completionBudgetMs: Infinity });
post({ type: 'ready', loadMs: performance.now() - started, lm: lm !== undefined });

const tally = newTally();
// Batches run one after another: the engine is synchronous, so overlapping them gains nothing.
let queue = Promise.resolve();
port.on('message', (m: ToWorker) => {
  queue = queue.then(async () => {
    if (m.type === 'end') {
      post({ type: 'tally', tally });
      return;
    }
    for (const task of m.tasks) await runTask(engine, task, data.options, tally);
    post({ type: 'done', id: m.id, tasks: m.tasks.length });
  });
  queue.catch((err: unknown) => post({ type: 'failed', message: err instanceof Error ? (err.stack ?? err.message) : String(err) }));
});
