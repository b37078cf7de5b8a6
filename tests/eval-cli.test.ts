/**
 * `baro eval` end to end on the fixtures in tests/fixtures/eval: in-process with one worker thread,
 * against a service (createApp on 127.0.0.1:0) with --url, and through the `baro` bin from another
 * directory. The figures must agree with metrics.ts run on the same engine.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { evalCommand } from '../src/cli/eval.js';
import { DEFAULT_CONFIG } from '../src/config/index.js';
import { loadEngine, type Engine } from '../src/engine/index.js';
import { toKeystrokes, normalize } from '../src/hangul/index.js';
import { evaluateCompletion, evaluateCorrection, evaluateFalseCorrections, readPairs, readQueries } from '../src/eval/index.js';
import type { EvalReport } from '../src/eval/report.js';
import { baseUrl, createApp, createMetrics, listen } from '../src/service/index.js';

const root = join(import.meta.dirname, '..');
const fixture = (name: string): string => join(root, 'tests', 'fixtures', 'eval', name);
const QUERIES = ['무한도전', '롯데시네마', '저수지 게임', '과테말라'];

let engine: Engine;
let server: Server;
let url: string;

before(async () => {
  engine = loadEngine();
  const config = { maxQueryLength: DEFAULT_CONFIG.maxQueryLength, cache: { ...DEFAULT_CONFIG.cache }, corsOrigins: [], batch: { ...DEFAULT_CONFIG.batch } };
  const metrics = createMetrics({ defaultMetrics: false });
  server = await listen(createApp({ engine, config, metrics }), { port: 0, host: '127.0.0.1', metrics });
  url = baseUrl(server);
});

after(() => {
  server.closeAllConnections();
  server.close();
});

/** Runs `baro eval` in this process; returns the exit code, stdout and stderr. */
async function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await evalCommand(args, { stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) } });
  return { code, stdout, stderr };
}

async function report(args: string[]): Promise<EvalReport> {
  const r = await run([...args, '--json']);
  assert.equal(r.code, 0, r.stderr);
  return JSON.parse(r.stdout) as EvalReport;
}

const close = (a: number, b: number, what: string): void => assert.ok(Math.abs(a - b) < 1e-9, `${what}: ${a} vs ${b}`);

