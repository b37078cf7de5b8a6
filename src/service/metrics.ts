import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { EngineStats } from '../engine/index.js';

export type Op = 'correct' | 'suggest';
/** `stale` is an expired entry: counted apart from a plain miss so a too-short TTL shows. */
export type CacheResult = 'hit' | 'miss' | 'stale';

/** Every metric the service exports, on one registry so tests can read their own. */
export interface Metrics {
  registry: Registry;
  httpRequests: Counter<'method' | 'route' | 'status'>;
  httpDuration: Histogram<'method' | 'route' | 'status'>;
  /** Requests the HTTP parser refused before express saw them (malformed request line, huge headers). */
  clientErrors: Counter<'status'>;
  cacheLookups: Counter<'op' | 'result'>;
  cacheEntries: Gauge;
  /** Candidates (correct) or suggestions (suggest) in each answer. */
  resultItems: Histogram<'op'>;
  lmAvailable: Gauge;
  /** Suggest calls that ran LM completion, by outcome; read from `lmStats.read` at each scrape. */
  lmCompletions: Counter<'outcome'>;
  /** Requests answered without the language model because it failed; read like `lmCompletions`. */
  lmErrors: Counter;
  /** Suggest calls that found nothing and answered with correction's choice; read like `lmCompletions`. */
  suggestCorrections: Counter;
  /** Where `lmCompletions`, `lmErrors` and `suggestCorrections` read the engine's counters (set once the engine has loaded). */
  lmStats: { read?: () => Readonly<EngineStats> };
  ready: Gauge;
  lexiconEntries: Gauge;
}

export interface MetricsOptions {
  /** Process metrics (CPU, memory, event loop lag, GC); default true. */
  defaultMetrics?: boolean;
}

/**
 * Creates the service metrics on a fresh registry.
 * @example const metrics = createMetrics(); await metrics.registry.metrics() // Prometheus text
 */
export function createMetrics(options: MetricsOptions = {}): Metrics {
  const registry = new Registry();
  const registers = [registry];
  const lmStats: Metrics['lmStats'] = {};
  if (options.defaultMetrics !== false) collectDefaultMetrics({ register: registry });
  return {
    registry,
    httpRequests: new Counter({
      name: 'baro_http_requests_total',
      help: 'HTTP requests by method, route and status',
      labelNames: ['method', 'route', 'status'] as const,
      registers,
    }),
    httpDuration: new Histogram({
      name: 'baro_http_request_duration_seconds',
      help: 'HTTP request latency by method, route and status',
      labelNames: ['method', 'route', 'status'] as const,
      // Answers are sub-millisecond when cached and a few ms when not; batches take longer.
      buckets: [0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers,
    }),
    clientErrors: new Counter({
      name: 'baro_http_client_errors_total',
      help: 'Requests rejected by the HTTP parser before routing, by status',
      labelNames: ['status'] as const,
      registers,
    }),
    cacheLookups: new Counter({
      name: 'baro_cache_lookups_total',
      help: 'Result cache lookups by operation and result (hit, miss, stale = expired)',
      labelNames: ['op', 'result'] as const,
      registers,
    }),
    cacheEntries: new Gauge({ name: 'baro_cache_entries', help: 'Results in the cache', registers }),
    resultItems: new Histogram({
      name: 'baro_result_items',
      help: 'Candidates (correct) or suggestions (suggest) per answer',
      labelNames: ['op'] as const,
      buckets: [0, 1, 2, 3, 5, 10, 20, 50],
      registers,
    }),
    lmAvailable: new Gauge({ name: 'baro_lm_available', help: '1 when a language model is loaded, else 0', registers }),
    lmCompletions: new Counter({
      name: 'baro_lm_completions_total',
      help: 'Suggest calls that ran LM completion, by outcome: finished, or stopped by the time budget (out_of_time)',
      labelNames: ['outcome'] as const,
      registers,
      // The engine counts; each scrape copies its totals.
      collect() {
        const s = lmStats.read?.();
        if (!s) return;
        this.reset();
        this.inc({ outcome: 'finished' }, s.lmCompletions - s.lmCompletionsOutOfTime);
        this.inc({ outcome: 'out_of_time' }, s.lmCompletionsOutOfTime);
      },
    }),
    lmErrors: engineCount('baro_lm_errors_total', 'Requests answered without the language model because it failed on them', registry, lmStats, (s) => s.lmErrors),
    suggestCorrections: engineCount(
      'baro_suggest_corrections_total',
      "Suggest calls that found nothing and answered with correction's choice for the text",
      registry,
      lmStats,
      (s) => s.suggestCorrections,
    ),
    lmStats,
    ready: new Gauge({ name: 'baro_ready', help: '1 once the engine is loaded and the service answers queries', registers }),
    lexiconEntries: new Gauge({ name: 'baro_lexicon_entries', help: 'Entries in the loaded lexicon', registers }),
  };
}

/** A counter that copies one of the engine's counts (`lmStats.read`) at each scrape. */
function engineCount(name: string, help: string, registry: Registry, lmStats: Metrics['lmStats'], count: (stats: Readonly<EngineStats>) => number): Counter {
  return new Counter({
    name,
    help,
    registers: [registry],
    collect() {
      const s = lmStats.read?.();
      if (!s) return;
      this.reset();
      this.inc(count(s));
    },
  });
}
