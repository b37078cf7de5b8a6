import { normalize, toKeystrokes } from '../hangul/index.js';
import type { Lexicon } from '../lexicon/index.js';
import {
  type Candidate,
  type CandidateKind,
  type QueryInput,
  maxDistanceFor,
  mergeCandidates,
  prefixCompletions,
  typoCandidates,
} from '../candidates/index.js';
import { decide, posteriors, priorFromParts, type PriorParts, type RankWeights, type Scorer } from '../rank/index.js';
import type { LanguageModel } from '../lm/language-model.js';
import type { CorrectResult, ResultItem, SuggestResult } from './types.js';

/** One correction hypothesis with its weight-independent score parts. */
export interface Hypothesis {
  text: string;
  kinds: CandidateKind[];
  prior: PriorParts;
  /** log P(typed | text) */
  channel: number;
}

export interface Hypotheses {
  raw: string;
  normalized: string;
  /** the query itself as a lexicon entry */
  entry: { weight: number; logged: boolean; blocked: boolean } | undefined;
  /** every word of the query is a lexicon entry */
  allWordsKnown: boolean;
  identity: Hypothesis;
  candidates: Hypothesis[];
}

/** Longest normalized query the engine works on; longer input is returned as typed. */
export const MAX_QUERY_KEYS = 400;

export interface EngineParts {
  lexicon: Lexicon;
  scorer: Scorer;
  lm?: LanguageModel | undefined;
}

/**
 * Correction and completion for one query, composed from the pipeline stages:
 * normalize → candidates → rank → decide. Stateless per call; safe to share.
 */
export class Engine {
  readonly lexicon: Lexicon;
  readonly scorer: Scorer;
  readonly lm: LanguageModel | undefined;

  constructor(parts: EngineParts) {
    this.lexicon = parts.lexicon;
    this.scorer = parts.scorer;
    this.lm = parts.lm;
  }

  /** The query as every stage sees it. */
  input(raw: string): QueryInput {
    const normalized = normalize(raw);
    return { raw, normalized, keys: toKeystrokes(normalized) };
  }

  /**
   * Spelling correction of a whole query.
   * @example await engine.correct('아이혼', 5) // { corrected: '아이폰', action: 'autocorrect', … }
   */
  async correct(raw: string, n: number): Promise<CorrectResult> {
    return this.decide(this.hypotheses(raw), n, this.scorer.weights);
  }

  /**
   * Everything about a query's correction that does not depend on the rank weights: the
   * candidates, their prior parts and channel log-probabilities. `correct` is `decide` over this;
   * tuning calls `hypotheses` once per query and `decide` once per weight setting.
   */
  hypotheses(raw: string, exhaustive = false): Hypotheses {
    const input = this.input(raw);
    const { normalized, keys } = input;
    const scorer = this.scorer;
    const entry = normalized ? this.lexicon.get(normalized) : undefined;
    const result: Hypotheses = {
      raw,
      normalized,
      entry: entry ? { weight: entry.weight, logged: entry.flags.includes('q'), blocked: entry.blocked } : undefined,
      allWordsKnown: normalized.split(' ').every((w) => this.lexicon.get(w) !== undefined),
      identity: { text: normalized, kinds: ['exact'], prior: scorer.priorParts(normalized), channel: scorer.channelLogProb(keys, keys) },
      candidates: [],
    };
    if (!normalized || keys.length > MAX_QUERY_KEYS) return result;

    const pool = new Map<string, Candidate>();
    const scored = new Map<string, Hypothesis>();
    const maxK = Math.max(1, maxDistanceFor(keys.length));
    const identityScore = this.scoreOf(result.identity, scorer.weights);
    // Widen the edit bound only while nothing beats leaving the query as typed: most typos are
    // one keystroke, and the distance-1 lookup costs a fraction of the distance-2 one.
    for (let k = 1; k <= maxK; k++) {
      mergeCandidates(pool, typoCandidates(scorer, input, k));
      pool.delete(normalized);
      let best = -Infinity;
      for (const c of pool.values()) {
        let h = scored.get(c.text);
        if (!h) {
          h = { text: c.text, kinds: c.kinds, prior: scorer.priorParts(c.text), channel: scorer.channelLogProb(keys, toKeystrokes(c.text)) };
          scored.set(c.text, h);
        }
        best = Math.max(best, this.scoreOf(h, scorer.weights));
      }
      if (!exhaustive && best > identityScore + 2) break;
    }
    result.candidates = [...scored.values()];
    return result;
  }

