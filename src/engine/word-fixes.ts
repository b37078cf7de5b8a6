/**
 * The fixes of words typed that the language model is asked to judge, and the tests for a slip in
 * what was typed: a word's slip fixes the spelling model finds likelier (`slipFixTexts`), its
 * nearest lexicon words (`lexiconFixTexts`), a broken word's repairs (`repairTexts`). Correction
 * scores the first with its candidates; completion writes on from the best of them.
 */
import { hasHangul, toKeystrokes } from '../hangul/index.js';
import type { Lexicon } from '../lexicon/index.js';
import {
  brokenWordRepairs,
  isBroken,
  NUMBER_PART,
  REPAIR_LIMITS,
  slipFixes,
  SLIP_FIX_LIMITS,
  typoCandidates,
  TypoSearch,
  queryInput,
} from '../candidates/index.js';
import type { Scorer } from '../rank/index.js';
import { standardModifierBeforeBoundNoun, standardWithEnding, wordThenVerbForm } from './forms.js';
import { LM_LIMITS } from './limits.js';

/** One of the model's fixes of a word (`Engine.wordFixEdits`, `WordFixes`): the query with it, and which word it changes. */
export interface WordFix {
  text: string;
  word: number;
}

/**
 * The fixes of words typed, and the tests for a slip, over one engine's lexicon, ranker (its
 * spelling model) and test of what is kept out of proposals.
 * @example fixes.typedWithSlip('혘대중') // true
 */
export class WordFixes {
  constructor(
    private readonly lexicon: Lexicon,
    private readonly scorer: Scorer,
    /** whether the lexicon or the blocklist keeps a text out of what is proposed (the engine's test) */
    private readonly blocked: (text: string) => boolean,
  ) {}

  /** `wordFixEdits` of the words of a text, leaving out the texts in `have`, for the first `tries` unknown words. */
  slipFixTexts(words: readonly string[], have: ReadonlySet<string>, tries: number = LM_LIMITS.fixWordsTried): WordFix[] {
    const texts: WordFix[] = [];
    let fixed = 0;
    for (const i of this.fixableWordsAt(words, tries)) {
      if (fixed >= LM_LIMITS.fixWords) break;
      const word = words[i]!;
      const edits = slipFixes(word, this.slipFocus(word));
      const atLeast = this.scorer.spelling.wordLogProb(word) + LM_LIMITS.fixSpellingGain;
      // The model learned from text the blocklist keeps out of suggestions; so are its fixes. A fix
      // keeps the digits and symbols typed: the model prices each far above what it says of a query
      // (see the rerank above), and would prefer a fix that drops one (워륻: → 워륻) on that alone.
      // The spelling gate first: it passes few of a word's ~100 fixes, and the other tests make strings.
      const marks = symbolsOf(word);
      const passed: { e: string; p: number }[] = [];
      for (const e of edits) {
        const p = this.scorer.spelling.wordLogProb(e);
        if (p >= atLeast && symbolsOf(e) === marks && !this.blocked(e)) passed.push({ e, p });
      }
      const likeliest = passed.sort((a, b) => b.p - a.p).slice(0, LM_LIMITS.fixesScored);
      // A new name typed right has no fix the gate lets through, and leaves the words after it theirs.
      if (likeliest.length > 0) fixed++;
      for (const { e } of likeliest) {
        const text = withWordAt(words, i, e);
        if (!have.has(text)) texts.push({ text, word: i });
      }
    }
    return texts;
  }

  /**
   * Where `slipFixes` undoes slips in a word too long to try them all (see
   * `SLIP_FIX_LIMITS.maxWordKeys`): the `LM_LIMITS.fixFocusChars` characters the spelling model
   * finds least likely where they stand, by the steps into and out of each. A slip mostly leaves
   * a rare syllable or a rare pair (뤈 in 노태악선관위뤈장국감, 틋 in 채해병틋검박성웅), and the rest
   * of a long word is whatever it was typed as. Undefined (every key) for a shorter word.
   */
  private slipFocus(word: string): ReadonlySet<number> | undefined {
    if (toKeystrokes(word).length <= SLIP_FIX_LIMITS.maxWordKeys) return undefined;
    return this.leastLikelyChars(word, this.scorer.spelling.stepLogProbs(word));
  }

