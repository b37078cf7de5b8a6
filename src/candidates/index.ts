export { type Candidate, type CandidateKind, type QueryInput, mergeCandidates, queryInput } from './candidate.js';
export { brokenWordRepairs, isBroken, recomposed, slipFixes, SLIP_FIX_LIMITS, REPAIR_LIMITS } from './repair.js';
export { typoCandidates, compoundFixes, isKnownWord, maxDistanceFor, TYPO_LIMITS, TypoSearch } from './typo.js';
export {
  prefixCompletions,
  typoCompletions,
  typoDiscount,
  infixCompletions,
  lastWordCompletions,
  contextCompletions,
  wordEndCompletion,
  lastWordFixes,
  finishedWordFixes,
  LAST_WORD_MIN_KEYS,
  COMPLETION_FACTORS,
  COMPLETION_LIMITS,
  type Completed,
} from './completion.js';
export { hangulKeysOfLatin, hasStrayVowel, layoutCandidates, layoutPrefix, latinPrefixReading, latinWordBeforeLast, manyStrayJamo } from './layout.js';
export { choseongCompletions, choseongMatches, choseongPattern, CHOSEONG_LIMITS } from './choseong.js';
export { spacingCandidates, SPACING_LIMITS, joinsWordsOf, keepsSpacesOf, spacingMismatch, unspaced } from './spacing.js';
export { MAX_COMPOUND_CHARS, MAX_PART_CHARS, NUMBER_PART, runEnds } from './compound.js';
export { respellingCandidates, RESPELL_LIMITS } from './respell.js';
