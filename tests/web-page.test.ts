/**
 * The search page over HTTP, without a browser: the app serves the page and its two assets with
 * the right types and a strict CSP, the routes behave like every other route (405, JSON 404,
 * metrics labels), and the API answers a cross-origin page only when BARO_CORS_ORIGINS lists it.
 */
import { strict as assert } from 'node:assert';
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { WEB_DIR } from '../src/web/index.js';
import { fakeEngine, start, TEST_CONFIG, type Running } from './service-helpers.js';

let app: Running;
let corsApp: Running;
const PAGE_ORIGIN = 'http://search.example.test';
before(async () => {
  app = await start({ engine: fakeEngine() });
  corsApp = await start({ engine: fakeEngine(), config: { ...TEST_CONFIG, corsOrigins: [PAGE_ORIGIN] } });
});
after(() => Promise.all([app.close(), corsApp.close()]));

describe('GET /', () => {
  it('serves the page as UTF-8 HTML with a CSP that allows only its own files', async () => {
    const res = await fetch(`${app.url}/`);
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /^text\/html; charset=utf-8/i);
    const csp = res.headers.get('content-security-policy') ?? '';
    assert.match(csp, /default-src 'none'/);
    assert.match(csp, /script-src 'self'/);
    assert.match(csp, /connect-src 'self'/);
    assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
    const html = await res.text();
    assert.equal(html, readFileSync(join(WEB_DIR, 'index.html'), 'utf8'));
    assert.match(html, /<script type="module" src="assets\/app.js"><\/script>/);
    assert.doesNotMatch(html, /<script>|style="/, 'nothing inline: the CSP would refuse it');
  });

  it('serves the page for a search URL too (?q=…, as the notice links make)', async () => {
    const res = await fetch(`${app.url}/?q=${encodeURIComponent('롯데시내마')}&exact=1`);
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /^text\/html/);
  });

  it('serves app.js and style.css with their types', async () => {
    for (const [path, type] of [
      ['/assets/app.js', /^(text|application)\/javascript/],
      ['/assets/style.css', /^text\/css/],
    ] as const) {
      const res = await fetch(`${app.url}${path}`);
      assert.equal(res.status, 200, path);
      assert.match(res.headers.get('content-type') ?? '', type, path);
      assert.equal(await res.text(), readFileSync(join(WEB_DIR, path.slice('/assets/'.length)), 'utf8'));
    }
  });

  it('answers HEAD, refuses other methods with 405, and unknown assets with a JSON 404', async () => {
    assert.equal((await fetch(`${app.url}/`, { method: 'HEAD' })).status, 200);
    const post = await fetch(`${app.url}/`, { method: 'POST' });
    assert.equal(post.status, 405);
    assert.equal(post.headers.get('allow'), 'GET, HEAD');
    assert.deepEqual(((await post.json()) as { error: { code: string } }).error.code, 'method_not_allowed');
    for (const path of ['/assets/index.ts', '/assets/../package.json', '/assets/%2e%2e/package.json', '/index.html']) {
      const res = await fetch(`${app.url}${path}`);
      assert.equal(res.status, 404, path);
      assert.equal(((await res.json()) as { error: { code: string } }).error.code, 'not_found', path);
    }
  });

  it('labels page requests by route in the metrics', async () => {
    await fetch(`${app.url}/?q=x`);
    await fetch(`${app.url}/assets/app.js`);
    const text = await (await fetch(`${app.url}/metrics`)).text();
    assert.match(text, /baro_http_requests_total\{method="GET",route="\/",status="200"\} [1-9]/);
    assert.match(text, /baro_http_requests_total\{method="GET",route="\/assets\/app.js",status="200"\} [1-9]/);
  });
});

describe('the API for a page on another origin', () => {
  it('allows the listed origin on /v1/suggest and /v1/correct, without a preflight', async () => {
    for (const path of ['/v1/suggest?q=a', '/v1/correct?q=a']) {
      // What the page's fetch sends: a GET with only safelisted headers, so no OPTIONS first.
      const res = await fetch(`${corsApp.url}${path}`, { headers: { Origin: PAGE_ORIGIN, Accept: 'application/json' } });
      assert.equal(res.status, 200);
      assert.equal(res.headers.get('access-control-allow-origin'), PAGE_ORIGIN);
      assert.match(res.headers.get('vary') ?? '', /Origin/);
    }
  });

  it('sends no allow header to an origin it does not list, nor when none is configured', async () => {
    const other = await fetch(`${corsApp.url}/v1/suggest?q=a`, { headers: { Origin: 'http://evil.example.test' } });
    assert.equal(other.headers.get('access-control-allow-origin'), null);
    const unconfigured = await fetch(`${app.url}/v1/suggest?q=a`, { headers: { Origin: PAGE_ORIGIN } });
    assert.equal(unconfigured.headers.get('access-control-allow-origin'), null);
  });
});

describe('the page script', () => {
  it('type-checks (strict, JSDoc types) against the DOM library', async () => {
    const tsc = join(import.meta.dirname, '..', 'node_modules', 'typescript', 'bin', 'tsc');
    await promisify(execFile)(process.execPath, [tsc, '-p', join(WEB_DIR, 'tsconfig.json')]).catch((err: { stdout?: string }) => {
      assert.fail(`src/web/app.js does not type-check:\n${err.stdout ?? String(err)}`);
    });
  });
});
