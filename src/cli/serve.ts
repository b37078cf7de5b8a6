/**
 * `npm start`: validate the configuration, listen, load the lexicon (and the language model),
 * then answer queries; on SIGTERM or SIGINT stop accepting, finish in-flight requests and exit.
 *
 * The port opens before the data loads so the platform sees a live process at once; `/readyz`
 * says 503 until the engine is there. (The lexicon load is synchronous, so requests arriving during
 * those seconds wait in the accept queue and are answered right after.)
 */
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { join } from 'node:path';
import { ConfigError, parseConfig, type Config } from '../config/index.js';
import { loadEngine, warmUp, type Engine } from '../engine/index.js';
import type { LanguageModel } from '../lm/language-model.js';
import { baseUrl, createApp, createLogger, createMetrics, listen, lowerHelperThreads, shutdown, throttledErrorLog, type Logger } from '../service/index.js';

let config: Config;
try {
  config = parseConfig(process.env);
} catch (err) {
  if (!(err instanceof ConfigError)) throw err;
  process.stderr.write(`baro: ${err.message}\n`);
  process.exit(2);
}

const log = createLogger(config.logLevel);
const metrics = createMetrics();
const stopping = new AbortController();
const engine = loadAll(config, log);
const app = createApp({ engine, config, metrics, log, signal: stopping.signal });
const server = await listen(app, { port: config.port, host: config.host, metrics, log });
log.info('listening', { url: baseUrl(server), host: config.host, port: config.port });

engine.then(
  (e) => {
    log.info('ready', { lexiconEntries: e.lexicon.size, lm: e.lm ? 'available' : 'unavailable' });
    // The helper threads running by now (V8's, the model's, libuv's pool once used) yield to the
    // event loop's thread; threads started later are caught within a minute.
    void lowerHelperThreads(config.helperPriority).then((lowered) => {
      log.info('helper threads lowered', { priority: config.helperPriority, ...lowered });
      if (lowered.idleError) log.warn('helper threads at nice 19 only: SCHED_IDLE could not be set', { error: lowered.idleError });
    });
    if (config.helperPriority !== 'normal') setInterval(() => void lowerHelperThreads(config.helperPriority), 60_000).unref();
  },
  (err: unknown) => {
    log.error('cannot start: the engine failed to load', { error: err instanceof Error ? err.message : String(err) });
    process.exit(1);
  },
);

let stopRequested = false;
const onSignal = (signal: NodeJS.Signals): void => {
  if (stopRequested) {
    log.warn('second signal, exiting now', { signal });
    process.exit(1);
  }
  stopRequested = true;
  log.info('shutting down', { signal, timeoutMs: config.shutdownTimeoutMs });
  stopping.abort();
  shutdown(server, config.shutdownTimeoutMs).then(
    (outcome) => {
      if (outcome === 'timeout') log.warn('in-flight requests cut off at the shutdown timeout', { timeoutMs: config.shutdownTimeoutMs });
      else log.info('stopped');
      process.exit(outcome === 'drained' ? 0 : 1);
    },
    (err: unknown) => {
      log.error('shutdown failed', { error: String(err) });
      process.exit(1);
    },
  );
};
process.on('SIGTERM', onSignal);
process.on('SIGINT', onSignal);

/** The language model (when configured and loadable), then the lexicon and the engine. */
async function loadAll(config: Config, log: Logger): Promise<Engine> {
  // Let listen() bind first: everything below is seconds of synchronous work.
  await yieldToEventLoop();
  const lm = await loadLm(config, log);
  const started = performance.now();
  const engine = loadEngine({
    dataDir: config.dataDir,
    lm,
    completionBudgetMs: config.lm.completionBudgetUs === undefined ? undefined : config.lm.completionBudgetUs / 1000,
    lmBelowExact: config.lm.belowExact,
    lmShortList: config.lm.shortList,
    lmNextWords: config.lm.nextWords,
    log: (line) => log.info(line),
    // Each such request is answered without the model; the log says so, at most once a minute.
    onLmError: throttledErrorLog(log, 'language model failed on a request; answered without it'),
  });
  // Building the indexes leaves a few hundred MB of garbage; collect it now (npm start passes
  // --expose-gc) so the pages go back to the OS before traffic, not at the first major GC. (npm
  // start also doubles the young generation, --max-semi-space-size=32, and lets the old one grow to
  // twice what survives a full collection, --heap-growing-percent=100: see README, Quick start.)
  (globalThis as { gc?: () => void }).gc?.();
  log.info('engine loaded', { ms: Math.round(performance.now() - started), rssMb: Math.round(process.memoryUsage().rss / 2 ** 20) });
  const warming = performance.now();
  try {
    const calls = await warmUp(engine);
    log.info('engine warmed', { calls, ms: Math.round(performance.now() - warming) });
  } catch (err) {
    // Only the first requests' speed depends on it; serve anyway.
    log.warn('warm-up failed', { error: err instanceof Error ? err.message : String(err) });
  }
  return engine;
}

/** The one place the language model joins the service. */
async function loadLm(config: Config, log: Logger): Promise<LanguageModel | undefined> {
  if (config.lm.mode === 'off') return undefined;
  const started = performance.now();
  const dir = config.lm.dir ?? (config.dataDir !== undefined ? join(config.dataDir, 'lm') : undefined);
  let lm: LanguageModel | undefined;
  try {
    // Imported here, not at the top: the module pulls in onnxruntime-node, and a broken native
    // install must cost only the model, not the whole service.
    const { loadLanguageModel } = await import('../lm/index.js');
    lm = await loadLanguageModel(dir, { logger: (line) => log.warn(line) });
  } catch (err) {
    log.warn('lm: unavailable, the language model module failed to load', { error: err instanceof Error ? err.message : String(err) });
  }
  if (!lm && config.lm.mode === 'required') throw new Error('BARO_LM=required but no language model loaded');
  if (lm) log.info('lm loaded', { name: lm.info.name, bytes: lm.info.bytes, stepGraph: lm.info.stepGraph ?? false, ms: Math.round(performance.now() - started) });
  return lm;
}
