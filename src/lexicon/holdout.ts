/**
 * Which logged queries are held out of the lexicon and of language-model training, so evaluation
 * has queries baro has never seen. Deterministic (a hash of the normalized text), so the data build,
 * the LM training script and the evaluation all agree without sharing a file.
 */
export const HOLDOUT_MODULUS = 20;

/** FNV-1a over UTF-16 code units; stable across runs and platforms. */
export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/**
 * True for the 1 in 20 normalized logged queries kept out of the lexicon and the LM training text.
 * @example isHeldOutQuery('아이폰 케이스') // false or true, but always the same answer
 */
export function isHeldOutQuery(normalizedQuery: string): boolean {
  return fnv1a(normalizedQuery) % HOLDOUT_MODULUS === 0;
}
