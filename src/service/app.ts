import { isUtf8 } from 'node:buffer';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import express, { type Express, type Request, type RequestHandler, type Response } from 'express';
import type { Config } from '../config/index.js';
import type { CorrectResult, SuggestResult } from '../engine/index.js';
import { PAGE_ROUTES } from '../web/index.js';
import { cors } from './cors.js';
import { HttpError, errorHandler, methodNotAllowed, notFound } from './errors.js';
import { silentLogger, type Logger } from './log.js';
import { createMetrics, type Metrics } from './metrics.js';
import { openApiDocument } from './openapi.js';
import { Results, type ServiceEngine } from './results.js';
import { parseBatch, parseQueryParams } from './validate.js';

/** The parts of the configuration the HTTP app reads. */
export type AppConfig = Pick<Config, 'maxQueryLength' | 'cache' | 'corsOrigins' | 'batch'>;

export interface AppDeps {
  /**
   * The engine, or a promise of it while the lexicon loads: until it resolves `/readyz` and the
   * query routes answer 503; if it rejects they stay 503 with status `failed`.
   */
  engine: ServiceEngine | PromiseLike<ServiceEngine>;
  config: AppConfig;
  /** Defaults to a fresh registry with process metrics. */
  metrics?: Metrics;
  /** Millisecond clock for `tookMs`, latency metrics and cache expiry; `performance.now` by default. */
  now?: () => number;
  log?: Logger;
  /** Aborted when shutdown begins: `/readyz` turns 503 and responses ask clients to reconnect elsewhere. */
  signal?: AbortSignal;
}

type State = { status: 'loading' } | { status: 'failed' } | { status: 'ready'; results: Results };

const GET_ONLY = ['GET', 'HEAD'];
const KNOWN_METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);

/** Milliseconds with two decimals. */
const roundMs = (ms: number): number => Math.round(ms * 100) / 100;

/**
 * The baro HTTP API as an express app, composed from injected parts so tests run it in-process
 * with a fake engine, a fresh metrics registry and a fake clock.
 * @example createApp({ engine: loadEngine(), config: parseConfig(process.env) }).listen(8080)
 */