  /** The `LM_LIMITS.fixFocusChars` characters of `word` least likely where they stand, by `steps` into and out of each. */
  leastLikelyChars(word: string, steps: readonly number[]): ReadonlySet<number> {
    return new Set(
      [...word]
        .map((_, at) => ({ at, logProb: steps[at]! + steps[at + 1]! }))
        .sort((a, b) => a.logProb - b.logProb)
        .slice(0, LM_LIMITS.fixFocusChars)
        .map((c) => c.at),
    );
  }

  /**
   * Whether `guess` (one of the lexicon's one-typo matches of `text`) sets right a word typed out
   * before the last that the lexicon does not know: the same words, but there a known word about
   * as long in keystrokes (다훈아 → 나훈아, 한극 → 한국, 7뤌 → 7월). A space added or dropped
   * (주식거래 → 주식 거래) is no such fix: the words no longer line up. The spelling model misses
   * slips that leave a plausible syllable (다훈아), the lexicon does not: mistyped logged prefixes
   * had their query first 46.5% → 47.1% of the time, and no held-out query moved at 50–100% typed
   * (2026-12-05 10:05).
   */
  setsTypedWordRight(text: string, guess: string): boolean {
    const typed = text.split(' ');
    const words = guess.split(' ');
    for (let i = 0; i < typed.length - 1 && i < words.length; i++) {
      const [was, is] = [typed[i]!, words[i]!];
      if (was === is) continue;
      return !this.lexicon.get(was) && !!this.lexicon.get(is) && Math.abs(toKeystrokes(was).length - toKeystrokes(is).length) <= 1;
    }
    return false;
  }

  /**
   * Whether the text being typed holds a slip, as correction's spelling gate sees one: a word one
   * slip from a word of it (`slipFixes`) that the spelling model finds `LM_LIMITS.fixSpellingGain`
   * likelier, as the beginning of a word for the word being typed (혘대 → 현대, 탛 → 타), whole for
   * the unknown words typed out before it (박귾 → 박근혜; the first `typedOutWordsTried`). Of the
   * word being typed only the characters before the last are judged: the last is still being typed
   * (경숮 and 구자겨 on the way to 경수진 and 구자경 are rare syllables only for now). Slips are
   * undone only at the characters least likely where they stand, as in a long word (`slipFocus`):
   * the same figures as at every character, at half the cost (p99 0.17 ms over the keystrokes of
   * the held-out queries).
   */
  typedWithSlip(text: string): boolean {
    const words = text.split(' ');
    const settled = [...words.pop()!].slice(0, -1).join('');
    const spelling = this.scorer.spelling;
    const slipped = (word: string, whole: boolean) => {
      // The steps into each character, not the end of the word: it goes on.
      const sum = (steps: readonly number[]) => (whole ? steps : steps.slice(0, -1)).reduce((a, b) => a + b, 0);
      const steps = spelling.stepLogProbs(word);
      const atLeast = sum(steps) + LM_LIMITS.fixSpellingGain;
      // Only at the characters least likely where they stand, where a slip shows (as in a long word).
      return slipFixes(word, this.leastLikelyChars(word, steps)).some((fix) => sum(spelling.stepLogProbs(fix)) >= atLeast);
    };
    if (settled && slipped(settled, false)) return true;
    // The words typed out before it, whole, as many unknown ones as completion weighs fixes for.
    return this.fixableWordsAt(words, LM_LIMITS.typedOutWordsTried).some((i) => slipped(words[i]!, true));
  }

  /**
   * Whether a text typed out shows a slip correction could set right: one the spelling gate sees
   * (`typedWithSlip`), a broken word (a stray jamo), or an unknown word one keystroke from a known
   * one (`lexiconFixTexts`). Suggest asks correction for the text only then. Typing the held-out
   * queries key by key, nothing completed on ~100 of their 4,256 keystrokes, and correction there
   * cost ~2 ms a time (up to 5: the tail of suggest while typing) to show something for 2–4; with
   * the gate it is asked 10–11 times and shows 3. Typing the unseen-query typos it is asked 522
   * times rather than ~578 and shows 455 corrections rather than ~459. What the gate cannot see is
   * a slip onto another known word (낙수 사별 후 근황 for 나기수 …) or into a word with a number (1%으
   * 우정): two of the 263 unseen queries typed out with a mistyped earlier word are no longer found
   * (70.7% → 70.0%). Measured 2026-12-06 04:20 UTC, `.scratch` scripts and `npm run bench:quality`.
   */
  showsSlip(text: string): boolean {
    const words = text.split(' ');
    return this.typedWithSlip(text) || words.some(isBroken) || this.lexiconFixTexts(words, LM_LIMITS.typedOutWordsTried).length > 0;
  }

