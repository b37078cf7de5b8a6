/**
 * The OpenAPI 3.1 description of the HTTP API, built from the same limits the validators enforce,
 * so the document cannot drift from the configuration it is served with. Schemas are JSON Schema
 * 2020-12 (what OpenAPI 3.1 uses), closed with `additionalProperties: false` so a test validating
 * live responses against them also catches fields the document forgot.
 */
import { ERROR_CODES } from './errors.js';
import { N_LIMITS, type Limits } from './validate.js';

export type JsonSchema = { [key: string]: unknown };

const ref = (name: string): JsonSchema => ({ $ref: `#/components/schemas/${name}` });

const object = (properties: Record<string, JsonSchema>, required: readonly string[] = Object.keys(properties)): JsonSchema => ({
  type: 'object',
  properties,
  required,
  additionalProperties: false,
});

const tookMs: JsonSchema = { type: 'number', minimum: 0, description: 'Server time for the answer in milliseconds, two decimals.' };

function correction(): Record<string, JsonSchema> {
  return {
    query: { type: 'string', description: 'The query as sent.' },
    normalized: { type: 'string', description: 'The query after normalization (NFC, width, case, spacing).' },
    corrected: { type: 'string', description: 'The query to search for: equals `normalized` unless `action` is `autocorrect`.' },
    action: {
      type: 'string',
      enum: ['none', 'suggest', 'autocorrect'],
      description: '`autocorrect`: search for `corrected`; `suggest`: offer `candidates[0]` ("did you mean"); `none`: leave the query alone.',
    },
    confidence: { type: 'number', minimum: 0, maximum: 1 },
    candidates: { type: 'array', items: ref('ResultItem'), maxItems: N_LIMITS.correct.max, description: 'Best first, at most n.' },
  };
}

function suggestion(): Record<string, JsonSchema> {
  return {
    query: { type: 'string', description: 'The prefix as sent.' },
    normalized: { type: 'string' },
    suggestions: { type: 'array', items: ref('ResultItem'), maxItems: N_LIMITS.suggest.max, description: 'Completions, most popular first, at most n.' },
  };
}

const json = (schema: JsonSchema, description: string): JsonSchema => ({ description, content: { 'application/json': { schema } } });
/** A query's answer, with the Server-Timing header every one carries. */
const answered = (schema: JsonSchema, description: string): JsonSchema => ({
  ...json(schema, description),
  headers: {
    'Server-Timing': {
      description: 'The engine\'s time (as `tookMs`) and the whole request\'s in the server, ms: `engine;dur=2.41, total;dur=2.58`.',
      schema: { type: 'string' },
    },
  },
});
const errorResponse = (description: string): JsonSchema => json(ref('Error'), description);

function queryParameters(op: 'correct' | 'suggest', limits: Limits): JsonSchema[] {
  return [
    {
      name: 'q',
      in: 'query',
      required: true,
      description: `The ${op === 'correct' ? 'query' : 'prefix (a half-typed last syllable works)'}; 1 to ${limits.maxQueryLength} characters, UTF-8 percent-encoded, given once.`,
      schema: { type: 'string', minLength: 1, maxLength: limits.maxQueryLength },
      example: op === 'correct' ? '아이혼' : '아잎',
    },
    {
      name: 'n',
      in: 'query',
      required: false,
      description: `Most ${op === 'correct' ? 'candidates' : 'suggestions'} to return.`,
      schema: { type: 'integer', minimum: 1, maximum: N_LIMITS[op].max, default: N_LIMITS[op].default },
    },
  ];
}

/**
 * Builds the OpenAPI document for the given limits.
 * @example openApiDocument({ maxQueryLength: 100, maxQueries: 1000 }).paths['/v1/correct']
 */
