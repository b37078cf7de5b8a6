import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { ConfigError, DEFAULT_CONFIG, parseConfig } from '../src/config/index.js';

/** The problems parseConfig reports for `env` (fails when it accepts it). */
function problems(env: Record<string, string>): readonly string[] {
  try {
    parseConfig(env);
  } catch (err) {
    assert.ok(err instanceof ConfigError, String(err));
    return err.problems;
  }
  assert.fail(`accepted ${JSON.stringify(env)}`);
}

describe('parseConfig', () => {
  it('defaults when nothing is set, and ignores unrelated variables', () => {
    assert.deepEqual(parseConfig({ PATH: '/usr/bin', HOME: '/root', NODE_ENV: 'test' }), DEFAULT_CONFIG);
    assert.equal(DEFAULT_CONFIG.port, 8080);
    assert.equal(DEFAULT_CONFIG.host, '0.0.0.0');
    assert.equal(DEFAULT_CONFIG.maxQueryLength, 100);
    assert.deepEqual(DEFAULT_CONFIG.cache, { size: 10_000, ttlMs: 300_000 });
    assert.deepEqual(DEFAULT_CONFIG.batch, { maxQueries: 1000, maxBodyBytes: 262_144 });
    assert.equal(DEFAULT_CONFIG.helperPriority, 'idle');
  });

  it('reads every variable', () => {
    const config = parseConfig({
      PORT: '9000',
      HOST: '127.0.0.1',
      BARO_MAX_QUERY_LENGTH: '50',
      BARO_CACHE_SIZE: '0',
      BARO_CACHE_TTL_MS: '1000',
      BARO_CORS_ORIGINS: 'https://a.example, http://localhost:3000',
      BARO_LOG_LEVEL: 'debug',
      BARO_BATCH_MAX_QUERIES: '10',
      BARO_BATCH_MAX_BYTES: '4096',
      BARO_SHUTDOWN_TIMEOUT_MS: '500',
      BARO_HELPER_PRIORITY: 'low',
      BARO_DATA_DIR: '/srv/baro',
      BARO_LM: 'off',
      BARO_LM_DIR: '/srv/lm',
      BARO_LM_BUDGET_US: '1500',
      BARO_LM_BELOW_EXACT: '3',
      BARO_LM_SHORT_LIST: '0',
      BARO_LM_NEXT_WORDS: 'any',
    });
    assert.deepEqual(config, {
      port: 9000,
      host: '127.0.0.1',
      maxQueryLength: 50,
      cache: { size: 0, ttlMs: 1000 },
      corsOrigins: ['https://a.example', 'http://localhost:3000'],
      logLevel: 'debug',
      batch: { maxQueries: 10, maxBodyBytes: 4096 },
      shutdownTimeoutMs: 500,
      helperPriority: 'low',
      dataDir: '/srv/baro',
      lm: { mode: 'off', dir: '/srv/lm', completionBudgetUs: 1500, belowExact: 3, shortList: 0, nextWords: 'any' },
    });
  });

  it('treats empty values as unset', () => {
    assert.deepEqual(parseConfig({ PORT: '', BARO_CORS_ORIGINS: '', BARO_LOG_LEVEL: '' }), DEFAULT_CONFIG);
  });

  it('rejects an unknown BARO_ variable by name', () => {
    const [problem, ...rest] = problems({ BARO_CACHE_SIZ: '5' });
    assert.equal(rest.length, 0);
    assert.match(problem ?? '', /^BARO_CACHE_SIZ: unknown variable/);
    assert.match(problem ?? '', /BARO_CACHE_SIZE/, 'lists the known names');
  });

  it('lets variables of other baro commands through', () => {
    assert.deepEqual(parseConfig({ BARO_CORPORA: '../shared/corpora' }), DEFAULT_CONFIG);
  });

  for (const [key, value] of [
    ['PORT', '80a'],
    ['PORT', '65536'],
    ['PORT', '-1'],
    ['PORT', ' 80'],
    ['BARO_MAX_QUERY_LENGTH', '0'],
    ['BARO_MAX_QUERY_LENGTH', '1e3'],
    ['BARO_CACHE_SIZE', '10.5'],
    ['BARO_CACHE_TTL_MS', 'forever'],
    ['BARO_BATCH_MAX_QUERIES', '0'],
    ['BARO_BATCH_MAX_BYTES', '12'],
    ['BARO_SHUTDOWN_TIMEOUT_MS', '0x10'],
    ['BARO_HELPER_PRIORITY', 'lowest'],
    ['BARO_HELPER_PRIORITY', '19'],
    ['BARO_LOG_LEVEL', 'verbose'],
    ['BARO_LM', 'yes'],
    ['BARO_LM_BUDGET_US', '2.5'],
    ['BARO_LM_BUDGET_US', '50'],
    ['BARO_LM_BELOW_EXACT', '0'],
    ['BARO_LM_BELOW_EXACT', '51'],
    ['BARO_LM_SHORT_LIST', '-1'],
    ['BARO_LM_SHORT_LIST', '11'],
    ['BARO_LM_NEXT_WORDS', 'all'],
    ['BARO_CORS_ORIGINS', 'example.com'],
    ['BARO_CORS_ORIGINS', 'https://a.example/path'],
    ['BARO_CORS_ORIGINS', 'ftp://a.example'],
    ['HOST', 'local host'],
  ] as const) {
    it(`rejects ${key}=${JSON.stringify(value)}, naming ${key}`, () => {
      const found = problems({ [key]: value });
      assert.equal(found.length, 1, found.join('\n'));
      assert.ok(found[0]?.startsWith(key), found[0]);
    });
  }

  it('reports every problem at once', () => {
    const found = problems({ PORT: 'x', BARO_LOG_LEVEL: 'loud', BARO_NOPE: '1' });
    assert.deepEqual(found.map((p) => p.split(/[=:]/)[0]).sort(), ['BARO_LOG_LEVEL', 'BARO_NOPE', 'PORT']);
    const err = (() => {
      try {
        parseConfig({ PORT: 'x' });
      } catch (e) {
        return e as Error;
      }
      return undefined;
    })();
    assert.match(err?.message ?? '', /PORT="x": must be an integer from 0 to 65535/);
  });

  it('accepts * for CORS', () => {
    assert.deepEqual(parseConfig({ BARO_CORS_ORIGINS: '*' }).corsOrigins, ['*']);
  });
});
