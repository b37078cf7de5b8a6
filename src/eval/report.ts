/**
 * The result of `baro eval` as plain data: what `--json` prints and what the text and HTML
 * reports render. Ratios are 0..1; log figures are weighted by the log's count column (searches),
 * so a query searched 100 times counts 100 times.
 */
import { cpus, totalmem } from 'node:os';
import { latencyBins, summarizeLatency, type LatencyBin, type LatencySummary } from './latency.js';
import { MAX_PREFIX_KEYS, SHARES, type CompletionCase, type CorrectionCase, type FalseAutocorrectCase, type RankTally, type Tally } from './tally.js';

export interface BadLine {
  line: number;
  reason: string;
  /** the start of the line */
  text: string;
}

export interface InputStats {
  role: 'pairs' | 'log';
  path: string;
  /** `pairs`, or the detected log format */
  format: string;
  lines: number;
  /** lines evaluated */
  records: number;
  /** blank lines, comments and headers */
  skipped: number;
  bad: number;
  /** the first few bad lines */
  badExamples: BadLine[];
  /** true when --limit stopped reading early */
  truncated: boolean;
}

export interface Success {
  successAt1: number;
  successAt10: number;
  mrrAt10: number;
}

export interface EvalReport {
  tool: 'baro eval';
  date: string;
  machine: string;
  target: { mode: 'in-process' | 'http'; url?: string; workers: number; concurrency: number; lm: 'available' | 'unavailable' | 'unknown' };
  elapsedMs: number;
  inputs: InputStats[];
  correction: {
    pairs: number;
    top1: number;
    top5: number;
    correctedExact: number;
    autocorrects: number;
    autocorrectPrecision: number;
    autocorrectRecall: number;
    byKind: { kind: string; pairs: number; top1: number; top5: number }[];
    worst: CorrectionCase[];
  } | null;
  falseAutocorrect: {
    /** log lines corrected */
    queries: number;
    /** searches they stand for (sum of counts) */
    searches: number;
    rate: number;
    suggestRate: number;
    worst: FalseAutocorrectCase[];
  } | null;
  completion: {
    queries: number;
    searches: number;
    /** mean keystrokes per search */
    meanKeystrokes: number;
    /** share of keystrokes skipped by picking the query from the top 10 at the first prefix that shows it */
    keystrokesSaved: number;
    /** at half the keystrokes typed (rounded up), as `npm run bench:quality` reports */
    atHalf: Success;
    byShare: ({ share: number } & Success)[];
    byPrefixLength: ({ keystrokes: number; searches: number } & Success)[];
    worst: CompletionCase[];
  } | null;
  latency: { correct: LatencySummary & { bins: LatencyBin[] }; suggest: LatencySummary & { bins: LatencyBin[] } };
  errors: { count: number; examples: string[] };
}

/** One line naming the machine (as benchmarks/stats.ts `machine()` does). */
export function machineLine(): string {
  const cpu = cpus();
  return `${cpu[0]?.model ?? 'unknown CPU'} × ${cpu.length}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
}

const success = (r: RankTally): Success => ({
  successAt1: r.weight ? r.at1 / r.weight : 0,
  successAt10: r.weight ? r.at10 / r.weight : 0,
  mrrAt10: r.weight ? r.rr / r.weight : 0,
});

/** Turns a merged tally into the report. */
export function buildReport(t: Tally, meta: Pick<EvalReport, 'target' | 'elapsedMs' | 'inputs'> & { date?: Date }): EvalReport {
  const c = t.correction;
  const f = t.falseAutocorrect;
  const k = t.completion;
  const hasPairs = meta.inputs.some((i) => i.role === 'pairs');
  return {
    tool: 'baro eval',
    date: (meta.date ?? new Date()).toISOString(),
    machine: machineLine(),
    target: meta.target,
    elapsedMs: meta.elapsedMs,
    inputs: meta.inputs,
    correction:
      hasPairs || c.pairs > 0
        ? {
            pairs: c.pairs,
            top1: c.pairs ? c.top1 / c.pairs : 0,
            top5: c.pairs ? c.top5 / c.pairs : 0,
            correctedExact: c.pairs ? c.correctedExact / c.pairs : 0,
            autocorrects: c.autocorrects,
            autocorrectPrecision: c.autocorrects ? c.rightAutocorrects / c.autocorrects : 1,
            autocorrectRecall: c.pairs ? c.rightAutocorrects / c.pairs : 0,
            byKind: Object.entries(c.byKind)
              .map(([kind, x]) => ({ kind, pairs: x.pairs, top1: x.top1 / x.pairs, top5: x.top5 / x.pairs }))
              .sort((a, b) => b.pairs - a.pairs || a.kind.localeCompare(b.kind)),
            worst: t.worst.correction,
          }
        : null,
    falseAutocorrect:
      f.queries > 0
        ? { queries: f.queries, searches: f.weight, rate: f.autocorrects / f.weight, suggestRate: f.suggests / f.weight, worst: t.worst.falseAutocorrect }
        : null,
    completion:
      k.queries > 0
        ? {
            queries: k.queries,
            searches: k.weight,
            meanKeystrokes: k.keystrokes / k.weight,
            keystrokesSaved: k.keystrokes ? k.saved / k.keystrokes : 0,
            atHalf: success(k.byShare[SHARES.indexOf(50)]!),
            byShare: SHARES.map((share, i) => ({ share: share / 100, ...success(k.byShare[i]!) })),
            byPrefixLength: k.byPrefix
              .slice(0, MAX_PREFIX_KEYS)
              .map((r, i) => ({ keystrokes: i + 1, searches: r.weight, ...success(r) }))
              .filter((r) => r.searches > 0),
            worst: t.worst.completion,
          }
        : null,
    latency: {
      correct: { ...summarizeLatency(t.latency.correct), bins: latencyBins(t.latency.correct) },
      suggest: { ...summarizeLatency(t.latency.suggest), bins: latencyBins(t.latency.suggest) },
    },
    errors: t.errors,
  };
}
