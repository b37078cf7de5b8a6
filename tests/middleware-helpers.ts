/**
 * Shared by the middleware tests: a real express 5 app with the middleware in front of a route
 * that echoes what it saw, and plain HTTP servers standing in for a remote baro.
 */
import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { typoCorrection, type TypoCorrectionOptions } from '../src/middleware/index.js';

export interface Served {
  url: string;
  server: Server;
  close(): Promise<void>;
}

/** Listens on a free port of 127.0.0.1. */
export async function serve(listener: RequestListener): Promise<Served> {
  const server = createServer(listener);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** What the search route saw. */
export interface Seen {
  query: Record<string, unknown>;
  baro: unknown;
  reqBaro: unknown;
  url: string;
}

/** An express app: `typoCorrection(options)` in front of `GET /search`, which answers with what it saw. */
export function searchApp(options: TypoCorrectionOptions): express.Express {
  const app = express();
  app.get('/search', typoCorrection(options), (req, res) => {
    const seen: Seen = { query: { ...req.query }, baro: res.locals.baro ?? null, reqBaro: req.baro ?? null, url: req.originalUrl };
    res.json(seen);
  });
  return app;
}

/** GETs `path` with `q` percent-encoded, returning what the route saw and how long it took. */
export async function search(url: string, params: Record<string, string | string[]>): Promise<Seen & { ms: number }> {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) for (const one of [v].flat()) qs.append(k, one);
  const start = performance.now();
  const res = await fetch(`${url}/search?${qs}`);
  if (res.status !== 200) throw new Error(`GET /search answered ${res.status}: ${await res.text()}`);
  const seen = (await res.json()) as Seen;
  return { ...seen, ms: performance.now() - start };
}

/** A port on 127.0.0.1 that nothing listens on (just released). */
export async function closedPort(): Promise<string> {
  const s = await serve((_req, res) => res.end());
  await s.close();
  return s.url;
}
