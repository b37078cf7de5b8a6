import { MAX_COMPOUND_CHARS, MAX_PART_CHARS } from '../candidates/compound.js';
import { SOURCE_FLAGS, type Lexicon, type LexiconEntry } from '../lexicon/index.js';
import type { ChannelModel } from './channel.js';
import type { SpellingModel } from './spelling.js';
import type { RankWeights } from './weights.js';

/** The weight-independent parts of a text's prior, so ranking can be re-weighted without lookups. */
export interface PriorParts {
  /** log(weight / total) when the whole text is a lexicon entry */
  entry: number | undefined;
  /**
   * per word: its lexicon log prior (if any), its spelling-model log-probability (−Infinity for a
   * known word in a one-word text, where it is not used, but for a name only the entity lists hold,
   * typed alone: see `Scorer.priorParts`), and for a new word that reads as entries
   * written together, the best sum of their log priors
   */
  words: readonly WordParts[];
}

/** One word's part of `PriorParts`. */
export interface WordParts {
  readonly entry: number | undefined;
  readonly spelling: number;
  readonly compound?: number;
}

/** Words whose parts are remembered (a few MB at most), then forgotten at once. */
const WORD_MEMO = 20_000;

/**
 * The log prior of a text from its parts under the given weights. A word is a mixture of "a known
 * word" and "a new string", P(w) = P(known) P(w | known) + P(new) P(w | new), taken as the larger of
 * the two (within log 2 of the sum). The known part alone let a new string one edit from a common
 * word outprice the word (캄보디아 대포통장 오통 over … 유통: −13.4 against −15.9), because the
 * lexicon's word priors are shares of every logged query's weight while the spelling model's are
 * shares of word types. In a one-word text the new part of a known word is left out: its rivals
 * are mostly other known words, told apart by popularity, which the new part would flatten
 * (with it, synthetic typos top-1 fell from 95.7% to 91.9% at the same weights, 94.0% re-tuned).
 */
export function priorFromParts(parts: PriorParts, w: RankWeights): number {
  let composed = parts.words.length > 1 ? w.novelLogProb : 0;
  for (const word of parts.words) composed += wordTerm(word, w);
  return parts.entry === undefined ? composed : Math.max(parts.entry, composed);
}

/** One word's part of `priorFromParts`: known or new, whichever is likelier. */
function wordTerm(word: WordParts, w: RankWeights): number {
  const novel = w.novelLogProb + Math.max(w.novelScale * word.spelling, word.compound ?? -Infinity);
  return word.entry === undefined ? novel : Math.max(word.entry, novel);
}

/**
 * The noisy-channel scorer: score(h) = log P(h) + w_c · log P(typed | h). P(h) is the lexicon
 * popularity when h is an entry, and otherwise a composition of its words (known words by
 * popularity, new words by the spelling model) behind a fixed "new string" cost.
 */
export class Scorer {
  /**
   * the parts of recently priced words, by the word, behind a space when it shares its text with
   * others (its spelling is then wanted even if known): a query's candidates repeat most of its words
   */
  private readonly wordMemo = new Map<string, WordParts>();

  constructor(
    readonly lexicon: Lexicon,
    readonly channel: ChannelModel,
    readonly spelling: SpellingModel,
    readonly weights: RankWeights,
  ) {}

  /**
   * The weight-independent parts of log P(text). `typed`: the text is the query as typed. Typed
   * alone, a name that only the entity lists know (박주원, at the lists' token weight) is priced at
   * least as the new string it would be were it unknown: knowing it must not make it a likelier
   * slip (박주원 → 박지원 was offered at 0.9997, and not at all while the name was unknown).
   */
  priorParts(text: string, typed = false): PriorParts {
    const entry = this.lexicon.get(text);
    const words = text.split(' ');
    const asNew = words.length > 1 || (typed && !!entry && onlyListedName(entry));
    return { entry: entry ? this.lexicon.logPrior(entry) : undefined, words: words.map((word) => this.wordParts(word, asNew)) };
  }

  private wordParts(word: string, amongOthers: boolean): WordParts {
    const key = amongOthers ? ` ${word}` : word;
    let parts = this.wordMemo.get(key);
    if (parts) return parts;
    const e = this.lexicon.get(word);
    if (this.wordMemo.size >= WORD_MEMO) this.wordMemo.clear();
    if (e) {
      // Among several words a known word is priced at least as it would be were it new (see
      // `priorFromParts`); a one-word text is ranked by popularity alone.
      parts = { entry: this.lexicon.wordLogPrior(e), spelling: amongOthers ? this.spelling.wordLogProb(word) : -Infinity };
      this.wordMemo.set(key, parts);
    } else {
      // A new word's parts are the same alone or among others: its compound search runs once.
      parts = { entry: undefined, spelling: this.spelling.wordLogProb(word), ...this.compoundParts(word) };
      this.wordMemo.set(word, parts).set(` ${word}`, parts);
    }
    return parts;
  }

  /**
   * A new word that is lexicon words written together (아이폰가격, 18대대선투표율) is priced as those
   * words side by side would be, by their best reading, when that beats the spelling model: Korean
   * writes compounds unspaced, and most words of new queries are such compounds. Their typos are
   * fixed as compounds (`compoundFixes`), and without this the fix got no more prior than the typo
   * itself. Up to `MAX_COMPOUND_CHARS` characters, parts of up to `MAX_PART_CHARS`: a Viterbi
   * search of at most their product in lookups, once per word (`wordParts` remembers it).
   */
  private compoundParts(word: string): { compound?: number } {
    const chars = [...word];
    const n = chars.length;
    if (n < 3 || n > MAX_COMPOUND_CHARS) return {};
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
    return at[n] === -Infinity ? {} : { compound: at[n]! };
  }

  /** log P(word) for one word (or a text: `priorFromParts` of its parts). */
  wordPrior(word: string): number {
    if (word.includes(' ')) return priorFromParts(this.priorParts(word), this.weights);
    // The same sum for one word, without the parts' arrays: the typo search prices every match so.
    const entry = this.lexicon.get(word);
    const term = wordTerm(this.wordParts(word, false), this.weights);
    return entry ? Math.max(this.lexicon.logPrior(entry), term) : term;
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

/**
 * A name of three or more characters that only the entity lists hold (no corpus, log or
 * dictionary word list). Shorter ones are left at their weight: the lists' 160,000 titles cover so
 * much of two syllables that a slip lands on one by chance (제파 for 네파, 율산 for 울산).
 */
function onlyListedName(entry: LexiconEntry): boolean {
  return entry.flags.includes(SOURCE_FLAGS.entity) && !/[cqpw]/u.test(entry.flags) && [...entry.text].length >= 3;
}
