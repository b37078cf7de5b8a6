export { typoCorrection, type TypoCorrectionOptions, type Correction, type Corrector, type CorrectorResult } from './typo-correction.js';
export { remoteCorrector } from './remote.js';
