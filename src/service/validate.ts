/**
 * Request validation at the edge: everything a handler receives past here has its declared type
 * and bounds, and everything rejected is an `HttpError` naming the offending parameter.
 */
import { HttpError } from './errors.js';
import type { Op } from './metrics.js';

/** Default and largest `n` per operation (the API contract). */
export const N_LIMITS: Readonly<Record<Op, { default: number; max: number }>> = {
  correct: { default: 5, max: 20 },
  suggest: { default: 10, max: 50 },
};

export interface Limits {
  /** Longest query in code points. */
  maxQueryLength: number;
  /** Most queries in one batch. */
  maxQueries: number;
}

// fatal: invalid UTF-8 (a stray %FF, an encoded lone surrogate %ED%A0%80) is an error, not U+FFFD.
// ignoreBOM: a leading U+FEFF is the client's text; normalization decides what to do with it.
const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Parses a raw query string strictly: `+` is a space, `%XX` must be well formed, and the bytes must
 * be UTF-8. (URLSearchParams and express's parser turn bad bytes into U+FFFD silently, so a client
 * bug would come back as a confident answer about a string nobody sent.)
 * @example parseQueryString('q=%EC%95%84&n=3') // Map { 'q' => ['아'], 'n' => ['3'] }
 */
export function parseQueryString(search: string): Map<string, string[]> {
  const params = new Map<string, string[]>();
  if (search === '') return params;
  for (const part of search.split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    const name = decodeComponent(eq < 0 ? part : part.slice(0, eq), 'parameter name');
    const value = eq < 0 ? '' : decodeComponent(part.slice(eq + 1), name);
    const values = params.get(name);
    if (values) values.push(value);
    else params.set(name, [value]);
  }
  return params;
}

function decodeComponent(text: string, what: string): string {
  // Fast path: nothing encoded.
  if (!/[%+]/.test(text)) return text;
  const bytes = new Uint8Array(text.length);
  let length = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 0x2b /* + */) {
      bytes[length++] = 0x20;
    } else if (ch === 0x25 /* % */) {
      const hex = text.slice(i + 1, i + 3);
      if (!/^[0-9a-fA-F]{2}$/.test(hex)) throw new HttpError(400, 'invalid_encoding', `${what}: malformed percent-encoding at "${text.slice(i, i + 3)}"`);
      bytes[length++] = parseInt(hex, 16);
      i += 2;
    } else {
      // The HTTP parser only lets printable ASCII through in a request target, so one byte each.
      bytes[length++] = ch & 0xff;
    }
  }
  try {
    return UTF8.decode(bytes.subarray(0, length));
  } catch {
    throw new HttpError(400, 'invalid_encoding', `${what}: percent-encoded bytes are not valid UTF-8`);
  }
}

/** The only value of a parameter, or undefined; a repeated parameter is ambiguous, so a 400. */
export function single(params: Map<string, string[]>, name: string): string | undefined {
  const values = params.get(name);
  if (values === undefined) return undefined;
  if (values.length > 1) throw new HttpError(400, 'duplicate_parameter', `${name} is given ${values.length} times; give it once`);
  return values[0];
}

/**
 * Checks a query's length. Code points, not UTF-16 units, so an emoji counts as one character.
 * @example checkQuery('아이폰', 'q', 100) // '아이폰'
 */
export function checkQuery(q: string, what: string, maxLength: number): string {
  if (q === '') throw new HttpError(400, 'missing_parameter', `${what} must not be empty`);
  // Cheap bound first: a string of L UTF-16 units has at least L/2 code points.
  if (q.length > maxLength && (q.length > 2 * maxLength || [...q].length > maxLength)) {
    throw new HttpError(400, 'query_too_long', `${what} is longer than ${maxLength} characters`);
  }
  return q;
}

/** Validates a textual `n` (a query parameter): digits only, within the operation's bounds. */
export function parseN(value: string | undefined, op: Op): number {
  const { default: fallback, max } = N_LIMITS[op];
  if (value === undefined) return fallback;
  const n = /^[0-9]{1,6}$/.test(value) ? Number(value) : NaN;
  if (!(n >= 1 && n <= max)) throw new HttpError(400, 'invalid_parameter', `n must be an integer from 1 to ${max}, got ${JSON.stringify(value.slice(0, 20))}`);
  return n;
}

/** `GET /v1/correct` and `GET /v1/suggest` parameters. */
export function parseQueryParams(search: string, op: Op, limits: Pick<Limits, 'maxQueryLength'>): { q: string; n: number } {
  const params = parseQueryString(search);
  // Check repeats of every parameter we read before anything else, so `q=a&q=b&n=x` names the repeat.
  const q = single(params, 'q');
  const nText = single(params, 'n');
  if (q === undefined) throw new HttpError(400, 'missing_parameter', 'q is required');
  return { q: checkQuery(q, 'q', limits.maxQueryLength), n: parseN(nText, op) };
}

export interface BatchRequest {
  op: Op;
  queries: string[];
  n: number;
}

const BATCH_KEYS = new Set(['op', 'queries', 'n']);

/**
 * Validates a parsed `POST /v1/batch` body; every error names the field (`queries[3]`).
 * @example parseBatch({ op: 'suggest', queries: ['아잎'] }, limits) // { op: 'suggest', queries: ['아잎'], n: 10 }
 */
export function parseBatch(body: unknown, limits: Limits): BatchRequest {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new HttpError(400, 'invalid_body', 'body must be a JSON object {op, queries, n?}');
  }
  const record = body as Record<string, unknown>;
  const unknown = Object.keys(record).filter((k) => !BATCH_KEYS.has(k));
  if (unknown.length > 0) throw new HttpError(400, 'invalid_body', `unknown field ${unknown.map((k) => JSON.stringify(k.slice(0, 40))).join(', ')} (allowed: op, queries, n)`);

  const op = record['op'];
  if (op !== 'correct' && op !== 'suggest') throw new HttpError(400, 'invalid_body', 'op must be "correct" or "suggest"');
  const queries = record['queries'];
  if (!Array.isArray(queries)) throw new HttpError(400, 'invalid_body', 'queries must be an array of strings');
  if (queries.length > limits.maxQueries) throw new HttpError(400, 'invalid_body', `queries has ${queries.length} items; at most ${limits.maxQueries} are allowed`);
  const checked = queries.map((q: unknown, i) => {
    if (typeof q !== 'string') throw new HttpError(400, 'invalid_body', `queries[${i}] must be a string`);
    return checkQuery(q, `queries[${i}]`, limits.maxQueryLength);
  });

  const nValue = record['n'];
  let n = N_LIMITS[op].default;
  if (nValue !== undefined) {
    const max = N_LIMITS[op].max;
    if (typeof nValue !== 'number' || !Number.isInteger(nValue) || nValue < 1 || nValue > max) {
      throw new HttpError(400, 'invalid_body', `n must be an integer from 1 to ${max}`);
    }
    n = nValue;
  }
  return { op, queries: checked, n };
}
