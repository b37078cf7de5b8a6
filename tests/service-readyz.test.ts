/** Readiness: 503 while the lexicon loads, 200 after, 503 again once shutdown begins. */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import type { ServiceEngine } from '../src/service/index.js';
import { fakeEngine, fakeLm, start } from './service-helpers.js';

function deferred<T>(): { promise: Promise<T>; resolve(value: T): void; reject(err: unknown): void } {
  let resolve!: (value: T) => void;
  let reject!: (err: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('/healthz and /readyz', () => {
  it('healthz is 200 at once; readyz and queries are 503 until the engine arrives, then 200', async () => {
    const loading = deferred<ServiceEngine>();
    const app = await start({ engine: loading.promise });
    try {
      const health = await fetch(`${app.url}/healthz`);
      assert.equal(health.status, 200);
      assert.deepEqual(await health.json(), { status: 'ok' });

      let ready = await fetch(`${app.url}/readyz`);
      assert.equal(ready.status, 503);
      assert.deepEqual(await ready.json(), { status: 'loading' });

      for (const res of [
        await fetch(`${app.url}/v1/correct?q=a`),
        await fetch(`${app.url}/v1/suggest?q=a`),
        await fetch(`${app.url}/v1/batch`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"op":"correct","queries":["a"]}' }),
      ]) {
        assert.equal(res.status, 503);
        assert.equal(res.headers.get('retry-after'), '1');
        assert.equal(((await res.json()) as { error: { code: string } }).error.code, 'not_ready');
      }
      // Validation does not wait for the data: a bad request is a 400 even now.
      assert.equal((await fetch(`${app.url}/v1/correct?q=`)).status, 400);
      assert.match(await (await fetch(`${app.url}/metrics`)).text(), /^baro_ready 0$/m);

      loading.resolve(fakeEngine({ size: 451_533 }));
      await loading.promise;
      ready = await fetch(`${app.url}/readyz`);
      assert.equal(ready.status, 200);
      assert.deepEqual(await ready.json(), { status: 'ready', lm: 'unavailable', lexicon: { entries: 451_533 } });
      assert.equal((await fetch(`${app.url}/v1/correct?q=a`)).status, 200);
      const metrics = await (await fetch(`${app.url}/metrics`)).text();
      assert.match(metrics, /^baro_ready 1$/m);
      assert.match(metrics, /^baro_lm_available 0$/m);
    } finally {
      await app.close();
    }
  });

  it('reports the language model when there is one', async () => {
    const app = await start({ engine: fakeEngine({ lm: fakeLm }) });
    try {
      const res = await fetch(`${app.url}/readyz`);
      assert.deepEqual(await res.json(), {
        status: 'ready',
        lm: 'available',
        lexicon: { entries: 3 },
        model: { name: 'fake-lm', bytes: 1234, vocabSize: 56 },
      });
    } finally {
      await app.close();
    }
  });

  it('stays 503 "failed" when the engine fails to load, still answering JSON', async () => {
    const loading = deferred<ServiceEngine>();
    const app = await start({ engine: loading.promise });
    try {
      loading.reject(new Error('data/lexicon.tsv.gz: ENOENT'));
      await loading.promise.catch(() => {});
      const res = await fetch(`${app.url}/readyz`);
      assert.equal(res.status, 503);
      assert.deepEqual(await res.json(), { status: 'failed' });
      const query = await fetch(`${app.url}/v1/suggest?q=a`);
      assert.equal(query.status, 503);
      assert.match(((await query.json()) as { error: { message: string } }).error.message, /failed/);
      assert.equal((await fetch(`${app.url}/healthz`)).status, 200);
    } finally {
      await app.close();
    }
  });

  it('turns 503 "stopping" once shutdown begins, and asks clients to reconnect', async () => {
    const stop = new AbortController();
    const app = await start({ engine: fakeEngine(), signal: stop.signal });
    try {
      assert.equal((await fetch(`${app.url}/readyz`)).status, 200);
      stop.abort();
      const res = await fetch(`${app.url}/readyz`);
      assert.equal(res.status, 503);
      assert.deepEqual(await res.json(), { status: 'stopping' });
      // In-flight and late requests are still answered while draining.
      const query = await fetch(`${app.url}/v1/correct?q=a`);
      assert.equal(query.status, 200);
      assert.equal(query.headers.get('connection'), 'close');
    } finally {
      await app.close();
    }
  });
});
