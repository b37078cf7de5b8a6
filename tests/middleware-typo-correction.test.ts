/**
 * The typo-correction middleware in a real express 5 app, with small stand-in correctors: what it
 * annotates, when it rewrites `req.query`, and that every failure of a remote baro (slow, 500,
 * garbage, gone) lets the request through untouched.
 */
import { strict as assert } from 'node:assert';
import { after, before, describe, it } from 'node:test';
import type { Request } from 'express';
import { typoCorrection, type Corrector, type CorrectorResult, type TypoCorrectionOptions } from '../src/middleware/index.js';
import { closedPort, search, searchApp, serve, type Served } from './middleware-helpers.js';

/** Answers from a fixed table; anything else comes back unchanged with `none`. */
function tableCorrector(table: Record<string, CorrectorResult>): Corrector & { calls: { query: string; n: number }[] } {
  const calls: { query: string; n: number }[] = [];
  return {
    calls,
    correct(query, n) {
      calls.push({ query, n });
      return table[query] ?? { corrected: query, action: 'none', confidence: 1, candidates: [] };
    },
  };
}

const TABLE: Record<string, CorrectorResult> = {
  롯데시내마: { corrected: '롯데시네마', action: 'autocorrect', confidence: 0.97, candidates: [{ text: '롯데시네마', score: 0.97, kinds: ['typo'] }] },
  아이혼: { corrected: '아이혼', action: 'suggest', confidence: 0.6, candidates: [{ text: '아이폰', score: 0.6, kinds: ['typo'] }] },
};

/** Starts `searchApp(options)` for one test and closes it afterwards. */
async function withApp<T>(options: TypoCorrectionOptions, body: (url: string) => Promise<T>): Promise<T> {
  const served = await serve(searchApp(options));
  try {
    return await body(served.url);
  } finally {
    await served.close();
  }
}

describe('typoCorrection in-process', () => {
  it('롯데시내마: annotates an autocorrect without rewriting by default', async () => {
    const engine = tableCorrector(TABLE);
    await withApp({ engine }, async (url) => {
      const seen = await search(url, { q: '롯데시내마', page: '2' });
      assert.deepEqual(seen.query, { q: '롯데시내마', page: '2' });
      assert.deepEqual(seen.baro, {
        original: '롯데시내마',
        corrected: '롯데시네마',
        action: 'autocorrect',
        confidence: 0.97,
        candidates: [{ text: '롯데시네마', score: 0.97, kinds: ['typo'] }],
        rewritten: false,
      });
      assert.deepEqual(seen.reqBaro, seen.baro);
      assert.deepEqual(engine.calls, [{ query: '롯데시내마', n: 5 }]);
    });
  });

  it('롯데시내마 with rewrite: the route sees the corrected q, the other parameters and the URL as sent', async () => {
    await withApp({ engine: tableCorrector(TABLE), rewrite: true }, async (url) => {
      const seen = await search(url, { q: '롯데시내마', page: '2' });
      assert.deepEqual(seen.query, { q: '롯데시네마', page: '2' });
      assert.equal((seen.baro as { rewritten: boolean }).rewritten, true);
      assert.equal((seen.baro as { original: string }).original, '롯데시내마');
      assert.equal(seen.url, `/search?q=${encodeURIComponent('롯데시내마')}&page=2`);
    });
  });

  it('아이혼 with rewrite: a suggestion is only annotated, never applied', async () => {
    await withApp({ engine: tableCorrector(TABLE), rewrite: true }, async (url) => {
      const seen = await search(url, { q: '아이혼' });
      assert.deepEqual(seen.query, { q: '아이혼' });
      assert.deepEqual(seen.baro, { original: '아이혼', corrected: '아이혼', action: 'suggest', confidence: 0.6, candidates: TABLE['아이혼']?.candidates, rewritten: false });
    });
  });

  it('reads the configured parameter and asks for n candidates', async () => {
    const engine = tableCorrector(TABLE);
    await withApp({ engine, param: 'keyword', n: 3, rewrite: true }, async (url) => {
      const seen = await search(url, { keyword: '롯데시내마', q: '그대로' });
      assert.deepEqual(seen.query, { keyword: '롯데시네마', q: '그대로' });
      assert.deepEqual(engine.calls, [{ query: '롯데시내마', n: 3 }]);
    });
  });

  it('passes a missing, blank or repeated parameter through without asking', async () => {
    const engine = tableCorrector(TABLE);
    await withApp({ engine, rewrite: true }, async (url) => {
      const cases: Record<string, string | string[]>[] = [{}, { q: '' }, { q: '  ' }, { q: ['롯데시내마', '아이혼'] }];
      for (const params of cases) {
        const seen = await search(url, params);
        assert.equal(seen.baro, null, JSON.stringify(params));
        assert.deepEqual(seen.query, params);
      }
      assert.deepEqual(engine.calls, []);
    });
  });

  it('lets the request through when the engine throws or rejects, and reports it', async () => {
    const errors: { message: string; path: string }[] = [];
    const onError = (error: Error, req: Request): void => void errors.push({ message: error.message, path: req.path });
    for (const engine of [
      { correct: (): never => { throw new Error('boom'); } },
      { correct: async (): Promise<never> => { throw new Error('boom'); } },
    ]) {
      await withApp({ engine, rewrite: true, onError }, async (url) => {
        const seen = await search(url, { q: '롯데시내마' });
        assert.deepEqual(seen.query, { q: '롯데시내마' });
        assert.equal(seen.baro, null);
      });
    }
    assert.deepEqual(errors, [{ message: 'boom', path: '/search' }, { message: 'boom', path: '/search' }]);
  });

  it('stays open when onError itself throws', async () => {
    const engine = { correct: (): never => { throw new Error('boom'); } };
    const onError = (): never => { throw new Error('reporter down'); };
    await withApp({ engine, onError }, async (url) => {
      const seen = await search(url, { q: '롯데시내마' });
      assert.deepEqual(seen.query, { q: '롯데시내마' });
    });
  });
});

