/**
 * Service configuration from environment variables, validated once at start-up. Every problem is
 * reported at once, each naming its variable, and unknown `BARO_*` variables are rejected so a
 * misspelt setting (`BARO_CACHE_SIZ`) fails loudly instead of silently keeping the default.
 * After `parseConfig` the rest of the code trusts these types.
 */

import type { LmNextWords } from '../engine/engine.js';

export const LOG_LEVELS = ['debug', 'info', 'warn', 'error', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];
/** `auto`: use the language model when it loads; `off`: never load it; `required`: refuse to start without it. */
export const LM_MODES = ['auto', 'off', 'required'] as const;
export type LmMode = (typeof LM_MODES)[number];
/** The engine's `lmNextWords` settings. */
export const LM_NEXT_WORDS: readonly LmNextWords[] = ['attested', 'any'];
/** `idle`: SCHED_IDLE (nice 19 where `chrt` is missing); `low`: nice 19; `normal`: as Node starts them. */
export const HELPER_PRIORITIES = ['idle', 'low', 'normal'] as const;
export type HelperPriority = (typeof HELPER_PRIORITIES)[number];

export interface Config {
  /** TCP port; 0 picks a free one. */
  port: number;
  host: string;
  /** Longest `q` accepted, in Unicode code points as sent (longer → 400). */
  maxQueryLength: number;
  cache: {
    /** Most cached results; 0 turns the cache off. */
    size: number;
    /** Lifetime of a cached result in ms; 0 keeps results until evicted. */
    ttlMs: number;
  };
  /** Origins allowed to call the API from a browser; `*` allows any; empty sends no CORS headers. */
  corsOrigins: readonly string[];
  logLevel: LogLevel;
  batch: {
    /** Most queries in one `POST /v1/batch`. */
    maxQueries: number;
    /** Largest request body in bytes (larger → 413). */
    maxBodyBytes: number;
  };
  /** After SIGTERM, in-flight requests get this long before the process exits anyway. */
  shutdownTimeoutMs: number;
  /**
   * Priority of the process's helper threads (V8's compiler and collector helpers, libuv's pool)
   * beside the event loop's: `idle` (Linux's SCHED_IDLE, nice 19 where `chrt` is missing), `low`
   * (nice 19) or `normal` (left alone), so that on a machine of few cores their jobs do not hold
   * up the event loop's thread or a client's wake-up (see `src/service/threads.ts`). Linux only.
   */
  helperPriority: HelperPriority;
  /** Where the built lexicon lives; undefined means the committed `data/`. */
  dataDir: string | undefined;
  lm: {
    mode: LmMode;
    /** Directory of `model.onnx` and `vocab.json`; undefined means `data/lm`. */
    dir: string | undefined;
    /**
     * Microseconds of a suggest call after which LM completion takes no further step (the engine's
     * `completionBudgetMs`; undefined keeps the engine's default): lower trades completions of
     * unseen queries for a shorter tail.
     */
    completionBudgetUs: number | undefined;
    /**
     * LM completion runs when the lexicon has fewer good exact-prefix matches than this (the
     * engine's `lmBelowExact`; undefined keeps its default, 1): higher completes more unseen
     * queries and runs the model on more keystrokes.
     */
    belowExact: number | undefined;
    /**
     * LM completion also runs where the list before it is shorter than this (the engine's
     * `lmShortList`; undefined keeps its default, 3; 0 turns it off): more completions for more CPU.
     */
    shortList: number | undefined;
    /** which words the model may guess after those typed (the engine's `lmNextWords`; undefined keeps its default, attested) */
    nextWords: LmNextWords | undefined;
  };
}

export const DEFAULT_CONFIG: Config = {
  port: 8080,
  host: '0.0.0.0',
  maxQueryLength: 100,
  cache: { size: 10_000, ttlMs: 300_000 },
  corsOrigins: [],
  logLevel: 'info',
  batch: { maxQueries: 1000, maxBodyBytes: 256 * 1024 },
  shutdownTimeoutMs: 10_000,
  helperPriority: 'idle',
  dataDir: undefined,
  lm: { mode: 'auto', dir: undefined, completionBudgetUs: undefined, belowExact: undefined, shortList: undefined, nextWords: undefined },
};

