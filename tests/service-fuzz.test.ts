/**
 * Whatever a client sends, the service answers JSON and never a 5xx (real engine, real data/).
 * Where the right answer is predictable the properties check it exactly: a well-formed query comes
 * back as its own `query`; bytes that are not UTF-8 are a 400.
 */
import { strict as assert } from 'node:assert';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import { json, rawRequest, realEngine, start, TEST_CONFIG, type RawResponse, type Running } from './service-helpers.js';

const MAX = TEST_CONFIG.maxQueryLength;
let app: Running;
/** The same service accepting 10 000-character queries, so long text reaches the engine. */
let roomy: Running;
before(async () => {
  const engine = realEngine();
  app = await start({ engine });
  roomy = await start({ engine, config: { ...TEST_CONFIG, maxQueryLength: 10_000 } });
});
after(async () => {
  await app.close();
  await roomy.close();
});

const UTF16_UNIT = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)); // lone surrogates included
const SPECIAL = fc.constantFrom(
  '아이폰', '아잎', '서울 ', 'ㅇㅇㅍ', 'dkdlvhs', '😀', '👨‍👩‍👧‍👦', '🇰🇷', '\u200d', '\ufeff', '\u202e', // emoji, ZWJ, BOM, RTL override
  'مرحبا بالعالم', 'שלום', '\u0000', '\t', '\r\n', '%', '+', '&', '=', '?', '#', '\\', '"', '<script>', 'null', '__proto__',
  '\ud800', '\udfff', '\udbff\udfff', '각', 'Ａ', '\u3000', '\u00a0', 'ﷺ', '\u{1d54f}', 'ẞ', 'İ',
);
/** Mostly short text of every kind, sometimes very long. */
const anyText = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: UTF16_UNIT, maxLength: 40 }) },
  { weight: 3, arbitrary: fc.string({ unit: SPECIAL, maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom('가', 'a', ' ', '😀', 'ㄱ', '\u0301'), minLength: 1000, maxLength: 10_240 }) },
);

/** Percent-encodes every code unit's UTF-8 bytes; a lone surrogate becomes its 3-byte (invalid) form. */
function encodeWtf8(text: string): string {
  let out = '';
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    const bytes =
      cp < 0x80 ? [cp]
      : cp < 0x800 ? [0xc0 | (cp >> 6), 0x80 | (cp & 0x3f)]
      : cp < 0x10000 ? [0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f)]
      : [0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 0x3f), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f)];
    for (const b of bytes) out += '%' + b.toString(16).padStart(2, '0').toUpperCase();
  }
  return out;
}

/** Checks the invariants every response shares and returns the parsed body. */
function checkResponse(res: RawResponse, what: string): unknown {
  assert.ok(res.status < 500, `${what}: ${res.status} ${res.body.slice(0, 300)}`);
  assert.match(String(res.headers['content-type']), /^application\/json/, what);
  const body = json(res.body);
  if (res.status >= 400) {
    const error = (body as { error?: { code?: unknown; message?: unknown } }).error;
    assert.equal(typeof error?.code, 'string', what);
    assert.equal(typeof error?.message, 'string', what);
  }
  return body;
}

const length = (s: string): number => [...s].length;
/** No lone surrogate (String#isWellFormed is ES2024, past this project's lib). */
const isWellFormed = (s: string): boolean => !/\p{Surrogate}/u.test(s);