describe('typoCorrection options', () => {
  const engine = tableCorrector(TABLE);
  const cases: [string, unknown, RegExp][] = [
    ['neither engine nor url', {}, /exactly one of engine .* and url/],
    ['both engine and url', { engine, url: 'http://127.0.0.1:1' }, /exactly one of engine/],
    ['an unknown key', { engine, timeout: 100 }, /unknown option "timeout"/],
    ['an empty param', { engine, param: '' }, /param must be a non-empty string/],
    ['a zero timeout', { url: 'http://127.0.0.1:1', timeoutMs: 0 }, /timeoutMs must be a positive number, got 0/],
    ['n out of range', { engine, n: 21 }, /n must be an integer from 1 to 20, got 21/],
    ['a string rewrite', { engine, rewrite: 'yes' }, /rewrite must be a boolean/],
    ['an engine without correct', { engine: {} }, /engine must have a correct/],
    ['a url that is not http', { url: 'baro:8080' }, /url must be an http\(s\) URL, got "baro:8080"/],
    ['a non-function onError', { engine, onError: 'log' }, /onError must be a function/],
  ];
  for (const [name, options, message] of cases) {
    it(`throws a TypeError naming the option for ${name}`, () => {
      assert.throws(() => typoCorrection(options as TypoCorrectionOptions), (err: unknown) => err instanceof TypeError && message.test(err.message));
    });
  }
});

describe('typoCorrection with a remote baro that fails', () => {
  let slow: Served;
  let broken: Served;
  let garbage: Served;
  let wrongShape: Served;
  before(async () => {
    slow = await serve((_req, res) => {
      setTimeout(() => res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ ...TABLE['롯데시내마'], query: 'x', normalized: 'x' })), 2000).unref();
    });
    broken = await serve((_req, res) => res.writeHead(500, { 'Content-Type': 'application/json' }).end('{"error":{"code":"internal","message":"internal error"}}'));
    garbage = await serve((_req, res) => res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"corrected": "롯데시네'));
    wrongShape = await serve((_req, res) => res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"corrected":"롯데시네마","action":"maybe","confidence":1,"candidates":[]}'));
  });
  after(() => Promise.all([slow.close(), broken.close(), garbage.close(), wrongShape.close()]));

  /** Asserts the request went through untouched and returns the reported error. */
  async function expectPassThrough(remote: string, timeoutMs?: number): Promise<{ error: Error; ms: number }> {
    const errors: Error[] = [];
    return withApp({ url: remote, rewrite: true, onError: (e) => void errors.push(e), ...(timeoutMs ? { timeoutMs } : {}) }, async (url) => {
      const seen = await search(url, { q: '롯데시내마' });
      assert.deepEqual(seen.query, { q: '롯데시내마' });
      assert.equal(seen.baro, null);
      assert.equal(errors.length, 1);
      return { error: errors[0] as Error, ms: seen.ms };
    });
  }

  it('gives up on a slow server at timeoutMs and passes through quickly', async () => {
    const { error, ms } = await expectPassThrough(slow.url, 100);
    assert.equal(error.name, 'TimeoutError');
    assert.ok(ms >= 90 && ms < 1000, `answered in ${ms.toFixed(0)} ms`);
  });

  it('uses a 150 ms timeout by default', async () => {
    const { error, ms } = await expectPassThrough(slow.url);
    assert.equal(error.name, 'TimeoutError');
    assert.ok(ms >= 140 && ms < 1000, `answered in ${ms.toFixed(0)} ms`);
  });

  it('passes through on a 500', async () => {
    const { error } = await expectPassThrough(broken.url);
    assert.match(error.message, /answered 500: \{"error"/);
  });

  it('passes through on a body that is not JSON', async () => {
    const { error } = await expectPassThrough(garbage.url);
    assert.match(error.message, /not JSON/);
  });

  it('passes through on JSON that is not a correction', async () => {
    const { error } = await expectPassThrough(wrongShape.url);
    assert.match(error.message, /no valid "action"/);
  });

  it('passes through when the connection is refused', async () => {
    const { error } = await expectPassThrough(await closedPort());
    assert.match(`${error.message} ${String((error.cause as Error | undefined)?.message)}`, /fetch failed|ECONNREFUSED/);
  });

  it('keeps answering while the remote is slow: later requests are not queued behind it', async () => {
    await withApp({ url: slow.url, timeoutMs: 100 }, async (url) => {
      const all = await Promise.all(Array.from({ length: 5 }, () => search(url, { q: '롯데시내마' })));
      for (const seen of all) assert.ok(seen.ms < 1000, `answered in ${seen.ms.toFixed(0)} ms`);
    });
  });
});
