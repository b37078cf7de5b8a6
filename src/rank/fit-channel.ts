import { toKeystrokes } from '../hangul/index.js';
import { align, EDIT_KINDS, type ChannelWeights, type EditKind } from './channel.js';

/**
 * How many distinct edits of each kind a key usually admits, so a kind's probability is shared
 * among its alternatives: a far substitution could be any of ~40 keys, a shift slip only one.
 */
export const ALTERNATIVES: Record<EditKind, number> = {
  shift: 1, vowel: 1, final: 3, adjacent: 5, substitute: 40, insertAdjacent: 3, insert: 45, delete: 1, transpose: 1, symbol: 10, space: 1, liaison: 1, aegyo: 1,
};

export interface ChannelFit {
  weights: ChannelWeights;
  counts: Record<EditKind, number>;
  pairs: number;
  keystrokes: number;
  errorRate: number;
}

/**
 * Estimates channel weights from real (typed, intended) pairs: align each pair with uniform costs,
 * count the edits by kind (add-one smoothed), and turn rates into costs:
 * cost(kind) = −log(ε · P(kind) / alternatives(kind)), with ε the observed edits per keystroke.
 */
export function fitChannel(pairs: readonly [typed: string, intended: string][]): ChannelFit {
  const uniform: ChannelWeights = {
    matchLogProb: 0,
    cost: Object.fromEntries(EDIT_KINDS.map((k) => [k, 1])) as Record<EditKind, number>,
  };
  const counts = Object.fromEntries(EDIT_KINDS.map((k) => [k, 0])) as Record<EditKind, number>;
  let keystrokes = 0;
  let edits = 0;
  for (const [typed, intended] of pairs) {
    const a = align(toKeystrokes(typed), toKeystrokes(intended), uniform);
    keystrokes += toKeystrokes(intended).length;
    for (const e of a.edits) {
      counts[e]++;
      edits++;
    }
  }
  const errorRate = edits / Math.max(1, keystrokes);
  const cost = {} as Record<EditKind, number>;
  for (const k of EDIT_KINDS) {
    const p = (counts[k] + 1) / (edits + EDIT_KINDS.length);
    cost[k] = -Math.log((errorRate * p) / ALTERNATIVES[k]);
  }
  return { weights: { matchLogProb: Math.log(1 - errorRate), cost }, counts, pairs: pairs.length, keystrokes, errorRate };
}
