/** POST /v1/batch: results in order, the body schema, the size and type limits. */
import { strict as assert } from 'node:assert';
import { gzipSync } from 'node:zlib';
import { after, before, describe, it } from 'node:test';
import { fakeEngine, json, rawRequest, start, type FakeEngine, type Running } from './service-helpers.js';

let engine: FakeEngine;
let app: Running;
before(async () => {
  engine = fakeEngine();
  app = await start({ engine });
});
after(() => app.close());

function post(body: unknown, headers: Record<string, string> = { 'Content-Type': 'application/json' }): Promise<Response> {
  return fetch(`${app.url}/v1/batch`, { method: 'POST', headers, body: typeof body === 'string' ? body : JSON.stringify(body) });
}

async function expectError(res: Response, status: number, code: string, messagePart?: RegExp): Promise<void> {
  const body = (await res.json()) as { error: { code: string; message: string } };
  assert.equal(res.status, status, JSON.stringify(body));
  assert.equal(body.error.code, code);
  if (messagePart) assert.match(body.error.message, messagePart);
}

describe('POST /v1/batch', () => {
  it('answers one result per query, in order, with the default n of the op', async () => {
    const queries = ['아이혼', 'ＡＢＣ', '서울 ', '😀'];
    const res = await post({ op: 'correct', queries });
    assert.equal(res.status, 200);
    const body = (await res.json()) as { results: { query: string; normalized: string; candidates: unknown[] }[]; tookMs: number };
    assert.deepEqual(body.results.map((r) => r.query), queries);
    assert.equal(body.results[1]?.normalized, 'abc');
    assert.ok(body.results.every((r) => r.candidates.length === 5));
    assert.equal(typeof body.tookMs, 'number');

    const suggest = (await (await post({ op: 'suggest', queries: ['a', 'b'] })).json()) as { results: { suggestions: unknown[] }[] };
    assert.deepEqual(suggest.results.map((r) => r.suggestions.length), [10, 10]);
  });

  it('takes n, with the bound of the op', async () => {
    const body = (await (await post({ op: 'suggest', queries: ['a'], n: 50 })).json()) as { results: { suggestions: unknown[] }[] };
    assert.equal(body.results[0]?.suggestions.length, 50);
    await expectError(await post({ op: 'correct', queries: ['a'], n: 21 }), 400, 'invalid_body', /\bn\b.*20/);
    for (const n of [0, 1.5, '3', null, -1]) await expectError(await post({ op: 'suggest', queries: ['a'], n }), 400, 'invalid_body', /\bn\b/);
  });

  it('accepts an empty list and exactly 1000 queries', async () => {
    assert.deepEqual(((await (await post({ op: 'correct', queries: [] })).json()) as { results: unknown[] }).results, []);
    const many = Array.from({ length: 1000 }, (_, i) => `q${i}`);
    const body = (await (await post({ op: 'suggest', queries: many, n: 1 })).json()) as { results: { query: string }[] };
    assert.deepEqual(body.results.map((r) => r.query), many);
  });

  it('400 invalid_body for 1001 queries', async () => {
    await expectError(await post({ op: 'suggest', queries: Array.from({ length: 1001 }, () => 'a') }), 400, 'invalid_body', /1000/);
  });

  it('400 invalid_body for a wrong op, a missing field, a non-string query, an unknown field', async () => {
    await expectError(await post({ op: 'translate', queries: ['a'] }), 400, 'invalid_body', /\bop\b/);
    await expectError(await post({ queries: ['a'] }), 400, 'invalid_body', /\bop\b/);
    await expectError(await post({ op: 'correct' }), 400, 'invalid_body', /\bqueries\b/);
    await expectError(await post({ op: 'correct', queries: 'a' }), 400, 'invalid_body', /\bqueries\b/);
    await expectError(await post({ op: 'correct', queries: ['a', 7] }), 400, 'invalid_body', /queries\[1\]/);
    await expectError(await post({ op: 'correct', queries: ['a', null] }), 400, 'invalid_body', /queries\[1\]/);
    await expectError(await post({ op: 'correct', queries: ['a'], extra: 1 }), 400, 'invalid_body', /"extra"/);
    await expectError(await post('{"op":"correct","queries":["a"],"__proto__":{"x":1}}'), 400, 'invalid_body', /__proto__/);
  });

  it('400 for an empty or too long query, naming its index', async () => {
    await expectError(await post({ op: 'correct', queries: ['a', ''] }), 400, 'missing_parameter', /queries\[1\]/);
    await expectError(await post({ op: 'suggest', queries: ['가'.repeat(101)] }), 400, 'query_too_long', /queries\[0\]/);
  });

  it('400 invalid_body when the body is not an object', async () => {
    for (const body of ['[]', '[1,2]', '{}']) await expectError(await post(body), 400, 'invalid_body');
    // An empty body with the right type parses as nothing.
    await expectError(await post(''), 400, 'invalid_body');
  });

  it('400 malformed_json for broken JSON, including top-level scalars', async () => {
    for (const body of ['{', '{"op":', "{'op':'correct'}", 'null', '"str"', '42', '{"a":1}x', '[' + '['.repeat(100_000)]) {
      await expectError(await post(body), 400, 'malformed_json');
    }
  });

  it('400 invalid_encoding for a body that is not UTF-8', async () => {
    const body = Buffer.concat([Buffer.from('{"op":"correct","queries":["'), Buffer.from([0xff, 0xfe]), Buffer.from('"]}')]);
    const res = await rawRequest(app.url, { method: 'POST', path: '/v1/batch', headers: { 'Content-Type': 'application/json' }, body });
    assert.equal(res.status, 400, res.body);
    assert.equal((json(res.body) as { error: { code: string } }).error.code, 'invalid_encoding');
  });

  it('keeps a lone surrogate sent as a JSON escape (valid JSON, odd text)', async () => {
    const res = await post('{"op":"correct","queries":["\\ud800abc"]}');
    assert.equal(res.status, 200);
    const body = (await res.json()) as { results: { query: string; normalized: string }[] };
    assert.equal(body.results[0]?.query, '\ud800abc');
  });

  it('415 unsupported_media_type for a non-JSON content type or charset', async () => {
    await expectError(await post({ op: 'correct', queries: ['a'] }, { 'Content-Type': 'text/plain' }), 415, 'unsupported_media_type');
    await expectError(await post('op=correct', { 'Content-Type': 'application/x-www-form-urlencoded' }), 415, 'unsupported_media_type');
    await expectError(await post({ op: 'correct', queries: ['a'] }, { 'Content-Type': 'application/json; charset=latin1' }), 415, 'unsupported_media_type');
    const res = await rawRequest(app.url, { method: 'POST', path: '/v1/batch', body: '{"op":"correct","queries":["a"]}' });
    assert.equal(res.status, 415, 'no content type at all');
    assert.equal((await post({ op: 'correct', queries: ['a'] }, { 'Content-Type': 'Application/JSON; charset=UTF-8' })).status, 200);
  });

  it('413 payload_too_large above 256 KB, JSON like every error', async () => {
    const queries = Array.from({ length: 900 }, () => 'ㄱ'.repeat(100)); // ~270 KB of UTF-8
    await expectError(await post({ op: 'suggest', queries }), 413, 'payload_too_large', /262144/);
    // Also when the size only shows after decompression.
    const gz = gzipSync(Buffer.from(JSON.stringify({ op: 'suggest', queries })));
    const res = await rawRequest(app.url, { method: 'POST', path: '/v1/batch', headers: { 'Content-Type': 'application/json', 'Content-Encoding': 'gzip' }, body: gz });
    assert.equal(res.status, 413, res.body);
  });

  it('415 for an unknown content encoding', async () => {
    const res = await rawRequest(app.url, { method: 'POST', path: '/v1/batch', headers: { 'Content-Type': 'application/json', 'Content-Encoding': 'zstd-ish' }, body: '{}' });
    assert.equal(res.status, 415, res.body);
    assert.equal((json(res.body) as { error: { code: string } }).error.code, 'unsupported_media_type');
  });
});

describe('a long batch', () => {
  let slow: Running;
  before(async () => {
    slow = await start({ engine: fakeEngine({ busyMs: 2 }), config: { maxQueryLength: 100, cache: { size: 0, ttlMs: 0 }, corsOrigins: [], batch: { maxQueries: 1000, maxBodyBytes: 262_144 } } });
  });
  after(() => slow.close());

  it('lets other requests through while it runs', async () => {
    // 300 queries × 2 ms of synchronous work: ~600 ms that must not hold up /healthz.
    const started = performance.now();
    const batch = fetch(`${slow.url}/v1/batch`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ op: 'correct', queries: Array.from({ length: 300 }, (_, i) => `q${i}`) }),
    });
    await new Promise((r) => setTimeout(r, 100));
    const health = await fetch(`${slow.url}/healthz`);
    const healthAt = performance.now() - started;
    assert.equal(health.status, 200);
    const res = await batch;
    const batchAt = performance.now() - started;
    assert.equal(res.status, 200);
    assert.ok(healthAt < batchAt - 200, `healthz answered at ${healthAt.toFixed(0)} ms, batch at ${batchAt.toFixed(0)} ms`);
  });
});
