/**
 * `npm run bench:lm`: latency of the language model on real queries, on this machine.
 *
 * - score: 16 candidates per query (the query and 15 one-keystroke slips of it) in one call;
 * - complete: 10 completions of the first half of the query's keystrokes (beam 10, maxLen 16);
 * - one beam step at 6 beams through model.onnx and through step.onnx (when the model has one).
 *
 * Queries are the held-out logged queries (never trained on) read from `BARO_CORPORA`
 * (default `../shared/corpora`); without the corpora a small built-in list is used. Baselines in the
 * same run: the service budgets (3 ms, 10 ms) and scoring the 16 candidates one call at a time.
 * Also prints how often the held-out query itself is among the 10 completions (LM alone, no lexicon).
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fromKeystrokes, normalize, toKeystrokes } from '../src/hangul/index.js';
import { isHeldOutQuery } from '../src/lexicon/holdout.js';
import { createInferenceSession, DEFAULT_LM_DIR, loadLanguageModel, MODEL_FILE, STEP_FILE, STEP_OUTPUTS, type OnnxSession } from '../src/lm/index.js';
import { join } from 'node:path';

const CORPORA = resolve(import.meta.dirname, '..', process.env['BARO_CORPORA'] ?? '../shared/corpora');
const FALLBACK = ['아이폰', '서울 맛집', '날씨', 'iphone 16', '오늘 날씨', '로또 당첨번호', '방탄소년단', '미세먼지', '넷플릭스', '부산 여행'];

function heldOutQueries(): string[] {
  const logs: [string, number][] = [
    ['queries/naver_realtime_top20_daily.tsv', 2],
    ['queries/zum_realtime_top10_5min.tsv', 4],
    ...['teen', 'twenty', 'thirty', 'fourty', 'fifty'].map((age): [string, number] => [`queries/naver_age_${age}.txt`, 0]),
  ];
  if (!logs.every(([file]) => existsSync(resolve(CORPORA, file)))) return FALLBACK;
  const seen = new Set<string>();
  for (const [file, column] of logs) {
    const rows = readFileSync(resolve(CORPORA, file), 'utf8').split('\n');
    for (const line of file.endsWith('.tsv') ? rows.slice(1) : rows) {
      const q = normalize(line.split('\t')[column] ?? '');
      if (q && !q.includes('\ufffd') && isHeldOutQuery(q)) seen.add(q);
    }
  }
  return [...seen].sort();
}

/** Mulberry32: a seeded source, so every run slips the same keys. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const KEYS = [...'ㄱㄴㄷㄹㅁㅂㅅㅇㅈㅊㅋㅌㅍㅎㅏㅓㅗㅜㅡㅣㅐㅔ'];
function slips(query: string, count: number, rand: () => number): string[] {
  const keys = [...toKeystrokes(query)];
  const out = [query];
  while (out.length < count) {
    const k = [...keys];
    const i = Math.floor(rand() * k.length);
    const r = rand();
    if (r < 0.4) k[i] = KEYS[Math.floor(rand() * KEYS.length)]!;
    else if (r < 0.7) k.splice(i, 1);
    else if (i + 1 < k.length) [k[i], k[i + 1]] = [k[i + 1]!, k[i]!];
    else k.push(KEYS[Math.floor(rand() * KEYS.length)]!);
    out.push(fromKeystrokes(k.join('')));
  }
  return out;
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

function summary(times: number[]): { p50: number; p99: number } {
  const s = [...times].sort((a, b) => a - b);
  return { p50: percentile(s, 50), p99: percentile(s, 99) };
}

const lm = await loadLanguageModel();
if (!lm) process.exit(1);
const queries = heldOutQueries();
const rand = random(42);
const candidateSets = queries.map((q) => slips(q, 16, rand));

// Warm up the session (first runs allocate).
for (const c of candidateSets.slice(0, 20)) await lm.score(c);
for (const q of queries.slice(0, 10)) await lm.complete(q.slice(0, 1), { beam: 10, maxLen: 16, n: 10 });

const batched: number[] = [];
const oneByOne: number[] = [];
for (const c of candidateSets) {
  let t = performance.now();
  await lm.score(c);
  batched.push(performance.now() - t);
  t = performance.now();
  for (const text of c) await lm.score([text]);
  oneByOne.push(performance.now() - t);
}

const completeTimes: number[] = [];
let found = 0;
for (const q of queries) {
  const keys = [...toKeystrokes(q)];
  const prefix = fromKeystrokes(keys.slice(0, Math.ceil(keys.length / 2)).join(''));
  const t = performance.now();
  const out = await lm.complete(prefix, { beam: 10, maxLen: 16, n: 10 });
  completeTimes.push(performance.now() - t);
  if (out.some((c) => c.text === q)) found++;
}

const s = summary(batched);
const o = summary(oneByOne);
const c = summary(completeTimes);
const ms = (x: number): string => `${x.toFixed(3)} ms`;
console.log(`${lm.info.name} (${(lm.info.bytes / 1e6).toFixed(2)} MB), ${queries.length} held-out queries${queries === FALLBACK ? ' (built-in list)' : ''}`);
console.log(`score 16 candidates   p50 ${ms(s.p50)}  p99 ${ms(s.p99)}  (${(s.p50 / 3).toFixed(2)}× the 3 ms budget; one call per candidate p50 ${ms(o.p50)}, ${(o.p50 / s.p50).toFixed(1)}× slower)`);
console.log(`complete 10 (beam 10) p50 ${ms(c.p50)}  p99 ${ms(c.p99)}  (${(c.p50 / 10).toFixed(2)}× the 10 ms budget)`);
console.log(`held-out query among the 10 LM completions of its first half: ${found}/${queries.length} (${((100 * found) / queries.length).toFixed(1)}%)`);

// One beam step (6 beams, one key each, from the state after a prefix) through each graph, in
// alternating blocks so a busy moment on the machine hits both alike.
if (lm.info.stepGraph) {
  const model = await createInferenceSession(join(DEFAULT_LM_DIR, MODEL_FILE));
  const step = await createInferenceSession(join(DEFAULT_LM_DIR, STEP_FILE));
  const [layers, , hidden] = model.shapes.get('state') as [number, string, number];
  const [, context] = model.shapes.get('history') as [string, number];
  const B = 6;
  const feeds = {
    ids: { type: 'int64', data: BigInt64Array.from({ length: B }, (_, i) => BigInt(10 + i)), dims: [B, 1] },
    state: { type: 'float32', data: Float32Array.from({ length: layers * B * hidden }, (_, i) => Math.sin(i) * 0.5), dims: [layers, B, hidden] },
    history: { type: 'int64', data: BigInt64Array.from({ length: B * context }, (_, i) => BigInt(10 + (i % 20))), dims: [B, context] },
  } as const;
  const withLengths = { ...feeds, lengths: { type: 'int64', data: new BigInt64Array(B).fill(1n), dims: [B] } } as const;
  const times: Record<'model' | 'step', number[]> = { model: [], step: [] };
  const run = async (which: 'model' | 'step', session: OnnxSession, record: boolean) => {
    const t = performance.now();
    await session.run(which === 'model' ? withLengths : feeds, STEP_OUTPUTS);
    if (record) times[which].push(performance.now() - t);
  };
  for (let block = 0; block < 12; block++) {
    for (const [which, session] of [['model', model], ['step', step]] as const) {
      for (let i = 0; i < 250; i++) await run(which, session, block > 1);
    }
  }
  const us = (x: number): string => `${(1000 * x).toFixed(0)} µs`;
  const m = summary(times.model);
  const st = summary(times.step);
  console.log(`one beam step (6 beams) p50 / p99: model.onnx ${us(m.p50)} / ${us(m.p99)}, step.onnx ${us(st.p50)} / ${us(st.p99)} (complete runs step.onnx)`);
  await model.release();
  await step.release();
}