export function openApiDocument(limits: Limits & { maxBodyBytes: number }): JsonSchema & { paths: Record<string, Record<string, JsonSchema>>; components: { schemas: Record<string, JsonSchema> } } {
  const notReady = errorResponse('The lexicon is still loading, or the server is shutting down.');
  return {
    openapi: '3.1.0',
    info: {
      title: 'baro',
      version: '1.0.0',
      description: 'Korean-first search-query spelling correction and autocomplete. Every error answers `{error: {code, message}}`.',
    },
    paths: {
      '/v1/correct': {
        get: {
          operationId: 'correct',
          summary: 'Spelling correction of a whole query',
          parameters: queryParameters('correct', limits),
          responses: {
            '200': answered(ref('CorrectResponse'), 'The correction decision and ranked candidates.'),
            '400': errorResponse('Missing, empty, repeated or too long `q`; invalid `n`; invalid percent-encoding.'),
            '503': notReady,
          },
        },
      },
      '/v1/suggest': {
        get: {
          operationId: 'suggest',
          summary: 'Autocomplete of a keystroke prefix',
          parameters: queryParameters('suggest', limits),
          responses: {
            '200': answered(ref('SuggestResponse'), 'Completions of the prefix.'),
            '400': errorResponse('Missing, empty, repeated or too long `q`; invalid `n`; invalid percent-encoding.'),
            '503': notReady,
          },
        },
      },
      '/v1/batch': {
        post: {
          operationId: 'batch',
          summary: `Many corrections or completions in one request (at most ${limits.maxQueries} queries, ${limits.maxBodyBytes} bytes)`,
          requestBody: { required: true, content: { 'application/json': { schema: ref('BatchRequest') } } },
          responses: {
            '200': answered(ref('BatchResponse'), 'One result per query, in order.'),
            '400': errorResponse('Malformed JSON, or a body that breaks the schema (unknown field, wrong op, non-string or too long query, too many queries, invalid n).'),
            '413': errorResponse('The body is larger than the limit.'),
            '415': errorResponse('The body is not `application/json` in UTF-8.'),
            '503': notReady,
          },
        },
      },
      '/healthz': {
        get: {
          operationId: 'health',
          summary: 'Liveness: the process answers',
          responses: { '200': json(ref('Health'), 'Alive.') },
        },
      },
      '/readyz': {
        get: {
          operationId: 'ready',
          summary: 'Readiness: 200 once the lexicon is loaded, 503 before and while shutting down',
          responses: {
            '200': json(ref('Ready'), 'Ready to answer queries.'),
            '503': json(ref('NotReady'), 'Loading, failed to load, or shutting down.'),
          },
        },
      },
      '/metrics': {
        get: {
          operationId: 'metrics',
          summary: 'Prometheus metrics',
          responses: { '200': { description: 'Prometheus text exposition format.', content: { 'text/plain': { schema: { type: 'string' } } } } },
        },
      },
      '/openapi.json': {
        get: {
          operationId: 'openapi',
          summary: 'This document',
          responses: {
            '200': json(
              { type: 'object', properties: { openapi: { type: 'string' }, info: { type: 'object' }, paths: { type: 'object' } }, required: ['openapi', 'info', 'paths'] },
              'The OpenAPI 3.1 document.',
            ),
          },
        },
      },
    },
    components: {
      schemas: {
        ResultItem: object({
          text: { type: 'string' },
          score: { type: 'number', description: 'A posterior (0..1) for corrections; a log prior (≤ 0) for suggestions.' },
          kinds: { type: 'array', items: { type: 'string' }, description: 'Which generators proposed it: typo, exact, completion, …' },
        }),
        Correction: object(correction()),
        CorrectResponse: object({ ...correction(), tookMs }),
        Suggestion: object(suggestion()),
        SuggestResponse: object({ ...suggestion(), tookMs }),
        BatchRequest: {
          ...object(
            {
              op: { type: 'string', enum: ['correct', 'suggest'] },
              queries: { type: 'array', maxItems: limits.maxQueries, items: { type: 'string', minLength: 1, maxLength: limits.maxQueryLength } },
              n: { type: 'integer', minimum: 1, maximum: N_LIMITS.suggest.max, description: `Default ${N_LIMITS.correct.default} for correct (at most ${N_LIMITS.correct.max}), ${N_LIMITS.suggest.default} for suggest.` },
            },
            ['op', 'queries'],
          ),
          if: { properties: { op: { const: 'correct' } } },
          then: { properties: { n: { type: 'integer', maximum: N_LIMITS.correct.max } } },
          example: { op: 'correct', queries: ['아이혼', '섬성 갤럭시'], n: 3 },
        },
        BatchResponse: object({
          results: { anyOf: [{ type: 'array', items: ref('Correction') }, { type: 'array', items: ref('Suggestion') }], description: 'One per query, in order; the shape follows `op`.' },
          tookMs,
        }),
        Health: object({ status: { const: 'ok' } }),
        Ready: object(
          {
            status: { const: 'ready' },
            lm: { type: 'string', enum: ['available', 'unavailable'], description: 'Whether a language model helps ranking.' },
            lexicon: object({ entries: { type: 'integer', minimum: 0 } }),
            model: object({ name: { type: 'string' }, bytes: { type: 'integer' }, vocabSize: { type: 'integer' } }),
          },
          ['status', 'lm', 'lexicon'],
        ),
        NotReady: object({ status: { type: 'string', enum: ['loading', 'failed', 'stopping'] } }),
        Error: object({
          error: object({
            code: { type: 'string', enum: ERROR_CODES },
            message: { type: 'string' },
          }),
        }),
      },
    },
  };
}
