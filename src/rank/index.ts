export { ChannelModel, DEFAULT_CHANNEL, align, substitutionKind, insertionKind, deletionKind, isSymbolKey, EDIT_KINDS, type ChannelWeights, type EditKind } from './channel.js';
export { fitChannel, type ChannelFit } from './fit-channel.js';
export { SpellingModel } from './spelling.js';
export { Scorer, posteriors, priorFromParts, type PriorParts } from './score.js';
export { DEFAULT_RANK_WEIGHTS, parseRankWeights, type RankWeights } from './weights.js';
export { decide, type Action, type Decision } from './decide.js';
