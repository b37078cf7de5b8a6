/**
 * Graceful shutdown: refuse new connections, finish in-flight requests, exit 0 — in-process through
 * `shutdown()`, and end to end through `npm start`'s entry point and a real SIGTERM.
 */
import { strict as assert } from 'node:assert';
import { spawn } from 'node:child_process';
import { npmStartFlags } from '../src/cli/start-flags.js';
import { once } from 'node:events';
import { readdirSync } from 'node:fs';
import { getPriority } from 'node:os';
import { createInterface } from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, it } from 'node:test';
import { shutdown, threadPolicy, type ServiceEngine } from '../src/service/index.js';
import { fakeEngine, start } from './service-helpers.js';

/** A fake engine whose corrections take `ms` of waiting (not CPU), so requests stay in flight. */
function slowEngine(ms: number): ServiceEngine {
  const base = fakeEngine();
  return {
    ...base,
    async correct(raw, n) {
      await sleep(ms);
      return base.correct(raw, n);
    },
  };
}

describe('shutdown()', () => {
  it('finishes in-flight requests, refuses new connections, then resolves drained', async () => {
    const app = await start({ engine: slowEngine(300) });
    const inFlight = fetch(`${app.url}/v1/correct?q=a`);
    await sleep(50);
    const started = performance.now();
    const stopped = shutdown(app.server, 5000);
    await assert.rejects(fetch(`${app.url}/healthz`), 'new connections are refused');
    const res = await inFlight;
    assert.equal(res.status, 200);
    assert.equal(((await res.json()) as { query: string }).query, 'a');
    assert.equal(await stopped, 'drained');
    // The keep-alive connection the answer went out on must not hold the server for its idle timeout.
    assert.ok(performance.now() - started < 1500, `took ${(performance.now() - started).toFixed(0)} ms`);
  });

  it('cuts requests still running at the timeout and says so', async () => {
    const app = await start({ engine: slowEngine(3000) });
    const inFlight = fetch(`${app.url}/v1/correct?q=a`).then(
      (r) => r.status,
      () => 'cut',
    );
    await sleep(50);
    assert.equal(await shutdown(app.server, 200), 'timeout');
    assert.equal(await inFlight, 'cut');
  });
});

/** Runs `src/cli/serve.ts` as `npm start` does (its Node flags) with `env`; yields its log lines as parsed JSON. */
function serve(env: Record<string, string>) {
  const child = spawn(process.execPath, [...npmStartFlags(process.cwd()), '--import', 'tsx', 'src/cli/serve.ts'], {
    env: { PATH: process.env['PATH'] ?? '', HOST: '127.0.0.1', PORT: '0', BARO_LM: 'off', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: Record<string, unknown>[] = [];
  let stderr = '';
  const waiters: { msg: string; resolve(line: Record<string, unknown>): void }[] = [];
  createInterface({ input: child.stderr }).on('line', (text) => {
    stderr += text + '\n';
    let line: Record<string, unknown>;
    try {
      line = JSON.parse(text) as Record<string, unknown>;
    } catch {
      return;
    }
    lines.push(line);
    for (const w of waiters.filter((w) => w.msg === line['msg'])) w.resolve(line);
  });
  const exited = once(child, 'exit') as Promise<[number | null, NodeJS.Signals | null]>;
  return {
    child,
    lines,
    exited,
    stderr: () => stderr,
    waitFor(msg: string): Promise<Record<string, unknown>> {
      const found = lines.find((l) => l['msg'] === msg);
      if (found) return Promise.resolve(found);
      return new Promise((resolve) => waiters.push({ msg, resolve }));
    },
  };
}

describe('npm start (src/cli/serve.ts)', () => {
  it('refuses a bad configuration before loading anything, naming the variable', async () => {
    const server = serve({ BARO_CACHE_SIZ: '5', PORT: 'eighty' });
    const [code] = await server.exited;
    assert.equal(code, 2);
    assert.match(server.stderr(), /BARO_CACHE_SIZ: unknown variable/);
    assert.match(server.stderr(), /PORT="eighty"/);
  });

  it('loads, lowers its helper threads, answers, and on SIGTERM finishes the in-flight batch and exits 0', async () => {
    const server = serve({ BARO_LOG_LEVEL: 'info' });
    try {
      const { url } = (await server.waitFor('listening')) as { url: string };
      const loaded = await server.waitFor('engine loaded');
      assert.equal(typeof loaded['ms'], 'number', 'logs the load time');
      await server.waitFor('ready');
      const ready = (await (await fetch(`${url}/readyz`)).json()) as { status: string; lm: string };
      assert.deepEqual([ready.status, ready.lm], ['ready', 'unavailable']);
      const lowered = await server.waitFor('helper threads lowered');
      assert.equal(lowered['priority'], 'idle');
      if (process.platform === 'linux') {
        // Every thread but the main one at nice 19 and, where util-linux's chrt is there, under
        // SCHED_IDLE (BARO_HELPER_PRIORITY's default); the main one as started.
        const pid = server.child.pid!;
        const helpers = readdirSync(`/proc/${pid}/task`).map(Number).filter((id) => id !== pid);
        assert.ok(Number(lowered['low']) > 0 && helpers.length > 0);
        for (const id of helpers) assert.equal(getPriority(id), 19, `thread ${id}`);
        if (lowered['idleError'] === undefined) for (const id of helpers) assert.equal(threadPolicy(id, pid), 5, `thread ${id} under SCHED_IDLE`);
        assert.equal(getPriority(pid), getPriority(process.pid));
        assert.equal(threadPolicy(pid, pid), 0);
      }

      // Distinct made-up Korean queries: uncached work that keeps the batch in flight a while.
      const syllables = [...'가나다라마바사아자차카타파하'];
      const queries = Array.from({ length: 1000 }, (_, i) => `${syllables[i % 14]}${syllables[(i * 5) % 14]}${syllables[(i * 11) % 13]}${i % 7 === 0 ? ' 맛집' : ''}`);
      const sent = performance.now();
      const batch = fetch(`${url}/v1/batch`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ op: 'correct', queries }) });
      await sleep(30);
      const signalledAfter = performance.now() - sent;
      server.child.kill('SIGTERM');
      const res = await batch;
      assert.equal(res.status, 200);
      const body = (await res.json()) as { results: unknown[]; tookMs: number };
      assert.equal(body.results.length, 1000);
      // Its work began after the request was sent and lasted tookMs, so it ended after the signal:
      // it really was in flight when shutdown began (however fast the machine).
      assert.ok(body.tookMs > signalledAfter, `batch took ${body.tookMs} ms, signalled ${signalledAfter.toFixed(1)} ms after sending`);
      const [code] = await server.exited;
      assert.equal(code, 0, server.stderr());
      assert.ok(server.lines.some((l) => l['msg'] === 'shutting down' && l['signal'] === 'SIGTERM'));
      assert.ok(server.lines.some((l) => l['msg'] === 'stopped'));
    } finally {
      if (server.child.exitCode === null) server.child.kill('SIGKILL');
    }
  });
});
