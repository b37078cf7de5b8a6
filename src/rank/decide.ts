import type { RankWeights } from './weights.js';

export type Action = 'none' | 'suggest' | 'autocorrect';

export interface Decision {
  action: Action;
  /** index into the ranked candidates of the chosen correction, or -1 for "leave as typed" */
  chosen: number;
  /** posterior of what `corrected` will be */
  confidence: number;
}

export interface DecisionInput {
  /** posterior of leaving the query as typed (spacing variants of known words included) */
  identityPosterior: number;
  /** posteriors of the candidates, best first */
  candidatePosteriors: readonly number[];
  /** the query is a lexicon entry at or above `knownWeight`, a logged query, or a standard dictionary headword typed alone */
  knownQuery: boolean;
  /** the query is a lexicon entry, however rare */
  inLexicon: boolean;
  /**
   * the best candidate may be offered but never applied: it only moves spaces (a search engine
   * tokenizes both alike), expands a choseong query (ㅁㄹㅌㅋ may be typed on purpose), fixes a
   * misspelling that only frequency, not the dictionary, vouches for, or rewrites a query of
   * several words that are all known (a real-word correction, 신시아 닉슨 → 신시아 넥슨)
   */
  suggestOnly: boolean;
  /**
   * the best candidate is offered whenever it leads the query as typed, below `suggestAt` too: it
   * reads the other keyboard layout, and the query has a vowel key standing alone, which no one
   * typing Hangul leaves (ㅑㅜ → in, 채ㅡ → com), so the query as typed is no search either
   */
  offerWhenLeading?: boolean;
}

/**
 * none / suggest / autocorrect. False autocorrections cost more than missed ones, so a known query
 * is never changed; a rare known spelling, or a change that only moves spaces (a search engine
 * tokenizes both alike), is at most suggested (one that only joins dictionary words spaced as the
 * standard spaces them is no candidate: see `Engine.decide`); autocorrect needs a high posterior over every
 * alternative including "as typed".
 */
export function decide(input: DecisionInput, weights: RankWeights): Decision {
  const best = input.candidatePosteriors[0];
  const keep: Decision = { action: 'none', chosen: -1, confidence: input.identityPosterior };
  if (best === undefined || input.knownQuery) return keep;
  if (best <= input.identityPosterior) return keep;
  if (best >= weights.autocorrectAt && !input.inLexicon && !input.suggestOnly) {
    return { action: 'autocorrect', chosen: 0, confidence: best };
  }
  if (best >= weights.suggestAt || input.offerWhenLeading) return { action: 'suggest', chosen: 0, confidence: best };
  return keep;
}
