/**
 * `npm run bench:http`: HTTP throughput of `GET /v1/suggest` with autocannon on loopback, against
 * the real server (src/cli/serve.ts, as `npm start` runs it) and, in the same run, against a bare
 * express 5 server that answers a fixed JSON body of the same size. Prints requests/s, latency
 * p50/p99 and the ratio baro / bare for:
 *
 * - cached traffic: a small fixed set of queries, repeated (the service's LRU cache answers);
 * - uncached traffic: every keystroke prefix of data/dev/complete-queries.txt in turn, on a second
 *   server started with BARO_CACHE_SIZE=0, so every request runs the engine.
 *
 * The target: cached throughput ≥ 60% of bare express. The load generator shares the
 * machine with the server (loopback), so on a 2-core machine both figures are client-bound too.
 *
 *   npm run bench:http [-- --duration 10 --connections 10 --json]
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import express from 'express';
import { keystrokePrefixes } from '../src/eval/index.js';
import { machine } from './stats.js';

const ROOT = join(import.meta.dirname, '..');

/** The queries of the cached scenario: popular, of several lengths, repeated round-robin. */
const CACHED_QUERIES = ['무한도전', '롯데시네마', '날씨', '서울 맛집', '아이폰', '한국 스웨덴', '저수지 게임', 'ㅂㅌㅅ', '삼성전자', '유튜브'];

// `--bare-server PORT`: run as the bare express 5 server (a child process, like the real one).
if (process.argv[2] === '--bare-server') {
  const body: unknown = JSON.parse(process.env['BENCH_BARE_BODY'] ?? '{"ok":true}');
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);
  app.get('/v1/suggest', (_req, res) => {
    res.json(body);
  });
  app.get('/readyz', (_req, res) => {
    res.json({ status: 'ready' });
  });
  app.listen(Number(process.argv[3]), '127.0.0.1');
} else {
  await main();
}

