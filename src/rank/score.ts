import { MAX_COMPOUND_CHARS, MAX_PART_CHARS } from '../candidates/compound.js';
import type { Lexicon } from '../lexicon/index.js';
import type { ChannelModel } from './channel.js';
import type { SpellingModel } from './spelling.js';
import type { RankWeights } from './weights.js';

/** The weight-independent parts of a text's prior, so ranking can be re-weighted without lookups. */
export interface PriorParts {
  /** log(weight / total) when the whole text is a lexicon entry */
  entry: number | undefined;
  /**
   * per word: its lexicon log prior (if any), its spelling-model log-probability, and for a new
   * word that reads as entries written together, the best sum of their log priors
   */
  words: { entry: number | undefined; spelling: number; compound?: number }[];
}

/** New words whose compound reading is remembered (a few hundred kB at most), then forgotten at once. */
const COMPOUND_MEMO = 20_000;

/** The log prior of a text from its parts under the given weights. */
export function priorFromParts(parts: PriorParts, w: RankWeights): number {
  let composed = parts.words.length > 1 ? w.novelLogProb : 0;
  for (const word of parts.words) {
    const novel = w.novelLogProb + Math.max(w.novelScale * word.spelling, word.compound ?? -Infinity);
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
  /** the log prior of new words' best reading as entries, -Infinity for none (see `compoundParts`) */
  private readonly compounds = new Map<string, number>();

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
          : { entry: undefined, spelling: this.spelling.wordLogProb(word), ...this.compoundParts(word) };
      }),
    };
  }

  /**
   * A new word that is lexicon words written together (아이폰가격, 18대대선투표율) is priced as those
   * words side by side would be, by their best reading, when that beats the spelling model: Korean
   * writes compounds unspaced, and most words of new queries are such compounds. Their typos are
   * fixed as compounds (`compoundFixes`), and without this the fix got no more prior than the typo
   * itself. Up to `MAX_COMPOUND_CHARS` characters, parts of up to `MAX_PART_CHARS`: a Viterbi
   * search of at most their product in lookups, once per word (a bounded memo).
   */
  private compoundParts(word: string): { compound?: number } {
    const chars = [...word];
    const n = chars.length;
    if (n < 3 || n > MAX_COMPOUND_CHARS) return {};
    // Every candidate of a query repeats most of its words, so each word is read once.
    let best = this.compounds.get(word);
    if (best === undefined) {
      // at[i]: the best log prior of the first i characters as one or more entries (the whole word
      // as one entry is no compound: it is not in the lexicon, or this is not called)
      const at = new Float64Array(n + 1).fill(-Infinity);
      at[0] = 0;
      for (let i = 1; i <= n; i++) {
        for (let from = Math.max(0, i - MAX_PART_CHARS); from < i; from++) {
          if (at[from] === -Infinity || (from === 0 && i === n)) continue;
          const entry = this.lexicon.get(chars.slice(from, i).join(''));
          if (!entry || entry.blocked) continue;
          at[i] = Math.max(at[i]!, at[from]! + this.lexicon.wordLogPrior(entry));
        }
      }
      best = at[n]!;
      if (this.compounds.size >= COMPOUND_MEMO) this.compounds.clear();
      this.compounds.set(word, best);
    }
    return best === -Infinity ? {} : { compound: best };
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
