/** The result cache (keys, expiry, eviction, off switch) and the metrics that show it. */
import { strict as assert } from 'node:assert';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import { createMetrics, Results } from '../src/service/index.js';
import { fakeEngine, fakeLm, qs, realEngine, start, TEST_CONFIG, type FakeEngine, type Running } from './service-helpers.js';

/** The value of one sample line in Prometheus text, or 0 when absent. */
function sample(text: string, line: string): number {
  const found = text.split('\n').find((l) => l.startsWith(line + ' '));
  return found ? Number(found.slice(line.length + 1)) : 0;
}

const metricsText = async (app: Running): Promise<string> => (await fetch(`${app.url}/metrics`)).text();

describe('result cache', () => {
  let engine: FakeEngine;
  let app: Running;
  // lru-cache reads a start time of 0 as "never set", so the fake clock starts elsewhere.
  let clock = 1_000_000;
  before(async () => {
    engine = fakeEngine();
    app = await start({ engine, now: () => clock, config: { ...TEST_CONFIG, cache: { size: 3, ttlMs: 1000 } } });
  });
  after(() => app.close());

  const get = async (op: string, q: string, n?: number): Promise<{ query: string }> =>
    (await (await fetch(`${app.url}/v1/${op}${qs(n === undefined ? { q } : { q, n })}`)).json()) as { query: string };

  it('answers a repeated query from the cache, counting hit and miss per op', async () => {
    engine.calls.length = 0;
    await get('correct', '아이혼');
    await get('correct', '아이혼');
    assert.equal(engine.calls.length, 1);
    const text = await metricsText(app);
    assert.equal(sample(text, 'baro_cache_lookups_total{op="correct",result="miss"}'), 1);
    assert.equal(sample(text, 'baro_cache_lookups_total{op="correct",result="hit"}'), 1);
    assert.equal(sample(text, 'baro_cache_lookups_total{op="suggest",result="hit"}'), 0);
  });

  it('shares an entry between spellings that normalize alike, answering each its own query', async () => {
    engine.calls.length = 0;
    const a = await get('correct', 'ＡＢＣ');
    const b = await get('correct', ' abc\u200b ');
    assert.equal(engine.calls.length, 1);
    assert.equal(a.query, 'ＡＢＣ');
    assert.equal(b.query, ' abc\u200b ');
  });

  it('keys on n and on the operation', async () => {
    engine.calls.length = 0;
    await get('suggest', 'xyz', 3);
    await get('suggest', 'xyz', 4);
    await get('correct', 'xyz', 3);
    assert.equal(engine.calls.length, 3);
  });

  it('keeps a trailing space apart for suggest only', async () => {
    engine.calls.length = 0;
    await get('suggest', '서울');
    await get('suggest', '서울 ');
    assert.equal(engine.calls.length, 2, 'suggest: "서울 " starts the next word');
    await get('correct', '서울');
    await get('correct', '서울 ');
    assert.equal(engine.calls.length, 3, 'correct: the same query');
  });

  it('expires entries after the TTL, counting them as stale', async () => {
    engine.calls.length = 0;
    await get('suggest', 'ttl');
    clock += 999;
    await get('suggest', 'ttl');
    assert.equal(engine.calls.length, 1);
    clock += 2;
    await get('suggest', 'ttl');
    assert.equal(engine.calls.length, 2);
    assert.equal(sample(await metricsText(app), 'baro_cache_lookups_total{op="suggest",result="stale"}'), 1);
  });

  it('evicts the least recently used entry beyond its size', async () => {
    clock += 10_000;
    engine.calls.length = 0;
    for (const q of ['e1', 'e2', 'e3', 'e1', 'e4', 'e1', 'e2']) await get('suggest', q);
    // e1, e2, e3 miss; e1 hits; e4 evicts e2 (e1 was used more recently); e1 hits; e2 misses.
    assert.deepEqual(engine.calls.map((c) => c.raw), ['e1', 'e2', 'e3', 'e4', 'e2']);
    assert.equal(sample(await metricsText(app), 'baro_cache_entries'), 3);
  });
});

