/**
 * `baro eval` without the command line: stream the inputs into a runner in batches, merge the
 * tallies, build the report.
 */
import { existsSync, statSync } from 'node:fs';
import { loadEvalEngine } from './engine.js';
import { HttpCorrector } from './http.js';
import { detectLogFormat, inputSize, parseLogLine, parsePairLine, readLines, type LogFormat, type Parsed } from './input.js';
import { Progress, type ProgressStream } from './progress.js';
import { buildReport, type BadLine, type EvalReport, type InputStats } from './report.js';
import { defaultWorkers, LocalRunner, WorkerRunner, type Runner, type Task, type TaskOptions } from './runner.js';

export interface EvalOptions {
  /** `typed \t intended [\t kind]` file for correction accuracy */
  pairs?: string | undefined;
  /** query log for autocomplete replay and the false-autocorrect rate */
  log?: string | undefined;
  /** a running service to evaluate instead of the in-process engine */
  url?: string | undefined;
  /** worker threads in-process (default: one per core, as memory allows); 0 runs on this thread */
  workers?: number | undefined;
  /** requests in flight with `url` (default 8) */
  concurrency?: number | undefined;
  dataDir?: string | undefined;
  /** load the language model in-process like the service does (`auto`), or not */
  lm?: 'auto' | 'off';
  /** stop each input after this many records */
  limit?: number | undefined;
  tasks?: Partial<TaskOptions>;
  /** where the progress bar goes (drawn only on a TTY) */
  progress?: ProgressStream | undefined;
  now?: () => number;
}

/** Tasks per batch: a pair is one call, a logged query a correction plus one call per keystroke. */
const BATCH = { pair: 32, query: 4 } as const;
const BAD_EXAMPLES = 10;
const DEFAULT_CONCURRENCY = 8;

/** Thrown for a usage mistake (missing file, bad option); the CLI prints the message alone. */
export class EvalUsageError extends Error {
  override name = 'EvalUsageError';
}

/**
 * Runs an evaluation and returns its report.
 * @example const report = await runEval({ pairs: 'typos.tsv', workers: 1 })
 */
export async function runEval(options: EvalOptions): Promise<EvalReport> {
  const now = options.now ?? (() => performance.now());
  const inputs = [
    ...(options.pairs !== undefined ? [{ role: 'pairs' as const, path: options.pairs }] : []),
    ...(options.log !== undefined ? [{ role: 'log' as const, path: options.log }] : []),
  ];
  if (inputs.length === 0) throw new EvalUsageError('nothing to evaluate: give --pairs FILE and/or --log FILE');
  for (const { role, path } of inputs) {
    if (path !== '-' && (!existsSync(path) || !statSync(path).isFile())) throw new EvalUsageError(`--${role}: no such file ${JSON.stringify(path)}`);
  }
  if (inputs.filter((i) => i.path === '-').length > 1) throw new EvalUsageError('only one input can be stdin (-)');
  if (options.limit !== undefined && !(Number.isInteger(options.limit) && options.limit > 0)) throw new EvalUsageError(`--limit must be a positive integer, got ${options.limit}`);
  const taskOptions: TaskOptions = { falseAutocorrect: options.tasks?.falseAutocorrect ?? true, replay: options.tasks?.replay ?? true };

  const progress = new Progress(options.progress, now);
  const onDone = (n: number): void => progress.tick(n);
  let runner: Runner;
  let target: EvalReport['target'];
  if (options.url !== undefined) {
    let http: HttpCorrector;
    try {
      http = new HttpCorrector(options.url);
    } catch (err) {
      throw new EvalUsageError((err as Error).message);
    }
    const concurrency = options.concurrency ?? DEFAULT_CONCURRENCY;
    if (!(Number.isInteger(concurrency) && concurrency >= 1)) throw new EvalUsageError(`--concurrency must be a positive integer, got ${concurrency}`);
    progress.status(`waiting for ${http.base}/readyz …`);
    const ready = await http.ready().catch((err: Error) => {
      progress.end();
      throw new EvalUsageError(`--url: the service is not ready: ${err.message}`);
    });
    runner = new LocalRunner(http, taskOptions, concurrency, onDone);
    target = { mode: 'http', url: http.base, workers: 0, concurrency, lm: ready.lm === 'available' ? 'available' : ready.lm === 'unavailable' ? 'unavailable' : 'unknown' };
  } else {
    const workers = options.workers ?? defaultWorkers();
    if (!(Number.isInteger(workers) && workers >= 0)) throw new EvalUsageError(`--workers must be a whole number, got ${workers}`);
    const lm = options.lm ?? 'auto';
    progress.status(workers === 0 ? 'loading the engine …' : `loading the engine in ${workers} worker${workers === 1 ? '' : 's'} …`);
    if (workers === 0) {
      const engine = await loadEvalEngine({ dataDir: options.dataDir, lm });
      runner = new LocalRunner(engine, taskOptions, 1, onDone);
      target = { mode: 'in-process', workers: 0, concurrency: 1, lm: engine.lm ? 'available' : 'unavailable' };
    } else {
      const pool = new WorkerRunner(workers, { dataDir: options.dataDir, lm, options: taskOptions }, onDone);
      runner = pool;
      const loaded = await pool.ready().catch(async (err: unknown) => {
        progress.end();
        await pool.abort();
        throw err;
      });
      target = { mode: 'in-process', workers, concurrency: workers, lm: loaded.every((l) => l.lm) ? 'available' : 'unavailable' };
    }
  }

  const started = now();
  const totalBytes = inputs.reduce<number | undefined>((sum, i) => {
    const size = inputSize(i.path);
    return sum === undefined || size === undefined ? undefined : sum + size;
  }, 0);
  progress.start('items', { bytes: totalBytes, items: options.limit !== undefined ? options.limit * inputs.length : undefined });
  const stats: InputStats[] = [];
  try {
    let offset = 0;
    for (const input of inputs) {
      const at = offset;
      stats.push(await feed(input.role, input.path, runner, options.limit, (bytes) => progress.read(at + bytes)));
      offset += inputSize(input.path) ?? 0;
    }
  } catch (err) {
    progress.end();
    await runner.abort();
    throw err;
  }
  const tally = await runner.finish();
  progress.end();
  return buildReport(tally, { target, elapsedMs: now() - started, inputs: stats });
}

