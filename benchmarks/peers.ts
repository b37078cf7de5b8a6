/**
 * `npm run bench:peers`: the development sets through baro and, side by side, through two peers —
 * SymSpell over jamo (as symspellpy-ko does, on baro's own lexicon) and hunspell with the Korean
 * dictionary — printing one table of quality and speed. The peers are installed by
 * benchmarks/peers/setup.sh (run first by the npm script), never by npm ci.
 *
 * Quality: top-1 accuracy on the typo sets (the first answer is the intended text) and the
 * false-autocorrect rate on the correctly spelled sets (baro: action `autocorrect`; a peer: its
 * top answer differs from the query, since a peer has no notion of asking first): the logged and
 * held-out queries, and the hand-written queries newer than the logs (benchmarks/newer-queries.txt).
 * Hunspell takes ~100 ms a query, so every set is sampled to the same fixed subset (default 300,
 * seeded) for all three systems.
 *
 *   npm run bench:peers [-- --sample 300 --json]    (--sample 0: whole sets)
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadEngine } from '../src/engine/index.js';
import { devPath, mulberry32, readPairs, readQueries, topCandidate } from '../src/eval/index.js';
import { normalize } from '../src/hangul/index.js';
import { DATA_DIR } from '../src/lexicon/index.js';
import { createHunspellKo } from './peers/hunspell-ko.js';
import type { Peer } from './peers/peer.js';
import { createSymspellJamo } from './peers/symspell-jamo.js';
import { newerQueries } from './sets.js';
import { machine, summarize } from './stats.js';

const { values } = parseArgs({ options: { sample: { type: 'string', default: '300' }, json: { type: 'boolean', default: false }, seed: { type: 'string', default: '5' } } });
const sampleSize = Number(values.sample);
const seed = Number(values.seed);
if (!(Number.isInteger(sampleSize) && sampleSize >= 0)) throw new TypeError(`--sample must be a whole number, got ${values.sample}`);
const log = (line: string): void => {
  if (!values.json) process.stderr.write(`${line}\n`);
};

interface Item {
  typed: string;
  /** the intended text; for correctly spelled sets, the query itself */
  intended: string;
}
interface DevSet {
  name: string;
  metric: 'top-1' | 'false autocorrect';
  total: number;
  items: Item[];
}

/** The same seeded subset for every system: a partial Fisher–Yates shuffle, then file order. */
function sample<T>(xs: T[], n: number, salt: number): T[] {
  if (n === 0 || xs.length <= n) return xs;
  const random = mulberry32(seed * 1000 + salt);
  const idx = xs.map((_, i) => i);
  for (let i = 0; i < n; i++) {
    const j = i + Math.floor(random() * (idx.length - i));
    [idx[i], idx[j]] = [idx[j]!, idx[i]!];
  }
  return idx.slice(0, n).sort((a, b) => a - b).map((i) => xs[i]!);
}

const sets: DevSet[] = [];
for (const [i, [name, file]] of [['synthetic typos', 'synthetic-typos.tsv'], ['real typos', 'real-typos.tsv']].entries()) {
  const pairs = readPairs(devPath(DATA_DIR, file!));
  sets.push({ name: name!, metric: 'top-1', total: pairs.length, items: sample(pairs, sampleSize, i).map((p) => ({ typed: p.typed, intended: normalize(p.intended) })) });
}
for (const [i, [name, file]] of [['logged queries', 'correct-queries.txt'], ['held-out queries', 'heldout-queries.txt']].entries()) {
  const queries = readQueries(devPath(DATA_DIR, file!));
  sets.push({ name: name!, metric: 'false autocorrect', total: queries.length, items: sample(queries, sampleSize, 10 + i).map((q) => ({ typed: q, intended: normalize(q) })) });
}

// Names, products and slang newer than the logs, spelled as meant (bench:modes reads the same list).
const newer = newerQueries();
sets.push({ name: 'newer queries (hand-written)', metric: 'false autocorrect', total: newer.length, items: sample(newer, sampleSize, 12).map((q) => ({ typed: q, intended: normalize(q) })) });

log('loading baro …');
const engine = loadEngine();
const baro: Peer = {
  name: 'baro',
  about: 'in-process engine, no language model (as npm run bench:quality)',
  async correct(query) {
    const r = await engine.correct(query, 5);
    return { top: topCandidate(r), autocorrect: r.action === 'autocorrect' };
  },
  async close() {},
};
log('building SymSpell over jamo from data/lexicon.tsv.gz …');
const symspell = await createSymspellJamo(join(DATA_DIR, 'lexicon.tsv.gz'));
log('starting hunspell -d ko …');
const hunspell = await createHunspellKo();
const systems = [baro, symspell, hunspell];

interface Cell {
  value: number;
  p50Ms: number;
  p99Ms: number;
  meanMs: number;
}
const table: { set: DevSet; cells: Cell[] }[] = [];
for (const set of sets) {
  const cells: Cell[] = [];
  for (const system of systems) {
    log(`${set.name}: ${system.name} (${set.items.length}) …`);
    let hits = 0;
    const ms: number[] = [];
    for (const item of set.items) {
      const start = performance.now();
      const answer = await system.correct(item.typed);
      ms.push(performance.now() - start);
      if (set.metric === 'top-1' ? answer.top === item.intended : answer.autocorrect) hits++;
    }
    const s = summarize(ms);
    cells.push({ value: hits / (set.items.length || 1), p50Ms: s.p50, p99Ms: s.p99, meanMs: s.mean });
  }
  table.push({ set, cells });
}
await Promise.all(systems.map((s) => s.close()));

if (values.json) {
  console.log(
    JSON.stringify(
      {
        date: new Date().toISOString(),
        machine: machine(),
        command: `npm run bench:peers -- --sample ${sampleSize}`,
        systems: systems.map((s) => ({ name: s.name, about: s.about })),
        sets: table.map(({ set, cells }) => ({
          name: set.name,
          metric: set.metric,
          n: set.items.length,
          of: set.total,
          results: Object.fromEntries(systems.map((s, i) => [s.name, cells[i]])),
        })),
      },
      null,
      2,
    ),
  );
} else {
  const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;
  const msf = (x: number): string => (x >= 10 ? x.toFixed(0) : x.toFixed(2));
  console.log(`\n${machine()}; ${sampleSize ? `each set sampled to at most ${sampleSize} (seed ${seed}), the same items for every system` : 'whole sets'}`);
  for (const s of systems) console.log(`  ${s.name}: ${s.about}`);
  console.log('  top-1: higher is better; false autocorrect: lower is better; ms/query p50 / p99\n');
  const rows = [
    ['set', 'n', 'metric', ...systems.flatMap((s) => [s.name, 'ms p50 / p99'])],
    ...table.map(({ set, cells }) => [
      set.name,
      set.items.length === set.total ? String(set.total) : `${set.items.length} of ${set.total}`,
      set.metric,
      ...cells.flatMap((c) => [pct(c.value), `${msf(c.p50Ms)} / ${msf(c.p99Ms)}`]),
    ]),
  ];
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  for (const r of rows) console.log(r.map((c, i) => (i < 3 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  '));
}
