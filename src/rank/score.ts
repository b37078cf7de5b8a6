import { toKeystrokes } from '../hangul/index.js';
import type { Lexicon } from '../lexicon/index.js';
import type { ChannelModel } from './channel.js';
import type { SpellingModel } from './spelling.js';
import type { RankWeights } from './weights.js';

/**
 * The noisy-channel scorer: score(h) = log P(h) + w_c · log P(typed | h). P(h) is the lexicon
 * popularity when h is an entry, and otherwise a composition of its words (known words by
 * popularity, new words by the spelling model) behind a fixed "new string" cost.
 */
export class Scorer {
  constructor(
    readonly lexicon: Lexicon,
    readonly channel: ChannelModel,
    readonly spelling: SpellingModel,
    readonly weights: RankWeights,
  ) {}

  /** log P(word) for one word. */
  wordPrior(word: string): number {
    const entry = this.lexicon.get(word);
    const novel = this.weights.novelLogProb + this.weights.novelScale * this.spelling.wordLogProb(word);
    return entry ? Math.max(this.lexicon.logPrior(entry), novel) : novel;
  }

  /** log P(text) for a whole query: as an entry, or as new words. */
  textPrior(text: string): number {
    const entry = this.lexicon.get(text);
    const words = text.split(' ');
    let composed = words.length > 1 ? this.weights.novelLogProb : 0;
    for (const w of words) composed += this.wordPrior(w);
    return entry ? Math.max(this.lexicon.logPrior(entry), composed) : composed;
  }

  /** log P(typed | candidate), both as keystrokes. */
  channelLogProb(typedKeys: string, candidateKeys: string): number {
    return this.channel.logProb(typedKeys, candidateKeys);
  }

  /** The full score of a candidate text for the typed keystrokes. */
  score(typedKeys: string, candidate: string, candidateKeys = toKeystrokes(candidate)): number {
    return this.textPrior(candidate) + this.weights.channel * this.channelLogProb(typedKeys, candidateKeys);
  }
}

/** Posterior probabilities from log scores (softmax), in the same order. */
export function posteriors(scores: readonly number[]): number[] {
  let max = -Infinity;
  for (const s of scores) if (s > max) max = s;
  const exps = scores.map((s) => Math.exp(s - max));
  const sum = exps.reduce((a, b) => a + b, 0);
  return exps.map((e) => e / sum);
}
