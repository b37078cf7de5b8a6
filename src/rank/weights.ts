import { KNOWN_WEIGHT } from '../lexicon/entry.js';

/**
 * Weights of the ranker and thresholds of the decision. Defaults here; tuned values live in
 * data/rank.json, written by `npm run tune` from the development set (never from a test set).
 */
export interface RankWeights {
  /** multiplier of log P(typed | candidate) */
  channel: number;
  /** log-probability that a query is a new string rather than a lexicon entry */
  novelLogProb: number;
  /** multiplier of the spelling model's (or LM's) log-probability for new strings */
  novelScale: number;
  /** multiplier of the language model's log-probability (0 = LM unused) */
  lm: number;
  /**
   * the same for a query of one word whose leading reading keeps it one word in the same layout:
   * there the LM has no context and judges each word as a query on its own, which the lexicon's
   * popularity prior mostly already says, so it earns a weight of its own (0 = LM unused there)
   */
  lmOneWord: number;
  /** posterior at or above which the best correction is applied automatically */
  autocorrectAt: number;
  /** posterior at or above which the best correction is offered as "did you mean" */
  suggestAt: number;
  /** a known entry with at least this weight is never corrected */
  knownWeight: number;
  /** −log P(typed | meant) when the whole query was typed in the other keyboard layout */
  layoutCost: number;
  /** −log P(typed | meant) when only the initial consonants were typed */
  choseongCost: number;
  /** −log P(typed | meant) per sound-based edit when a standard spelling was meant (몇일 for 며칠) */
  misspellingCost: number;
  /** log-prior penalty of a non-standard spelling that has a standard variant a misspelling away (몇일) */
  nonstandard: number;
  /**
   * −log P(typed | meant), per word, for a reading that changes a word the lexicon knows while
   * another word of the query is one it does not know: that other word is where the slip most
   * likely is (김하성 내년 거치ㅜ is 김하성 내년 거취, not the commoner 김혜성 내년 거취)
   */
  knownWordChangeCost: number;
}

export const DEFAULT_RANK_WEIGHTS: RankWeights = {
  channel: 1,
  novelLogProb: -2,
  novelScale: 1,
  lm: 0,
  lmOneWord: 0,
  autocorrectAt: 0.85,
  suggestAt: 0.5,
  knownWeight: KNOWN_WEIGHT,
  layoutCost: 5,
  choseongCost: 3,
  misspellingCost: 2.5,
  nonstandard: -10,
  knownWordChangeCost: 0,
};

/** Validates a partial weights object (from a file), naming the bad key. */
export function parseRankWeights(value: unknown, where: string): RankWeights {
  if (typeof value !== 'object' || value === null) throw new TypeError(`${where}: expected an object`);
  const out: RankWeights = { ...DEFAULT_RANK_WEIGHTS };
  for (const [key, v] of Object.entries(value)) {
    if (!(key in DEFAULT_RANK_WEIGHTS)) {
      if (key.startsWith('_')) continue; // comments and provenance
      throw new TypeError(`${where}: unknown key "${key}"`);
    }
    if (typeof v !== 'number' || !Number.isFinite(v)) throw new TypeError(`${where}: "${key}" must be a finite number, got ${JSON.stringify(v)}`);
    out[key as keyof RankWeights] = v;
  }
  return out;
}
