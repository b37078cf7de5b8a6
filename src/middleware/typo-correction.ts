import type { Request, RequestHandler } from 'express';
import type { CorrectResult, ResultItem } from '../engine/index.js';
import type { Action } from '../rank/index.js';
import { remoteCorrector } from './remote.js';

/** The part of a correction answer the middleware reads. */
export type CorrectorResult = Pick<CorrectResult, 'corrected' | 'action' | 'confidence' | 'candidates'>;

/**
 * Anything that corrects a query: baro's `Engine` as it is, a remote baro, or a stand-in in tests.
 * @example const corrector: Corrector = loadEngine()
 */
export interface Corrector {
  correct(query: string, n: number): Promise<CorrectorResult> | CorrectorResult;
}

/** What the middleware found out about the request's query, on `res.locals.baro` and `req.baro`. */
export interface Correction {
  /** the parameter as the client sent it */
  original: string;
  /** the query to search for: the normalized `original`, unless `action` is `autocorrect` */
  corrected: string;
  /**
   * `autocorrect`: search for `corrected` instead; `suggest`: offer `candidates[0]` ("이것을
   * 검색하셨나요?") but search for what was typed; `none`: leave it
   */
  action: Action;
  confidence: number;
  candidates: ResultItem[];
  /** true when the middleware replaced the parameter in `req.query` with `corrected` */
  rewritten: boolean;
}

export interface TypoCorrectionOptions {
  /** The query parameter to read (and rewrite). Default `q`. */
  param?: string;
  /** Corrects in-process: a loaded `Engine`, or any `Corrector`. Give either this or `url`. */
  engine?: Corrector;
  /** Corrects through a baro server at this base URL (`http://baro:8080`). Give either this or `engine`. */
  url?: string;
  /** With `url`: give up on the server after this many ms and let the request through. Default 150. */
  timeoutMs?: number;
  /** How many candidates to ask for (1–20). Default 5. */
  n?: number;
  /**
   * When the answer is `autocorrect`, replace the parameter in `req.query` with the correction so
   * the route downstream searches for it. Default false: only annotate.
   */
  rewrite?: boolean;
  /**
   * Called when correction fails (timeout, refused connection, a non-2xx or malformed answer, an
   * engine that throws). The request goes on uncorrected either way; what this throws is ignored.
   */
  onError?: (error: Error, req: Request) => void;
}

const OPTION_KEYS: ReadonlySet<string> = new Set(['param', 'engine', 'url', 'timeoutMs', 'n', 'rewrite', 'onError']);

declare global {
  namespace Express {
    interface Locals {
      /** Set by baro's `typoCorrection` middleware when the request had a query to correct. */
      baro?: Correction;
    }
    interface Request {
      /** Set by baro's `typoCorrection` middleware when the request had a query to correct. */
      baro?: Correction;
    }
  }
}

/**
 * Express middleware that spell-checks a search query before the route sees it. It reads
 * `req.query[param]`, corrects it (in-process with `engine`, or through a baro server at `url`)
 * and puts a `Correction` on `res.locals.baro` and `req.baro`; with `rewrite: true` an
 * `autocorrect` answer also replaces the parameter in `req.query`.
 *
 * It fails open: when the parameter is missing, empty or repeated, or correction fails or times
 * out, the request goes on untouched and `res.locals.baro` stays undefined. (`req.url` and
 * `req.originalUrl` always keep what the client sent.)
 *
 * Options are checked here, once: a wrong or unknown one throws a `TypeError` that names it.
 * @example
 * import express from 'express';
 * import { typoCorrection } from 'baro';
 *
 * const app = express();
 * app.get('/search', typoCorrection({ url: 'http://baro:8080', rewrite: true }), (req, res) => {
 *   // GET /search?q=롯데시내마 → req.query.q is '롯데시네마'
 *   const baro = res.locals.baro;
 *   res.json({
 *     results: search(String(req.query.q)),
 *     notice: baro?.rewritten ? `${baro.corrected}(으)로 검색한 결과` : undefined,
 *     didYouMean: baro?.action === 'suggest' ? baro.candidates[0]?.text : undefined,
 *   });
 * });
 */
