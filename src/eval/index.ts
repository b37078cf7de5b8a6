export * from './metrics.js';
export * from './devsets.js';
export { addTypo, drawKind, NOISE_SHARES, type NoiseKind } from './noise.js';
export { mulberry32 } from './random.js';
