/**
 * How plausible a string is as a word nobody has logged yet: a character bigram model with
 * interpolated absolute discounting, trained on the lexicon's word types. New names are made of
 * common syllables in common orders (김무호, 뉴진스); keystroke typos tend to leave rare syllables
 * or stray jamo (아잎ㅍ, ㅇ벗어). This is the prior of the "leave it alone" hypothesis when no
 * language model is loaded.
 */
export class SpellingModel {
  // Characters by code point, the markers as the characters '^' and '$': a word's steps are
  // looked up without making a string of each character or of each pair (correction prices a
  // hundred slip fixes a word, and those strings were a tenth of what it allocated).
  private readonly unigram = new Map<number, number>();
  /** bigram counts, by the character before and then the character */
  private readonly bigram = new Map<number, Map<number, number>>();
  /** count of each history and the number of distinct followers it has */
  private readonly history = new Map<number, { count: number; types: number }>();
  private total = 0;
  /** distinct characters, plus one for an unseen one */
  private vocab = 1;
  private static readonly D = 0.75;

  /** Builds the model from the words of the given texts (each distinct word counted once). */
  constructor(texts: Iterable<string>) {
    const seen = new Set<string>();
    for (const text of texts) {
      for (const word of text.split(' ')) {
        if (!word || seen.has(word)) continue;
        seen.add(word);
        forEachStep(word, (prev, cur) => {
          this.unigram.set(cur, (this.unigram.get(cur) ?? 0) + 1);
          this.total++;
          let followers = this.bigram.get(prev);
          if (!followers) this.bigram.set(prev, (followers = new Map()));
          const before = followers.get(cur) ?? 0;
          followers.set(cur, before + 1);
          const h = this.history.get(prev) ?? { count: 0, types: 0 };
          h.count++;
          if (before === 0) h.types++;
          this.history.set(prev, h);
        });
      }
    }
    this.vocab = this.unigram.size + 1;
  }

  /** Natural-log probability of one word (no spaces), end marker included. */
  wordLogProb(word: string): number {
    let lp = 0;
    forEachStep(word, (prev, cur) => {
      lp += this.stepLogProb(prev, cur);
    });
    return lp;
  }

  /**
   * The log-probability of each step of `word`: of its i-th character given the one before (the
   * first given the start), and last of the end marker. `wordLogProb` is their sum.
   */
  stepLogProbs(word: string): number[] {
    const out: number[] = [];
    forEachStep(word, (prev, cur) => {
      out.push(this.stepLogProb(prev, cur));
    });
    return out;
  }

  private stepLogProb(prev: number, cur: number): number {
    const uni = ((this.unigram.get(cur) ?? 0) + 0.5) / (this.total + 0.5 * this.vocab);
    const h = this.history.get(prev);
    if (!h) return Math.log(uni);
    const c = this.bigram.get(prev)?.get(cur) ?? 0;
    return Math.log(Math.max(c - SpellingModel.D, 0) / h.count + ((SpellingModel.D * h.types) / h.count) * uni);
  }
}

/**
 * Calls `visit` with each step of a word by code point: the character before (`START` first) and
 * the character (`END` last).
 */
function forEachStep(word: string, visit: (prev: number, cur: number) => void): void {
  let prev = START;
  for (let i = 0; i <= word.length; i++) {
    const cur = i < word.length ? word.codePointAt(i)! : END;
    if (cur > 0xffff) i++;
    visit(prev, cur);
    prev = cur;
  }
}

/** The start and end markers, as the characters they were written as. */
const START = '^'.charCodeAt(0);
const END = '$'.charCodeAt(0);
