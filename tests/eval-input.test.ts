/**
 * `baro eval` pieces that need no engine: input parsing and streaming, the latency histogram
 * against exact percentiles, and tallies that add up the same however the input is split.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { summarize } from '../benchmarks/stats.js';
import type { CorrectResult, SuggestResult } from '../src/engine/index.js';
import { toKeystrokes } from '../src/hangul/index.js';
import { detectLogFormat, MAX_LINE_CHARS, parseLogLine, parsePairLine, readLines } from '../src/eval/input.js';
import { newHistogram, percentile, record } from '../src/eval/latency.js';
import type { Corrector } from '../src/eval/metrics.js';
import { buildReport } from '../src/eval/report.js';
import { finishTally, keystrokePrefixes, mergeTally, newTally, replayQuery, scoreLoggedQuery } from '../src/eval/tally.js';

const fixture = (name: string): string => join(import.meta.dirname, 'fixtures', 'eval', name);

test('무한도정\\t무한도전 is a pair; a third column is its error kind', () => {
  assert.deepEqual(parsePairLine('무한도정\t무한도전'), { ok: { typed: '무한도정', intended: '무한도전', kind: 'unlabelled' } });
  assert.deepEqual(parsePairLine('무한도정\t무한도전\ttypo'), { ok: { typed: '무한도정', intended: '무한도전', kind: 'typo' } });
  assert.deepEqual(parsePairLine('# typed\tintended'), { skip: true });
  assert.ok('bad' in parsePairLine('무한도정 무한도전'));
  assert.ok('bad' in parsePairLine('a\tb\tc\td'));
  assert.ok('bad' in parsePairLine('\t무한도전'));
});

test('the shared Naver and Zum logs are told apart by their headers', () => {
  assert.deepEqual(detectLogFormat('date\trank\tquery'), { name: 'naver', queryColumn: 2, countColumn: undefined, columns: 3 });
  assert.deepEqual(detectLogFormat('timestamp\tcreated_at\trank\tengine\tkeyword\tscore'), { name: 'zum', queryColumn: 4, countColumn: undefined, columns: 6 });
  assert.deepEqual(detectLogFormat('query\tcount'), { name: 'header', queryColumn: 0, countColumn: 1, columns: 2 });
  assert.deepEqual(detectLogFormat('무한도전\t12'), { name: 'plain' });
  assert.deepEqual(detectLogFormat('q\t5'), { name: 'plain' }, 'a number means data, not a header');
  assert.deepEqual(detectLogFormat('무한도전'), { name: 'plain' });
});

test('log lines: a count weighs the query; odd lines are bad, not fatal', () => {
  const plain = { name: 'plain' } as const;
  assert.deepEqual(parseLogLine(plain, '무한도전\t12'), { ok: { query: '무한도전', count: 12 } });
  assert.deepEqual(parseLogLine(plain, ' 저수지 게임 '), { ok: { query: '저수지 게임', count: 1 } });
  assert.deepEqual(parseLogLine(plain, ''), { skip: true });
  assert.deepEqual(parseLogLine(plain, '# comment'), { skip: true });
  for (const line of ['a\tb\tc', '무한도전\tmany', '무한도전\t0', '\t4', '가'.repeat(101), 'bro\ufffdken']) {
    assert.ok('bad' in parseLogLine(plain, line), JSON.stringify(line));
  }
  const naver = detectLogFormat('date\trank\tquery');
  assert.deepEqual(parseLogLine(naver, '2017-03-29\t1\t프로야구'), { ok: { query: '프로야구', count: 1 } });
  assert.ok('bad' in parseLogLine(naver, '2017-03-29\t1'));
});

test('readLines: line numbers, CRLF, a missing final newline, gzip and an overlong line', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'baro-eval-'));
  const text = `무한도전\r\n\r\n${'x'.repeat(MAX_LINE_CHARS * 3)}\n롯데시네마`;
  writeFileSync(join(dir, 'a.txt'), text);
  writeFileSync(join(dir, 'a.txt.gz'), gzipSync(text));
  for (const name of ['a.txt', 'a.txt.gz']) {
    const lines = [];
    for await (const l of readLines(join(dir, name))) lines.push(l);
    assert.deepEqual(
      lines.map((l) => [l.no, l.overlong ? 'overlong' : l.text]),
      [
        [1, '무한도전'],
        [2, ''],
        [3, 'overlong'],
        [4, '롯데시네마'],
      ],
      name,
    );
  }
});

test('readLines reads the malformed fixture line by line', async () => {
  let n = 0;
  for await (const l of readLines(fixture('log-malformed.tsv'))) n = l.no;
  assert.equal(n, 9);
});

test('한국 is replayed as ㅎ, 하, 한, 한ㄱ, 한구, 한국', () => {
  assert.deepEqual(keystrokePrefixes('한국'), ['ㅎ', '하', '한', '한ㄱ', '한구', '한국']);
});

test('histogram percentiles stay within 2% of the exact ones (property)', () => {
  const samples = fc.array(fc.double({ min: 0.01, max: 5000, noNaN: true }), { minLength: 1, maxLength: 400 });
  fc.assert(
    fc.property(samples, (xs) => {
      const h = newHistogram();
      for (const x of xs) record(h, x);
      const exact = summarize(xs);
      for (const [q, want] of [[0.5, exact.p50], [0.95, exact.p95], [0.99, exact.p99]] as const) {
        const got = percentile(h, q);
        assert.ok(Math.abs(got - want) <= want * 0.021, `p${q * 100}: ${got} vs exact ${want}`);
      }
    }),
    { numRuns: 300 },
  );
});

/** Autocomplete over a fixed word list by keystroke prefix; corrects unknown words to the first one. */
function listCorrector(words: string[]): Corrector {
  return {
    async correct(raw: string, n: number): Promise<CorrectResult> {
      const known = words.includes(raw);
      const corrected = known ? raw : words[0]!;
      const candidates = [corrected].slice(0, n).map((text) => ({ text, score: 0.9, kinds: ['typo' as const] }));
      return { query: raw, normalized: raw, corrected, action: known ? 'none' : 'autocorrect', confidence: 0.9, candidates };
    },
    async suggest(raw: string, n: number): Promise<SuggestResult> {
      const keys = toKeystrokes(raw);
      const suggestions = words.filter((w) => toKeystrokes(w).startsWith(keys)).slice(0, n).map((text, i) => ({ text, score: -i, kinds: ['completion' as const] }));
      return { query: raw, normalized: raw, suggestions };
    },
  };
}