export function createApp(deps: AppDeps): Express {
  const { config } = deps;
  const now = deps.now ?? (() => performance.now());
  const log = deps.log ?? silentLogger;
  const metrics = deps.metrics ?? createMetrics();
  const limits = { maxQueryLength: config.maxQueryLength, maxQueries: config.batch.maxQueries };
  const document = openApiDocument({ ...limits, maxBodyBytes: config.batch.maxBodyBytes });

  let state: State = { status: 'loading' };
  metrics.ready.set(0);
  const onEngine = (engine: ServiceEngine): void => {
    const results = new Results(engine, { cacheSize: config.cache.size, cacheTtlMs: config.cache.ttlMs, now, metrics });
    state = { status: 'ready', results };
    metrics.ready.set(1);
    metrics.lmAvailable.set(engine.lm ? 1 : 0);
    const stats = engine.stats;
    if (stats) metrics.lmStats.read = () => stats;
    metrics.lexiconEntries.set(engine.lexicon.size);
  };
  if (isPromiseLike(deps.engine)) {
    Promise.resolve(deps.engine)
      .then(onEngine)
      .catch((err: unknown) => {
        state = { status: 'failed' };
        log.error('engine failed to load', { error: String((err as Error)?.stack ?? err) });
      });
  } else {
    onEngine(deps.engine);
  }

  const stopping = (): boolean => deps.signal?.aborted === true;
  const ready = (): Results => {
    if (state.status !== 'ready') {
      throw new HttpError(503, 'not_ready', state.status === 'failed' ? 'the lexicon failed to load' : 'the lexicon is still loading', { 'Retry-After': '1' });
    }
    return state.results;
  };

  const app = express();
  app.disable('x-powered-by');
  // tookMs makes every body unique, so ETags would cost a hash per response and never match.
  app.set('etag', false);
  // Query strings are parsed strictly by parseQueryString; express's lenient parser stays off.
  app.set('query parser', false);

  app.use((req, res, next) => {
    const start = now();
    res.locals['arrived'] = start;
    res.on('finish', () => {
      const labels = {
        method: KNOWN_METHODS.has(req.method) ? req.method : 'other',
        route: typeof res.locals['route'] === 'string' ? res.locals['route'] : 'unmatched',
        status: String(res.statusCode),
      };
      const seconds = (now() - start) / 1000;
      metrics.httpRequests.inc(labels);
      metrics.httpDuration.observe(labels, seconds);
      log.debug('request', { ...labels, url: req.originalUrl, ms: roundMs(seconds * 1000) });
    });
    // While draining, each answer tells keep-alive clients to reconnect (to another instance).
    if (stopping()) res.set('Connection', 'close');
    next();
  });
  app.use(cors(config.corsOrigins));

  /**
   * Sends a query's answer with its timings: `tookMs` in the body, the engine's work from
   * `engineStart`, and a Server-Timing header with that and the whole request so far (reading,
   * validation, the engine): browser tools show it, and it tells a client the service's time from
   * the network's and its own.
   */
  const answer = (res: Response, body: object, engineStart: number): void => {
    const end = now();
    const tookMs = roundMs(end - engineStart);
    res.set('Server-Timing', `engine;dur=${tookMs}, total;dur=${roundMs(end - (res.locals['arrived'] as number))}`);
    res.json({ ...body, tookMs });
  };

  const correct: RequestHandler = async (req, res) => {
    const { q, n } = parseQueryParams(search(req), 'correct', limits);
    const results = ready();
    const start = now();
    answer(res, await results.correct(q, n), start);
  };

  const suggest: RequestHandler = async (req, res) => {
    const { q, n } = parseQueryParams(search(req), 'suggest', limits);
    const results = ready();
    const start = now();
    answer(res, await results.suggest(q, n), start);
  };

  const requireJson: RequestHandler = (req, _res, next) => {
    const header = req.headers['content-type'] ?? '';
    const [type = '', ...params] = header.split(';').map((s) => s.trim().toLowerCase());
    const charset = params.find((p) => p.startsWith('charset='))?.slice('charset='.length).replace(/^"|"$/g, '');
    if (type !== 'application/json' || (charset !== undefined && charset !== 'utf-8' && charset !== 'utf8')) {
      throw new HttpError(415, 'unsupported_media_type', `Content-Type must be application/json (UTF-8), got ${JSON.stringify(header.slice(0, 100))}`);
    }
    next();
  };

  const parseJson = express.json({
    limit: config.batch.maxBodyBytes,
    strict: true,
    type: () => true, // requireJson has checked the type
    verify: (_req, _res, buf) => {
      // The decoder would quietly turn invalid bytes into U+FFFD; refuse them like in query strings.
      // (A plain error with a body-parser style `type`: body-parser decorates what verify throws.)
      if (!isUtf8(buf)) throw Object.assign(new Error('request body is not valid UTF-8'), { status: 400, type: 'entity.invalid.utf8' });
    },
  });

  const batch: RequestHandler = async (req, res) => {
    const { op, queries, n } = parseBatch(req.body, limits);
    const results = ready();
    let gone = false;
    res.on('close', () => {
      gone = !res.writableFinished;
    });
    const start = now();
    let sliceStart = start;
    const out: (CorrectResult | SuggestResult)[] = [];
    for (const q of queries) {
      if (gone) return; // the client left; spare the CPU
      out.push(op === 'correct' ? await results.correct(q, n) : await results.suggest(q, n));
      // The engine works synchronously, so a 1000-query batch would hold the event loop for
      // seconds; give other requests (health checks above all) a turn every few milliseconds.
      if (now() - sliceStart > 10) {
        await yieldToEventLoop();
        sliceStart = now();
      }
    }
    answer(res, { results: out }, start);
  };

  const health: RequestHandler = (_req, res) => {
    res.json({ status: 'ok' });
  };

  const readiness: RequestHandler = (_req, res) => {
    if (state.status !== 'ready' || stopping()) {
      res.status(503).json({ status: stopping() ? 'stopping' : state.status });
      return;
    }
    const { engine } = state.results;
    const lm = engine.lm;
    res.json({
      status: 'ready',
      lm: lm ? 'available' : 'unavailable',
      lexicon: { entries: engine.lexicon.size },
      ...(lm ? { model: { name: lm.info.name, bytes: lm.info.bytes, vocabSize: lm.info.vocabSize } } : {}),
    });
  };

  const metricsText: RequestHandler = async (_req, res) => {
    const text = await metrics.registry.metrics();
    res.set('Content-Type', metrics.registry.contentType).send(text);
  };

  const openapi: RequestHandler = (_req, res) => {
    res.json(document);
  };

  const routes: { method: 'GET' | 'POST'; path: string; handlers: RequestHandler[] }[] = [
    { method: 'GET', path: '/v1/correct', handlers: [correct] },
    { method: 'GET', path: '/v1/suggest', handlers: [suggest] },
    { method: 'POST', path: '/v1/batch', handlers: [requireJson, parseJson, batch] },
    { method: 'GET', path: '/healthz', handlers: [health] },
    { method: 'GET', path: '/readyz', handlers: [readiness] },
    { method: 'GET', path: '/metrics', handlers: [metricsText] },
    { method: 'GET', path: '/openapi.json', handlers: [openapi] },
    // The search page and its assets.
    ...PAGE_ROUTES.map(({ path, handler }) => ({ method: 'GET' as const, path, handlers: [handler] })),
  ];
  for (const { method, path, handlers } of routes) {
    // The route label is the declared path, never the raw URL, so metrics cardinality stays fixed.
    const tag: RequestHandler = (_req, res, next) => {
      res.locals['route'] = path;
      next();
    };
    if (method === 'GET') app.get(path, tag, ...handlers);
    else app.post(path, tag, ...handlers);
    app.all(path, tag, methodNotAllowed(method === 'GET' ? GET_ONLY : [method]));
  }
  app.use(notFound);
  app.use(errorHandler(log));
  return app;
}

/** The raw query string of a request (after `?`), as sent. */
function search(req: Request): string {
  const url = req.originalUrl;
  const i = url.indexOf('?');
  return i < 0 ? '' : url.slice(i + 1);
}

function isPromiseLike<T>(value: T | PromiseLike<T>): value is PromiseLike<T> {
  return typeof (value as { then?: unknown }).then === 'function';
}
