/**
 * Per-item scoring for `baro eval`, into counts that add up: each worker keeps its own `Tally`
 * and the main thread merges them, so the figures do not depend on how the input was split.
 * Definitions match metrics.ts (`evaluateCorrection`, `evaluateFalseCorrections`,
 * `evaluateCompletion`), so a run over a dev set gives the same numbers as `npm run bench:quality`.
 */
import { fromKeystrokes, normalize, toKeystrokes } from '../hangul/index.js';
import type { PairRecord, QueryRecord } from './input.js';
import { mergeHistogram, newHistogram, record, type LatencyHistogram } from './latency.js';
import { topCandidate, type Corrector } from './metrics.js';

/** Shares of a query's keystrokes typed, in percent, at which completion is scored. */
export const SHARES = [10, 20, 30, 40, 50, 60, 70, 80, 90, 100] as const;

/** Completion is also scored after each of the first this many keystrokes. */
export const MAX_PREFIX_KEYS = 30;

/** Candidates asked for when correcting (top-5 accuracy needs five). */
export const CORRECT_N = 5;
/** Suggestions asked for per keystroke prefix (success@10 needs ten). */
export const SUGGEST_N = 10;

/** Weighted success counts at one point of typing. */
export interface RankTally {
  weight: number;
  at1: number;
  at10: number;
  /** sum of weight / rank (rank ≤ 10) */
  rr: number;
}

export interface CorrectionCase {
  line: number;
  typed: string;
  intended: string;
  kind: string;
  got: string;
  action: string;
  confidence: number;
  candidates: { text: string; score: number }[];
}

export interface FalseAutocorrectCase {
  line: number;
  query: string;
  count: number;
  corrected: string;
  confidence: number;
  candidates: { text: string; score: number }[];
}

export interface CompletionCase {
  line: number;
  query: string;
  count: number;
  keystrokes: number;
  /** keystrokes typed when the query first entered the top 10; null when it never did */
  foundAt: number | null;
  /** what was on screen at half the keystrokes, and what was suggested for it */
  halfPrefix: string;
  halfSuggestions: string[];
}

export interface Tally {
  correction: {
    pairs: number;
    top1: number;
    top5: number;
    correctedExact: number;
    autocorrects: number;
    rightAutocorrects: number;
    byKind: Record<string, { pairs: number; top1: number; top5: number }>;
  };
  /** logged queries taken as correctly spelled; counts weighted by the log's count column */
  falseAutocorrect: { queries: number; weight: number; autocorrects: number; suggests: number };
  completion: {
    queries: number;
    weight: number;
    /** weighted sum of keystrokes per query */
    keystrokes: number;
    /** weighted sum of keystrokes a user could skip by picking the query from the top 10 */
    saved: number;
    /** one entry per SHARES */
    byShare: RankTally[];
    /** entry i: after i+1 keystrokes (queries at least that long) */
    byPrefix: RankTally[];
  };
  latency: { correct: LatencyHistogram; suggest: LatencyHistogram };
  worst: { correction: CorrectionCase[]; falseAutocorrect: FalseAutocorrectCase[]; completion: CompletionCase[] };
  errors: { count: number; examples: string[] };
}

const rankTally = (): RankTally => ({ weight: 0, at1: 0, at10: 0, rr: 0 });

/** An empty tally. */
export function newTally(): Tally {
  return {
    correction: { pairs: 0, top1: 0, top5: 0, correctedExact: 0, autocorrects: 0, rightAutocorrects: 0, byKind: {} },
    falseAutocorrect: { queries: 0, weight: 0, autocorrects: 0, suggests: 0 },
    completion: {
      queries: 0,
      weight: 0,
      keystrokes: 0,
      saved: 0,
      byShare: SHARES.map(rankTally),
      byPrefix: Array.from({ length: MAX_PREFIX_KEYS }, rankTally),
    },
    latency: { correct: newHistogram(), suggest: newHistogram() },
    worst: { correction: [], falseAutocorrect: [], completion: [] },
    errors: { count: 0, examples: [] },
  };
}

/** How many worst cases of each sort a tally keeps. */
export const WORST_KEPT = 30;
const MAX_ERROR_EXAMPLES = 5;

/** Worst first: a wrong autocorrect beats a wrong suggestion beats a typo left alone; then confidence. */
const correctionOrder = (a: CorrectionCase, b: CorrectionCase): number =>
  severity(b.action) - severity(a.action) || b.confidence - a.confidence || a.line - b.line;
