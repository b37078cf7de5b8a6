import { LRUCache } from 'lru-cache';
import type { CorrectResult, EngineStats, SuggestResult } from '../engine/index.js';
import type { LanguageModel } from '../lm/language-model.js';
import type { Metrics, Op } from './metrics.js';

/**
 * The part of `Engine` the service uses. `Engine` satisfies it as is; tests can pass a small fake
 * (a slow one, one that never loads) without the 4-second lexicon load.
 */
export interface ServiceEngine {
  input(raw: string): { normalized: string };
  correct(raw: string, n: number): Promise<CorrectResult>;
  suggest(raw: string, n: number): Promise<SuggestResult>;
  readonly lm: LanguageModel | undefined;
  readonly lexicon: { readonly size: number };
  /** the engine's counters, exported as metrics when present */
  readonly stats?: Readonly<EngineStats>;
}

/**
 * What an answer depends on besides the raw text: the operation, `n`, and the normalized query.
 * For suggest a trailing whitespace character also counts — the engine reads it as "the next word
 * has begun" (`서울 ` → 서울 맛집, `서울` → 서울숲) with this very test on the raw text.
 * @example cacheKey(engine, 'suggest', '서울 ', 10) // 'suggest\u000010\u0000서울 '
 */
export function cacheKey(engine: ServiceEngine, op: Op, raw: string, n: number): string {
  const { normalized } = engine.input(raw);
  const trailing = op === 'suggest' && normalized !== '' && /\s$/u.test(raw) ? ' ' : '';
  return `${op}\u0000${n}\u0000${normalized}${trailing}`;
}

// Cached answers leave out `query` (the raw text), which differs between requests sharing a key.
type Cached =
  | { op: 'correct'; result: Omit<CorrectResult, 'query'> }
  | { op: 'suggest'; result: Omit<SuggestResult, 'query'> };

export interface ResultsOptions {
  /** Most cached answers; 0 turns the cache off. */
  cacheSize: number;
  /** Answer lifetime in ms; 0 keeps answers until evicted. */
  cacheTtlMs: number;
  /** Millisecond clock for cache expiry. */
  now: () => number;
  metrics: Metrics;
}

/**
 * The engine behind an LRU cache, with cache and result-size metrics.
 * @example await new Results(engine, options).correct('아이혼', 5) // the engine's answer, cached
 */
export class Results {
  readonly engine: ServiceEngine;
  readonly #cache: LRUCache<string, Cached> | undefined;
  readonly #metrics: Metrics;

  constructor(engine: ServiceEngine, options: ResultsOptions) {
    this.engine = engine;
    this.#metrics = options.metrics;
    this.#cache =
      options.cacheSize > 0
        ? new LRUCache<string, Cached>({
            max: options.cacheSize,
            ttl: options.cacheTtlMs,
            perf: { now: options.now },
            // Read the clock on every lookup rather than lru-cache's timer-debounced copy, so a
            // test's fake clock takes effect at once; the clock is cheap.
            ttlResolution: 0,
          })
        : undefined;
  }

  /** Spelling correction, cached. */
  async correct(raw: string, n: number): Promise<CorrectResult> {
    const key = this.#lookup('correct', raw, n);
    let hit = key.cached;
    if (hit?.op !== 'correct') {
      const { query: _query, ...result } = await this.engine.correct(raw, n);
      hit = { op: 'correct', result };
      this.#store(key.key, hit);
    }
    this.#metrics.resultItems.observe({ op: 'correct' }, hit.result.candidates.length);
    return { query: raw, ...hit.result };
  }

  /** Prefix completion, cached. */
  async suggest(raw: string, n: number): Promise<SuggestResult> {
    const key = this.#lookup('suggest', raw, n);
    let hit = key.cached;
    if (hit?.op !== 'suggest') {
      const { query: _query, ...result } = await this.engine.suggest(raw, n);
      hit = { op: 'suggest', result };
      this.#store(key.key, hit);
    }
    this.#metrics.resultItems.observe({ op: 'suggest' }, hit.result.suggestions.length);
    return { query: raw, ...hit.result };
  }

  #lookup(op: Op, raw: string, n: number): { key: string; cached: Cached | undefined } {
    if (!this.#cache) return { key: '', cached: undefined };
    const key = cacheKey(this.engine, op, raw, n);
    const status: LRUCache.Status<string, Cached> = {};
    const cached = this.#cache.get(key, { status });
    this.#metrics.cacheLookups.inc({ op, result: status.get === 'hit' ? 'hit' : status.get === 'stale' ? 'stale' : 'miss' });
    return { key, cached };
  }

  #store(key: string, value: Cached): void {
    if (!this.#cache) return;
    this.#cache.set(key, value);
    this.#metrics.cacheEntries.set(this.#cache.size);
  }
}
