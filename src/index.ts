/**
 * baro as a library: the engine (correct, suggest), the express middleware that puts it in front of
 * a search route, the HTTP app, and the Hangul utilities the engine is built on.
 * @example
 * import { loadEngine, typoCorrection, warmUp } from 'baro';
 *
 * const engine = loadEngine(); // the bundled lexicon, ~5 s
 * await warmUp(engine); // optional: the first requests then run at full speed (~0.5 s)
 * await engine.correct('롯데시내마', 5); // { corrected: '롯데시네마', action: 'autocorrect', … }
 * app.get('/search', typoCorrection({ engine, rewrite: true }), search);
 */

// The engine.
export { loadEngine, warmUp, Engine, MAX_QUERY_KEYS, type LoadOptions, type EngineStats, type CorrectResult, type SuggestResult, type ResultItem } from './engine/index.js';
export type { CandidateKind } from './candidates/index.js';
export type { Action } from './rank/index.js';
export type { LanguageModel, LanguageModelInfo, CompleteOptions, Completion, PrefixState } from './lm/language-model.js';
export { DATA_DIR } from './lexicon/index.js';

// Middleware for other express apps.
export { typoCorrection, remoteCorrector, type TypoCorrectionOptions, type Correction, type Corrector, type CorrectorResult } from './middleware/index.js';

// The HTTP service (what `npm start` runs), to embed or start from code.
export { createApp, listen, bornWithPrototypes, shutdown, baseUrl, createLogger, createMetrics, type AppDeps, type AppConfig, type ListenOptions, type Logger, type Metrics } from './service/index.js';
export { parseConfig, ConfigError, DEFAULT_CONFIG, type Config } from './config/index.js';

// Hangul.
export {
  normalize,
  toKeystrokes,
  fromKeystrokes,
  getChoseong,
  isChoseongOnly,
  latinToHangul,
  hangulToLatin,
  hasHangul,
  isSyllable,
  isJamo,
  type NormalizeOptions,
} from './hangul/index.js';
