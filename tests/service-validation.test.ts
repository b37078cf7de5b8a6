/**
 * Request validation at the edge: every malformed request is a 4xx with `{error: {code, message}}`,
 * and the engine is never asked.
 */
import { strict as assert } from 'node:assert';
import { after, before, describe, it } from 'node:test';
import { fakeEngine, json, qs, rawRequest, start, TEST_CONFIG, type FakeEngine, type Running } from './service-helpers.js';

let engine: FakeEngine;
let app: Running;
before(async () => {
  engine = fakeEngine();
  app = await start({ engine });
});
after(() => app.close());

/** Asserts the one error shape and returns the code. */
async function expectError(res: Response, status: number, code: string, messagePart?: RegExp): Promise<void> {
  const body = (await res.json()) as { error?: { code?: unknown; message?: unknown } };
  assert.equal(res.status, status, JSON.stringify(body));
  assert.match(res.headers.get('content-type') ?? '', /^application\/json/);
  assert.deepEqual(Object.keys(body), ['error']);
  assert.deepEqual(Object.keys(body.error ?? {}).sort(), ['code', 'message']);
  assert.equal(body.error?.code, code);
  assert.equal(typeof body.error?.message, 'string');
  if (messagePart) assert.match(String(body.error?.message), messagePart);
}

describe('GET /v1/correct and /v1/suggest', () => {
  it('answer the engine result with tookMs and the default n', async () => {
    const res = await fetch(`${app.url}/v1/correct${qs({ q: '아이혼' })}`);
    assert.equal(res.status, 200);
    const body = (await res.json()) as Record<string, unknown>;
    assert.equal(body['query'], '아이혼');
    assert.equal((body['candidates'] as unknown[]).length, 5);
    assert.equal(typeof body['tookMs'], 'number');
    assert.equal(Math.round((body['tookMs'] as number) * 100) / 100, body['tookMs'], 'two decimals');

    const suggest = (await (await fetch(`${app.url}/v1/suggest${qs({ q: '아잎' })}`)).json()) as { suggestions: unknown[] };
    assert.equal(suggest.suggestions.length, 10);
  });

  it('accept n up to the maximum of each operation', async () => {
    assert.equal(((await (await fetch(`${app.url}/v1/correct${qs({ q: 'a', n: 20 })}`)).json()) as { candidates: unknown[] }).candidates.length, 20);
    assert.equal(((await (await fetch(`${app.url}/v1/suggest${qs({ q: 'a', n: 50 })}`)).json()) as { suggestions: unknown[] }).suggestions.length, 50);
    assert.equal(((await (await fetch(`${app.url}/v1/suggest${qs({ q: 'a', n: 1 })}`)).json()) as { suggestions: unknown[] }).suggestions.length, 1);
  });

  it('decode + as a space (form encoding)', async () => {
    const body = (await (await fetch(`${app.url}/v1/suggest?q=%EC%84%9C%EC%9A%B8+`)).json()) as { query: string };
    assert.equal(body.query, '서울 ');
  });

  for (const op of ['correct', 'suggest'] as const) {
    const max = op === 'correct' ? 20 : 50;
    describe(op, () => {
      it('400 missing_parameter without q', async () => {
        await expectError(await fetch(`${app.url}/v1/${op}`), 400, 'missing_parameter', /\bq\b/);
        await expectError(await fetch(`${app.url}/v1/${op}?n=3`), 400, 'missing_parameter', /\bq\b/);
      });
      it('400 missing_parameter for an empty q', async () => {
        await expectError(await fetch(`${app.url}/v1/${op}?q=`), 400, 'missing_parameter', /\bq\b/);
        await expectError(await fetch(`${app.url}/v1/${op}?q`), 400, 'missing_parameter');
      });
      it('400 query_too_long over 100 characters, counting code points', async () => {
        await expectError(await fetch(`${app.url}/v1/${op}${qs({ q: '가'.repeat(101) })}`), 400, 'query_too_long', /100/);
        assert.equal((await fetch(`${app.url}/v1/${op}${qs({ q: '가'.repeat(100) })}`)).status, 200);
        // 100 emoji are 200 UTF-16 units but 100 characters.
        assert.equal((await fetch(`${app.url}/v1/${op}${qs({ q: '😀'.repeat(100) })}`)).status, 200);
        await expectError(await fetch(`${app.url}/v1/${op}${qs({ q: '😀'.repeat(101) })}`), 400, 'query_too_long');
      });
      for (const n of ['0', '-1', String(max + 1), '1.5', 'abc', '', ' 3', '3 ', '1e1', '0x5', '99999999999999999999']) {
        it(`400 invalid_parameter for n=${JSON.stringify(n)}`, async () => {
          await expectError(await fetch(`${app.url}/v1/${op}?q=a&n=${encodeURIComponent(n)}`), 400, 'invalid_parameter', /\bn\b/);
        });
      }
      it('400 duplicate_parameter for q or n given twice', async () => {
        await expectError(await fetch(`${app.url}/v1/${op}?q=a&q=b`), 400, 'duplicate_parameter', /\bq\b/);
        await expectError(await fetch(`${app.url}/v1/${op}?q=a&n=1&n=2`), 400, 'duplicate_parameter', /\bn\b/);
      });
      it('400 invalid_encoding for bytes that are not UTF-8 or a broken escape', async () => {
        for (const q of ['%FF', '%ED%A0%80' /* an encoded lone surrogate */, '%C0%AF' /* overlong */, '%EA%B0' /* truncated */, '%', '%G1', 'abc%2']) {
          const res = await rawRequest(app.url, { path: `/v1/${op}?q=${q}` });
          assert.equal(res.status, 400, `${q}: ${res.body}`);
          assert.equal((json(res.body) as { error: { code: string } }).error.code, 'invalid_encoding', q);
        }
      });
      it('ignores parameters it does not know', async () => {
        assert.equal((await fetch(`${app.url}/v1/${op}?q=a&_=123&callback=x`)).status, 200);
      });
    });
  }

  it('never asked the engine about a rejected request', () => {
    for (const call of engine.calls) assert.ok(call.raw !== '' && [...call.raw].length <= TEST_CONFIG.maxQueryLength, JSON.stringify(call));
  });
});