const severity = (action: string): number => (action === 'autocorrect' ? 2 : action === 'suggest' ? 1 : 0);
/** Worst first: the most searched query changed, then the most confident change. */
const falseOrder = (a: FalseAutocorrectCase, b: FalseAutocorrectCase): number => b.count - a.count || b.confidence - a.confidence || a.line - b.line;
/** Worst first: never found, then the largest share typed before it showed, then the most searched. */
const completionOrder = (a: CompletionCase, b: CompletionCase): number =>
  needed(b) - needed(a) || b.count - a.count || a.line - b.line;
const needed = (c: CompletionCase): number => (c.foundAt === null ? 2 : c.foundAt / c.keystrokes);

function keepWorst<T>(list: T[], item: T, order: (a: T, b: T) => number): void {
  list.push(item);
  // Sort only now and then: amortized O(log n) per item, bounded memory.
  if (list.length >= 2 * WORST_KEPT) trimWorst(list, order);
}

function trimWorst<T>(list: T[], order: (a: T, b: T) => number): void {
  list.sort(order);
  list.length = Math.min(list.length, WORST_KEPT);
}

/** Records a call that threw (a service error, a timeout) without stopping the run. */
export function recordError(t: Tally, what: string, err: unknown): void {
  t.errors.count++;
  if (t.errors.examples.length < MAX_ERROR_EXAMPLES) t.errors.examples.push(`${what}: ${err instanceof Error ? err.message : String(err)}`);
}

/**
 * Corrects one labelled pair and scores it: top-1, top-5, autocorrect precision and recall.
 * @example await scorePair(engine, { typed: '무한도정', intended: '무한도전', kind: 'typo' }, 3, tally)
 */
export async function scorePair(c: Corrector, p: PairRecord, line: number, t: Tally, now: () => number = performance.now.bind(performance)): Promise<void> {
  const start = now();
  const r = await c.correct(p.typed, CORRECT_N);
  record(t.latency.correct, now() - start);
  const intended = normalize(p.intended);
  const first = topCandidate(r);
  const s = t.correction;
  const kind = (s.byKind[p.kind] ??= { pairs: 0, top1: 0, top5: 0 });
  s.pairs++;
  kind.pairs++;
  const top1 = first === intended;
  const top5 = top1 || r.candidates.slice(0, 5).some((x) => x.text === intended);
  if (top1) {
    s.top1++;
    kind.top1++;
  } else {
    const candidates = r.candidates.map((x) => ({ text: x.text, score: x.score }));
    keepWorst(t.worst.correction, { line, typed: p.typed, intended, kind: p.kind, got: first, action: r.action, confidence: r.confidence, candidates }, correctionOrder);
  }
  if (top5) {
    s.top5++;
    kind.top5++;
  }
  if (r.corrected === intended) s.correctedExact++;
  if (r.action === 'autocorrect') {
    s.autocorrects++;
    if (r.corrected === intended) s.rightAutocorrects++;
  }
}

/**
 * Corrects one logged query, taken to be spelled as meant: an autocorrect is a false one.
 * @example await scoreLoggedQuery(engine, { query: '무한도전', count: 3 }, 1, tally)
 */
export async function scoreLoggedQuery(c: Corrector, q: QueryRecord, line: number, t: Tally, now: () => number = performance.now.bind(performance)): Promise<void> {
  const start = now();
  const r = await c.correct(q.query, CORRECT_N);
  record(t.latency.correct, now() - start);
  const s = t.falseAutocorrect;
  s.queries++;
  s.weight += q.count;
  if (r.action === 'suggest') s.suggests += q.count;
  if (r.action === 'autocorrect') {
    s.autocorrects += q.count;
    const candidates = r.candidates.map((x) => ({ text: x.text, score: x.score }));
    keepWorst(t.worst.falseAutocorrect, { line, query: q.query, count: q.count, corrected: r.corrected, confidence: r.confidence, candidates }, falseOrder);
  }
}

/**
 * Every screen state on the way to typing `query` on a 2-beolsik keyboard, one per keystroke, as
 * the IME shows it (half-typed syllables included).
 * @example keystrokePrefixes('한국') // ['ㅎ', '하', '한', '한ㄱ', '한구', '한국']
 */
export function keystrokePrefixes(query: string): string[] {
  const keys = toKeystrokes(normalize(query));
  const out: string[] = [];
  for (let i = 1; i <= keys.length; i++) out.push(fromKeystrokes(keys.slice(0, i)));
  return out;
}

