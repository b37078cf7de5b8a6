import type { CandidateKind } from '../candidates/index.js';
import type { Action } from '../rank/index.js';

/** One ranked result. `score` is a posterior (0..1) for corrections, a log prior for suggestions. */
export interface ResultItem {
  text: string;
  score: number;
  kinds: CandidateKind[];
}

export interface CorrectResult {
  query: string;
  normalized: string;
  corrected: string;
  action: Action;
  confidence: number;
  candidates: ResultItem[];
}

export interface SuggestResult {
  query: string;
  normalized: string;
  suggestions: ResultItem[];
}
