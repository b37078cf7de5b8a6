import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fakeEngine, json, qs, rawRequest, start } from './service-helpers.js';

/** The durations of a Server-Timing header, by metric name. */
function timings(header: string | string[] | undefined): Record<string, number> {
  assert.equal(typeof header, 'string', 'one Server-Timing header');
  const out: Record<string, number> = {};
  for (const part of (header as string).split(',')) {
    const m = /^\s*([a-z]+);dur=(\d+(?:\.\d+)?)\s*$/u.exec(part);
    assert.ok(m, `a metric with a duration: ${part}`);
    out[m[1]!] = Number(m[2]);
  }
  return out;
}

test('every answer to a query says in Server-Timing what the engine and the whole request took, the engine\'s time being tookMs', async () => {
  // The fake engine works 3 ms per query, as the real one works synchronously.
  const running = await start({ engine: fakeEngine({ busyMs: 3 }) });
  try {
    for (const path of [`/v1/correct${qs({ q: '아이펀' })}`, `/v1/suggest${qs({ q: '아이' })}`]) {
      const r = await rawRequest(running.url, { path });
      assert.equal(r.status, 200);
      const t = timings(r.headers['server-timing']);
      assert.equal(t['engine'], (json(r.body) as { tookMs: number }).tookMs, path);
      assert.ok(t['engine']! >= 3, `${path}: the engine's 3 ms are counted (${t['engine']})`);
      assert.ok(t['total']! >= t['engine']!, `${path}: the request took at least the engine's time`);
    }
    const batch = await rawRequest(running.url, {
      method: 'POST',
      path: '/v1/batch',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ op: 'suggest', queries: ['부산', '서울'] }),
    });
    assert.equal(batch.status, 200);
    const t = timings(batch.headers['server-timing']);
    assert.equal(t['engine'], (json(batch.body) as { tookMs: number }).tookMs);
    assert.ok(t['engine']! >= 6, `two queries of 3 ms (${t['engine']})`);
  } finally {
    await running.close();
  }
});

test('an error answer carries no Server-Timing: no query was answered', async () => {
  const running = await start({ engine: fakeEngine() });
  try {
    const r = await rawRequest(running.url, { path: '/v1/suggest' });
    assert.equal(r.status, 400);
    assert.equal(r.headers['server-timing'], undefined);
  } finally {
    await running.close();
  }
});