describe('cache off (size 0)', () => {
  let engine: FakeEngine;
  let app: Running;
  before(async () => {
    engine = fakeEngine();
    app = await start({ engine, config: { ...TEST_CONFIG, cache: { size: 0, ttlMs: 0 } } });
  });
  after(() => app.close());

  it('asks the engine every time and counts no lookups', async () => {
    for (let i = 0; i < 3; i++) await fetch(`${app.url}/v1/correct?q=a`);
    assert.equal(engine.calls.length, 3);
    assert.doesNotMatch(await metricsText(app), /baro_cache_lookups_total\{/);
  });
});

describe('/metrics', () => {
  let app: Running;
  const engine = fakeEngine({ lm: fakeLm, size: 42 });
  before(async () => {
    app = await start({ engine, metrics: createMetrics() });
  });
  after(() => app.close());

  it('reports LM completions and errors as the engine counts them', async () => {
    Object.assign(engine.stats, { lmCompletions: 7, lmCompletionsOutOfTime: 2 });
    let text = await metricsText(app);
    assert.equal(sample(text, 'baro_lm_completions_total{outcome="finished"}'), 5);
    assert.equal(sample(text, 'baro_lm_completions_total{outcome="out_of_time"}'), 2);
    // Each scrape reads the engine afresh.
    Object.assign(engine.stats, { lmCompletions: 9, lmCompletionsOutOfTime: 3, lmErrors: 4 });
    text = await metricsText(app);
    assert.equal(sample(text, 'baro_lm_completions_total{outcome="finished"}'), 6);
    assert.equal(sample(text, 'baro_lm_completions_total{outcome="out_of_time"}'), 3);
    assert.equal(sample(text, 'baro_lm_errors_total'), 4);
  });

  it("reports the suggest calls answered with correction's choice as the engine counts them", async () => {
    Object.assign(engine.stats, { suggestCorrections: 5 });
    assert.equal(sample(await metricsText(app), 'baro_suggest_corrections_total'), 5);
    Object.assign(engine.stats, { suggestCorrections: 6 });
    assert.equal(sample(await metricsText(app), 'baro_suggest_corrections_total'), 6);
  });

  it('counts requests and latency per method, route and status', async () => {
    await fetch(`${app.url}/v1/correct?q=a&n=3`);
    await fetch(`${app.url}/v1/correct?q=`);
    await fetch(`${app.url}/v1/suggest?q=a`);
    await fetch(`${app.url}/no/such/route/${Math.random()}`);
    const text = await metricsText(app);
    assert.equal(sample(text, 'baro_http_requests_total{method="GET",route="/v1/correct",status="200"}'), 1);
    assert.equal(sample(text, 'baro_http_requests_total{method="GET",route="/v1/correct",status="400"}'), 1);
    assert.equal(sample(text, 'baro_http_requests_total{method="GET",route="/v1/suggest",status="200"}'), 1);
    assert.equal(sample(text, 'baro_http_requests_total{method="GET",route="unmatched",status="404"}'), 1, 'raw paths never become labels');
    assert.equal(sample(text, 'baro_http_request_duration_seconds_count{method="GET",route="/v1/correct",status="200"}'), 1);
    assert.match(text, /baro_http_request_duration_seconds_bucket\{le="0.001",method="GET",route="\/v1\/suggest",status="200"\}/);
  });

  it('observes how many candidates and suggestions each answer has', async () => {
    const text = await metricsText(app);
    assert.equal(sample(text, 'baro_result_items_sum{op="correct"}'), 3);
    assert.equal(sample(text, 'baro_result_items_bucket{le="2",op="correct"}'), 0);
    assert.equal(sample(text, 'baro_result_items_bucket{le="3",op="correct"}'), 1);
    assert.equal(sample(text, 'baro_result_items_sum{op="suggest"}'), 10);
  });

  it('reports the language model, readiness, lexicon size and process metrics', async () => {
    const res = await fetch(`${app.url}/metrics`);
    assert.match(res.headers.get('content-type') ?? '', /^text\/plain/);
    const text = await res.text();
    assert.equal(sample(text, 'baro_lm_available'), 1);
    assert.equal(sample(text, 'baro_ready'), 1);
    assert.equal(sample(text, 'baro_lexicon_entries'), 42);
    for (const name of ['process_cpu_seconds_total', 'process_resident_memory_bytes', 'nodejs_eventloop_lag_seconds', 'nodejs_heap_size_used_bytes']) {
      assert.match(text, new RegExp(`^${name} `, 'm'), name);
    }
  });
});

describe('the cache never changes an answer (real engine)', () => {
  // Spellings that normalize alike: width, case, invisible characters, runs of whitespace.
  const variants: ((s: string) => string)[] = [
    (s) => s,
    (s) => s.toUpperCase(),
    (s) => ` ${s.replace(/ /g, '  ')}\t`,
    (s) => s.replace(/[a-z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)),
    (s) => `\u200b${s}\ufeff`,
    (s) => s.normalize('NFD'),
    (s) => `${s} `,
    (s) => `${s}\u3000`,
    (s) => `${s}\u00a0\u200b`,
  ];
  const text = fc
    .array(fc.constantFrom('아', '이', '폰', '서', '울', '맛', '집', '잎', 'ㄱ', 'ㅏ', 'a', 'b', 'i', ' ', ' ', '\u200b'), { minLength: 1, maxLength: 8 })
    .map((cs) => cs.join(''));

  it('matches a fresh engine call after a differently spelled query filled the cache', async () => {
    const engine = realEngine();
    const results = new Results(engine, { cacheSize: 1000, cacheTtlMs: 0, now: () => 0, metrics: createMetrics({ defaultMetrics: false }) });
    await fc.assert(
      fc.asyncProperty(text, fc.nat(variants.length - 1), fc.nat(variants.length - 1), fc.constantFrom('correct' as const, 'suggest' as const), fc.integer({ min: 1, max: 6 }), async (base, i, j, op, n) => {
        const first = variants[i]!(base);
        const second = variants[j]!(base);
        await results[op](first, n);
        const cached = await results[op](second, n);
        const fresh = await engine[op](second, n);
        assert.deepEqual(cached, fresh, `${op} ${JSON.stringify(first)} then ${JSON.stringify(second)}`);
      }),
      { numRuns: 200 },
    );
  });
});