describe('GET /v1/correct and /v1/suggest on arbitrary text', () => {
  for (const op of ['correct', 'suggest'] as const) {
    it(`${op}: JSON, never 5xx; a well-formed query within the limit is answered as sent`, async () => {
      await fc.assert(
        fc.asyncProperty(anyText, fc.option(fc.integer({ min: -5, max: 60 }), { nil: undefined }), async (q, n) => {
          const path = `/v1/${op}?q=${encodeWtf8(q)}${n === undefined ? '' : `&n=${n}`}`;
          const res = await rawRequest(app.url, { path });
          const body = checkResponse(res, `${op} ${JSON.stringify(q.slice(0, 50))} n=${n}`);
          const nOk = n === undefined || (n >= 1 && n <= (op === 'correct' ? 20 : 50));
          if (!isWellFormed(q)) {
            assert.equal(res.status, 400);
            assert.equal((body as { error: { code: string } }).error.code, 'invalid_encoding');
          } else if (q === '' || length(q) > MAX || !nOk) {
            assert.ok(res.status === 400 || res.status === 431, `${res.status}`);
          } else {
            assert.equal(res.status, 200, res.body);
            const result = body as { query: string; normalized: string; tookMs: number };
            assert.equal(result.query, q);
            assert.equal(typeof result.normalized, 'string');
            assert.equal(typeof result.tookMs, 'number');
          }
        }),
        { numRuns: 150 },
      );
    });
  }

  it('any bytes percent-encoded: 400 exactly when they are not UTF-8', async () => {
    const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ minLength: 1, maxLength: 24 }), async (bytes) => {
        const path = `/v1/suggest?q=${[...bytes].map((b) => '%' + b.toString(16).padStart(2, '0')).join('')}`;
        const res = await rawRequest(app.url, { path });
        checkResponse(res, path);
        let text: string | undefined;
        try {
          text = decoder.decode(bytes);
        } catch {
          text = undefined;
        }
        if (text === undefined) assert.equal(res.status, 400, path);
        else assert.equal(res.status, length(text) > MAX ? 400 : 200, path);
      }),
      { numRuns: 150 },
    );
  });

  it('any printable junk in the query string: JSON, never 5xx', async () => {
    const junk = fc.string({ unit: fc.constantFrom(...'q=n&%+?#/;,.-_~!$\'()*:@[]0123456789abcdefABCDEF'), maxLength: 40 });
    await fc.assert(
      fc.asyncProperty(junk, fc.constantFrom('correct', 'suggest'), async (qs, op) => {
        // `#` never reaches a server; everything else does, verbatim.
        const res = await rawRequest(app.url, { path: `/v1/${op}?${qs.replaceAll('#', '%23')}` });
        checkResponse(res, qs);
      }),
      { numRuns: 150 },
    );
  });
});

describe('POST /v1/batch on arbitrary input', () => {
  const post = (url: string, body: string | Buffer, contentType = 'application/json'): Promise<RawResponse> =>
    rawRequest(url, { method: 'POST', path: '/v1/batch', headers: { 'Content-Type': contentType }, body });

  it('arbitrary query lists: results in order, each query as sent (lone surrogates as JSON escapes)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('correct', 'suggest'), fc.array(anyText, { maxLength: 12 }), async (op, queries) => {
        // JSON.stringify escapes lone surrogates (\ud800), so this is valid JSON of odd text.
        const res = await post(roomy.url, JSON.stringify({ op, queries }));
        const body = checkResponse(res, JSON.stringify(queries).slice(0, 200));
        if (queries.some((q) => q === '' || length(q) > 10_000)) {
          assert.ok(res.status === 400 || res.status === 413, String(res.status));
        } else if (res.status !== 413) {
          assert.equal(res.status, 200, res.body.slice(0, 300));
          assert.deepEqual((body as { results: { query: string }[] }).results.map((r) => r.query), queries);
        }
      }),
      { numRuns: 80 },
    );
  });

  it('arbitrary JSON bodies: JSON, never 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), fc.boolean(), async (value, wrap) => {
        // Half the time inside a plausible envelope, so the deeper checks get exercised too.
        const body = wrap ? { op: 'correct', queries: value } : value;
        checkResponse(await post(app.url, JSON.stringify(body) ?? 'null'), JSON.stringify(body)?.slice(0, 200) ?? '');
      }),
      { numRuns: 150 },
    );
  });

  it('arbitrary bytes and content types: JSON, never 5xx', async () => {
    const contentType = fc.constantFrom('application/json', 'application/json; charset=utf-16', 'text/plain', '', 'application/json; charset="utf-8"', 'multipart/form-data; boundary=x', '*/*');
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 200 }), contentType, async (bytes, type) => {
        checkResponse(await post(app.url, Buffer.from(bytes), type), `${type} ${Buffer.from(bytes).toString('hex').slice(0, 80)}`);
      }),
      { numRuns: 150 },
    );
  });
});
