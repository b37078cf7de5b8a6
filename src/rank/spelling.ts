/**
 * How plausible a string is as a word nobody has logged yet: a character bigram model with
 * interpolated absolute discounting, trained on the lexicon's word types. New names are made of
 * common syllables in common orders (김무호, 뉴진스); keystroke typos tend to leave rare syllables
 * or stray jamo (아잎ㅍ, ㅇ벗어). This is the prior of the "leave it alone" hypothesis when no
 * language model is loaded.
 */
export class SpellingModel {
  private readonly unigram = new Map<string, number>();
  private readonly bigram = new Map<string, number>();
  /** count of each history and the number of distinct followers it has */
  private readonly history = new Map<string, { count: number; types: number }>();
  private total = 0;
  private static readonly D = 0.75;

  /** Builds the model from the words of the given texts (each distinct word counted once). */
  constructor(texts: Iterable<string>) {
    const seen = new Set<string>();
    for (const text of texts) {
      for (const word of text.split(' ')) {
        if (!word || seen.has(word)) continue;
        seen.add(word);
        const chars = ['^', ...word, '$'];
        for (let i = 1; i < chars.length; i++) {
          const prev = chars[i - 1]!;
          const cur = chars[i]!;
          this.unigram.set(cur, (this.unigram.get(cur) ?? 0) + 1);
          this.total++;
          const key = prev + cur;
          const before = this.bigram.get(key) ?? 0;
          this.bigram.set(key, before + 1);
          const h = this.history.get(prev) ?? { count: 0, types: 0 };
          h.count++;
          if (before === 0) h.types++;
          this.history.set(prev, h);
        }
      }
    }
  }

  /** Natural-log probability of one word (no spaces), end marker included. */
  wordLogProb(word: string): number {
    const chars = ['^', ...word, '$'];
    let lp = 0;
    for (let i = 1; i < chars.length; i++) lp += this.stepLogProb(chars[i - 1]!, chars[i]!);
    return lp;
  }

  /**
   * The log-probability of each step of `word`: of its i-th character given the one before (the
   * first given the start), and last of the end marker. `wordLogProb` is their sum.
   */
  stepLogProbs(word: string): number[] {
    const chars = ['^', ...word, '$'];
    const out: number[] = [];
    for (let i = 1; i < chars.length; i++) out.push(this.stepLogProb(chars[i - 1]!, chars[i]!));
    return out;
  }

  private stepLogProb(prev: string, cur: string): number {
    const vocab = this.unigram.size + 1;
    const uni = ((this.unigram.get(cur) ?? 0) + 0.5) / (this.total + 0.5 * vocab);
    const h = this.history.get(prev);
    if (!h) return Math.log(uni);
    const c = this.bigram.get(prev + cur) ?? 0;
    return Math.log(Math.max(c - SpellingModel.D, 0) / h.count + ((SpellingModel.D * h.types) / h.count) * uni);
  }
}