/** Thrown by `parseConfig`; `problems` holds one line per bad variable, each starting with its name. */
export class ConfigError extends Error {
  readonly problems: readonly string[];
  constructor(problems: readonly string[]) {
    super(`invalid configuration:\n  ${problems.join('\n  ')}`);
    this.name = 'ConfigError';
    this.problems = problems;
  }
}

type Env = Readonly<Record<string, string | undefined>>;

/** What each variable means, for the README and for error messages. */
export const ENV_VARS = {
  PORT: 'TCP port (default 8080; 0 picks a free port)',
  HOST: 'interface to listen on (default 0.0.0.0)',
  BARO_MAX_QUERY_LENGTH: 'longest q in characters (default 100)',
  BARO_CACHE_SIZE: 'most cached results, 0 turns the cache off (default 10000)',
  BARO_CACHE_TTL_MS: 'cached result lifetime in ms, 0 = until evicted (default 300000)',
  BARO_CORS_ORIGINS: 'comma-separated origins allowed to call from a browser, or * (default none)',
  BARO_LOG_LEVEL: `one of ${LOG_LEVELS.join(', ')} (default info)`,
  BARO_BATCH_MAX_QUERIES: 'most queries in one batch (default 1000)',
  BARO_BATCH_MAX_BYTES: 'largest request body in bytes (default 262144)',
  BARO_SHUTDOWN_TIMEOUT_MS: 'grace period for in-flight requests on SIGTERM (default 10000)',
  BARO_HELPER_PRIORITY: `priority of the helper threads beside the event loop: ${HELPER_PRIORITIES.join(', ')} (default idle; Linux)`,
  BARO_DATA_DIR: 'directory of the built lexicon (default data/)',
  BARO_LM: `language model: ${LM_MODES.join(', ')} (default auto: use it when it loads)`,
  BARO_LM_DIR: 'directory of model.onnx and vocab.json (default data/lm)',
  BARO_LM_BUDGET_US: 'microseconds of a suggest call after which LM completion stops (default 1500, the engine\'s)',
  BARO_LM_BELOW_EXACT: 'LM completion when the lexicon has fewer good matches of the prefix than this (default 1, the engine\'s; at most n)',
  BARO_LM_SHORT_LIST: 'LM completion also when the list before it is shorter than this (default 3, the engine\'s; 0 turns it off)',
  BARO_LM_NEXT_WORDS: `words the model may guess after those typed: ${LM_NEXT_WORDS.join(', ')} (default attested: only words the logs wrote with a word typed)`,
} as const;

/**
 * Variables read by other baro commands (`npm run data:build`, evaluation) rather than the server.
 * They may well be set in the same shell, so the server passes over them instead of rejecting them.
 */
export const OTHER_COMMANDS_VARS: readonly string[] = ['BARO_CORPORA'];

/**
 * Reads and validates the configuration. Pure: pass `process.env` or any object. Empty values
 * count as unset, so `PORT=` in a compose file means the default.
 * @example parseConfig({ PORT: '9000', BARO_CACHE_SIZE: '0' }).cache.size // 0
 * @throws ConfigError listing every bad variable by name
 */
