import { LRUCache } from 'lru-cache';
import { fromKeystrokes, isEnding, isJamo, isParticle, isVowelKey, toKeystrokes } from '../hangul/index.js';
import { TARGET_WEIGHT, type Lexicon } from '../lexicon/index.js';
import { isKnownWord, MAX_COMPOUND_CHARS, MAX_PART_CHARS, runEnds } from '../candidates/index.js';
import type { Scorer } from '../rank/index.js';
import { standardWithEnding } from './forms.js';
import { LM_LIMITS } from './limits.js';
import type { WordStanding } from './misspelled.js';

/** What the lexicon says of one word, each fact worked out when first asked (see `WordKnowledge`). */
export interface WordFacts {
  known?: boolean;
  vouched?: boolean;
  standing?: WordStanding;
  /** `lastOfKnownWordsTogether`, null for none */
  lastTogether?: number | null;
  /** `MisspellingHabits.typedAsStandard` */
  typedAsStandard?: boolean;
}

/**
 * What the lexicon says of single words, as suggest and its tests of the model's completions ask
 * it: known, vouched for, known words written together, a known word and the next key. Each fact
 * is worked out once per recent word: the lexicon never changes, and the checks (a dictionary
 * form with its endings, above all) were a tenth of a completion's time, most of it on words asked
 * about before.
 * @example new WordKnowledge(lexicon, scorer).knownWordBeforeKey('유튜븍') // '유튜브'
 */
export class WordKnowledge {
  private readonly facts = new LRUCache<string, WordFacts>({ max: LM_LIMITS.wordFacts });

  constructor(
    readonly lexicon: Lexicon,
    private readonly scorer: Scorer,
  ) {}

  /** `isKnownWord` with the engine's own weights, remembered in `facts`. */
  knownWord(word: string): boolean {
    const facts = this.factsOf(word);
    facts.known ??= isKnownWord(this.scorer, word);
    return facts.known;
  }

  /**
   * A word the lexicon knows or vouches for (`vouchedSpelling`); a number with what Hangul is
   * written onto it, if that is such a word, a counter or a particle (2018년, 4강, 10000에게), not
   * 3연습기.
   */
  vouchedWord(word: string): boolean {
    const plain = (w: string) => this.knownWord(w) || this.vouchedSpelling(w);
    if (!/\d/u.test(word)) return plain(word);
    const hangul = word.replace(/[^가-힣]/gu, '');
    return hangul === '' || plain(hangul) || isEnding(hangul);
  }

  /** A spelling the lexicon (at `TARGET_WEIGHT` or more) or the dictionary, with its endings, stands behind. */
  vouchedSpelling(word: string): boolean {
    const facts = this.factsOf(word);
    facts.vouched ??= (this.lexicon.get(word)?.weight ?? 0) >= TARGET_WEIGHT || this.lexicon.isStandard(word) || standardWithEnding(this.lexicon, word);
    return facts.vouched;
  }

  /** How far the lexicon vouches for a word's spelling (see `withoutMisspellings`). */
  wordStanding(word: string): WordStanding {
    const facts = this.factsOf(word);
    facts.standing ??= this.standingOf(word);
    return facts.standing;
  }

  /** `wordStanding` worked out. */
  private standingOf(word: string): WordStanding {
    const entry = this.lexicon.get(word);
    if (!entry || entry.blocked) return 'unknown';
    if (this.knownWord(word)) return 'common';
    // Running text alone, this rarely, does not vouch for a spelling: it has its typos too (콘섵,
    // 0.5 a million words, beside 콘서트). A dictionary, an entity list or a query log does.
    return /[qpwes]/u.test(entry.flags) && !entry.flags.includes('x') ? 'rare' : 'unknown';
  }

  /** The remembered facts of a word (an empty record the first time). */
  factsOf(word: string): WordFacts {
    let facts = this.facts.get(word);
    if (!facts) this.facts.set(word, (facts = {}));
    return facts;
  }

  /** The known word of `knownWordAndKey`: `word` without its last key (유튜븍 → 유튜브), when it holds. */
  knownWordBeforeKey(word: string): string | undefined {
    const keys = toKeystrokes(word);
    const before = fromKeystrokes(keys.slice(0, -1));
    // A key the last syllable took in leaves as many characters when undone (a vowel key undone
    // leaves a bare consonant, which is no known word); one it could not take stands alone.
    const took = before !== word && [...before].length === [...word].length;
    const alone = before === word.slice(0, -1) && isJamo(word.at(-1)!) && !isVowelKey(word.at(-1)!);
    if (!(took || alone) || !this.knownWord(before)) return undefined;
    return [...before].length >= 3 || !!this.lexicon.get(before)?.flags.includes('q') ? before : undefined;
  }

  /**
   * `text` with its last word, a known word and the next key (`knownWordBeforeKey`), as the known
   * word alone: what was typed so far (노래 유튜븍 → 노래 유튜브), or undefined.
   */
  typedSoFar(text: string): string | undefined {
    const lastAt = text.lastIndexOf(' ') + 1;
    const word = this.knownWordBeforeKey(text.slice(lastAt));
    return word === undefined ? undefined : text.slice(0, lastAt) + word;
  }

  /**
   * Whether `word` is a known word typed whole and then the first key of a next syllable, which
   * the IME took in as a final consonant (과테말랗 = 과테말라 + ㅎ, 유튜븍 = 유튜브 + ㄱ) or shows
   * alone (인스타그램ㅎ, 위장전입ㅋ): a known word of three syllables or more, or a logged query. A
   * shorter word is as often the start of a name still being typed (경숮 on the way to 경수진, 김젣
   * to 김제동): with every known word, 6 of the 288 held-out queries left the top 10 at 70% typed;
   * as it is, none moved at 50 to 100% typed with the key taken in (2026-12-05 09:30), and one at
   * 70% with the key alone (박지원ㅂ: 박지원부인, a compound nobody logged, is dropped as after
   * 박지원 typed exactly; 10:03).
   */
  knownWordAndKey(word: string): boolean {
    return this.knownWordBeforeKey(word) !== undefined;
  }

