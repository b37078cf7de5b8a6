/**
 * Latency kept as a log-scale histogram, not a list of samples: constant memory however long the
 * log, and histograms from several workers merge by adding counts. Each bucket is 4% wide, so a
 * percentile read from it is within 2% of the exact one.
 */

const MIN_MS = 0.001;
const RATIO = 1.04;
const LOG_RATIO = Math.log(RATIO);
/** 1 µs · 1.04^530 ≈ 1,100 s: every latency a caller could wait for. */
const BUCKETS = 530;

/** A plain-data latency histogram (structured-clone safe, so workers can post it). */
export interface LatencyHistogram {
  counts: number[];
  n: number;
  sumMs: number;
  minMs: number;
  maxMs: number;
}

export interface LatencySummary {
  calls: number;
  meanMs: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  maxMs: number;
}

/** An empty histogram. */
export function newHistogram(): LatencyHistogram {
  return { counts: new Array<number>(BUCKETS).fill(0), n: 0, sumMs: 0, minMs: Infinity, maxMs: 0 };
}

function bucketOf(ms: number): number {
  if (!(ms > MIN_MS)) return 0;
  return Math.min(BUCKETS - 1, Math.floor(Math.log(ms / MIN_MS) / LOG_RATIO));
}

/** Lower edge of bucket `i` in ms. */
function edge(i: number): number {
  return MIN_MS * RATIO ** i;
}

/**
 * Adds one call's latency.
 * @example const h = newHistogram(); record(h, 1.7); percentile(h, 0.5) // ≈ 1.7
 */
export function record(h: LatencyHistogram, ms: number): void {
  h.counts[bucketOf(ms)]!++;
  h.n++;
  h.sumMs += ms;
  if (ms < h.minMs) h.minMs = ms;
  if (ms > h.maxMs) h.maxMs = ms;
}

/** Adds `from` into `into`. */
export function mergeHistogram(into: LatencyHistogram, from: LatencyHistogram): void {
  for (let i = 0; i < BUCKETS; i++) into.counts[i]! += from.counts[i] ?? 0;
  into.n += from.n;
  into.sumMs += from.sumMs;
  into.minMs = Math.min(into.minMs, from.minMs);
  into.maxMs = Math.max(into.maxMs, from.maxMs);
}

/**
 * The `q`-quantile in ms (same rank convention as benchmarks/stats.ts `summarize`: the value at
 * sorted index ⌊q·n⌋), read as the geometric middle of its bucket and kept within [min, max].
 */
export function percentile(h: LatencyHistogram, q: number): number {
  if (h.n === 0) return 0;
  const rank = Math.min(h.n - 1, Math.floor(q * h.n));
  let seen = 0;
  for (let i = 0; i < BUCKETS; i++) {
    seen += h.counts[i]!;
    if (seen > rank) return Math.min(h.maxMs, Math.max(h.minMs, Math.sqrt(edge(i) * edge(i + 1))));
  }
  return h.maxMs;
}

/** Calls, mean and p50/p95/p99/max. */
export function summarizeLatency(h: LatencyHistogram): LatencySummary {
  return {
    calls: h.n,
    meanMs: h.n ? h.sumMs / h.n : 0,
    p50Ms: percentile(h, 0.5),
    p95Ms: percentile(h, 0.95),
    p99Ms: percentile(h, 0.99),
    maxMs: h.maxMs,
  };
}

/** One bar of a histogram chart. */
export interface LatencyBin {
  fromMs: number;
  toMs: number;
  count: number;
}

/**
 * The histogram regrouped into at most `bins` log-spaced bins from its fastest to its slowest
 * call, for a chart.
 */
export function latencyBins(h: LatencyHistogram, bins = 32): LatencyBin[] {
  if (h.n === 0) return [];
  const lo = bucketOf(h.minMs);
  const hi = bucketOf(h.maxMs);
  const per = Math.max(1, Math.ceil((hi - lo + 1) / bins));
  const out: LatencyBin[] = [];
  for (let start = lo; start <= hi; start += per) {
    let count = 0;
    for (let i = start; i < Math.min(start + per, hi + 1); i++) count += h.counts[i]!;
    out.push({ fromMs: edge(start), toMs: edge(Math.min(start + per, hi + 1)), count });
  }
  return out;
}
