export { type Candidate, type CandidateKind, type QueryInput, mergeCandidates } from './candidate.js';
export { typoCandidates, maxDistanceFor, TYPO_LIMITS } from './typo.js';
export { prefixCompletions } from './completion.js';