  private scoreOf(h: Hypothesis, w: RankWeights): number {
    return priorFromParts(h.prior, w) + w.channel * h.channel;
  }

  /** The ranking and the none / suggest / autocorrect decision for given weights. */
  decide(hyps: Hypotheses, n: number, weights: RankWeights): CorrectResult {
    const { raw, normalized } = hyps;
    if (!normalized || hyps.candidates.length === 0 && !hyps.entry) {
      return { query: raw, normalized, corrected: normalized, action: 'none', confidence: 1, candidates: [] };
    }
    const ranked = hyps.candidates.map((h) => ({ h, score: this.scoreOf(h, weights) })).sort((a, b) => b.score - a.score);
    const post = posteriors([this.scoreOf(hyps.identity, weights), ...ranked.map((r) => r.score)]);
    const squashed = normalized.replaceAll(' ', '');
    // Variants that only move spaces search the same thing: they share the "as typed" mass.
    let identityPosterior = post[0]!;
    ranked.forEach((r, i) => {
      if (hyps.allWordsKnown && r.h.text.replaceAll(' ', '') === squashed) identityPosterior += post[i + 1]!;
    });
    const candidatePosteriors = post.slice(1);
    const best = ranked[0];
    const entry = hyps.entry;
    const decision = decide(
      {
        identityPosterior,
        candidatePosteriors,
        knownQuery: !!entry && (entry.weight >= weights.knownWeight || entry.logged),
        inLexicon: !!entry,
        spacingOnly: !!best && best.h.text.replaceAll(' ', '') === squashed,
        allWordsKnown: hyps.allWordsKnown,
      },
      weights,
    );
    const items: ResultItem[] = ranked.map((r, i) => ({ text: r.h.text, score: round(candidatePosteriors[i]!), kinds: r.h.kinds }));
    if (entry && !entry.blocked) items.push({ text: normalized, score: round(identityPosterior), kinds: ['exact'] });
    items.sort((a, b) => b.score - a.score);
    const chosen = decision.chosen >= 0 ? ranked[decision.chosen]!.h.text : normalized;
    return {
      query: raw,
      normalized,
      corrected: decision.action === 'autocorrect' ? chosen : normalized,
      action: decision.action,
      confidence: round(decision.confidence),
      candidates: decision.action === 'suggest' ? moveFirst(items, chosen).slice(0, n) : items.slice(0, n),
    };
  }

  /**
   * Completions of a typed prefix, keystroke-aware.
   * @example await engine.suggest('아잎', 10) // suggestions: 아이폰 …
   */
  async suggest(raw: string, n: number): Promise<SuggestResult> {
    const base = this.input(raw);
    // A trailing space means the next word has begun: "서울 " completes to "서울 맛집", not "서울숲".
    const trailing = /\s$/u.test(raw) && base.normalized ? ' ' : '';
    const input: QueryInput = { ...base, normalized: base.normalized + trailing, keys: base.keys + trailing };
    const result: SuggestResult = { query: raw, normalized: base.normalized, suggestions: [] };
    if (!base.normalized || input.keys.length > MAX_QUERY_KEYS) return result;
    const pool = new Map<string, Candidate>();
    mergeCandidates(pool, prefixCompletions(this.lexicon, input, n));
    result.suggestions = [...pool.values()].slice(0, n).map((c) => {
      const e = this.lexicon.get(c.text);
      return { text: c.text, score: e ? round(this.lexicon.logPrior(e)) : 0, kinds: c.kinds };
    });
    return result;
  }
}

function round(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}

function moveFirst(items: ResultItem[], text: string): ResultItem[] {
  const i = items.findIndex((it) => it.text === text);
  if (i <= 0) return items;
  return [items[i]!, ...items.slice(0, i), ...items.slice(i + 1)];
}