  /**
   * The texts with an unknown word replaced by the word one keystroke from it that the lexicon
   * weighs most (`typoCandidates` of the word alone, `LM_LIMITS.lexiconFixesScored` of them), for
   * the first `tries` unknown words, for `fixTypedOut` to put to the model: a
   * slip that leaves a plausible syllable passes no spelling gate (김하성 내냔 거취, 트람프). A fix
   * keeps the digits and symbols typed (쥬라기 월드: lost its colon to 쥬라기 월드).
   */
  lexiconFixTexts(words: readonly string[], tries: number): WordFix[] {
    const out: WordFix[] = [];
    // Lookups of the whole word only (its repairs are `repairTexts`'), within one query's budget
    // of trie visits for all of them together (`TYPO_LIMITS.queryVisits`).
    const search = new TypoSearch();
    for (const i of this.fixableWordsAt(words, tries)) {
      const word = words[i]!;
      const marks = symbolsOf(word);
      const found = typoCandidates(this.scorer, queryInput(word), 1, true, search).filter((c) => !c.text.includes(' ') && symbolsOf(c.text) === marks && !this.blocked(c.text)).slice(0, LM_LIMITS.lexiconFixesScored);
      for (const c of found) out.push({ text: withWordAt(words, i, c.text), word: i });
    }
    return out;
  }

  /**
   * A word of a query the model's fixes are for: Hangul the lexicon lacks, no number or code, and
   * no standard word with its particle or ending (야유회입니다 is no slip for 양회입니다), nor a
   * standard form's modifier written against its bound noun (댈수 is none for 달수), nor a
   * word and a verb form run together (야유회간다, none for 양회간다).
   */
  private fixableWord(word: string): boolean {
    const lexicon = this.lexicon;
    if (!hasHangul(word) || lexicon.get(word) || NUMBER_PART.test(word)) return false;
    return !standardWithEnding(lexicon, word) && !standardModifierBeforeBoundNoun(lexicon, word) && !wordThenVerbForm(lexicon, word);
  }

  /** Where the first `tries` words of `words` that `fixableWord` accepts stand. */
  fixableWordsAt(words: readonly string[], tries: number): number[] {
    const at: number[] = [];
    for (let i = 0; i < words.length && at.length < tries; i++) if (this.fixableWord(words[i]!)) at.push(i);
    return at;
  }

  /**
   * The texts with a broken word (a stray jamo: 국가장ㅎㄱ금, 근롲아ㅢ날) repaired, the first
   * `REPAIR_LIMITS.maxBrokenWords` of them, each by its `LM_LIMITS.fixesScored` repairs the spelling
   * model finds likeliest (`brokenWordRepairs`), for `fixTypedOut` to put to the model. Correction
   * repairs them in its typo search.
   */
  repairTexts(words: readonly string[]): WordFix[] {
    const out: WordFix[] = [];
    let broken = 0;
    for (let i = 0; i < words.length && broken < REPAIR_LIMITS.maxBrokenWords; i++) {
      const word = words[i]!;
      if (!isBroken(word)) continue;
      broken++;
      const best = brokenWordRepairs(word)
        .filter((e) => !this.blocked(e))
        .map((e) => ({ e, p: this.scorer.spelling.wordLogProb(e) }))
        .sort((a, b) => b.p - a.p)
        .slice(0, LM_LIMITS.fixesScored);
      for (const { e } of best) out.push({ text: withWordAt(words, i, e), word: i });
    }
    return out;
  }
}

/** The words joined, with the i-th replaced by `word`. */
function withWordAt(words: readonly string[], i: number, word: string): string {
  return [...words.slice(0, i), word, ...words.slice(i + 1)].join(' ');
}

/** The digits and symbols of a text, in order (what is neither a letter nor a space). */
export function symbolsOf(text: string): string {
  return text.replace(/[\p{L}\s]/gu, '');
}