/**
 * Replays one logged query keystroke by keystroke through autocomplete and scores where it
 * appears: success@1/@10 and reciprocal rank by share typed and by prefix length, and the
 * keystrokes saved by picking it from the top 10 at the first prefix that shows it.
 */
export async function replayQuery(c: Corrector, q: QueryRecord, line: number, t: Tally, now: () => number = performance.now.bind(performance)): Promise<void> {
  const target = normalize(q.query);
  const prefixes = keystrokePrefixes(target);
  const k = prefixes.length;
  if (k === 0) return;
  const half = Math.max(1, Math.ceil((k * 50) / 100));
  /** 1-based rank per prefix; 0 when not in the top 10 */
  const ranks = new Array<number>(k).fill(0);
  let halfSuggestions: string[] = [];
  for (let i = 0; i < k; i++) {
    const start = now();
    const r = await c.suggest(prefixes[i]!, SUGGEST_N);
    record(t.latency.suggest, now() - start);
    const at = r.suggestions.slice(0, SUGGEST_N).findIndex((s) => s.text === target);
    ranks[i] = at + 1;
    if (i + 1 === half) halfSuggestions = r.suggestions.slice(0, 5).map((s) => s.text);
  }
  const w = q.count;
  const s = t.completion;
  s.queries++;
  s.weight += w;
  s.keystrokes += w * k;
  const add = (into: RankTally, rank: number): void => {
    into.weight += w;
    if (rank > 0) {
      into.at10 += w;
      into.rr += w / rank;
      if (rank === 1) into.at1 += w;
    }
  };
  // Integer arithmetic before the division so 30% of 10 keystrokes is exactly 3, as in evaluateCompletion.
  SHARES.forEach((share, b) => add(s.byShare[b]!, ranks[Math.max(1, Math.ceil((k * share) / 100)) - 1]!));
  for (let i = 0; i < Math.min(k, MAX_PREFIX_KEYS); i++) add(s.byPrefix[i]!, ranks[i]!);
  const first = ranks.findIndex((r) => r > 0);
  const foundAt = first < 0 ? null : first + 1;
  if (foundAt !== null) s.saved += w * (k - foundAt);
  if (foundAt === null || foundAt > half) {
    keepWorst(t.worst.completion, { line, query: target, count: q.count, keystrokes: k, foundAt, halfPrefix: prefixes[half - 1]!, halfSuggestions }, completionOrder);
  }
}

/** Adds every numeric field of `from` into `into`: the counters of one section of a tally. */
function addCounts<T extends object>(into: T, from: T): void {
  const to = into as Record<string, unknown>;
  for (const [key, value] of Object.entries(from)) if (typeof value === 'number') to[key] = (to[key] as number) + value;
}

/** Adds `from` into `into`. */
export function mergeTally(into: Tally, from: Tally): void {
  addCounts(into.correction, from.correction);
  for (const [kind, k] of Object.entries(from.correction.byKind)) addCounts((into.correction.byKind[kind] ??= { pairs: 0, top1: 0, top5: 0 }), k);
  addCounts(into.falseAutocorrect, from.falseAutocorrect);
  const c = into.completion;
  const d = from.completion;
  addCounts(c, d);
  const addRanks = (x: RankTally[], y: RankTally[]) =>
    x.forEach((r, i) => {
      const o = y[i];
      if (o) addCounts(r, o);
    });
  addRanks(c.byShare, d.byShare);
  addRanks(c.byPrefix, d.byPrefix);
  mergeHistogram(into.latency.correct, from.latency.correct);
  mergeHistogram(into.latency.suggest, from.latency.suggest);
  for (const x of from.worst.correction) keepWorst(into.worst.correction, x, correctionOrder);
  for (const x of from.worst.falseAutocorrect) keepWorst(into.worst.falseAutocorrect, x, falseOrder);
  for (const x of from.worst.completion) keepWorst(into.worst.completion, x, completionOrder);
  into.errors.count += from.errors.count;
  for (const e of from.errors.examples) if (into.errors.examples.length < MAX_ERROR_EXAMPLES) into.errors.examples.push(e);
}

/** Sorts and cuts the worst-case lists to WORST_KEPT (call before reporting). */
export function finishTally(t: Tally): Tally {
  trimWorst(t.worst.correction, correctionOrder);
  trimWorst(t.worst.falseAutocorrect, falseOrder);
  trimWorst(t.worst.completion, completionOrder);
  return t;
}