  /**
   * The weight of the least of the words of `text` when it is Latin and every word with a letter
   * is a known word (god, skt, iphone case), typed as meant rather than Hangul typed with the
   * English layout on; else undefined.
   */
  knownLatinWeight(text: string): number | undefined {
    let least = Infinity;
    for (const word of text.trim().split(' ')) {
      if (!/^[a-z0-9]+$/u.test(word)) return undefined;
      if (!/[a-z]/u.test(word)) continue;
      if (!this.knownWord(word)) return undefined;
      least = Math.min(least, this.lexicon.get(word)!.weight);
    }
    return least === Infinity ? undefined : least;
  }

  /**
   * Whether every word of `text` with a Latin letter is letters only (and digits) and begins no
   * lexicon entry, in a query that also has Hangul: such words were typed in the other layout
   * (아이폰 vmfh), not meant as Latin (아이폰 pro, ebs촏).
   */
  latinWordsBeginNothing(text: string): boolean {
    const latin = text.split(' ').filter((w) => /[a-z]/u.test(w));
    return latin.length > 0 && latin.every((w) => /^[a-z0-9]+$/u.test(w) && this.lexicon.completion.find(w) < 0);
  }

  /**
   * Where the last word begins in the best reading of `word` as two or more known words of two
   * syllables or more written together (노트북가방: 3, at 가방), by their log priors as `Scorer`
   * reads a compound; undefined unless there is one, `word` has at most `MAX_COMPOUND_CHARS`
   * characters, and that reading beats every reading as a run of known words and the start of
   * another: one syllable of it (노회찬사: 노회 찬사 against 노회찬 사망) or a word whose last
   * syllable grows into a commoner one (명지전무: 명지 전무 against 명지 전문). Then the word is
   * more likely typed out than on its way somewhere. A part a longer word only goes on from
   * (케이스, and 케이스타) counts as typed out.
   */
  lastOfKnownWordsTogether(word: string): number | undefined {
    if (word.length < 4 || word.length > MAX_COMPOUND_CHARS || !/^[가-힣]+$/u.test(word)) return undefined;
    // Asked twice per completion search (`overrunOfKnownWord`, `wordOntoKnownWordsTogether`).
    const facts = this.factsOf(word);
    if (facts.lastTogether === undefined) facts.lastTogether = this.readKnownWordsTogether(word) ?? null;
    return facts.lastTogether ?? undefined;
  }

  /** `lastOfKnownWordsTogether`, uncached. */
  private readKnownWordsTogether(word: string): number | undefined {
    const lexicon = this.lexicon;
    const chars = [...word];
    const n = chars.length;
    const prior = (text: string) => {
      const entry = text.length >= 2 && this.knownWord(text) ? lexicon.get(text) : undefined;
      return entry ? lexicon.wordLogPrior(entry) : -Infinity;
    };
    // at[i]: the best log prior of the first i characters as known words (not the whole as one);
    // from[i]: where the last of them begins
    const at = new Float64Array(n + 1).fill(-Infinity);
    const from = new Int32Array(n + 1);
    at[0] = 0;
    for (let i = 2; i <= n; i++) {
      for (let j = Math.max(0, i - MAX_PART_CHARS); j <= i - 2; j++) {
        if (at[j] === -Infinity || i - j === n) continue;
        const score = at[j]! + prior(chars.slice(j, i).join(''));
        if (score > at[i]!) {
          at[i] = score;
          from[i] = j;
        }
      }
    }
    if (at[n] === -Infinity) return undefined;
    for (let cut = 0; cut < n; cut++) {
      if (at[cut] === -Infinity) continue;
      const rest = chars.slice(cut).join('');
      const restWeight = lexicon.get(rest)?.weight ?? 0;
      const [begun] = lexicon.trie.complete(toKeystrokes(rest), 1, (id) => {
        const e = lexicon.entries[id]!;
        if (e.text === rest || e.text.includes(' ') || !this.knownWord(e.text)) return false;
        return rest.length === 1 || (e.weight > restWeight && !e.text.startsWith(rest));
      });
      if (begun !== undefined && at[cut]! + lexicon.wordLogPrior(lexicon.entries[begun]!) > at[n]!) return undefined;
    }
    return from[n];
  }

  /**
   * `text` reads as known words of two syllables or more through to its end, or to a particle
   * there, the first of them at least `firstChars` characters long (유치원 from 유치, 가방 추천).
   */
  knownWordsThrough(text: string, firstChars: number): boolean {
    const chars = [...text];
    if (chars.length > MAX_COMPOUND_CHARS) return false;
    const ends = runEnds(chars.length, (from, to) => to - from >= 2 && (from > 0 || to >= firstChars) && this.knownWord(chars.slice(from, to).join('')));
    return ends.some((end, cut) => end && cut > 0 && (cut === chars.length || isParticle(chars.slice(cut).join(''))));
  }

  /** A test for completions whose every word was typed in `typed`, or is a known word, or known words together. */
  wordsKnownOrTyped(typed: string): (completion: { text: string }) => boolean {
    const typedWords = new Set(typed.split(' '));
    return ({ text }) => text.split(' ').every((w) => typedWords.has(w) || this.knownWord(w) || this.lastOfKnownWordsTogether(w) !== undefined);
  }
}
