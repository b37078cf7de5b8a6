import type { Lexicon } from '../lexicon/index.js';
import type { ChannelModel } from './channel.js';
import type { SpellingModel } from './spelling.js';
import type { RankWeights } from './weights.js';

/** The weight-independent parts of a text's prior, so ranking can be re-weighted without lookups. */
export interface PriorParts {
  /** log(weight / total) when the whole text is a lexicon entry */
  entry: number | undefined;
  /** per word: its lexicon log prior (if any) and its spelling-model log-probability */
  words: { entry: number | undefined; spelling: number }[];
}

/** The log prior of a text from its parts under the given weights. */
export function priorFromParts(parts: PriorParts, w: RankWeights): number {
  let composed = parts.words.length > 1 ? w.novelLogProb : 0;
  for (const word of parts.words) {
    const novel = w.novelLogProb + w.novelScale * word.spelling;
    composed += word.entry === undefined ? novel : Math.max(word.entry, novel);
  }
  return parts.entry === undefined ? composed : Math.max(parts.entry, composed);
}

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

  /** The weight-independent parts of log P(text). */
  priorParts(text: string): PriorParts {
    const entry = this.lexicon.get(text);
    return {
      entry: entry ? this.lexicon.logPrior(entry) : undefined,
      words: text.split(' ').map((word) => {
        const e = word === text ? entry : this.lexicon.get(word);
        // A known word's popularity beats any spelling-model estimate of it as new, so the model
        // (the costlier part) runs only for unknown words.
        return e
          ? { entry: this.lexicon.wordLogPrior(e), spelling: -Infinity }
          : { entry: undefined, spelling: this.spelling.wordLogProb(word) };
      }),
    };
  }

  /** log P(word) for one word. */
  wordPrior(word: string): number {
    return priorFromParts(this.priorParts(word), this.weights);
  }

  /** log P(typed | candidate), both as keystrokes. */
  channelLogProb(typedKeys: string, candidateKeys: string): number {
    return this.channel.logProb(typedKeys, candidateKeys);
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