export function typoCorrection(options: TypoCorrectionOptions): RequestHandler {
  const { param, corrector, n, rewrite, onError } = checkOptions(options);

  const fail = (err: unknown, req: Request): void => {
    if (!onError) return;
    try {
      onError(err instanceof Error ? err : new Error(String(err)), req);
    } catch {
      // A broken reporter must not turn fail-open into a 500.
    }
  };

  return async (req, res, next) => {
    const original = req.query[param];
    if (typeof original !== 'string' || original.trim() === '') {
      next();
      return;
    }
    let result: CorrectorResult;
    try {
      result = await corrector.correct(original, n);
    } catch (err) {
      fail(err, req);
      next();
      return;
    }
    const rewritten = rewrite && result.action === 'autocorrect' && result.corrected !== original;
    if (rewritten) {
      // Express 5 computes `req.query` in a getter on the request prototype, re-parsing the URL on
      // every read, so assigning to it fails; an own property on this request shadows the getter.
      const query: Record<string, unknown> = Object.assign(Object.create(null) as Record<string, unknown>, req.query, { [param]: result.corrected });
      Object.defineProperty(req, 'query', { value: query, configurable: true, enumerable: true, writable: true });
    }
    const correction: Correction = {
      original,
      corrected: result.corrected,
      action: result.action,
      confidence: result.confidence,
      candidates: result.candidates,
      rewritten,
    };
    res.locals.baro = correction;
    req.baro = correction;
    next();
  };
}

interface CheckedOptions {
  param: string;
  corrector: Corrector;
  n: number;
  rewrite: boolean;
  onError: TypoCorrectionOptions['onError'];
}

/** Validates the options once, at mount time, naming the bad one. */
function checkOptions(options: TypoCorrectionOptions): CheckedOptions {
  if (typeof options !== 'object' || options === null) throw new TypeError(`typoCorrection: options must be an object, got ${String(options)}`);
  for (const key of Object.keys(options)) {
    if (!OPTION_KEYS.has(key)) throw new TypeError(`typoCorrection: unknown option "${key}" (known: ${[...OPTION_KEYS].join(', ')})`);
  }
  const { param = 'q', engine, url, timeoutMs = 150, n = 5, rewrite = false, onError } = options;
  if (typeof param !== 'string' || param === '') throw new TypeError(`typoCorrection: param must be a non-empty string, got ${JSON.stringify(param)}`);
  if (!Number.isFinite(timeoutMs) || timeoutMs <= 0) throw new TypeError(`typoCorrection: timeoutMs must be a positive number, got ${String(timeoutMs)}`);
  if (!Number.isInteger(n) || n < 1 || n > 20) throw new TypeError(`typoCorrection: n must be an integer from 1 to 20, got ${String(n)}`);
  if (typeof rewrite !== 'boolean') throw new TypeError(`typoCorrection: rewrite must be a boolean, got ${String(rewrite)}`);
  if (onError !== undefined && typeof onError !== 'function') throw new TypeError(`typoCorrection: onError must be a function, got ${typeof onError}`);
  if ((engine === undefined) === (url === undefined)) throw new TypeError('typoCorrection: give exactly one of engine (in-process) and url (a baro server)');
  let corrector: Corrector;
  if (engine !== undefined) {
    if (typeof engine?.correct !== 'function') throw new TypeError('typoCorrection: engine must have a correct(query, n) method');
    corrector = engine;
  } else {
    if (typeof url !== 'string' || !/^https?:\/\/[^/]/.test(url) || !URL.canParse(url)) throw new TypeError(`typoCorrection: url must be an http(s) URL, got ${JSON.stringify(url)}`);
    corrector = remoteCorrector(url, timeoutMs);
  }
  return { param, corrector, n, rewrite, onError };
}