export function parseConfig(env: Env): Config {
  const problems: string[] = [];
  const get = (key: keyof typeof ENV_VARS): string | undefined => {
    const value = env[key];
    return value === undefined || value === '' ? undefined : value;
  };
  const int = (key: keyof typeof ENV_VARS, fallback: number, min: number, max: number): number => {
    const value = get(key);
    if (value === undefined) return fallback;
    // Strict digits only: Number('1e3'), Number(' 8 ') and parseInt('80abc') would all pass a looser check.
    if (!/^[0-9]+$/.test(value) || Number(value) < min || Number(value) > max) {
      problems.push(`${key}=${JSON.stringify(value)}: must be an integer from ${min} to ${max}`);
      return fallback;
    }
    return Number(value);
  };
  const oneOf = <T extends string>(key: keyof typeof ENV_VARS, values: readonly T[], fallback: T): T => {
    const value = get(key) ?? fallback;
    const found = values.find((v) => v === value);
    if (!found) problems.push(`${key}=${JSON.stringify(value)}: must be one of ${values.join(', ')}`);
    return found ?? fallback;
  };

  for (const key of Object.keys(env)) {
    if (key.startsWith('BARO_') && !(key in ENV_VARS) && !OTHER_COMMANDS_VARS.includes(key)) {
      const known = Object.keys(ENV_VARS).filter((k) => k.startsWith('BARO_'));
      problems.push(`${key}: unknown variable (known: ${known.join(', ')})`);
    }
  }

  const d = DEFAULT_CONFIG;
  const port = int('PORT', d.port, 0, 65_535);
  const host = get('HOST') ?? d.host;
  if (/\s/.test(host)) problems.push(`HOST=${JSON.stringify(host)}: must be a host name or address`);
  const maxQueryLength = int('BARO_MAX_QUERY_LENGTH', d.maxQueryLength, 1, 10_000);
  const cacheSize = int('BARO_CACHE_SIZE', d.cache.size, 0, 10_000_000);
  const cacheTtl = int('BARO_CACHE_TTL_MS', d.cache.ttlMs, 0, 7 * 24 * 3600 * 1000);
  const maxQueries = int('BARO_BATCH_MAX_QUERIES', d.batch.maxQueries, 1, 100_000);
  const maxBodyBytes = int('BARO_BATCH_MAX_BYTES', d.batch.maxBodyBytes, 1024, 64 * 1024 * 1024);
  const shutdownTimeoutMs = int('BARO_SHUTDOWN_TIMEOUT_MS', d.shutdownTimeoutMs, 0, 600_000);
  const helperPriority = oneOf('BARO_HELPER_PRIORITY', HELPER_PRIORITIES, d.helperPriority);
  const logLevel = oneOf('BARO_LOG_LEVEL', LOG_LEVELS, d.logLevel);
  const lmMode = oneOf('BARO_LM', LM_MODES, d.lm.mode);

  const completionBudgetUs = get('BARO_LM_BUDGET_US') === undefined ? d.lm.completionBudgetUs : int('BARO_LM_BUDGET_US', 0, 100, 1_000_000);
  const belowExact = get('BARO_LM_BELOW_EXACT') === undefined ? d.lm.belowExact : int('BARO_LM_BELOW_EXACT', 0, 1, 50);
  const shortList = get('BARO_LM_SHORT_LIST') === undefined ? d.lm.shortList : int('BARO_LM_SHORT_LIST', 0, 0, 10);
  const nextWords = get('BARO_LM_NEXT_WORDS') === undefined ? d.lm.nextWords : oneOf('BARO_LM_NEXT_WORDS', LM_NEXT_WORDS, 'attested');
  const corsOrigins = parseOrigins(get('BARO_CORS_ORIGINS'), problems);

  if (problems.length > 0) throw new ConfigError(problems);
  return {
    port,
    host,
    maxQueryLength,
    cache: { size: cacheSize, ttlMs: cacheTtl },
    corsOrigins,
    logLevel,
    batch: { maxQueries, maxBodyBytes },
    shutdownTimeoutMs,
    helperPriority,
    dataDir: get('BARO_DATA_DIR'),
    lm: { mode: lmMode, dir: get('BARO_LM_DIR'), completionBudgetUs, belowExact, shortList, nextWords },
  };
}

/** `https://a.example, http://localhost:3000` → exact origins; browsers send them without a path. */
function parseOrigins(value: string | undefined, problems: string[]): string[] {
  if (value === undefined) return [];
  const origins = value.split(',').map((s) => s.trim()).filter((s) => s !== '');
  for (const origin of origins) {
    if (origin === '*') continue;
    let parsed: URL | undefined;
    try {
      parsed = new URL(origin);
    } catch {
      parsed = undefined;
    }
    if (!parsed || parsed.origin !== origin || !/^https?:$/.test(parsed.protocol)) {
      problems.push(`BARO_CORS_ORIGINS: ${JSON.stringify(origin)} is not an origin like https://example.com or http://localhost:3000`);
    }
  }
  return origins;
}