/** Reads one input file into the runner, batch by batch; returns what was read. */
async function feed(role: 'pairs' | 'log', path: string, runner: Runner, limit: number | undefined, onRecord: (bytes: number) => void): Promise<InputStats> {
  const stats: InputStats = { role, path, format: role === 'pairs' ? 'pairs' : 'plain', lines: 0, records: 0, skipped: 0, bad: 0, badExamples: [], truncated: false };
  let format: LogFormat | undefined;
  let batch: Task[] = [];
  const size = role === 'pairs' ? BATCH.pair : BATCH.query;
  for await (const line of readLines(path)) {
    if (limit !== undefined && stats.records >= limit) {
      stats.truncated = true;
      break;
    }
    stats.lines++;
    if (line.overlong) {
      bad(stats, { line: line.no, reason: 'line too long', text: line.text });
      continue;
    }
    let parsed: Parsed<Task>;
    if (role === 'pairs') {
      const p = parsePairLine(line.text);
      parsed = 'ok' in p ? { ok: { kind: 'pair', line: line.no, pair: p.ok } } : p;
    } else {
      if (format === undefined && line.text.trim()) {
        format = detectLogFormat(line.text);
        stats.format = format.name;
        if (format.name !== 'plain') {
          stats.skipped++; // the header
          continue;
        }
      }
      const q = parseLogLine(format ?? { name: 'plain' }, line.text);
      parsed = 'ok' in q ? { ok: { kind: 'query', line: line.no, query: q.ok } } : q;
    }
    if ('skip' in parsed) stats.skipped++;
    else if ('bad' in parsed) bad(stats, { line: line.no, reason: parsed.bad, text: line.text.slice(0, 80) });
    else {
      stats.records++;
      onRecord(line.bytes);
      batch.push(parsed.ok);
      if (batch.length >= size) {
        await runner.submit(batch);
        batch = [];
      }
    }
  }
  if (batch.length > 0) await runner.submit(batch);
  return stats;
}

function bad(stats: InputStats, line: BadLine): void {
  stats.bad++;
  if (stats.badExamples.length < BAD_EXAMPLES) stats.badExamples.push(line);
}