test('replay: 한국어 is in the top 10 from the first keystroke, so 7 of its 8 keystrokes are saved', async () => {
  const c = listCorrector(['한강', '한국', '한국어']);
  const t = newTally();
  await replayQuery(c, { query: '한국어', count: 1 }, 1, t);
  const r = buildReport(finishTally(t), { target: { mode: 'in-process', workers: 0, concurrency: 1, lm: 'unavailable' }, elapsedMs: 0, inputs: [] }).completion!;
  assert.equal(r.meanKeystrokes, 8);
  assert.equal(r.keystrokesSaved, 7 / 8);
  // ㅎ..한ㄱ: third behind 한강 and 한국; 한구, 한국: second behind 한국; from 한국ㅇ on, the only match.
  assert.deepEqual(r.byPrefixLength.map((p) => p.mrrAt10), [1 / 3, 1 / 3, 1 / 3, 1 / 3, 1 / 2, 1 / 2, 1, 1]);
  assert.equal(r.atHalf.successAt1, 0);
  assert.equal(r.atHalf.successAt10, 1);
});

test('tallies add up the same however the log is split between workers (property)', async () => {
  const words = ['한강', '한국', '한국어', '무한도전', '롯데시네마', '저수지 게임', '과테말라'];
  const c = listCorrector(words);
  const query = fc.record({ query: fc.constantFrom(...words, '한국사', '무한'), count: fc.integer({ min: 1, max: 9 }) });
  await fc.assert(
    fc.asyncProperty(fc.array(query, { minLength: 1, maxLength: 12 }), fc.nat(), async (qs, cut) => {
      const whole = newTally();
      const parts = [newTally(), newTally()];
      for (const [i, q] of qs.entries()) {
        for (const t of [whole, parts[i < cut % (qs.length + 1) ? 0 : 1]!]) {
          await scoreLoggedQuery(c, q, i + 1, t);
          await replayQuery(c, q, i + 1, t);
        }
      }
      const merged = newTally();
      for (const p of parts) mergeTally(merged, p);
      // Latency differs run to run; sums of reciprocal ranks differ in the last bits by the order added.
      const strip = (t: ReturnType<typeof newTally>): unknown =>
        JSON.parse(JSON.stringify({ ...finishTally(t), latency: null }, (_k, v: unknown) => (typeof v === 'number' ? Math.round(v * 1e9) / 1e9 : v)));
      assert.deepEqual(strip(merged), strip(whole));
    }),
    { numRuns: 60 },
  );
});
