/**
 * Shared by the service tests: start an app on a free port of 127.0.0.1, a fake engine that
 * answers instantly (and records its calls), and the real engine loaded once per test file.
 */
import { request as httpRequest } from 'node:http';
import type { Server } from 'node:http';
import { DEFAULT_CONFIG } from '../src/config/index.js';
import type { CorrectResult, Engine, EngineStats, SuggestResult } from '../src/engine/index.js';
import { loadEngine } from '../src/engine/index.js';
import { normalize } from '../src/hangul/index.js';
import type { LanguageModel } from '../src/lm/language-model.js';
import { baseUrl, createApp, createMetrics, listen, type AppConfig, type AppDeps, type Metrics, type ServiceEngine } from '../src/service/index.js';

export const TEST_CONFIG: AppConfig = {
  maxQueryLength: DEFAULT_CONFIG.maxQueryLength,
  cache: { ...DEFAULT_CONFIG.cache },
  corsOrigins: [],
  batch: { ...DEFAULT_CONFIG.batch },
};

export interface Running {
  url: string;
  server: Server;
  metrics: Metrics;
  close(): Promise<void>;
}

/** Starts `createApp` on 127.0.0.1 with a free port; default config, fresh metrics (no process metrics). */
export async function start(deps: Partial<AppDeps> & Pick<AppDeps, 'engine'>): Promise<Running> {
  const metrics = deps.metrics ?? createMetrics({ defaultMetrics: false });
  const app = createApp({ config: TEST_CONFIG, ...deps, metrics });
  const server = await listen(app, { port: 0, host: '127.0.0.1', metrics });
  return {
    url: baseUrl(server),
    server,
    metrics,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export interface Call {
  op: 'correct' | 'suggest';
  raw: string;
  n: number;
}

export interface FakeEngine extends ServiceEngine {
  calls: Call[];
  /** the counters `/metrics` reads; tests set them */
  stats: EngineStats;
}

/**
 * An engine that answers at once: `n` made-up candidates, no lexicon. `busyMs` spins the CPU per
 * call like the real engine's synchronous work does.
 */
export function fakeEngine(options: { lm?: LanguageModel; busyMs?: number; size?: number } = {}): FakeEngine {
  const calls: Call[] = [];
  const busy = (): void => {
    const until = performance.now() + (options.busyMs ?? 0);
    while (performance.now() < until);
  };
  return {
    calls,
    lm: options.lm,
    stats: { lmCompletions: 0, lmCompletionsOutOfTime: 0, lmErrors: 0, suggestCorrections: 0 },
    lexicon: { size: options.size ?? 3 },
    input: (raw) => ({ normalized: normalize(raw) }),
    async correct(raw: string, n: number): Promise<CorrectResult> {
      calls.push({ op: 'correct', raw, n });
      busy();
      const normalized = normalize(raw);
      const candidates = Array.from({ length: n }, (_, i) => ({ text: `${normalized}${i}`, score: 1 / (i + 2), kinds: ['typo' as const] }));
      return { query: raw, normalized, corrected: normalized, action: 'none', confidence: 1, candidates };
    },
    async suggest(raw: string, n: number): Promise<SuggestResult> {
      calls.push({ op: 'suggest', raw, n });
      busy();
      const normalized = normalize(raw);
      const suggestions = Array.from({ length: n }, (_, i) => ({ text: `${normalized} ${i}`, score: -i, kinds: ['completion' as const] }));
      return { query: raw, normalized, suggestions };
    },
  };
}

/** A language model stand-in for readiness reporting; never asked to score. */
export const fakeLm: LanguageModel = {
  info: { name: 'fake-lm', bytes: 1234, vocabSize: 56 },
  score: async (texts) => new Float64Array(texts.length),
  complete: async () => [],
};

let real: Engine | undefined;
/** The real engine over the committed data/, loaded once per test file (~3 s). */
export function realEngine(): Engine {
  real ??= loadEngine();
  return real;
}

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/**
 * A request with a verbatim target (`fetch` would re-encode it) and optional raw body bytes, for
 * what a sloppy or hostile client sends: bad percent-encoding, raw bytes, odd methods.
 */
export function rawRequest(url: string, options: { method?: string; path: string; headers?: Record<string, string>; body?: Buffer | string }): Promise<RawResponse> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: hostname, port, method: options.method ?? 'GET', path: options.path, headers: options.headers, insecureHTTPParser: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

/** Parses a JSON body, failing the test with the body when it is not JSON. */
export function json(body: string): unknown {
  try {
    return JSON.parse(body);
  } catch {
    throw new Error(`not JSON: ${body.slice(0, 200)}`);
  }
}

/** `?q=…&n=…` with proper UTF-8 percent-encoding. */
export function qs(params: Record<string, string | number>): string {
  return '?' + Object.entries(params).map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`).join('&');
}
