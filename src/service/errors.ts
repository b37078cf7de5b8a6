import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { Logger } from './log.js';

/** Machine-readable error codes; the `message` beside them is for people. */
export const ERROR_CODES = [
  'missing_parameter',
  'invalid_parameter',
  'duplicate_parameter',
  'query_too_long',
  'invalid_encoding',
  'invalid_body',
  'malformed_json',
  'payload_too_large',
  'unsupported_media_type',
  'not_found',
  'method_not_allowed',
  'not_ready',
  'bad_request',
  'request_timeout',
  'header_too_large',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** The body of every error response. */
export interface ErrorBody {
  error: { code: ErrorCode; message: string };
}

/**
 * The one error type of the HTTP layer: validation throws it, the error handler renders it.
 * @example throw new HttpError(400, 'missing_parameter', 'q is required')
 */
export class HttpError extends Error {
  readonly status: number;
  readonly code: ErrorCode;
  readonly headers: Readonly<Record<string, string>>;

  constructor(status: number, code: ErrorCode, message: string, headers: Record<string, string> = {}) {
    super(message);
    this.name = 'HttpError';
    this.status = status;
    this.code = code;
    this.headers = headers;
  }

  /** The response body. (A method, not a getter: body-parser assigns `body` on errors it wraps.) */
  toBody(): ErrorBody {
    return { error: { code: this.code, message: this.message } };
  }
}

/** Errors from express's body parser carry a `type` and a client-error `status`. */
const BODY_PARSER_ERRORS: Record<string, { status: number; code: ErrorCode; message: string }> = {
  'entity.parse.failed': { status: 400, code: 'malformed_json', message: 'request body is not valid JSON' },
  'entity.too.large': { status: 413, code: 'payload_too_large', message: 'request body is too large' },
  'encoding.unsupported': { status: 415, code: 'unsupported_media_type', message: 'unsupported Content-Encoding' },
  'charset.unsupported': { status: 415, code: 'unsupported_media_type', message: 'request body must be UTF-8' },
  'entity.invalid.utf8': { status: 400, code: 'invalid_encoding', message: 'request body is not valid UTF-8' },
  'request.aborted': { status: 400, code: 'bad_request', message: 'request aborted' },
  'request.size.invalid': { status: 400, code: 'bad_request', message: 'request size did not match Content-Length' },
};

/** Any thrown value → the HttpError to answer with. Unknown errors are ours, so 500. */
export function toHttpError(err: unknown): HttpError {
  if (err instanceof HttpError) return err;
  if (typeof err === 'object' && err !== null) {
    const { type, status } = err as { type?: unknown; status?: unknown };
    const known = typeof type === 'string' ? BODY_PARSER_ERRORS[type] : undefined;
    if (known) {
      const limit = (err as { limit?: unknown }).limit;
      const message = known.code === 'payload_too_large' && typeof limit === 'number' ? `request body is larger than ${limit} bytes` : known.message;
      return new HttpError(known.status, known.code, message);
    }
    // Other http-errors style client errors (status 4xx) keep their status; anything else is a bug.
    if (typeof status === 'number' && status >= 400 && status < 500) return new HttpError(status, 'bad_request', 'bad request');
  }
  return new HttpError(500, 'internal', 'internal error');
}

/** The one error handler: every error leaves as `{error: {code, message}}` with its status. */
export function errorHandler(log: Logger): ErrorRequestHandler {
  return (err: unknown, req, res, next) => {
    const httpError = toHttpError(err);
    if (httpError.status >= 500) log.error('request failed', { method: req.method, url: req.originalUrl, error: String((err as Error)?.stack ?? err) });
    // Once the head is out, the only honest thing left is to drop the connection.
    if (res.headersSent) return next(err);
    res.status(httpError.status).set(httpError.headers).json(httpError.toBody());
  };
}

/** Unmatched routes: a JSON 404 like every other error. */
export const notFound: RequestHandler = (req) => {
  throw new HttpError(404, 'not_found', `no route for ${req.method} ${req.path}`);
};

/** For a known path asked with the wrong method: 405 with `Allow`, or the `Allow` list for OPTIONS. */
export function methodNotAllowed(allowed: readonly string[]): RequestHandler {
  const allow = allowed.join(', ');
  return (req, res) => {
    if (req.method === 'OPTIONS') {
      res.status(204).set('Allow', allow).end();
      return;
    }
    throw new HttpError(405, 'method_not_allowed', `${req.method} is not allowed on ${req.path} (allowed: ${allow})`, { Allow: allow });
  };
}
