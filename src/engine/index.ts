export { Engine, LM_LIMITS, MAX_QUERY_KEYS, withGenerated, type EngineParts, type EngineStats, type Hypotheses, type Hypothesis, type LmNextWords } from './engine.js';
export { loadEngine, loadChannelWeights, loadRankWeights, loadRankSetting, type LoadOptions } from './load.js';
export { warmUp } from './warm.js';
export type { CorrectResult, SuggestResult, ResultItem } from './types.js';
