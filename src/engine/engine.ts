import { normalize, toKeystrokes } from '../hangul/index.js';
import type { Lexicon } from '../lexicon/index.js';
import {
  type Candidate,
  type QueryInput,
  maxDistanceFor,
  mergeCandidates,
  prefixCompletions,
  typoCandidates,
} from '../candidates/index.js';
import { decide, posteriors, type Scorer } from '../rank/index.js';
import type { LanguageModel } from '../lm/language-model.js';
import type { CorrectResult, ResultItem, SuggestResult } from './types.js';

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
    const input = this.input(raw);
    const { normalized, keys } = input;
    const unchanged: CorrectResult = { query: raw, normalized, corrected: normalized, action: 'none', confidence: 1, candidates: [] };
    if (!normalized || keys.length > MAX_QUERY_KEYS) return unchanged;

    const scorer = this.scorer;
    const weights = scorer.weights;
    const entry = this.lexicon.get(normalized);
    const identityScore = scorer.textPrior(normalized) + weights.channel * scorer.channelLogProb(keys, keys);

    const pool = new Map<string, Candidate>();
    let ranked: { c: Candidate; score: number }[] = [];
    const maxK = Math.max(1, maxDistanceFor(keys.length));
    // Widen the edit bound only while nothing beats leaving the query as typed: most typos are
    // one keystroke, and the distance-1 lookup costs a fraction of the distance-2 one.
    for (let k = 1; k <= maxK; k++) {
      mergeCandidates(pool, typoCandidates(scorer, input, k));
      pool.delete(normalized);
      ranked = [...pool.values()].map((c) => ({ c, score: scorer.score(keys, c.text) }));
      ranked.sort((a, b) => b.score - a.score);
      const top = ranked[0];
      if (top && top.score > identityScore + 2) break;
    }

    const post = posteriors([identityScore, ...ranked.map((r) => r.score)]);
    const identityPosterior = post[0]!;
    const candidatePosteriors = post.slice(1);
    const best = ranked[0];
    const knownQuery = !!entry && (entry.weight >= weights.knownWeight || entry.flags.includes('q'));
    const spacingOnlyOfKnownWords =
      !!best &&
      best.c.text.replaceAll(' ', '') === normalized.replaceAll(' ', '') &&
      normalized.split(' ').every((w) => this.lexicon.get(w) !== undefined);
    const decision = decide(
      { identityPosterior, candidatePosteriors, knownQuery, inLexicon: !!entry, spacingOnlyOfKnownWords },
      weights,
    );

    const items: ResultItem[] = ranked.map((r, i) => ({ text: r.c.text, score: round(candidatePosteriors[i]!), kinds: r.c.kinds }));
    if (entry && !entry.blocked) items.push({ text: normalized, score: round(identityPosterior), kinds: ['exact'] });
    items.sort((a, b) => b.score - a.score);
    const chosen = decision.chosen >= 0 ? ranked[decision.chosen]!.c.text : normalized;
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
