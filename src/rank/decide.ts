import type { RankWeights } from './weights.js';

export type Action = 'none' | 'suggest' | 'autocorrect';

export interface Decision {
  action: Action;
  /** index into the hypotheses of the chosen correction, or -1 for "leave as typed" */
  chosen: number;
  /** posterior of what `corrected` will be */
  confidence: number;
}

export interface DecisionInput {
  /** posterior of leaving the query as typed */
  identityPosterior: number;
  /** posteriors of the candidates, best first */
  candidatePosteriors: readonly number[];
  /** the query is a lexicon entry at or above `knownWeight` (a logged query, a common word) */
  knownQuery: boolean;
  /** the query is a lexicon entry, however rare */
  inLexicon: boolean;
  /** the best candidate only moves spaces and every typed word is a known word */
  spacingOnlyOfKnownWords: boolean;
}

/**
 * none / suggest / autocorrect. False autocorrections cost more than missed ones, so a known query
 * is never changed, a rare known spelling is at most suggested, and autocorrect needs a high
 * posterior over every alternative including "as typed".
 */
export function decide(input: DecisionInput, weights: RankWeights): Decision {
  const best = input.candidatePosteriors[0];
  const keep: Decision = { action: 'none', chosen: -1, confidence: input.identityPosterior };
  if (best === undefined || input.knownQuery || input.spacingOnlyOfKnownWords) return keep;
  if (best <= input.identityPosterior) return keep;
  if (best >= weights.autocorrectAt && !input.inLexicon) return { action: 'autocorrect', chosen: 0, confidence: best };
  if (best >= weights.suggestAt) return { action: 'suggest', chosen: 0, confidence: best };
  return keep;
}
