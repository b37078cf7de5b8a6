import { fromKeystrokes, normalize, toKeystrokes } from '../hangul/index.js';
import type { CorrectResult, SuggestResult } from '../engine/index.js';
import type { LabelledPair } from './devsets.js';

/** What evaluation needs of a corrector: the in-process engine or a remote service. */
export interface Corrector {
  correct(query: string, n: number): Promise<CorrectResult>;
  suggest(query: string, n: number): Promise<SuggestResult>;
}

export interface CorrectionReport {
  pairs: number;
  /** best candidate (or the chosen correction) equals the intended text */
  top1: number;
  /** intended text among the first five candidates */
  top5: number;
  /** `corrected` (what a search would run) equals the intended text */
  correctedExact: number;
  autocorrects: number;
  /** autocorrects that were right / all autocorrects */
  autocorrectPrecision: number;
  /** right autocorrects / pairs */
  autocorrectRecall: number;
  byKind: Record<string, { pairs: number; top1: number }>;
  failures: { typed: string; intended: string; got: string; action: string; candidates: string[] }[];
}

/** The text a result puts first: the correction when there is one, else the best candidate. */
export function topCandidate(r: CorrectResult): string {
  if (r.action !== 'none') return r.corrected !== r.normalized ? r.corrected : (r.candidates[0]?.text ?? r.normalized);
  return r.candidates[0]?.text ?? r.normalized;
}

/** Correction accuracy on labelled (typed, intended) pairs. */
export async function evaluateCorrection(engine: Corrector, pairs: readonly LabelledPair[], n = 5): Promise<CorrectionReport> {
  let top1 = 0;
  let top5 = 0;
  let exact = 0;
  let autocorrects = 0;
  let rightAutocorrects = 0;
  const byKind: Record<string, { pairs: number; top1: number }> = {};
  const failures: CorrectionReport['failures'] = [];
  for (const p of pairs) {
    const intended = normalize(p.intended);
    const r = await engine.correct(p.typed, n);
    const first = topCandidate(r);
    const kind = (byKind[p.kind] ??= { pairs: 0, top1: 0 });
    kind.pairs++;
    if (first === intended) {
      top1++;
      kind.top1++;
    } else {
      failures.push({ typed: p.typed, intended, got: first, action: r.action, candidates: r.candidates.map((c) => c.text) });
    }
    if (r.candidates.slice(0, 5).some((c) => c.text === intended) || first === intended) top5++;
    if (r.corrected === intended) exact++;
    if (r.action === 'autocorrect') {
      autocorrects++;
      if (r.corrected === intended) rightAutocorrects++;
    }
  }
  const total = pairs.length || 1;
  for (const k of Object.values(byKind)) k.top1 = k.top1 / (k.pairs || 1);
  return {
    pairs: pairs.length,
    top1: top1 / total,
    top5: top5 / total,
    correctedExact: exact / total,
    autocorrects,
    autocorrectPrecision: autocorrects ? rightAutocorrects / autocorrects : 1,
    autocorrectRecall: rightAutocorrects / total,
    byKind,
    failures,
  };
}

export interface FalseCorrectionReport {
  queries: number;
  /** share of correctly spelled queries that were changed automatically */
  falseAutocorrectRate: number;
  /** share that got a "did you mean" */
  suggestRate: number;
  examples: { query: string; corrected: string; action: string }[];
}

/** How often correctly spelled queries would be changed. */
export async function evaluateFalseCorrections(engine: Corrector, queries: readonly string[]): Promise<FalseCorrectionReport> {
  let auto = 0;
  let suggest = 0;
  const examples: FalseCorrectionReport['examples'] = [];
  for (const q of queries) {
    const r = await engine.correct(q, 5);
    if (r.action === 'autocorrect') auto++;
    if (r.action === 'suggest') suggest++;
    if (r.action !== 'none') examples.push({ query: q, corrected: r.action === 'autocorrect' ? r.corrected : (r.candidates[0]?.text ?? ''), action: r.action });
  }
  const total = queries.length || 1;
  return { queries: queries.length, falseAutocorrectRate: auto / total, suggestRate: suggest / total, examples };
}

/** The text on screen after typing the first `count` keystrokes of `query`. */
export function typedPrefix(query: string, count: number): string {
  return fromKeystrokes(toKeystrokes(normalize(query)).slice(0, count));
}

export interface CompletionReport {
  queries: number;
  /** query in the top 10 after `share` of its keystrokes */
  successAt10: number;
  successAt1: number;
  mrrAt10: number;
  failures: { query: string; prefix: string; got: string[] }[];
}

/** Autocomplete replay at one share of keystrokes typed (rounded up). */
export async function evaluateCompletion(engine: Corrector, queries: readonly string[], share = 0.5): Promise<CompletionReport> {
  let s10 = 0;
  let s1 = 0;
  let mrr = 0;
  const failures: CompletionReport['failures'] = [];
  for (const q of queries) {
    const target = normalize(q);
    const keys = toKeystrokes(target);
    const prefix = typedPrefix(target, Math.max(1, Math.ceil(keys.length * share)));
    const r = await engine.suggest(prefix, 10);
    const rank = r.suggestions.findIndex((s) => s.text === target);
    if (rank >= 0) {
      s10++;
      if (rank === 0) s1++;
      mrr += 1 / (rank + 1);
    } else failures.push({ query: target, prefix, got: r.suggestions.slice(0, 3).map((s) => s.text) });
  }
  const total = queries.length || 1;
  return { queries: queries.length, successAt10: s10 / total, successAt1: s1 / total, mrrAt10: mrr / total, failures };
}