describe('requests the HTTP parser refuses still answer JSON', () => {
  it('400 bad_request for raw (unencoded) non-ASCII bytes in the URL', async () => {
    const res = await rawRequest(app.url, { path: `/v1/correct?q=${Buffer.from('아이폰').toString('latin1')}` });
    assert.equal(res.status, 400);
    assert.equal((json(res.body) as { error: { code: string } }).error.code, 'bad_request');
  });
  it('431 header_too_large for a URL over the header limit', async () => {
    const res = await rawRequest(app.url, { path: `/v1/correct${qs({ q: '가'.repeat(3000) })}` });
    assert.equal(res.status, 431);
    assert.equal((json(res.body) as { error: { code: string } }).error.code, 'header_too_large');
    const text = await (await fetch(`${app.url}/metrics`)).text();
    assert.match(text, /baro_http_client_errors_total\{status="431"\} 1/);
  });
});

describe('routes and methods', () => {
  it('404 not_found JSON for unknown routes', async () => {
    await expectError(await fetch(`${app.url}/nope`), 404, 'not_found', /\/nope/);
    await expectError(await fetch(`${app.url}/v1/correct/extra?q=a`), 404, 'not_found');
    await expectError(await fetch(`${app.url}/v2/correct?q=a`, { method: 'POST' }), 404, 'not_found');
  });
  it('405 method_not_allowed with Allow for known paths', async () => {
    let res = await fetch(`${app.url}/v1/correct?q=a`, { method: 'POST' });
    assert.equal(res.headers.get('allow'), 'GET, HEAD');
    await expectError(res, 405, 'method_not_allowed');
    res = await fetch(`${app.url}/v1/batch`);
    assert.equal(res.headers.get('allow'), 'POST');
    await expectError(res, 405, 'method_not_allowed');
    await expectError(await fetch(`${app.url}/healthz`, { method: 'DELETE' }), 405, 'method_not_allowed');
  });
  it('OPTIONS lists the allowed methods', async () => {
    const res = await fetch(`${app.url}/v1/batch`, { method: 'OPTIONS' });
    assert.equal(res.status, 204);
    assert.equal(res.headers.get('allow'), 'POST');
  });
  it('HEAD works where GET does', async () => {
    const res = await fetch(`${app.url}/v1/suggest?q=a`, { method: 'HEAD' });
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /^application\/json/);
  });
  it('sends no CORS headers unless configured', async () => {
    const res = await fetch(`${app.url}/v1/suggest?q=a`, { headers: { Origin: 'https://a.example' } });
    assert.equal(res.headers.get('access-control-allow-origin'), null);
  });
});

describe('CORS allow-list', () => {
  let cors: Running;
  before(async () => {
    cors = await start({ engine: fakeEngine(), config: { ...TEST_CONFIG, corsOrigins: ['https://a.example'] } });
  });
  after(() => cors.close());

  it('allows a listed origin and answers its preflight', async () => {
    const res = await fetch(`${cors.url}/v1/suggest?q=a`, { headers: { Origin: 'https://a.example' } });
    assert.equal(res.headers.get('access-control-allow-origin'), 'https://a.example');
    assert.match(res.headers.get('vary') ?? '', /Origin/);
    const pre = await fetch(`${cors.url}/v1/batch`, {
      method: 'OPTIONS',
      headers: { Origin: 'https://a.example', 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type' },
    });
    assert.equal(pre.status, 204);
    assert.equal(pre.headers.get('access-control-allow-origin'), 'https://a.example');
    assert.match(pre.headers.get('access-control-allow-methods') ?? '', /POST/);
    assert.match(pre.headers.get('access-control-allow-headers') ?? '', /Content-Type/i);
  });
  it('gives an unlisted origin no allow header', async () => {
    const res = await fetch(`${cors.url}/v1/suggest?q=a`, { headers: { Origin: 'https://evil.example' } });
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('access-control-allow-origin'), null);
  });
});