interface Result {
  scenario: string;
  target: 'bare' | 'baro';
  requestsPerSec: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  errors: number;
  non2xx: number;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { duration: { type: 'string', default: '10' }, connections: { type: 'string', default: '10' }, json: { type: 'boolean', default: false } },
  });
  const duration = Number(values.duration);
  const connections = Number(values.connections);
  if (!(duration > 0) || !(Number.isInteger(connections) && connections > 0)) throw new TypeError('--duration and --connections must be positive numbers');
  const log = (line: string): void => {
    if (!values.json) process.stderr.write(`${line}\n`);
  };

  const children: ChildProcess[] = [];
  const stopAll = (): void => {
    for (const c of children) if (c.exitCode === null) c.kill('SIGTERM');
  };
  process.on('exit', stopAll);
  process.on('SIGINT', () => {
    stopAll();
    process.exit(130);
  });

  // Both baro servers load at once (~5 s each); only one is ever under load.
  log('starting baro twice (cache on, cache off) …');
  const [cachedPort, uncachedPort, barePort] = [await freePort(), await freePort(), await freePort()];
  const baroEnv = { BARO_LOG_LEVEL: 'warn', HOST: '127.0.0.1' };
  children.push(startNode([join(ROOT, 'src/cli/serve.ts')], { ...baroEnv, PORT: String(cachedPort) }));
  children.push(startNode([join(ROOT, 'src/cli/serve.ts')], { ...baroEnv, PORT: String(uncachedPort), BARO_CACHE_SIZE: '0' }));
  const cachedUrl = `http://127.0.0.1:${cachedPort}`;
  const uncachedUrl = `http://127.0.0.1:${uncachedPort}`;
  const ready = await waitReady(cachedUrl);
  await waitReady(uncachedUrl);

  // The bare server answers what baro answers for the first cached query, so bodies weigh the same.
  const cachedPaths = CACHED_QUERIES.map((q) => `/v1/suggest?q=${encodeURIComponent(q)}&n=10`);
  const sample = await (await fetch(cachedUrl + cachedPaths[0])).text();
  children.push(startNode([import.meta.filename, '--bare-server', String(barePort)], { BENCH_BARE_BODY: sample }));
  const bareUrl = `http://127.0.0.1:${barePort}`;
  await waitReady(bareUrl);

  const prefixes = [...new Set(readFileSync(join(ROOT, 'data/dev/complete-queries.txt'), 'utf8').split('\n').filter(Boolean).flatMap((q) => keystrokePrefixes(q)))];
  const uncachedPaths = prefixes.map((p) => `/v1/suggest?q=${encodeURIComponent(p)}&n=10`);
  for (const p of cachedPaths) await (await fetch(cachedUrl + p)).arrayBuffer(); // fill the cache

  const results: Result[] = [];
  const run = async (scenario: string, target: Result['target'], url: string, paths: string[]): Promise<void> => {
    log(`${scenario}: ${url} (${paths.length} distinct paths), ${duration} s × ${connections} connections …`);
    await load(url, paths, Math.min(2, duration), connections); // warm-up: JIT, sockets
    const r = await load(url, paths, duration, connections);
    results.push({ scenario, target, requestsPerSec: r.requests.mean, p50Ms: r.latency.p50, p99Ms: r.latency.p99, requests: r.requests.total, errors: r.errors + r.timeouts, non2xx: r.non2xx });
  };
  await run('bare express 5, fixed JSON', 'bare', bareUrl, cachedPaths);
  await run('baro /v1/suggest cached', 'baro', cachedUrl, cachedPaths);
  await run('baro /v1/suggest uncached', 'baro', uncachedUrl, uncachedPaths);
  stopAll();

  const bare = results[0]!;
  const ratio = (r: Result): number => r.requestsPerSec / bare.requestsPerSec;
  const cached = results[1]!;
  const out = {
    date: new Date().toISOString(),
    machine: machine(),
    command: 'npm run bench:http',
    duration,
    connections,
    lm: ready.lm,
    results: results.map((r) => ({ ...r, vsBare: ratio(r) })),
    cachedVsBare: ratio(cached),
    target: 0.6,
    pass: ratio(cached) >= 0.6,
  };
  if (values.json) {
    console.log(JSON.stringify(out, null, 2));
    return;
  }
  console.log(`\n${out.machine}; loopback, autocannon in this process, ${connections} connections, ${duration} s per scenario; baro language model: ${ready.lm}`);
  const rows = [
    ['scenario', 'req/s', 'p50 ms', 'p99 ms', 'errors', 'vs bare'],
    ...results.map((r) => [r.scenario, Math.round(r.requestsPerSec).toLocaleString('en-US'), r.p50Ms.toFixed(1), r.p99Ms.toFixed(1), String(r.errors + r.non2xx), r === bare ? '—' : `${(100 * ratio(r)).toFixed(0)}%`]),
  ];
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  for (const r of rows) console.log(r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  '));
  console.log(`\ncached /v1/suggest at ${(100 * out.cachedVsBare).toFixed(0)}% of bare express (target ≥ 60%): ${out.pass ? 'met' : 'NOT met'}`);
}

function load(url: string, paths: string[], duration: number, connections: number): Promise<autocannon.Result> {
  let i = 0;
  return autocannon({
    url,
    connections,
    duration,
    // One shared cursor, so connections walk the list together instead of each from the start.
    requests: [{ method: 'GET', setupRequest: (req) => ({ ...req, path: paths[i++ % paths.length]! }) }],
  });
}

function startNode(args: string[], env: Record<string, string>): ChildProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', ...args], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'inherit'] });
  child.on('exit', (code, signal) => {
    if (code !== 0 && code !== null && signal === null) process.stderr.write(`server ${args.join(' ')} exited with ${code}\n`);
  });
  return child;
}

/** Polls `/readyz` until it answers 200 (the lexicon takes ~5 s to load). */
async function waitReady(url: string, timeoutMs = 120_000): Promise<{ lm: string }> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      const res = await fetch(`${url}/readyz`);
      if (res.status === 200) return { lm: ((await res.json()) as { lm?: string }).lm ?? 'n/a' };
      await res.arrayBuffer();
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url}/readyz not ready after ${timeoutMs / 1000} s`);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}
