/**
 * A `Corrector` that asks a running baro service over HTTP, so `baro eval --url` measures what
 * users get: the same answers plus the network, the cache and the service's own overhead.
 */
import type { CorrectResult, SuggestResult } from '../engine/index.js';
import type { Corrector } from './metrics.js';

/** How long one call may take before it counts as an error. */
const CALL_TIMEOUT_MS = 30_000;

export class HttpCorrector implements Corrector {
  readonly base: string;

  /** @example new HttpCorrector('http://127.0.0.1:8080') */
  constructor(url: string) {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      throw new TypeError(`--url: ${JSON.stringify(url)} is not a URL (want http://host:port)`);
    }
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new TypeError(`--url: ${JSON.stringify(url)} must start with http:// or https://`);
    this.base = parsed.origin + parsed.pathname.replace(/\/+$/, '');
  }

  /** Resolves when `/readyz` says ready; rejects with the reason otherwise. */
  async ready(): Promise<{ lm: string; entries: number | undefined }> {
    let res: Response;
    try {
      res = await fetch(`${this.base}/readyz`, { signal: AbortSignal.timeout(CALL_TIMEOUT_MS) });
    } catch (err) {
      throw new Error(`${this.base}/readyz: ${describe(err)}`);
    }
    const body = (await res.json().catch(() => ({}))) as { status?: string; lm?: string; lexicon?: { entries?: number } };
    if (res.status !== 200) throw new Error(`${this.base}/readyz answered ${res.status} (${body.status ?? 'no status'})`);
    return { lm: body.lm ?? 'unknown', entries: body.lexicon?.entries };
  }

  correct(query: string, n: number): Promise<CorrectResult> {
    return this.#get<CorrectResult>('correct', query, n);
  }

  suggest(query: string, n: number): Promise<SuggestResult> {
    return this.#get<SuggestResult>('suggest', query, n);
  }

  async #get<T>(op: 'correct' | 'suggest', q: string, n: number): Promise<T> {
    const url = `${this.base}/v1/${op}?q=${encodeURIComponent(q)}&n=${n}`;
    let res: Response;
    try {
      res = await fetch(url, { signal: AbortSignal.timeout(CALL_TIMEOUT_MS) });
    } catch (err) {
      throw new Error(`GET /v1/${op}: ${describe(err)}`);
    }
    const text = await res.text();
    if (res.status !== 200) {
      let message = text.slice(0, 200);
      try {
        message = (JSON.parse(text) as { error?: { message?: string } }).error?.message ?? message;
      } catch {
        // not JSON: keep the raw text
      }
      throw new Error(`GET /v1/${op} answered ${res.status}: ${message}`);
    }
    return JSON.parse(text) as T;
  }
}

function describe(err: unknown): string {
  if (!(err instanceof Error)) return String(err);
  const cause = (err as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? err.message;
}
