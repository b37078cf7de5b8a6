export { Engine, MAX_QUERY_KEYS, type EngineParts, type EngineStats, type Hypotheses, type Hypothesis, type LmNextWords } from './engine.js';
export { LM_LIMITS } from './limits.js';
export { withGenerated } from './list.js';
export { loadEngine, loadChannelWeights, loadRankWeights, loadRankSetting, type LoadOptions } from './load.js';
export { warmUp } from './warm.js';
export type { CorrectResult, SuggestResult, ResultItem } from './types.js';