test('in-process with one worker: figures agree with metrics.ts on the same engine, and --html writes charts', async () => {
  const html = join(mkdtempSync(join(tmpdir(), 'baro-eval-')), 'report.html');
  const r = await report(['--pairs', fixture('pairs.tsv'), '--log', fixture('log-plain.txt'), '--workers', '1', '--lm', 'off', '--html', html]);
  assert.equal(r.target.mode, 'in-process');
  assert.equal(r.target.workers, 1);

  // 롯데시내마 and 무한도정 are corrected; 내이버 is nowhere in the lexicon, so 네이버 stays.
  const c = r.correction!;
  assert.equal(c.pairs, 3);
  close(c.top1, 2 / 3, 'top-1');
  assert.deepEqual(c.byKind.map((k) => [k.kind, k.pairs, k.top1]), [['typo', 2, 1], ['unreachable', 1, 0]]);
  assert.deepEqual(c.worst.map((w) => w.typed), ['네이버']);
  const direct = await evaluateCorrection(engine, readPairs(fixture('pairs.tsv')));
  for (const key of ['top1', 'top5', 'correctedExact', 'autocorrectPrecision', 'autocorrectRecall'] as const) close(c[key], direct[key], key);
  assert.equal(c.autocorrects, direct.autocorrects);

  const queries = readQueries(fixture('log-plain.txt'));
  assert.deepEqual(queries, QUERIES);
  const falseDirect = await evaluateFalseCorrections(engine, queries);
  close(r.falseAutocorrect!.rate, falseDirect.falseAutocorrectRate, 'false autocorrect rate');
  close(r.falseAutocorrect!.suggestRate, falseDirect.suggestRate, 'suggest rate');
  const half = await evaluateCompletion(engine, queries, 0.5);
  const k = r.completion!;
  close(k.atHalf.successAt1, half.successAt1, 'success@1 at half');
  close(k.atHalf.successAt10, half.successAt10, 'success@10 at half');
  close(k.atHalf.mrrAt10, half.mrrAt10, 'MRR@10 at half');
  assert.deepEqual(k.byShare.map((s) => s.share), [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1]);
  for (const s of [...k.byShare, ...k.byPrefixLength]) assert.ok(s.successAt1 <= s.successAt10 && s.mrrAt10 <= s.successAt10 && s.successAt1 <= s.mrrAt10);
  assert.ok(k.keystrokesSaved > 0 && k.keystrokesSaved < 1, `keystrokes saved ${k.keystrokesSaved}`);

  // One correct call per pair and per query; one suggest call per keystroke of each query.
  const keystrokes = QUERIES.reduce((n, q) => n + toKeystrokes(normalize(q)).length, 0);
  assert.equal(r.latency.correct.calls, 3 + QUERIES.length);
  assert.equal(r.latency.suggest.calls, keystrokes);
  assert.equal(k.meanKeystrokes, keystrokes / QUERIES.length);
  assert.ok(r.latency.suggest.p50Ms <= r.latency.suggest.p99Ms && r.latency.suggest.p99Ms <= r.latency.suggest.maxMs);
  assert.deepEqual(
    r.inputs.map((i) => [i.role, i.format, i.lines, i.records, i.skipped, i.bad]),
    [
      ['pairs', 'pairs', 4, 3, 1, 0],
      ['log', 'plain', 6, 4, 2, 0],
    ],
  );

  const page = readFileSync(html, 'utf8');
  assert.match(page, /^<!doctype html>/);
  assert.ok((page.match(/<svg /g) ?? []).length >= 4, 'bar, two line and histogram charts');
  assert.match(page, /네이버/);
  assert.doesNotMatch(page, /<script|<link|\ssrc=|url\(/, 'self-contained: no scripts, stylesheets or fetched assets');
});

test('--url: each log format gives the same replay, counts weigh searches', async () => {
  const results = new Map<string, EvalReport>();
  for (const name of ['log-plain.txt', 'log-counts.tsv', 'log-naver.tsv', 'log-zum.tsv']) {
    results.set(name, await report(['--url', url, '--log', fixture(name), '--concurrency', '4']));
  }
  assert.deepEqual(
    [...results.values()].map((r) => [r.inputs[0]!.format, r.inputs[0]!.records, r.inputs[0]!.bad, r.completion!.queries, r.completion!.searches]),
    [
      ['plain', 4, 0, 4, 4],
      ['plain', 4, 0, 4, 9],
      ['naver', 4, 0, 4, 4],
      ['zum', 4, 0, 4, 4],
    ],
  );
  const plain = results.get('log-plain.txt')!;
  assert.equal(plain.target.mode, 'http');
  assert.equal(plain.errors.count, 0);
  for (const name of ['log-naver.tsv', 'log-zum.tsv']) assert.deepEqual(results.get(name)!.completion!.byShare, plain.completion!.byShare, name);
  // The service answers as the engine does.
  const half = await evaluateCompletion(engine, QUERIES, 0.5);
  close(plain.completion!.atHalf.successAt10, half.successAt10, 'success@10 at half over HTTP');
  assert.equal(results.get('log-counts.tsv')!.falseAutocorrect!.searches, 9);
});

test('a malformed log: bad lines are counted and described, the good ones evaluated', async () => {
  const r = await report(['--url', url, '--log', fixture('log-malformed.tsv')]);
  const input = r.inputs[0]!;
  assert.deepEqual([input.lines, input.records, input.skipped, input.bad], [9, 2, 1, 6]);
  assert.deepEqual(
    input.badExamples.map((b) => b.line),
    [2, 3, 4, 5, 6, 7],
  );
  assert.match(input.badExamples.map((b) => b.reason).join('\n'), /3 tab-separated fields[\s\S]*not a positive integer[\s\S]*empty query[\s\S]*longer than 100[\s\S]*UTF-8[\s\S]*not a positive integer/);
  assert.equal(r.completion!.searches, 4); // 무한도전 ×3 and 저수지 게임
  const text = await run(['--url', url, '--log', fixture('log-malformed.tsv')]);
  assert.equal(text.code, 0);
  assert.match(text.stdout, /bad log line 2: 3 tab-separated fields/);
});

test('usage errors exit 2 with a message', async () => {
  assert.equal((await run([])).code, 2);
  const missing = await run(['--pairs', fixture('nope.tsv')]);
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /no such file/);
  const bogus = await run(['--pairs', fixture('pairs.tsv'), '--bogus']);
  assert.equal(bogus.code, 2);
  assert.match(bogus.stderr, /usage: baro eval/);
  assert.equal((await run(['--pairs', fixture('pairs.tsv'), '--workers', 'two'])).code, 2);
  assert.equal((await run(['--url', 'ftp://x', '--pairs', fixture('pairs.tsv')])).code, 2);
});

test('the baro bin runs from any directory', async () => {
  const bin = join(root, 'bin', 'baro.mjs');
  const { stdout } = await promisify(execFile)(process.execPath, [bin, 'eval', '--url', url, '--pairs', fixture('pairs.tsv'), '--json'], { cwd: tmpdir() });
  const r = JSON.parse(stdout) as EvalReport;
  close(r.correction!.top1, 2 / 3, 'top-1 through the bin');
  await assert.rejects(promisify(execFile)(process.execPath, [bin, 'frobnicate'], { cwd: tmpdir() }), (err: { code?: number; stderr?: string }) => err.code === 2 && /unknown command/.test(err.stderr ?? ''));
});
