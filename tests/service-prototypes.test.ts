/**
 * `listen` has Node create an express app's requests and responses with the app's prototypes, so
 * express's per-request `Object.setPrototypeOf` changes nothing (see `bornWithPrototypes`).
 */
import { strict as assert } from 'node:assert';
import { IncomingMessage, ServerResponse, createServer, type RequestListener, type Server } from 'node:http';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { baseUrl, bornWithPrototypes, createApp, createMetrics, listen } from '../src/service/index.js';
import { TEST_CONFIG, fakeEngine, qs } from './service-helpers.js';

/** Counts `Object.setPrototypeOf` calls that change a request's or response's prototype while installed. */
function countPrototypeChanges(): { changes: () => number; restore: () => void } {
  const original = Object.setPrototypeOf;
  let changes = 0;
  Object.setPrototypeOf = (o: object, proto: object | null) => {
    if ((o instanceof IncomingMessage || o instanceof ServerResponse) && Object.getPrototypeOf(o) !== proto) changes++;
    return original(o, proto);
  };
  return { changes: () => changes, restore: () => void (Object.setPrototypeOf = original) };
}

const close = (server: Server): Promise<void> =>
  new Promise((resolve) => {
    server.closeAllConnections();
    server.close(() => resolve());
  });

describe('requests born with express prototypes', () => {
  let counter: ReturnType<typeof countPrototypeChanges>;
  let servers: Server[] = [];
  beforeEach(() => {
    servers = [];
  });
  afterEach(async () => {
    counter?.restore();
    await Promise.all(servers.map(close));
  });

  it('serves baro with no prototype changed per request, and answers as before', async () => {
    const metrics = createMetrics({ defaultMetrics: false });
    const app = createApp({ engine: fakeEngine(), config: TEST_CONFIG, metrics });
    const server = await listen(app, { port: 0, host: '127.0.0.1', metrics });
    servers.push(server);
    counter = countPrototypeChanges();
    for (const path of [`/v1/suggest${qs({ q: '서울', n: 2 })}`, `/v1/correct${qs({ q: '아이혼' })}`, '/nope']) {
      const res = await fetch(baseUrl(server) + path);
      assert.equal(res.headers.get('content-type'), 'application/json; charset=utf-8');
      const body = (await res.json()) as Record<string, unknown>;
      assert.ok(path === '/nope' ? res.status === 404 && 'error' in body : res.status === 200 && 'query' in body, `${path}: ${res.status}`);
    }
    assert.equal(counter.changes(), 0);
  });

  it('a plain createServer leaves express to change two prototypes per request (what the option avoids)', async () => {
    const app = createApp({ engine: fakeEngine(), config: TEST_CONFIG, metrics: createMetrics({ defaultMetrics: false }) });
    const server = createServer(app);
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    counter = countPrototypeChanges();
    await (await fetch(`${baseUrl(server)}/healthz`)).arrayBuffer();
    assert.equal(counter.changes(), 2);
  });

  it('the constructors make instances of the app prototypes that are still Node requests and responses', () => {
    const app = createApp({ engine: fakeEngine(), config: TEST_CONFIG, metrics: createMetrics({ defaultMetrics: false }) });
    const options = bornWithPrototypes(app);
    const Req = options.IncomingMessage!;
    const req = new Req(undefined as never);
    assert.equal(Object.getPrototypeOf(req), (app as unknown as { request: object }).request);
    assert.ok(req instanceof IncomingMessage);
    const Res = options.ServerResponse!;
    const res = new Res(req);
    assert.equal(Object.getPrototypeOf(res), (app as unknown as { response: object }).response);
    assert.ok(res instanceof ServerResponse);
  });

  it('a listener that is not an express app gets Node defaults', () => {
    const listener: RequestListener = (_req, res) => res.end();
    assert.deepEqual(bornWithPrototypes(listener), {});
    assert.deepEqual(bornWithPrototypes(Object.assign(listener, { request: {}, response: {} })), {});
  });
});
