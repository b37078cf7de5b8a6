import { LRUCache } from 'lru-cache';
import { decide, posteriors, priorFromParts, type PriorParts, type RankWeights, type Scorer } from '../rank/index.js';
import {
  contracted,
  fromKeystrokes,
  hasHangul,
  isChoseongOnly,
  isEnding,
  isParticle,
  isVerbalizingForm,
  isVowelKey,
  soundRespellings,
  normalize,
  toKeystrokes,
  writesUncontracted,
} from '../hangul/index.js';
import { isBlocked, SOURCE_FLAGS, TARGET_WEIGHT, type Blocklist, type Lexicon, type LexiconEntry } from '../lexicon/index.js';
import {
  type Candidate,
  type CandidateKind,
  type Completed,
  COMPLETION_FACTORS,
  COMPLETION_LIMITS,
  type QueryInput,
  queryInput,
  choseongCompletions,
  choseongMatches,
  contextCompletions,
  infixCompletions,
  joinsWordsOf,
  keepsSpacesOf,
  lastWordCompletions,
  lastWordFixes,
  finishedWordFixes,
  hangulKeysOfLatin,
  hasStrayVowel,
  layoutCandidates,
  layoutPrefix,
  latinPrefixReading,
  latinWordBeforeLast,
  manyStrayJamo,
  MAX_COMPOUND_CHARS,
  maxDistanceFor,
  mergeCandidates,
  slipFixes,
  respellingCandidates,
  prefixCompletions,
  recomposed,
  spacingCandidates,
  spacingMismatch,
  typoCandidates,
  typoCompletions,
  wordEndCompletion,
  TypoSearch,
  unspaced,
} from '../candidates/index.js';
import type { CompleteOptions, Completion, LanguageModel, PrefixState } from '../lm/language-model.js';
import type { CorrectResult, ResultItem, SuggestResult } from './types.js';
import { LM_LIMITS } from './limits.js';
import {
  adverbSuffixFix,
  bareStem,
  particleHead,
  standardWithEnding,
  writesMarkedMisspelling,
} from './forms.js';
import { isGuess, moveFirst, round, withGenerated, withItem } from './list.js';
import { withoutMisspellings } from './misspelled.js';
import {
  inflectsWordTyped,
  lastWordMistypedWhole,
  newWordFromFewKeys,
  overrunOfKnownWord,
  unknownWordWrittenWhole,
  wordOntoKnownWordsTogether,
  writesOntoCodeOrLatin,
} from './completion-tests.js';
import { MisspellingHabits, theWordChanged } from './misspelling-habits.js';
import { symbolsOf, WordFixes, type WordFix } from './word-fixes.js';
import { WordKnowledge } from './word-knowledge.js';

/** Longest normalized query the engine works on; longer input is returned as typed. */
export const MAX_QUERY_KEYS = 400;

/**
 * Matches drawn beyond n from the lexicon's exact and one-typo completions: a query logged in two
 * spacings is shown once, and the spares keep the list full (아이퐁 had 8 of 10 without them).
 */
const SPELLING_SPARE = 2;
/**
 * The least weight of a one-typo guess shown, as a share of the summed weight of the matches of the
 * keys as typed (`dropUnlikelyGuesses`): about one chance in a thousand of being what was meant, as
 * the guesses' discount (`COMPLETION_FACTORS.typo`, the channel's) prices a slip. Over 400 logged
 * queries typed right key by key, guesses took 6,873 slots of 28,333, and 933 of 23,873 at this
 * floor; a typo in the first keys of a logged query found it in the top 10 87.9 → 86.8% of the
 * time (양자 for 양정아: a common word typed that a slip would have made of a name). At 0.01
 * (without the slips kept): 222 slots, 86.1%.
 */
const GUESS_FLOOR = 0.001;
/** A capped one-typo guess's weight, as a share of the exact match it ranks just below (`guessesBelowExact`). */
const GUESS_BELOW = 0.999;
/**
 * After a trailing space that nothing goes on from, how many times more popular than the words
 * typed a query they begin must be for the space to be read as a key too many (방탄␣ → 방탄소년단:
 * 167,261 against 4.9; 블랙␣ → 블랙핑크: 88,899 against 11,415). A word as common as what goes on
 * from it is more likely finished (나이␣, not 나이스 학부모 서비스). At 10 rather than 3, logged
 * queries typed up to such a space in their first word were in the top 10 1,227 times rather than
 * 1,241 of 1,449, and 블랙␣ showed only queries with 블랙 later on.
 */
const SPACE_TOO_MANY_LEAD = 3;

/**
 * What a layout reading pays, beyond the layout's own cost, for a Latin word no source has
 * (ㅜㄷㅅ리ㅑㅌ: netflix). Such a reading is a new string, priced by the spelling model as highly
 * as a known Latin word of running text (wwond −16.0, will −16.4), and the model cannot tell one
 * from the other either (wwond −3.6 a key, netflix −4.1): only the keys can say it. Over one-slip
 * forms of 1,520 Hangul words (35,401, 1,579 of them with many stray jamo, `manyStrayJamo`),
 * a reading led 14 times without the model at 0, 2 at 2 and 3, 1 at 4 (ㅅ비ㅏㄹ, whose
 * fix is blocked); of 200 Latin words left out of the lexicon, 132 were read at 0, 130, 128 and
 * 128 (2026-12-07).
 */
const UNKNOWN_READING_COST = 4;

/**
 * The least mean log-probability per letter (the spelling model's steps into each, no end marker)
 * of a word of letters that reads as Latin someone meant, for autocomplete's reading of letters as
 * Hangul keys with a slip (`slipInKeysRead`). Hangul typed on the English layout spells no Latin:
 * of 1,440 logged queries so typed with one slip, 70% of their keys, 1,319 have a word under it;
 * of 200 Latin words left out of the lexicon (works, audio, docker), none (2026-12-07).
 */
const LATIN_LETTERS_MIN = -4.6;

/**
 * The same (`LATIN_LETTERS_MIN`) for letters the model writes on from as typed, not from what the
 * other layout reads: most English does so (docker reads 애찯ㄱ, from which the model wrote 애찯고,
 * 애찯공). Of 200 Latin words left out of the lexicon, typed as they are, lists opening on Hangul
 * 18 → 13, every other row of bench:modes the same; at −4.0, 9, but the unseen queries typed in the
 * English layout lost 2 of 141 and the logged ones typed so with a slip 7 of 1,125 (2026-12-07).
 */
const LATIN_WRITTEN_MIN = -3.7;

/** The posterior from which a misspelling's fix that correction offers but does not apply leads the suggestions (see `suggestTyped`). */
const HABIT_LEADS = 0.9;

/** Bounds on `misspelledLastWord`, which runs per keystroke: its one-keystroke lookup, and the longest word it looks at. */
const MISSPELLING_NEAR = { limit: 200, visits: 20_000, maxChars: 10 } as const;

/** One correction hypothesis with its weight-independent score parts. */
export interface Hypothesis {
  text: string;
  kinds: CandidateKind[];
  prior: PriorParts;
  /** log P(typed | text) by keystroke alignment, or undefined for a mode with its own cost */
  channel: number | undefined;
  /** which mode cost applies when `channel` is undefined */
  mode?: 'layout' | 'choseong';
  /** a layout reading with a word of Latin letters no source has (`UNKNOWN_READING_COST`; not a model's code, s9) */
  unknownReading?: boolean;
  /**
   * log P(reading | text) by keystroke alignment, for a text one slip from what the other layout
   * reads (rofjrtl reads 개럭시, a slip of 갤럭시): it pays that slip and the layout's cost
   */
  slipInReading?: number;
  /** sound-based edits from the query, when this is a misspelling correction */
  misspellingEdits?: number;
  /** language-model log-probability of the text, once `attachLanguageModel` has run */
  lm?: number;
  /**
   * known words of the query this reading changes, counted only when the query also has a word
   * the lexicon does not know (each costs `knownWordChangeCost`)
   */
  changedKnownWords?: number;
  /**
   * true when only frequency says the query is a misspelling of this (되요 → 돼요, 안되 → 안돼): the
   * dictionary does not, and context may make the typed form right, so it is never applied
   * automatically
   */
  frequencyOnly?: boolean;
  /**
   * proposed by the language model (`Engine.proposeFixes`): a word the lexicon lacks, so only
   * ranked where the model weighs the query (without it nothing vouches for the word)
   */
  generated?: boolean;
}

export interface Hypotheses {
  raw: string;
  normalized: string;
  /** the query itself as a lexicon entry (`headword`: a standard dictionary headword typed alone) */
  entry: { weight: number; logged: boolean; blocked: boolean; headword: boolean } | undefined;
  /** the query is a non-standard spelling with a standard variant a misspelling away (몇일 → 며칠) */
  misspelled: boolean;
  identity: Hypothesis;
  candidates: Hypothesis[];
  /**
   * set by `attachLanguageModel` when it scored one word on its own (no other word to give it
   * context, and the lead reading neither splits it nor reads the other layout): those scores are
   * weighed by `lmOneWord`, the rest by `lm`
   */
  lmOneWord?: boolean;
}

/** See `EngineParts.lmNextWords`. */
export type LmNextWords = 'attested' | 'any';

export interface EngineParts {
  lexicon: Lexicon;
  scorer: Scorer;
  lm?: LanguageModel | undefined;
  /** filters language-model completions, which no lexicon flag can vouch for */
  blocklist?: Blocklist | undefined;
  /**
   * Milliseconds of a suggest call after which LM completion takes no further step (default
   * `LM_LIMITS.completionBudgetMs`). `Infinity` turns the guard off, for figures that must not
   * depend on how busy the machine is (quality benchmarks, offline evaluation, tests).
   */
  completionBudgetMs?: number | undefined;
  /**
   * LM completion runs when the lexicon has fewer good exact-prefix matches than this (default
   * `LM_LIMITS.belowExact`; the request's n caps it). Above 1 the model runs on most keystrokes
   * of a new query: more completions of unseen queries for several times the CPU a keystroke takes.
   */
  lmBelowExact?: number | undefined;
  /**
   * LM completion also runs where the list before it is shorter than this (default
   * `LM_LIMITS.shortList`; 0: never for that alone), within `LM_LIMITS.shortListBudgetMs`.
   */
  lmShortList?: number | undefined;
  /**
   * Which words the model may guess after those typed (김치␣ → 김치 명단): `attested` (default),
   * only words the logged queries or names wrote with a word typed (`Lexicon.cooccurring`); `any`,
   * whatever it rates high enough (`LM_LIMITS.minLogProbNextWord`), for a lexicon whose logs are
   * too few to vouch for pairs.
   */
  lmNextWords?: LmNextWords | undefined;
  /**
   * Told of every error the language model throws on a request. The request is answered without
   * the model (ranked on the lexicon and channel alone, no generated completions) either way.
   */
  onLmError?: ((error: unknown) => void) | undefined;
}

/** What the engine has done so far, for benchmarks and monitoring. */
export interface EngineStats {
  /** suggest calls that ran LM completion */
  lmCompletions: number;
  /** of those, the ones whose search was stopped by `completionBudgetMs` */
  lmCompletionsOutOfTime: number;
  /** requests answered without the model because it failed (threw, or gave a score that is no log-probability) */
  lmErrors: number;
  /** suggest calls that found nothing and showed correction's choice for the text instead */
  suggestCorrections: number;
}

/**
 * Correction and completion for one query, composed from the pipeline stages:
 * normalize → candidates → rank → decide. Stateless per call apart from its counters (`stats`)
 * and the language model's states of recent prefixes (a cache); safe to share.
 */
export class Engine {
  readonly lexicon: Lexicon;
  readonly scorer: Scorer;
  readonly lm: LanguageModel | undefined;
  private readonly blocklist: Blocklist | undefined;
  private readonly completionBudgetMs: number;
  private readonly lmBelowExact: number;
  private readonly lmShortList: number;
  private readonly lmNextWords: LmNextWords;
  /** LM states of recent completion prefixes, by keystrokes (see `LM_LIMITS.prefixStates`) */
  private readonly prefixStates = new LRUCache<string, PrefixState>({ max: LM_LIMITS.prefixStates });
  /** What the lexicon says of words, each fact worked out once per recent word (see `WordKnowledge`). */
  private readonly vocabulary: WordKnowledge;
  /** The fixes of words typed that the model is asked about, and the tests for a slip (see `WordFixes`). */
  private readonly fixes: WordFixes;
  /** Which candidates write a word typed as people misspell it (see `MisspellingHabits`). */
  private readonly habits: MisspellingHabits;
  /**
   * What `fixTypedOut` decided for recent runs of typed-out words: the run with the model's fix,
   * or '' for none. The keystrokes after a word are typed against the same run.
   */
  private readonly typedOutFixes = new LRUCache<string, string>({ max: LM_LIMITS.prefixStates });
  /** What `habitsTypedOut` decided for recent runs of typed-out words: the last word's fix, or ''. */
  private readonly habitFixes = new LRUCache<string, string>({ max: LM_LIMITS.prefixStates });
  readonly stats: EngineStats = { lmCompletions: 0, lmCompletionsOutOfTime: 0, lmErrors: 0, suggestCorrections: 0 };
  private readonly onLmError: ((error: unknown) => void) | undefined;

  constructor(parts: EngineParts) {
    this.lexicon = parts.lexicon;
    this.scorer = parts.scorer;
    this.vocabulary = new WordKnowledge(parts.lexicon, parts.scorer);
    this.habits = new MisspellingHabits(parts.lexicon, parts.scorer, this.vocabulary);
    this.lm = parts.lm;
    this.blocklist = parts.blocklist;
    this.fixes = new WordFixes(parts.lexicon, parts.scorer, (text) => this.blocked(text));
    const budget = parts.completionBudgetMs ?? LM_LIMITS.completionBudgetMs;
    if (!(budget > 0)) throw new TypeError(`completionBudgetMs must be a positive number of milliseconds (or Infinity), got ${budget}`);
    this.completionBudgetMs = budget;
    const belowExact = parts.lmBelowExact ?? LM_LIMITS.belowExact;
    if (!Number.isInteger(belowExact) || belowExact < 1) throw new TypeError(`lmBelowExact must be a positive integer, got ${belowExact}`);
    this.lmBelowExact = belowExact;
    const shortList = parts.lmShortList ?? LM_LIMITS.shortList;
    if (!Number.isInteger(shortList) || shortList < 0) throw new TypeError(`lmShortList must be a non-negative integer, got ${shortList}`);
    this.lmShortList = shortList;
    this.lmNextWords = parts.lmNextWords ?? 'attested';
    this.onLmError = parts.onLmError;
  }

  /**
   * An engine that shares this one's lexicon, ranker, model and error handler but has another
   * completion time budget (`Infinity`: none), and counters and kept prefix states of its own.
   * Warm-up runs on one without a budget: in a cold process the budget would stop the very searches
   * that are meant to warm the model, and they would count as traffic.
   */
  withCompletionBudget(completionBudgetMs: number): Engine {
    return new Engine({
      lexicon: this.lexicon,
      scorer: this.scorer,
      lm: this.lm,
      blocklist: this.blocklist,
      completionBudgetMs,
      lmBelowExact: this.lmBelowExact,
      lmShortList: this.lmShortList,
      lmNextWords: this.lmNextWords,
      onLmError: this.onLmError,
    });
  }

  /** Counts and reports a model error; the caller answers without the model. */
  private lmFailed(error: unknown): void {
    this.stats.lmErrors++;
    this.onLmError?.(error);
  }

  /**
   * Drops the kept LM prefix states, so the next completions read their prefixes from the start
   * (benchmarks that replay the same isolated prefixes pass after pass call it between passes).
   */
  forgetPrefixStates(): void {
    this.prefixStates.clear();
    this.typedOutFixes.clear();
  }

  /** The query as every stage sees it. */
  input(raw: string): QueryInput {
    return queryInput(raw);
  }

  /**
   * Spelling correction of a whole query.
   * `weights` overrides the loaded ones (the ablation compares settings on one engine).
   * @example await engine.correct('무한도정', 5) // { corrected: '무한도전', action: 'autocorrect', … }
   */
  async correct(raw: string, n: number, weights: RankWeights = this.scorer.weights): Promise<CorrectResult> {
    const hyps = this.hypotheses(raw);
    if (weights.lm > 0 || weights.lmOneWord > 0) await this.attachLanguageModel(hyps, weights);
    return this.decide(hyps, n, weights);
  }

  /**
   * Scores "as typed" and the best candidates with the language model, in one batch. Only the top
   * of the list: the rest cannot win, and each scored text costs model time.
   *
   * Only for input that is not a lexicon entry (a known query or title is left as typed). Where
   * there is context to judge, with weight `lm`: queries of several words, and a leading candidate
   * that moves word boundaries (spacing) or reads the other keyboard layout. That is the LM's main
   * work, the long tail of new combinations of known words, where it knows that 감독 follows 박태하
   * and 감동 does not. One word on its own, with weight `lmOneWord` (when above 0): there the LM
   * mostly restates the popularity the lexicon prior already has (alone it picked the intended
   * word in 50 of 115 single-word ranking failures), but as a small second opinion beside the prior
   * it settles some close calls, mostly between words the prior rates alike. In context the same
   * call scores the model's own fixes of words the lexicon lacks (`wordFixEdits`), and those it
   * clearly prefers become candidates (`proposeFixes`).
   */
  async attachLanguageModel(hyps: Hypotheses, weights: RankWeights): Promise<void> {
    // Not for initials alone (ㅁㅊㅅ) either: the model's text has few strings of bare initials,
    // so it prices the query as typed far below any syllables and would pick a reading of them on
    // that alone (맛 over the logged ㅁㅊㅅㄲ); completion does not read them either (`suggest`).
    if (!this.lm || !hyps.normalized || hyps.entry || isChoseongOnly(hyps.normalized)) return;
    const keys = toKeystrokes(hyps.normalized);
    if (keys.length > LM_LIMITS.maxKeys) return;
    const ranked = [hyps.identity, ...hyps.candidates].map((h) => ({ h, score: this.scoreOf(h, weights) }));
    // Several words typed, or the ranker's first choice moves word boundaries or reads the other
    // layout (a spacing variant turns up for almost any word, so only when it leads).
    let oneWord = false;
    if (!hyps.normalized.includes(' ')) {
      const lead = ranked.slice(1).reduce<(typeof ranked)[number] | undefined>((a, b) => (a && a.score >= b.score ? a : b), undefined)?.h;
      oneWord = !lead || (!lead.kinds.includes('spacing') && lead.mode !== 'layout');
    }
    if (!(oneWord ? weights.lmOneWord : weights.lm)) return;
    ranked.sort((a, b) => b.score - a.score);
    // Only hypotheses close enough to the leader for the LM to move; the rest get the lowest LM
    // score given (see scoreOf).
    const floor = ranked[0]!.score - LM_LIMITS.margin;
    // Digits and symbols are rare in the model's training text, so it prices each far above what it
    // says about a query, and a candidate that drops or changes one (1%의 우정 → 1의 우정) would win
    // on that alone. Those are ranked with the lowest model score of the batch instead. On the
    // unseen-query typos this took two pairs (83.3% → 83.8%).
    const marks = symbolsOf(hyps.normalized);
    const close = ranked.filter((r) => r.score >= floor && symbolsOf(r.h.text) === marks).slice(0, LM_LIMITS.rerank + 1);
    // Long queries rescore fewer texts, within the key budget; two at least, for the LM to compare.
    const columns = Math.max(...close.map((r) => toKeystrokes(r.h.text).length)) + 2;
    const scored = close.slice(0, Math.max(2, Math.floor(LM_LIMITS.batchKeys / columns))).map((r) => r.h);
    // The model's own fixes of unknown words, within a budget of their own; only in context: for
    // one word alone they found no dev-set typo's fix, and offered one more correctly typed
    // held-out query a correction (강화쌀 → 강화할). But a long "word" is most often several typed
    // without spaces (노태악선관위뤈장국감): context enough (see `LM_LIMITS.fixOneWordChars`).
    const edits = oneWord && [...hyps.normalized].length < LM_LIMITS.fixOneWordChars ? [] : this.wordFixEdits(hyps);
    const editColumns = keys.length + 4;
    edits.splice(Math.floor(LM_LIMITS.fixBatchKeys / editColumns));
    // When nothing else is close, the model is not run at all.
    if (scored.length + edits.length < 2) return;
    // Without a rerank (nothing close to the leader), the leader and "as typed" go with the edits,
    // for them to be judged against.
    const rerankTexts = scored.length >= 2 ? scored.map((h) => h.text) : [];
    const heads = rerankTexts.length > 0 || edits.length === 0 ? [] : [...new Set([...scored.map((h) => h.text), hyps.normalized])];
    const editTexts = edits.length > 0 ? [...heads, ...edits.map((e) => e.text)] : [];
    let rerank: Float64Array;
    let fixes: Float64Array;
    try {
      // One call for both: a run costs ~0.06 ms before its first key, and the rows of one run
      // share its keys' cost (16 rows take 4× what one does, not 16×), so the edits' texts ride
      // with the rerank's even where they share less of a prefix (`scoreSharingPrefix`) than
      // either does alone. On the unseen-query typos, 147 of 432 corrections asked twice.
      const scores = await this.lm.score([...rerankTexts, ...editTexts]);
      rerank = scores.subarray(0, rerankTexts.length);
      fixes = scores.subarray(rerankTexts.length);
    } catch (error) {
      // Ranked as if no text had an LM score: the prior and the channel alone.
      this.lmFailed(error);
      return;
    }
    const wrong = badLogProbs(rerank, rerankTexts.length) ?? badLogProbs(fixes, editTexts.length);
    if (wrong) {
      this.lmFailed(new Error(wrong));
      return;
    }
    const lmOf = new Map<string, number>();
    rerankTexts.forEach((t, i) => lmOf.set(t, rerank[i]!));
    heads.forEach((t, i) => lmOf.set(t, fixes[i]!));
    for (const h of [hyps.identity, ...scored]) h.lm = lmOf.get(h.text);
    // A misspelling's fix is the word typed, spelled as the dictionary spells it (돌맹이 → 돌멩이): what
    // the model says of it is how often text spells it so, and the text it learned from misspells
    // (돌맹이 −19.0, 돌멩이 −29.5, beside the typo reading 동맹이 at −15.3). It gets at least what the model
    // gives the query as typed; the prior and the channel still choose between them.
    const asTyped = hyps.identity.lm;
    if (asTyped !== undefined) for (const h of scored) if (h.misspellingEdits !== undefined && h.lm !== undefined && h.lm < asTyped) h.lm = asTyped;
    if (edits.length > 0) {
      // A proposal must beat the query as typed and the ranker's choice (the leader among the
      // rest), or a word the lexicon knows (다소 for ㄷ소) lost to strings the model merely finds
      // likelier (데소).
      const toBeat = Math.max(hyps.identity.lm ?? -Infinity, ranked.find((r) => r.h !== hyps.identity)?.h.lm ?? -Infinity);
      this.proposeFixes(hyps, keys, edits, fixes.subarray(heads.length), toBeat + LM_LIMITS.fixMargin);
    }
    hyps.lmOneWord = oneWord;
  }

  /**
   * The texts of the language model's own fixes of words the lexicon lacks, for
   * `attachLanguageModel` to score: each unknown word's slip fixes (`slipFixes`), whatever the
   * lexicon says of them, that the spelling model finds `fixSpellingGain` likelier than the word
   * typed, the likeliest first, in the query as typed. The typo search only offers words the
   * lexicon knows, so a new name or term the query logs taught the model but no entry has (채해졍
   * 특검 → 채해병 특검, 싱어떼인4 → 싱어게인4) was never a candidate. Texts already among the
   * hypotheses are left out (they are scored as such).
   */
  private wordFixEdits(hyps: Hypotheses): WordFix[] {
    return this.fixes.slipFixTexts(hyps.normalized.split(' '), new Set(hyps.candidates.map((h) => h.text)));
  }

  /**
   * The edits of `wordFixEdits` the model scored at `atLeast` or more join the hypotheses (kind
   * `lm`, `generated`), the best `fixesKept` per word.
   */
  private proposeFixes(hyps: Hypotheses, keys: string, edits: readonly WordFix[], logProbs: Float64Array, atLeast: number): void {
    const kept = new Map<number, number>();
    const proposals = edits.map((edit, i) => ({ ...edit, lm: logProbs[i]! })).filter((p) => p.lm >= atLeast);
    proposals.sort((a, b) => b.lm - a.lm);
    for (const p of proposals) {
      const count = kept.get(p.word) ?? 0;
      if (count >= LM_LIMITS.fixesKept) continue;
      kept.set(p.word, count + 1);
      hyps.candidates.push({
        text: p.text,
        kinds: ['lm'],
        prior: this.scorer.priorParts(p.text),
        channel: this.scorer.channelLogProb(keys, toKeystrokes(p.text)),
        lm: p.lm,
        generated: true,
      });
    }
  }

  /**
   * Everything about a query's correction that does not depend on the rank weights: the
   * candidates, their prior parts and channel log-probabilities. `correct` is `decide` over this;
   * tuning calls `hypotheses` once per query and `decide` once per weight setting.
   */
  hypotheses(raw: string, exhaustive = false): Hypotheses {
    const input = this.input(raw);
    const { normalized, keys } = input;
    const scorer = this.scorer;
    const lexicon = this.lexicon;
    const entry = normalized ? lexicon.get(normalized) : undefined;
    const result: Hypotheses = {
      raw,
      normalized,
      entry: entry ? { weight: entry.weight, logged: entry.flags.includes('q'), blocked: entry.blocked, headword: !normalized.includes(' ') && lexicon.isHeadword(normalized) } : undefined,
      misspelled: false,
      identity: { text: normalized, kinds: ['exact'], prior: scorer.priorParts(normalized, true), channel: scorer.channelLogProb(keys, keys) },
      candidates: [],
    };
    if (!normalized || keys.length > MAX_QUERY_KEYS) return result;

    const scored = new Map<string, Hypothesis>();
    const typedWords = new Set(normalized.split(' '));
    const add = (candidates: Candidate[], mode?: 'layout' | 'choseong'): void => {
      for (const c of candidates) {
        if (c.text === normalized || lexicon.get(c.text)?.blocked || writesMarkedMisspelling(lexicon, c.text, typedWords)) continue;
        const h = scored.get(c.text);
        if (h) {
          for (const k of c.kinds) if (!h.kinds.includes(k)) h.kinds.push(k);
          continue;
        }
        scored.set(c.text, {
          text: c.text,
          kinds: [...c.kinds],
          prior: scorer.priorParts(c.text),
          channel: mode ? undefined : scorer.channelLogProb(keys, toKeystrokes(c.text)),
          ...(mode ? { mode } : {}),
          ...(mode === 'layout' && this.readsUnknown(normalized, c.text) ? { unknownReading: true } : {}),
        });
      }
    };
    const readings = layoutCandidates(input, lexicon);
    add(readings, 'layout');
    add(choseongMatches(lexicon, input, 5), 'choseong');
    add(spacingCandidates(lexicon, input));
    // 되 written uncontracted (보게되서, 안됬는데) is set right by rule, and the query is misspelled
    // as surely as a dictionary's mark says: running text has the misspelling, seldom the spelling.
    const respelled = writesUncontracted(normalized) ? normalized.split(' ').map((w) => (writesUncontracted(w) ? contracted(w) : w)).join(' ') : normalized;
    if (respelled !== normalized) {
      add([{ text: respelled, kinds: ['misspelling'] }]);
      result.misspelled = true;
    }
    add(respellingCandidates(lexicon, normalized));

    const identityScore = this.scoreOf(result.identity, scorer.weights);
    // A trusted known query (logged, a dictionary word or entity, a standard spelling) is never
    // corrected, so its alternatives need only the one-edit lookup. A word known only from running
    // text may be a common misspelling two sound-edits away (왠만하면), so it gets the full search.
    const trusted = !!entry && (/[qews]/u.test(entry.flags) || lexicon.isStandard(normalized));
    const known = trusted && (entry.weight >= scorer.weights.knownWeight || entry.flags.includes('q'));
    const maxK = known && !exhaustive ? 1 : Math.max(1, maxDistanceFor(keys.length));
    // Widen the edit bound only while nothing beats leaving the query as typed: most typos are
    // one keystroke, and the distance-1 lookup costs a fraction of the distance-2 one.
    const search = new TypoSearch();
    for (let k = 1; k <= maxK; k++) {
      const pool = new Map<string, Candidate>();
      mergeCandidates(pool, typoCandidates(scorer, input, k, known && !exhaustive, search));
      add([...pool.values()]);
      let best = -Infinity;
      for (const h of scored.values()) best = Math.max(best, this.scoreOf(h, scorer.weights));
      if (!exhaustive && best > identityScore + 2) break;
    }
    // Of Hangul typed in the English layout only: Latin read from the Korean layout stays as read.
    if (/[a-z]/u.test(normalized)) {
      const keysRead = hangulKeysOfLatin(input, lexicon);
      for (const reading of new Set([...readings.map((r) => r.text), ...(keysRead ? [keysRead] : [])])) this.addSlipsInReading(scored, reading, normalized);
    }
    result.candidates = [...scored.values()];
    this.habits.markMisspellings(result);
    this.habits.countChangedKnownWords(result);
    return result;
  }


  /**
   * The texts one slip from Hangul the other layout reads (`reading`), where no source knows that
   * reading as a query or word (rofjrtl reads 개럭시; 갤럭시 has ㄹ twice): typing in the wrong
   * layout is no reason to type more carefully, and the reading alone, set right by nobody, was
   * applied as typed (부샌행, 서울시 공무웢 원서접수). Each joins `scored` (unless there, or the
   * query `normalized`) as a layout reading that also pays its slip (`slipInReading`). One slip
   * only, searched as correction searches Hangul typed so.
   */
  private addSlipsInReading(scored: Map<string, Hypothesis>, reading: string, normalized: string): void {
    if (!/[가-힣]/u.test(reading)) return;
    const entry = this.lexicon.get(reading);
    if (entry && (entry.flags.includes('q') || entry.weight >= this.scorer.weights.knownWeight)) return;
    const input = queryInput(reading);
    if (input.keys.length > MAX_QUERY_KEYS) return;
    for (const c of typoCandidates(this.scorer, input, 1)) {
      if (c.text === normalized || scored.has(c.text) || /[ㄱ-ㅣ]/u.test(c.text) || this.lexicon.get(c.text)?.blocked) continue;
      scored.set(c.text, {
        text: c.text,
        kinds: [...new Set<CandidateKind>([...c.kinds, 'layout'])],
        prior: this.scorer.priorParts(c.text),
        channel: undefined,
        mode: 'layout',
        slipInReading: this.scorer.channelLogProb(input.keys, toKeystrokes(c.text)),
      });
    }
  }

  /**
   * `candidate` is `typed` with some spaces removed, each word it joins is one the dictionary
   * writes as typed (a standard word, one of the dictionary word lists, or such a word with its
   * particle or ending: 쉴 틈이 is not 쉴틈이 misspelled), and what it makes of
   * them is no name, title or dictionary word: 영화 추천 → 영화추천, 취업 사기 → 취업사기. Korean
   * spaces such compounds by the standard and writes them together by choice, so the typed form is
   * not wrong. 무한 도전 → 무한도전 (a title) and 아이 폰 → 아이폰 (폰 is in no dictionary) are
   * still offered.
   */
  private onlyJoinsStandardWords(typed: string, candidate: string): boolean {
    if (!joinsWordsOf(typed, candidate)) return false;
    const typedWords = new Set(typed.split(' '));
    const joined = candidate.split(' ').filter((w) => !typedWords.has(w));
    if (joined.length === 0) return false;
    const standard = (word: string) => {
      const entry = this.lexicon.get(word);
      return !entry?.flags.includes('x') && (this.lexicon.isStandard(word) || !!entry?.flags.includes('w') || standardWithEnding(this.lexicon, word));
    };
    // Nor a join into what only running text or a word list writes as one (몇번, 안녕히계세요,
    // 좋은꿈꿔): text leaves out spaces by the million, and a noun list's 다음주 is 다음 주 by the
    // standard. A name, a title, a logged query or a dictionary headword is offered (아이폰,
    // 무한도전), and so is such a headword across the space with its particle (첫 눈이 → 첫눈이; not
    // 누구 와 → 누구와, where the join only makes a particle of a word).
    const made = joined.map((w) => {
      const head = particleHead(this.lexicon, w);
      return { flags: this.lexicon.get(w)?.flags ?? '', headAcross: head !== undefined && !typedWords.has(head) };
    });
    const keptWords = new Set(candidate.split(' '));
    const parts = typed.split(' ').filter((w) => !keptWords.has(w));
    // Unless a part is a bare stem, no word alone (없 잖아요): the space before its ending is the slip.
    if (!made.some((m) => /[eqs]/u.test(m.flags) || m.headAcross)) return !parts.some((w) => bareStem(this.lexicon, w));
    // A logged query typed a syllable at a time, three or more (이 개 호 for 이개호, stray taps on a
    // phone's space bar), is no spacing anyone writes on purpose, however standard each syllable is
    // alone. Running text's joins of such words stay as typed (한 번 더, not 한번더).
    if (parts.length >= 3 && parts.every((w) => [...w].length === 1) && joined.some((w) => this.lexicon.get(w)?.flags.includes('q'))) return false;
    return parts.every(standard) && made.every((m) => !/[ews]/u.test(m.flags) && !m.headAcross);
  }

  /** `lm`: the LM's weight for this query and the lowest LM score given (when one was given). */
  private scoreOf(h: Hypothesis, w: RankWeights, lm?: { weight: number; floor: number }): number {
    let channel = h.channel !== undefined ? w.channel * h.channel : -(h.mode === 'layout' ? w.layoutCost : w.choseongCost);
    if (h.unknownReading) channel -= UNKNOWN_READING_COST;
    if (h.slipInReading !== undefined) channel += w.channel * h.slipInReading;
    // Misspelling is its own error process (people spell by sound), far likelier per edit than a slip.
    if (h.misspellingEdits !== undefined) channel = Math.max(channel, -w.misspellingCost * h.misspellingEdits);
    if (h.changedKnownWords !== undefined) channel -= w.knownWordChangeCost * h.changedKnownWords;
    let prior = priorFromParts(h.prior, w);
    // The LM joins the prior log-linearly. Its whole-text log-probability is used as is, not per
    // keystroke: it is a prior over strings, and the channel already prices length differences;
    // dividing by length would favour long candidates. Unscored candidates (below the rerank cut)
    // get the LM's worst scored value, so they cannot overtake by lacking a score.
    if (lm) prior = (1 - lm.weight) * prior + lm.weight * (h.lm ?? lm.floor);
    return prior + channel;
  }

  /** The ranking and the none / suggest / autocorrect decision for given weights. */
  decide(hyps: Hypotheses, n: number, weights: RankWeights): CorrectResult {
    const { raw, normalized } = hyps;
    if (!normalized || (hyps.candidates.length === 0 && !hyps.entry)) {
      return { query: raw, normalized, corrected: normalized, action: 'none', confidence: 1, candidates: [] };
    }
    let lm: { weight: number; floor: number } | undefined;
    const lmWeight = hyps.lmOneWord ? weights.lmOneWord : weights.lm;
    if (lmWeight > 0) {
      let floor = Infinity;
      for (const h of [hyps.identity, ...hyps.candidates]) if (h.lm !== undefined) floor = Math.min(floor, h.lm);
      if (floor !== Infinity) lm = { weight: lmWeight, floor };
    }
    // A correction keeps the numbers typed (changesNumbers): a reading with others is no candidate.
    // The LM's own proposals stand on its word alone: without its scores they are not ranked.
    // Nor is the query as typed with standard words joined (서울 날씨 → 서울날씨): it is the same
    // query written another way, and weighed against the rest it took their share: the logged
    // 서울날씨 left 며칠 서울 날씨 a posterior of 0.0008 for 몇일 서울 날씨, 0.78 for 몇일 날씨.
    // A word the IME left unfinished counts as the word its keys compose (서울 날ㅆㅣ as 서울 날씨):
    // joined to another, it too is only respaced (it had autocorrected to the logged 서울날씨).
    const asComposed = normalized.split(' ').map(recomposed).join(' ');
    const ranked = hyps.candidates
      .filter((h) => !changesNumbers(normalized, h.text) && (lm || !h.generated) && !this.onlyJoinsStandardWords(asComposed, h.text))
      .map((h) => ({ h, score: this.scoreOf(h, weights, lm) }))
      .sort((a, b) => b.score - a.score);
    const identityScore = this.scoreOf(hyps.identity, weights, lm) + (hyps.misspelled ? weights.nonstandard : 0);
    const post = posteriors([identityScore, ...ranked.map((r) => r.score)]);
    const identityPosterior = post[0]!;
    const candidatePosteriors = post.slice(1);
    const best = ranked[0];
    // A query flagged as misspelled loses a known query's protection only to the misspelling
    // corrections themselves: 단추, beside the sound-alike 단초, is not thereby open to the typo
    // reading 단축.
    const misspellingFirst = hyps.misspelled && !!best?.h.kinds.includes('misspelling');
    // A misspelling correction changes one word (`MisspellingHabits.markMisspellings`): the word typed and its fix.
    const changed = misspellingFirst && best ? theWordChanged(normalized.split(' '), best.h.text) : undefined;
    const entry = misspellingFirst ? undefined : hyps.entry;
    const decision = decide(
      {
        identityPosterior,
        candidatePosteriors,
        // And a headword of the standard dictionary typed alone: however rare in the logs (수제비,
        // 곗날, 주꾸미 at 0.1 or less), it is a word as typed, and alone nothing says another was
        // meant. Of every 5th such headword (9,923), correction offered another word for 722
        // (수제비 → 수지, 곗날 → 옛날, 주꾸미 → 쭈꾸미, the misspelling), with the model and
        // without; the typo sets' rankings are the same, and of the 55 well-known misspellings one
        // that is itself a headword (문안하다, for 무난하다) is no longer offered its fix.
        knownQuery: !!entry && (entry.weight >= weights.knownWeight || entry.logged || entry.headword),
        inLexicon: !!entry,
        suggestOnly:
          !!best &&
          (best.h.mode === 'choseong' ||
            !!best.h.frequencyOnly ||
            (changed !== undefined && this.habits.writtenOnPurpose(changed[0]) && !adverbSuffixFix(this.lexicon, changed[0], changed[1])) ||
            best.h.text.replaceAll(' ', '') === normalized.replaceAll(' ', '') ||
            // One syllable says too little to change it unasked (없 → 업, 칙 → 책): most are
            // fragments of longer words, a stem or a syllable typed on its way to one.
            [...normalized].length === 1 ||
            // Nor is a reading in the other layout with a word no source has applied unasked: only
            // the keys stand behind it (ㅜㄷㅅ리ㅑㅌ → netflix is offered; 고ㅡㄷㄴㄹ, a slip on the
            // way to 고등…, was changed to rhmesf).
            !!best.h.unknownReading ||
            // A word set right by a misspelling habit is no real word (몇일 전 → 며칠 전).
            (realWordsOnly(hyps.identity) && !misspellingFirst)),
        // Latin typed on the Korean layout, a vowel key left standing alone (ㅑㅜ for in): of the
        // 500 top Latin queries so typed, 9 more offered, all right; no query of the development
        // sets with such a key was offered it (2026-12-07).
        offerWhenLeading: best?.h.mode === 'layout' && hasStrayVowel(normalized),
      },
      weights,
    );
    const items: ResultItem[] = ranked.map((r, i) => ({ text: r.h.text, score: round(candidatePosteriors[i]!), kinds: r.h.kinds }));
    if (hyps.entry && !hyps.entry.blocked) items.push({ text: normalized, score: round(identityPosterior), kinds: ['exact'] });
    items.sort((a, b) => b.score - a.score);
    const chosen = decision.chosen >= 0 ? ranked[decision.chosen]!.h.text : normalized;
    return {
      query: raw,
      normalized,
      corrected: decision.action === 'autocorrect' ? chosen : normalized,
      action: decision.action,
      confidence: round(decision.confidence),
      candidates: decision.action === 'suggest' ? moveFirst(items, chosen).slice(0, n) : items.slice(0, n),
    };
  }

  /**
   * Completions of a typed prefix: exact keystroke prefixes (spacing ignored), choseong, the other
   * keyboard layout, one-typo prefixes and word starts, merged by discounted popularity.
   * @example await engine.suggest('아잎', 10) // suggestions: 아이폰 …
   */
  async suggest(raw: string, n: number): Promise<SuggestResult> {
    // Words typed out that the IME left unfinished (강남 맛지ㅂ ㅊ) are completed as their keys
    // compose (강남 맛집 ㅊ): the keys are the same, and the model reads only text so composed.
    const input = this.input(raw);
    const composed = this.composedTypedOut(raw, input);
    if (composed === undefined) return this.suggestRespelled(raw, input, n);
    return { ...(await this.suggestRespelled(composed, this.input(composed), n)), query: raw, normalized: input.normalized };
  }

  /**
   * `input` (`this.input(raw)`) normalized, with the broken words typed out before the one being
   * typed (all of them after a trailing space) as the IME composes their keys (`recomposed`); the
   * trailing space kept. Undefined where no word changes.
   */
  private composedTypedOut(raw: string, input: QueryInput): string | undefined {
    if (input.keys.length > MAX_QUERY_KEYS) return undefined;
    const trailingSpace = /\s$/u.test(raw);
    const words = input.normalized.split(' ');
    const typedOut = trailingSpace ? words.length : words.length - 1;
    let changed = false;
    for (let i = 0; i < typedOut; i++) {
      const word = recomposed(words[i]!);
      changed ||= word !== words[i];
      words[i] = word;
    }
    return changed ? words.join(' ') + (trailingSpace ? ' ' : '') : undefined;
  }

  /** `suggest`, with the words typed out spelled as people misspell them set right (`input` is `this.input(raw)`). */
  private async suggestRespelled(raw: string, input: QueryInput, n: number): Promise<SuggestResult> {
    // Words typed out as people misspell them are completed as meant (몇일 ㅈ → 며칠전): from the
    // misspelling the lexicon and the model write more of it (몇일전, 김치찌게 레알).
    const respelled = input.keys.length <= MAX_QUERY_KEYS ? this.habitsTypedOut(input.normalized, /\s$/u.test(raw)) : undefined;
    if (respelled === undefined) return this.suggestTyped(raw, input, n);
    const result = await this.suggestTyped(respelled, this.input(respelled), n);
    // And the query so set right, as a last word's fix is shown (at the weight of a word nobody
    // logged), where no suggestion has it and its last word is typed out: after a space, or a
    // known word of two syllables or more (도라온 복단지 → 돌아온 복단지; not 김치찌개 레).
    const meant = respelled.trimEnd();
    const last = meant.slice(meant.lastIndexOf(' ') + 1);
    const typedOut = respelled !== meant || (last.length >= 2 && this.vocabulary.knownWord(last));
    const shown = result.suggestions.find((s) => unspaced(s.text) === unspaced(meant));
    // Shown spaced otherwise (며칠전 for 몇일 전), it takes the typist's spacing.
    if (shown && typedOut && spacingMismatch(meant)(shown.text) > 0) shown.text = meant;
    else if (!shown && typedOut && !this.blocked(meant)) {
      const score = round(Math.log(TARGET_WEIGHT) - Math.log(this.lexicon.totalWeight));
      result.suggestions = withItem(result.suggestions, { text: meant, score, kinds: ['misspelling'] }, n);
    }
    return { ...result, query: raw, normalized: input.normalized };
  }

  /**
   * `normalized` with the words typed out before the one being typed (all of them after a trailing
   * space, which `trailingSpace` says was typed) spelled as people misspell them set right, where
   * correction would apply the fix unasked (`misspelledLastWord`: 몇일 → 며칠, 김치찌게 → 김치찌개);
   * the trailing space kept. Undefined where no word changes. Each run of words is judged once
   * (`habitFixes`): the keystrokes after a word are typed against the same run.
   */
  private habitsTypedOut(normalized: string, trailingSpace: boolean): string | undefined {
    const words = normalized.split(' ');
    const typedOut = trailingSpace ? words.length : words.length - 1;
    let changed = false;
    // The words that could be such a spelling (syllables, not standard) are judged, the first
    // `LM_LIMITS.typedOutWordsTried` of them: judging one may take a correction's search, and a
    // client could send dozens (hostile 100-character queries: suggest p95 0.5 → 2.3 ms unbounded).
    let tries = 0;
    for (let i = 0; i < typedOut && tries < LM_LIMITS.typedOutWordsTried; i++) {
      const word = words[i]!;
      if (!/^[가-힣]{2,}$/u.test(word) || word.length > MISSPELLING_NEAR.maxChars || this.habits.typedAsStandard(word)) continue;
      tries++;
      const run = words.slice(0, i + 1).join(' ');
      let fixed = this.habitFixes.get(run);
      if (fixed === undefined) {
        const habit = this.misspelledLastWord(run);
        fixed = habit?.autocorrect ? habit.text.slice(habit.text.lastIndexOf(' ') + 1) : '';
        this.habitFixes.set(run, fixed);
      }
      if (fixed) {
        words[i] = fixed;
        changed = true;
      }
    }
    return changed ? words.join(' ') + (trailingSpace ? ' ' : '') : undefined;
  }

  /** `suggest` of the text as it is (`input` is `this.input(raw)`), every word as typed. */
  private async suggestTyped(raw: string, input: QueryInput, n: number): Promise<SuggestResult> {
    const started = performance.now();
    const result: SuggestResult = { query: raw, normalized: input.normalized, suggestions: [] };
    if (!input.normalized || input.keys.length > MAX_QUERY_KEYS) return result;
    const lexicon = this.lexicon;
    // A trailing space means the next word has begun: "서울 " completes to "서울 맛집", not "서울숲".
    const trailingSpace = /\s$/u.test(raw);
    // The last word typed, and whether it strands as many jamo as Latin typed on the Korean layout does.
    const lastTyped = input.normalized.slice(input.normalized.lastIndexOf(' ') + 1);
    const strandsLikeLatin = !trailingSpace && manyStrayJamo(lastTyped);
    const complete = (keys: string, k: number, kind: CandidateKind): Completed[] =>
      trailingSpace ? prefixCompletions(lexicon, keys + ' ', k, kind, true) : prefixCompletions(lexicon, keys, k, kind);
    const found: Completed[] = complete(input.keys, n + SPELLING_SPARE, 'completion');
    // Whether the lexicon has anything that goes on from the keys as typed.
    const completesAsTyped = found.length > 0;
    // A word typed out with a slip and ended by a space (아이퐁␣, 손흥미␣): nothing goes on from it
    // as typed, so what goes on from its fix does (아이폰 xs), as one-typo guesses; or the fix itself.
    if (trailingSpace && !completesAsTyped) {
      for (const fix of finishedWordFixes(lexicon, input.normalized, COMPLETION_LIMITS.finishedWordFixes)) {
        const goOn = prefixCompletions(lexicon, toKeystrokes(fix.text) + ' ', n, 'typo', true);
        for (const f of goOn) found.push({ ...f, weight: f.weight * COMPLETION_FACTORS.typo });
        // Nothing goes on from it (김연야␣: no query begins 김연아␣): the word set right, if an entry.
        const id = goOn.length === 0 ? lexicon.trie.lookup(toKeystrokes(fix.text)) : -1;
        if (id >= 0 && lexicon.entries[id]!.text === fix.text) found.push({ id, weight: fix.weight * COMPLETION_FACTORS.typo, kind: 'typo' });
      }
      // Or the space was a key too many, inside a word (방탄␣ for 방탄소년단, 무한␣ for 무한도전):
      // the queries and names that go on from the keys without it and write the last word on, at
      // a one-typo guess's weight, where they are far more popular than the words typed as they
      // are (나이␣ is 나이 finished, not 나이스; `SPACE_TOO_MANY_LEAD`). Whole syllables on: the
      // space finished the last one (날씨␣ is no 날씬하다). Not the forms of running text (날씨다,
      // 바르다가): the space may end a word there. Logged queries typed up to a space too many in
      // their first word: in the top 10 0 → 1,241 of 1,449 (2026-12-07).
      const typedText = unspaced(input.normalized);
      const atLeast = (lexicon.get(input.normalized)?.weight ?? 0) * SPACE_TOO_MANY_LEAD;
      // Twice the list drawn: some of the heaviest go on within the last syllable (날씬하다).
      for (const f of prefixCompletions(lexicon, input.keys, 2 * n)) {
        const entry = lexicon.entries[f.id]!;
        const text = unspaced(entry.text);
        if (text.length > typedText.length && text.startsWith(typedText) && /[qpe]/u.test(entry.flags) && f.weight >= atLeast) {
          found.push({ ...f, weight: f.weight * COMPLETION_FACTORS.typo, kind: 'spacing' });
        }
      }
    }
    const typedInitials = input.normalized.replaceAll(' ', '').length;
    for (const c of choseongCompletions(lexicon, input, n)) {
      const id = lexicon.trie.lookup(toKeystrokes(c.text));
      if (id < 0) continue;
      // An entry whose initials are exactly the typed ones outranks longer entries 3:1.
      const whole = [...c.text.replaceAll(' ', '')].length === typedInitials;
      found.push({ id, weight: lexicon.entries[id]!.weight * (whole ? COMPLETION_FACTORS.choseongWhole : 1), kind: 'choseong' });
    }
    // What the keys read on the other layout (`layoutPrefix`: Latin typed for Hangul, stray vowels
    // for Latin). Or Hangul that goes on to nothing as typed and reads as a Latin word on it, as
    // correction reads it (퍄냣: visit, 랾: fifa, ㄷ턍: exid), or as the start of a logged Latin
    // query (퍄냐: visi, ㄹ갸두: frien): the model wrote on from the Hangul (퍄냐스, ㄷ탸역), which
    // nobody meant. Whole queries typed so (500 Latin queries) were in the top 3 264 → 321 times;
    // at 70% typed in the top 10 118 → 134 of 234; of 21,393 prefixes of mistyped Hangul, 3 more
    // (of 78) show such a reading (ㄴ두 → send, for ㄴ두굴).
    const typedPrefix = layoutPrefix(input);
    const readAsLatin =
      typedPrefix === undefined && !completesAsTyped && !/[a-z]/u.test(input.normalized)
        ? (layoutCandidates(input, lexicon)[0]?.text ?? latinPrefixReading(input.normalized, lexicon))
        : undefined;
    const meant = typedPrefix ?? readAsLatin;
    // Whether the lexicon has anything that goes on from what the other layout reads.
    let readingCompletes = false;
    // The least known Latin word typed, where every word is one (god, sbs): only a reading of the
    // other layout needs it.
    const typedWeight = meant ? this.vocabulary.knownLatinWeight(input.normalized) : undefined;
    if (meant) {
      // After a space the word read is finished too (ek␣ is 다␣, not 다비치). And Latin typed as
      // known Latin words (god, the, skt) is meant as typed: what the other layout reads from its
      // keys (행복을 주는 사람, 소득분위) is a guess, weighed as one-typo guesses are and, as they
      // are after a known word typed whole (below), no heavier than the least known word typed.
      const layoutFound = complete(toKeystrokes(meant), n, 'layout');
      readingCompletes = layoutFound.length > 0;
      if (typedWeight !== undefined) for (const f of layoutFound) f.weight = Math.min(f.weight * COMPLETION_FACTORS.typo, typedWeight);
      found.push(...layoutFound);
    }
    // A last word spelled as people misspell it (몇일): what was meant is completed (며칠, 며칠 전),
    // and the misspelling's own completions (몇일동안) become guesses, like one-typo matches.
    const habit = trailingSpace ? undefined : this.misspelledLastWord(input.normalized);
    if (habit?.autocorrect) {
      for (const f of found) if (f.kind === 'completion') f.weight *= COMPLETION_FACTORS.typo;
      found.push(...prefixCompletions(lexicon, toKeystrokes(habit.text), n, 'misspelling'));
    }
    const exact = new Set(found.map((f) => f.id));
    // Typo tolerance is for the word being typed; after a space that word is finished.
    if (!trailingSpace) found.push(...typoCompletions(lexicon, input.keys, n + SPELLING_SPARE, this.scorer.channel).filter((f) => !exact.has(f.id)));
    // So is it for Hangul typed in the English layout (rofjr for 갤럭, whose ㄹ is typed twice): of
    // the Hangul keys the letters are, as correction reads them (`hangulKeysOfLatin`), where
    // nothing goes on from the letters as typed: one-typo guesses, as those of Hangul typed so are
    // (the model's completions compete with them). Not where a word strands as many jamo as Latin
    // does and one slip never does (`manyStrayJamo`: zoom reads 캐ㅐㅡ): that is Latin meant.
    // And only where the keys show a slip, as the Hangul typed so would, or what they read goes on
    // to nothing (`slipInKeysRead`): else they begin a word the lexicon lacks (rkdth, 강소 for
    // 강소라), which the model completes, or they are Latin after all (works reads 재간).
    const keysRead = trailingSpace || completesAsTyped || !/[a-z]/u.test(input.normalized) ? undefined : hangulKeysOfLatin(input, lexicon);
    if (keysRead !== undefined && !keysRead.split(' ').some(manyStrayJamo) && this.slipInKeysRead(keysRead, input.normalized, readingCompletes)) {
      for (const f of typoCompletions(lexicon, toKeystrokes(keysRead), n + SPELLING_SPARE, this.scorer.channel)) {
        if (!exact.has(f.id)) found.push(f);
      }
    }
    // Queries with the words typed later on are a last resort, behind those a space too many
    // begins (무한␣: 무한도전 before 새우 무한리필).
    if (found.length < n) {
      let below = Infinity;
      for (const f of found) if (f.kind === 'spacing') below = Math.min(below, f.weight * GUESS_BELOW);
      for (const f of infixCompletions(lexicon, input.keys, n)) found.push({ ...f, weight: Math.min(f.weight, below) });
    }

    const merged = new Map<number, { weight: number; kinds: CandidateKind[] }>();
    for (const f of found) {
      const m = merged.get(f.id);
      if (!m) merged.set(f.id, { weight: f.weight, kinds: [f.kind] });
      else {
        m.weight = Math.max(m.weight, f.weight);
        if (!m.kinds.includes(f.kind)) m.kinds.push(f.kind);
      }
    }
    // A known word typed whole is what was meant so far: guesses that read a key of it as a slip
    // (기준 → 이준호 성동일 부자, 다리 → 다이앤 키튼 별세) rank no higher than it, however popular
    // (on equal weights the sort keeps the exact matches, found first, ahead).
    const ownId = trailingSpace ? -1 : lexicon.trie.lookup(input.keys);
    const own = ownId < 0 ? undefined : lexicon.entries[ownId];
    const ownKnown = !!own && !own.blocked && own.weight >= this.scorer.weights.knownWeight;
    if (own && ownKnown) {
      for (const m of merged.values()) if (isGuess(m)) m.weight = Math.min(m.weight, own.weight);
      // And it leads the queries that go on from it unless one is far more popular (유재석 before
      // 유재석 놀뭐 멤버), as a search box shows what was typed, when it is a query, first. Also
      // where it was not among the heaviest matches drawn (일어, below 일어나 … 일어났는지). Not a
      // word people misspell so (뒷통수 stays below 뒤통수).
      if (!habit) {
        const typed = merged.get(ownId);
        const weight = own.weight * COMPLETION_FACTORS.typedWhole;
        if (typed) typed.weight = Math.max(typed.weight, weight);
        else merged.set(ownId, { weight, kinds: ['completion'] });
      }
    }
    // Keys typed with no slip seen go on to what they begin, as a search box's prefix matches come
    // before its fuzzy ones: a one-typo guess, however popular, ranks below every known entry
    // that goes on from the keys as typed (며ㅊ: 며칠 before the trending 명당, 맛ㅈ: 맛집 before
    // 마스터키). Where the spelling model sees a slip in what was typed (혘대중), guesses keep their
    // weight. Held-out queries at 70% typed 45.5 → 48.3% in the top 10, first 13.9 → 17.4%; lists
    // opening on a guess 551 → 439 of 29,501 keystrokes; a typo in the first keys of a logged query
    // that leaves a prefix of known words (힡 for 리턴) 88.8 → 88.2% in the top 10.
    // After a space the words typed are finished: whatever goes on from them comes before the
    // queries with those words later on (주식␣: 주식 시장 before 민중기 특검 주식 논란), however
    // popular those are, as a search box shows its prefix matches first.
    // So, below entries of any weight, after a standard word typed whole (치과: 치과위생사 and 치과학
    // before 이광수 김우빈 도경수 콩콩팡팡, a guess reading ㅊ as a slip for ㅇ): the typist has
    // written a word, and what goes on from it, however rare, is likelier meant than a slip in it.
    this.guessesBelowExact(merged, input.normalized, trailingSpace || (ownKnown && lexicon.isStandard(own.text)));
    // Keys that strand as many jamo as Latin does (ㅐㅕㅅ, ㅜㅐㅈ: out, now on the Korean layout), and
    // that the other layout reads as the start of a known Latin entry: one-typo guesses of them as
    // Hangul (여수 돌문어, 배정남) rank below every such entry. A slip in Hangul seldom strands so many
    // (`manyStrayJamo`), and where one does (ㅛㅏ망 for 사망) the other layout reads nothing known.
    // The top 500 Latin queries so typed whole were in the top 3 321 → 348 times, and at 70% of
    // their keys in the top 10 134 → 153 of 234; no other row moved (2026-12-07).
    if (strandsLikeLatin) {
      let lightest = Infinity;
      for (const m of merged.values()) if (m.kinds.includes('layout')) lightest = Math.min(lightest, m.weight);
      if (lightest < Infinity) for (const m of merged.values()) if (isGuess(m)) m.weight = Math.min(m.weight, lightest * GUESS_BELOW);
    }
    // And a guess far less likely than what the keys typed go on to is not shown at all (환율 →
    // 황유림, 확율; 고민 → 조민기 성추행; 유튜브 → 유투브): typed right, each one is a slot of noise.
    if (!trailingSpace) this.dropUnlikelyGuesses(merged, input.normalized, typedWeight !== undefined);
    const logTotal = Math.log(lexicon.totalWeight);
    // A word with a particle that only running text has (날씨가, 영화수준이, 키스를) is no query: what
    // it finds, the word finds. Unless it is what was typed, or what is being typed: keys typed past
    // the word into its form (감사합니 → 감사합니다, which gave its place to the rarer 감사합니당).
    for (const id of merged.keys()) {
      const entry = lexicon.entries[id]!;
      if (entry.text !== input.normalized && this.particleOnRunningText(entry, input.keys)) merged.delete(id);
    }
    // One query logged in two spacings (저수지 게임, 저수지게임) is shown once: a search engine finds
    // the same for both, and the second would only take a slot. In the place of the commoner, as
    // spaced where it was typed (영화 추ㅊ → 영화 추천, not the commoner 영화추천), else as commoner.
    const spacingOff = spacingMismatch(input.normalized);
    const spellings = new Map<string, [number, { weight: number; kinds: CandidateKind[] }]>();
    for (const [id, m] of [...merged.entries()].sort((a, b) => b[1].weight - a[1].weight)) {
      const spelling = unspaced(lexicon.entries[id]!.text);
      const kept = spellings.get(spelling);
      if (!kept) spellings.set(spelling, [id, m]);
      else if (spacingOff(lexicon.entries[id]!.text) < spacingOff(lexicon.entries[kept[0]]!.text)) spellings.set(spelling, [id, kept[1]]);
    }
    const shown = [...spellings.values()].slice(0, n);
    result.suggestions = shown.map(([id, m]) => ({ text: lexicon.entries[id]!.text, score: round(Math.log(m.weight) - logTotal), kinds: m.kinds }));
    // The word being typed finished, where the lexicon only has longer queries that go on from it.
    // Of the query as typed, else as the other layout reads it (wjdthals dnwna → 정소민 우주메리미).
    const completedAs = (kind: CandidateKind) => [...merged].filter(([, m]) => m.kinds.includes(kind)).map(([id, m]) => ({ id, weight: m.weight }));
    const cut = (keys: string, kind: 'completion' | 'layout') => {
      const finished = wordEndCompletion(lexicon, keys, trailingSpace, completedAs(kind));
      return finished && { ...finished, kind };
    };
    const wordEnd = cut(input.keys, 'completion') ?? (meant ? cut(toKeystrokes(meant), 'layout') : undefined);
    if (wordEnd && !result.suggestions.some((s) => unspaced(s.text) === unspaced(wordEnd.text))) {
      result.suggestions = withItem(result.suggestions, { text: wordEnd.text, score: round(Math.log(wordEnd.weight) - logTotal), kinds: [wordEnd.kind] }, n);
    }
    // A mistyped last word that begins no known word, set right (카카오 텍시 → 카카오 택시): among the
    // lexicon's matches of the whole query by score, weighed as one-typo guesses by the word's
    // popularity, and, since the lexicon vouches for the word, above the model's completions. (Only
    // appended, they broke the list's order where the model does not run, and a score capped at the
    // last match's took first place from 3 of 169 mistyped last words.) A few only, so
    // the model keeps room for a word the lexicon lacks (선관위웑 → 선관위원장).
    const fixes = new Set<string>();
    // The misspelled word set right is shown even where the query as a whole is no entry (너무
    // 희안하다 → 너무 희한하다): first where correction would apply it, else among the one-typo
    // guesses.
    if (habit) {
      // In the place of the same words spaced otherwise (영화 츄천: 영화 추천 where 영화추천 was), as
      // the lexicon's fixes below take it.
      const shownFix = result.suggestions.find((s) => s.text === habit.text) ?? result.suggestions.find((s) => unspaced(s.text) === unspaced(habit.text) && spacingOff(habit.text) < spacingOff(s.text));
      if (shownFix) {
        shownFix.text = habit.text;
        shownFix.kinds = ['misspelling'];
      }
      else {
        const fixed = habit.text.slice(habit.text.lastIndexOf(' ') + 1);
        const weight = (lexicon.get(fixed)?.weight ?? TARGET_WEIGHT) * (habit.autocorrect ? 1 : COMPLETION_FACTORS.typo);
        // Only offered, it ranks no higher than a known word typed whole as the list weighs it
        // (`completionWeight`: 오랫만에, of running text alone, at a hundredth), as one-typo guesses;
        // a word the list never offers (보게되서: 되 uncontracted) is no bound.
        const ownWeight = own && !habit.autocorrect ? lexicon.completionWeight(ownId) : 0;
        const cap = ownWeight > 0 ? ownWeight : Infinity;
        result.suggestions = withItem(result.suggestions, { text: habit.text, score: round(Math.log(Math.min(weight, cap)) - logTotal), kinds: ['misspelling'] }, n);
      }
      // Where correction all but applies it (할께 → 할게, 윗층 → 위층, 케릭터에 → 캐릭터에:
      // posterior `HABIT_LEADS` or more, only offered because the typed word is one of running
      // text) and the typed spelling is that alone, the set-right one leads, the typed one after it.
      // Not over a word the lexicon stands behind with its particle or ending (빚이 for 비지, 위버가
      // for 웨버가): spelled right, whatever correction makes of its sound. Unless the dictionary
      // marks the spelling wrong (패이지, which reads as 패이- with an ending).
      const spelledRight = () => !lexicon.markedMisspelled(lastTyped) && (standardWithEnding(lexicon, lastTyped) || this.standsWithParticle(lastTyped));
      if (!habit.autocorrect && habit.posterior >= HABIT_LEADS && (!own || own.flags === SOURCE_FLAGS.corpus) && !spelledRight()) {
        const at = result.suggestions.findIndex((s) => s.text === habit.text);
        if (at > 0) {
          const [fix] = result.suggestions.splice(at, 1);
          fix!.score = Math.max(fix!.score, result.suggestions[0]!.score);
          result.suggestions.unshift(fix!);
        }
      }
    }
    // Hangul typed wholly in the English layout and completing nothing as typed (dkdlvhs rkr:
    // 아이폰 ㄱ), the query is what the layout reads: the model writes on from that, not from the
    // letters. So where only some words are in the other layout, words of letters that begin no
    // entry (아이폰 vmfh: 아이폰 프로, where the model wrote 아이폰 vmfhve). Letters inside a word of
    // Hangul (ebs촏) were typed as meant, and stray vowels read as Latin (ㅑㅔㅙㅜㄷ) are mostly slips
    // in Hangul: those stay. Its last word's fixes are of what the layout reads too: of the letters
    // (rhrudvy akr → rhrudvy kard, rktn tmx → rktn text) they kept words nobody meant as typed, first
    // in a quarter of the lists while typing held-out queries of several words in the English layout.
    // Latin alone is read so unless the words before the last are known Latin words (sk 5 is no
    // 나 5: the model wrote 나 5년, 나 5전자).
    const head = input.normalized.slice(0, Math.max(0, input.normalized.lastIndexOf(' ')));
    // Nor Latin that spells English as surely as most English does (`LATIN_WRITTEN_MIN`: docker).
    const wordsInOtherLayout = () =>
      hasHangul(input.normalized) ? this.vocabulary.latinWordsBeginNothing(input.normalized) : (!head || this.vocabulary.knownLatinWeight(head) === undefined) && !this.spellsLatin(input.normalized, LATIN_WRITTEN_MIN);
    const prefix = meant && !completesAsTyped && wordsInOtherLayout() ? meant : input.normalized;
    // Latin typed on the Korean layout (ㅑㅔㅙㅜㄷ ㅊㅁㄴ, iphone cas) has such words before the last: a fix
    // of the last word would keep them (ㅑㅔㅙㅜㄷ 천년초, ㅛㅐㅕ셔ㅠㄷ 편성표), so its fixes too are of
    // what the other layout reads.
    const fixesOf = prefix === input.normalized && meant && !completesAsTyped && latinWordBeforeLast(input.normalized, lexicon) ? meant : prefix;
    // Nor for initials alone (ㅇㅇㅍㅋㅇㅅ): a choseong query, which a fix would read as a word of
    // initials and syllables (ㅇㅇ평소).
    if (!trailingSpace && !habit?.autocorrect && result.suggestions.length < n && !isChoseongOnly(input.normalized)) {
      // A known word typed whole and the next key (차주혁ㅊ, 성추행ㄹ): its only fix is the word.
      // Its compounds with a slip (차주 현충일, 크라임 민희진) ranked above it.
      const wordBeforeKey = this.vocabulary.typedSoFar(fixesOf);
      for (const fix of lastWordFixes(lexicon, fixesOf, Math.min(n - result.suggestions.length, COMPLETION_LIMITS.lastWordFixes))) {
        if (wordBeforeKey !== undefined && fix.text !== wordBeforeKey) continue;
        // A fix shown already in another spacing takes its place if spaced as typed.
        const shownAs = result.suggestions.find((s) => unspaced(s.text) === unspaced(fix.text));
        if (shownAs) {
          if (spacingOff(fix.text) < spacingOff(shownAs.text)) shownAs.text = fix.text;
          continue;
        }
        fixes.add(fix.text);
        result.suggestions = withItem(result.suggestions, { text: fix.text, score: round(Math.log(fix.weight * COMPLETION_FACTORS.typo) - logTotal), kinds: ['typo'] }, n);
      }
    }
    // The long tail: when the lexicon has almost no good matches of the prefix as typed (or as the
    // other layout reads it), the LM writes some.
    // A match that joins words the typist spaced (오늘날 for 오늘 날) is no good match of them: the
    // space says a word has ended. Held-out queries at 70% typed 47.9 → 48.3% in the top 10 (오늘 날
    // → 오늘 날씨), unseen queries with a mistyped last word 78.7 → 79.3%.
    const keepsSpaces = keepsSpacesOf(input.normalized);
    const goodExact = shown.filter(([id, m]) => {
      const entry = lexicon.entries[id]!;
      if (entry.weight < LM_LIMITS.goodMatchWeight) return false;
      return m.kinds.includes('layout') || (m.kinds.includes('completion') && keepsSpaces(entry.text));
    }).length;
    const prefixKeys = prefix === input.normalized ? input.keys : toKeystrokes(prefix);
    // The model reads keystrokes as they are typed. Not so: a vowel key standing alone, which the
    // IME joins to the consonant before it (ㅑㅔㅙㅜㄷ is iphone in the other layout); initials alone
    // (ㅂㅌㅅㄴㄷ, ㅅㅇ ㅁㅈ), after which it only writes more jamo (ㅂㅌㅅㄴ단); any text no IME shows
    // while typing, such as initials after syllables (서울ㅁㅈ), whose completions come out as the
    // IME would join them (서욺진).
    const typing = () => ![...prefix].some(isVowelKey) && !isChoseongOnly(prefix) && fromKeystrokes(prefixKeys) === prefix;
    // Nor from a word it has no keys for (emoji, Han, kana: <unk> to it): after 안녕 👋👋 it wrote
    // 👋👋조리 and 👋👋사망, guesses from nothing. The last word typed, or the one before a space.
    const readable = () => {
      const typedKeys = prefixKeys.trimEnd();
      return this.lm?.canRead?.(typedKeys.slice(typedKeys.lastIndexOf(' ') + 1)) ?? true;
    };
    // Nor after a mark that ends a sentence (날씨?): the query is finished, and the model wrote
    // on from the mark itself (날씨?정수, 날씨?천지).
    const finished = () => /[.?!…~]$/u.test(prefix.trimEnd());
    // Nor after a misspelled last word: it would write on from the misspelling (희안하다면, 몇일전).
    const fewGood = goodExact < Math.min(n, this.lmBelowExact);
    const fewShown = result.suggestions.length < this.lmShortList;
    if (this.lm && !habit && (fewGood || fewShown) && prefixKeys.length >= LM_LIMITS.minPrefixKeys && prefixKeys.length <= LM_LIMITS.maxKeys && typing() && readable() && !finished()) {
      const k = Math.min(n - goodExact, LM_LIMITS.generate);
      // Run for a short list alone, the search has a budget of its own (`LM_LIMITS.shortListBudgetMs`),
      // where there is a budget at all.
      const listOnly = !fewGood;
      const budget = listOnly && Number.isFinite(this.completionBudgetMs) ? Math.min(this.completionBudgetMs, LM_LIMITS.shortListBudgetMs) : this.completionBudgetMs;
      // Past the deadline the search finishes a few completions for the keystroke (none when the
      // list has some already), and never runs past the hard one.
      const deadline = Number.isFinite(budget) ? started + budget : undefined;
      const times = deadline === undefined ? undefined : { deadline, hardDeadline: listOnly ? deadline : deadline + LM_LIMITS.completionOverrunMs };
      // The text as typed is no completion of itself: the model ends there whenever the last word
      // typed is a word (윤석열 탄, 서울 날씨 내), and offered first it would take the slot of one
      // that saves keystrokes. A reading in the other layout is kept: it is the conversion.
      const asTyped = prefix === input.normalized ? prefix : undefined;
      const typed = prefix + (trailingSpace ? ' ' : '');
      // A slip in a word typed out before (노태악 선관위뤈장 ㄱ): the model writes on from its fix.
      // Not where the lexicon has a good match of the keys as typed: the words typed out are then
      // as meant (손흥민공백la was "fixed" to 손흥민공백a).
      const fixedTyped = goodExact === 0 ? await this.fixTypedOut(typed) : undefined;
      const respellings = new Map<string, string>();
      let generated = await this.generate(fixedTyped ?? typed, k, result.suggestions, times, asTyped, respellings);
      // Run for a short list alone, the model writes words the lexicon knows, alone or together
      // (로또당ㅊ → 로또당첨번호), not new ones: beside a good match those were near misses of it
      // (넷플 → 넷플린, 넷플릿, 넷플리스). Over 400 logged queries typed key by key its lines
      // went 8,998 → 5,364 (right 33 → 30), over 400 held-out ones 10,869 → 10,266 (851 → 850).
      if (listOnly) generated = generated.filter(this.vocabulary.wordsKnownOrTyped(typed));
      // What the model wrote spaced as typed, where the lexicon's spelling is not (끝까찌 간다: 끝까지 간다, not the logged 끝까지간다).
      for (const s of result.suggestions) {
        const written = respellings.get(unspaced(s.text));
        if (written !== undefined && spacingOff(written) < spacingOff(s.text)) s.text = written;
      }
      if (fixedTyped !== undefined) {
        for (const g of generated) g.kinds = ['typo', 'lm'];
        // The lexicon's one-typo matches that set the same word right (워너웤 팬 → 워너원 팬미팅) are
        // queries people typed; they keep their place above what the model writes on from the fix:
        // typo-tolerant completion had the query first 868 → 852 of 1,837 times without this.
        for (const s of result.suggestions) if (s.kinds.includes('typo') && this.fixes.setsTypedWordRight(prefix, s.text)) fixes.add(s.text);
      } else if (!trailingSpace) {
        // Written on from a slip in what was typed (혘대중 → 혘대주유소), the model's completions
        // are no query anyone meant; the lexicon's one-typo matches (현대중공업) are, and rank
        // above them as a fix it vouches for does. So where a guess sets right an unknown word
        // typed out before the last (다훈아 ㅋ → 나훈아 콘서트). Judged only where a completion would
        // outrank a guess.
        const guesses = result.suggestions.filter((s) => s.kinds.includes('typo'));
        const weakest = Math.min(...guesses.map((s) => s.score));
        const slipped = () => this.fixes.typedWithSlip(prefix) || guesses.some((g) => this.fixes.setsTypedWordRight(prefix, g.text));
        if (generated.some((g) => g.score > weakest) && slipped()) for (const s of guesses) fixes.add(s.text);
        // A known word typed out and the next key (대결ㄷ, 여자친굳, 유튜븍): the word is what was
        // typed so far, and comes before what the model writes on from the key (대결들이,
        // 여자친구들, 세미나도), which stays below it. Logged queries typed whole and the next key
        // had the query first 742 → 786 of 979 times, in the top 3 913 → 922 (2026-12-07).
        const typedSoFar = this.vocabulary.typedSoFar(prefix);
        if (typedSoFar !== undefined && guesses.some((g) => g.text === typedSoFar)) fixes.add(typedSoFar);
        // A long last word that begins nothing known, one keystroke from a known word as long
        // (인스타그렘, 롯대월드, 에버렌드): it is that word mistyped, and what the model writes on
        // from it (인스타그레만, 롯대월드컵) nobody meant. The spelling model cannot tell from its
        // last syllable, which may yet be on its way (경숮 to 경수진): a new name is shorter.
        // The word set right comes first (인스타그램, then 인스타그램 오류): it is what was typed.
        const wholeFixes = completesAsTyped ? [] : guesses.filter((g) => lastWordMistypedWhole(this.vocabulary, prefix, g.text));
        if (wholeFixes.length > 0) {
          for (const s of guesses) fixes.add(s.text);
          generated.length = 0;
          const top = Math.max(...result.suggestions.map((s) => s.score));
          for (const f of wholeFixes) f.score = top;
          const whole = new Set(wholeFixes);
          result.suggestions.sort((a, b) => Number(whole.has(b)) - Number(whole.has(a)) || b.score - a.score);
        }
      }
      result.suggestions = withGenerated(result.suggestions, generated, n, fixes);
    }
    // Nothing to show for a query typed out with a slip that nothing completes (김하성 ㅐ년 거취 →
    // 김하성 내년 거취, 남북정상회다 시간): what correction applies or offers for it is the
    // suggestion. Only then, only for several words or as many characters as correction fixes as
    // several words (`LM_LIMITS.fixOneWordChars`), and only as long as a query the model reads
    // (`LM_LIMITS.maxKeys`), and only where the text shows a slip (`showsSlip`): a correction costs
    // 1–5 ms; 100 characters of noise (which complete nothing) took suggest p99 from 0.6 to 5.0–5.6
    // ms without the bound on keys.
    const fallback = input.normalized.includes(' ') || [...input.normalized].length >= LM_LIMITS.fixOneWordChars;
    // Or typed in the other layout (ㅑㅔㅙㅜㄷ 16: iphone 16), where the reading is the suggestion.
    // (Asked once, for here and below.)
    let correctedOnce: Promise<CorrectResult> | undefined;
    const correction = () => (correctedOnce ??= this.correct(raw, 1));
    if (result.suggestions.length === 0 && !trailingSpace && fallback && input.keys.length <= LM_LIMITS.maxKeys && (meant !== undefined || this.fixes.showsSlip(input.normalized))) {
      const corrected = await correction();
      const top = corrected.candidates[0];
      if (corrected.action !== 'none' && top && top.text !== input.normalized) {
        // Scored by the log of correction's confidence: the list has nothing else to rank against.
        result.suggestions = [{ text: top.text, score: round(Math.log(Math.max(top.score, 1e-9))), kinds: [...top.kinds] }];
        this.stats.suggestCorrections++;
      }
    }
    // A word the lexicon lacks typed on the Korean layout (ㅗ메ㅔㅛ: happy, ㅜㄷㅅ리ㅑㅌ: netflix):
    // many stray jamo (`manyStrayJamo`), and the lexicon has nothing to show, or only the model's
    // guesses, which go on from jamo nobody meant (ㅗ메ㅔㅛ면), or what goes on from the reading
    // (dreams, dreaming for ㅇㄱㄷ므, where no source has dream). Where correction applies or offers
    // the reading, it leads: it is the conversion. Not beside the lexicon's matches: they read the
    // keys as a slip (ㅕㅇㄴ말ㅈ: 연말정산 with two keys swapped, not udsakfw; ㅓㄴㅇ: 선유도).
    if (strandsLikeLatin && input.keys.length <= LM_LIMITS.maxKeys && result.suggestions.every((s) => s.kinds.includes('lm') || (readAsLatin !== undefined && s.kinds.includes('layout')))) {
      const corrected = await correction();
      const top = corrected.candidates[0];
      if (corrected.action !== 'none' && top?.kinds.includes('layout') && !this.blocked(top.text)) {
        const lead = Math.max(round(Math.log(Math.max(top.score, 1e-9))), ...result.suggestions.map((s) => s.score));
        const rest = result.suggestions.filter((s) => s.text !== top.text);
        result.suggestions = [{ text: top.text, score: lead, kinds: [...top.kinds] }, ...rest].slice(0, n);
        this.stats.suggestCorrections++;
      }
    }
    return result;
  }

  /**
   * Whether Hangul keys read from `letters` (`hangulKeysOfLatin`) are worth one-typo guesses: they
   * show a slip, a key no syllable took before the last one typed (ㅏㅇ현 for 장현) or one the
   * spelling model sees (`typedWithSlip`: 부샌행), or nothing goes on from what the other layout
   * reads (`readingCompletes` false: 개럭). Not where a word of the letters spells Latin
   * (`LATIN_LETTERS_MIN`: works reads 재간).
   */
  private slipInKeysRead(read: string, letters: string, readingCompletes: boolean): boolean {
    if (this.spellsLatin(letters)) return false;
    return !readingCompletes || /[ㄱ-ㅣ](?=\S)/u.test(read) || this.fixes.typedWithSlip(read);
  }

  /**
   * Whether a layout reading of `typed` has a word no source has: a Latin word read from jamo
   * (ㅜㄷㅅ리ㅑㅌ: netflix), or a Hangul word read from letters that spell Latin as English does
   * (`LATIN_LETTERS_MIN`: figma 무료 read 랴흠 무료, slack 알림 님차 알림, offered at 0.83 and 0.86,
   * the model pricing Latin far below Hangul). Hangul typed in the English layout spells no Latin.
   */
  private readsUnknown(typed: string, reading: string): boolean {
    const read = reading.split(' ');
    if (read.some((w) => /^[a-z]+$/u.test(w) && !this.lexicon.get(w))) return true;
    const words = typed.split(' ');
    return words.length === read.length && words.some((w, i) => read[i] !== w && /^[a-z]{2,}$/u.test(w) && hasHangul(read[i]!) && !this.lexicon.get(read[i]!) && this.spellsLatin(w));
  }

  /** Whether a word of letters (two or more) of `text` reads as Latin someone meant: its mean step log-probability is `atLeast` or more. */
  private spellsLatin(text: string, atLeast = LATIN_LETTERS_MIN): boolean {
    const spelling = this.scorer.spelling;
    const perLetter = (word: string) => spelling.stepLogProbs(word).slice(0, -1).reduce((a, b) => a + b, 0) / word.length;
    return text.split(' ').some((word) => /^[a-z]{2,}$/u.test(word) && perLetter(word) >= atLeast);
  }

  /**
   * Drops the one-typo guesses (and infix matches) among `merged` lighter than `GUESS_FLOOR` of the
   * summed weight of the rest, the matches of the keys as typed. Where nothing goes on from the
   * keys (혘대중), every guess stays. So do two slips a search box is expected to undo, however
   * much goes on from the keys: a known word typed whole and a last key (트와이습: 트와이스), and
   * a known word spelled off the standard, for its standard spelling as long (순대국: 순댓국,
   * 짜집기: 짜깁기, which the misspelling habits do not list). Held-out queries in the top 10 at half
   * typed 13.2 → 13.5% once the other layout's readings of known Latin words counted as guesses:
   * `latinTyped`, known Latin words typed (sbs, ebs) are meant as typed, and what the other layout
   * reads from their keys (뉸: 뉴뉴, 뉴넌) is a guess like a one-typo match.
   */
  private dropUnlikelyGuesses(merged: Map<number, { weight: number; kinds: CandidateKind[] }>, typed: string, latinTyped: boolean): void {
    const guess = (m: { kinds: readonly CandidateKind[] }) => isGuess(m) || (latinTyped && m.kinds.every((kind) => kind === 'layout'));
    let exact = 0;
    for (const m of merged.values()) if (!guess(m)) exact += m.weight;
    const unlikely = [...merged].filter(([, m]) => guess(m) && m.weight < GUESS_FLOOR * exact);
    if (unlikely.length === 0) return;
    const lastAt = typed.lastIndexOf(' ') + 1;
    const head = typed.slice(0, lastAt);
    const last = typed.slice(lastAt);
    const typedSoFar = this.vocabulary.typedSoFar(typed);
    const offStandard = this.vocabulary.knownWord(last) && !this.lexicon.isStandard(last);
    const kept = (text: string) =>
      text === typedSoFar || (offStandard && text.startsWith(head) && this.standardAsLong(text.slice(lastAt), last));
    for (const [id] of unlikely) if (!kept(this.lexicon.entries[id]!.text)) merged.delete(id);
  }

  /** `word` is a dictionary's standard spelling (flag s) as many syllables long as `typed`. */
  private standardAsLong(word: string, typed: string): boolean {
    return word.length === typed.length && !!this.lexicon.get(word)?.flags.includes(SOURCE_FLAGS.standard);
  }

  /**
   * Caps the one-typo guesses among `merged` (and infix matches) just below the lightest known
   * entry completing the keys as typed, unless the text typed shows a slip (`typedWithSlip`, run
   * only where a guess would outrank such an entry). With `wordsFinished` (a trailing space, or a
   * standard word typed whole), below the lightest entry of any weight, and whatever the text: the
   * words the guesses read a slip in were finished by the typist.
   */
  private guessesBelowExact(merged: Map<number, { weight: number; kinds: CandidateKind[] }>, typed: string, wordsFinished = false): void {
    let lightest = Infinity;
    const floor = wordsFinished ? 0 : this.scorer.weights.knownWeight;
    for (const [id, m] of merged) {
      const entry = this.lexicon.entries[id]!;
      if (m.kinds.includes('completion') && !entry.blocked && entry.weight >= floor) lightest = Math.min(lightest, m.weight);
    }
    if (lightest === Infinity) return;
    let outranks = false;
    for (const m of merged.values()) {
      if (!isGuess(m) || m.weight < lightest) continue;
      outranks = true;
      break;
    }
    if (!outranks || (!wordsFinished && this.fixes.typedWithSlip(typed))) return;
    // Just below, so that the sort keeps the exact matches ahead and the guesses in their order.
    for (const m of merged.values()) if (isGuess(m)) m.weight = Math.min(m.weight, lightest * GUESS_BELOW);
  }

  /**
   * The query with its last word set right when that word is spelled as people misspell it (몇일 →
   * 며칠, 희안하다 → 희한하다, 너무 어의없다 → 너무 어이없다), as correction judges it; `autocorrect`
   * when correction would change it unasked. Autocomplete then completes what was
   * meant: the lexicon and the model would otherwise go on from the misspelling (몇일동안,
   * 희안하다면). This runs on every keystroke, so the correction search comes last, after cheap
   * tests that rule out most words: whole syllables, no standard spelling, not the start of a known
   * word (고미 is on the way to 고민, 베트 to 베트남), and one keystroke or one merged vowel (왠만하면
   * for 웬만하면, two keys off) from a spelling people misspell so, or 되 uncontracted (보게되서).
   */
  private misspelledLastWord(normalized: string): { text: string; autocorrect: boolean; posterior: number } | undefined {
    const cut = normalized.lastIndexOf(' ');
    const last = normalized.slice(cut + 1);
    // Misspelled words are short (널부러지다); a long run of syllables is searched no further.
    if (!/^[가-힣]{2,}$/u.test(last) || last.length > MISSPELLING_NEAR.maxChars) return undefined;
    const typed = this.habits.typedWord(last);
    if (typed.standard) return undefined;
    const lexicon = this.lexicon;
    const typedWeight = typed.entry?.weight ?? 0;
    // A known word the keys begin, other than the misspelling with a particle or ending (오랫만에,
    // 할께요) or anything rarer than it (몇일동안).
    const withEnding = (text: string) => text.startsWith(last) && isEnding(text.slice(last.length));
    const begun = lexicon.trie.complete(typed.keys, 1, (id) => {
      const e = lexicon.entries[id]!;
      if (e.blocked || e.weight < 1 || e.text === last || e.text.includes(' ')) return false;
      return !withEnding(e.text) && !(e.text.startsWith(last) && e.weight < typedWeight);
    });
    if (begun.length > 0) return undefined;
    const alone = cut < 0;
    // 되 uncontracted is misspelled by rule, whether or not the lexicon has the spelling (보게돼서).
    const soundAlike =
      writesUncontracted(last) ||
      lexicon.targets.fuzzy(typed.keys, 1, MISSPELLING_NEAR.limit, MISSPELLING_NEAR.visits).some(({ id }) => {
        const e = lexicon.entries[id]!;
        // Nor a word the keys run past by the next syllable's first key (본섢 on the way to 본선진출).
        if (e.blocked || e.text === last || e.text.includes(' ') || typed.keys.startsWith(toKeystrokes(e.text))) return false;
        return !!this.habits.misspellingOf(typed, e.text, alone);
      }) ||
      // A word spelled as it sounds, two keys off or more (왠만하면 for 웬만하면), or a word too rare
      // in text to be a target (움추리다 for 움츠리다, 빈털털이 for 빈털터리).
      soundRespellings(last).some((v) => {
        const e = lexicon.get(v);
        return !!e && !e.blocked && !!this.habits.misspellingOf(typed, v, alone);
      });
    if (!soundAlike) return undefined;
    // Judged as correction judges it, with the word before it if any (and no longer than a
    // compound): a word among others is read so (아임 쏘리 is a title, no misspelled 소리), and two
    // short words keep the search's cost bounded however long the query. Only a change of the last
    // word counts.
    const before = cut < 0 ? 0 : normalized.lastIndexOf(' ', cut - 1) + 1;
    const from = cut - before > MAX_COMPOUND_CHARS ? cut + 1 : before;
    const hyps = this.hypotheses(normalized.slice(from));
    const decided = this.decide(hyps, 1, this.scorer.weights);
    const best = decided.candidates[0];
    if (!hyps.misspelled || decided.action === 'none' || !best?.kinds.includes('misspelling')) return undefined;
    const kept = normalized.slice(from, cut + 1);
    if (!best.text.startsWith(kept) || best.text.slice(kept.length).includes(' ')) return undefined;
    return { text: normalized.slice(0, from) + best.text, autocorrect: decided.action === 'autocorrect', posterior: best.score };
  }

  /** Whether `word` is a word spelled as meant (`typedWord`'s standard: 위버, an entity) and a particle (위버가). */
  private standsWithParticle(word: string): boolean {
    for (let cut = word.length - 1; cut >= 1; cut--) if (isParticle(word.slice(cut)) && this.habits.typedWord(word.slice(0, cut)).standard) return true;
    return false;
  }

  /**
   * An entry only running text has (flag c alone) that is a known word with a particle or a form
   * of 하다/되다 (날씨가, 영화수준이, 탄탄하고), unless the keys typed (`typedKeys`) begin it and go
   * two keys or more past the word (감사합니 for 감사합니다). One key past may be a stray one (날씨ㄱ,
   * 유튜븍): the word is what was typed, and its form would take its place.
   */
  private particleOnRunningText(entry: LexiconEntry, typedKeys: string): boolean {
    const text = entry.text;
    if (entry.flags !== 'c' || text.length < 3 || text.includes(' ')) return false;
    for (let cut = text.length - 1; cut >= 2; cut--) {
      const rest = text.slice(cut);
      const head = text.slice(0, cut);
      if (!(isParticle(rest) || isVerbalizingForm(rest)) || !this.vocabulary.knownWord(head)) continue;
      // The longest such word decides: past it, the keys are past every shorter one too.
      return !(typedKeys.length >= toKeystrokes(head).length + 2 && toKeystrokes(text).startsWith(typedKeys));
    }
    return false;
  }

  /**
   * The model's state after `prefix` (whose keystrokes are `keys`): a kept state for it, else one read on from the kept state of
   * a prefix it extends by a few keys (the previous keystroke's, usually), else read from the
   * start. Undefined for a model that does not hand out states.
   */
  private async prefixState(lm: LanguageModel, prefix: string, keys: string): Promise<PrefixState | undefined> {
    if (!lm.readPrefix) return undefined;
    const kept = this.prefixStates.get(keys);
    if (kept) return kept;
    let from: PrefixState | undefined;
    for (let back = 1; back <= LM_LIMITS.prefixLookback && back < keys.length && !from; back++) from = this.prefixStates.get(keys.slice(0, -back));
    const state = await lm.readPrefix(prefix, from);
    this.prefixStates.set(keys, state);
    return state;
  }

  /**
   * `typed` with a slip in the words typed out before the last (노태악 선관위뤈장 ㄱ → 노태악
   * 선관위원장 ㄱ) set right, for completion to write on from: from the slip the model writes more
   * of it (선관위뤈장국가면), and the query meant is never among the suggestions. The candidates are
   * correction's own fixes by the model (`slipFixTexts`, behind the spelling gate), repairs of a
   * broken word (`repairTexts`) and the lexicon's nearest word (`lexiconFixTexts`); the one the
   * model prefers by `LM_LIMITS.fixMargin` to the words as typed (`lexiconFixMargin` for the
   * lexicon's word) wins, the likeliest first, else undefined. Typed
   * without spaces, the words typed out are all but the syllable being typed, and the margin is
   * `LM_LIMITS.joinedFixMargin`. One model run per run of typed-out words (`typedOutFixes`), none
   * where there is no candidate. Correction itself, applied where it would autocorrect, set right
   * 41% of the queries with a slip before the last word, against 40% for the fixes and repairs
   * alone (59% applying its suggestions too, but then 42 keystrokes of queries typed right got
   * completions of a "fixed" text), at the price of a correction per word typed.
   */
  private async fixTypedOut(typed: string): Promise<string | undefined> {
    const lm = this.lm;
    let cut = typed.lastIndexOf(' ');
    // Words typed without spaces (장동혁국정금사): all but the syllable being typed, once the text
    // is as long as correction takes for several words (`LM_LIMITS.fixOneWordChars`).
    const joined = cut <= 0;
    const chars = joined ? [...typed] : [];
    if (chars.length > LM_LIMITS.fixOneWordChars) cut = typed.length - chars.at(-1)!.length;
    if (!lm || cut <= 0) return undefined;
    const done = typed.slice(0, cut);
    let fixed = this.typedOutFixes.get(done);
    if (fixed === undefined) {
      fixed = '';
      const words = done.split(' ');
      const tries = LM_LIMITS.typedOutWordsTried;
      const edits = this.fixes.slipFixTexts(words, new Set(), tries);
      edits.push(...this.fixes.repairTexts(words));
      const fromLexicon = new Set(this.fixes.lexiconFixTexts(words, tries));
      edits.push(...fromLexicon);
      // Within correction's key budget for its fixes.
      edits.splice(Math.floor(LM_LIMITS.fixBatchKeys / (toKeystrokes(done).length + 4)));
      if (edits.length > 0) {
        let scores: Float64Array;
        try {
          scores = await lm.score([done, ...edits.map((e) => e.text)]);
        } catch (error) {
          this.lmFailed(error);
          return undefined;
        }
        const wrong = badLogProbs(scores, edits.length + 1);
        if (wrong) {
          this.lmFailed(new Error(wrong));
          return undefined;
        }
        const asTyped = scores[0]!;
        let best = -Infinity;
        edits.forEach((e, i) => {
          const margin = joined ? LM_LIMITS.joinedFixMargin : fromLexicon.has(e) ? LM_LIMITS.lexiconFixMargin : LM_LIMITS.fixMargin;
          if (scores[i + 1]! >= asTyped + margin && scores[i + 1]! >= best) {
            best = scores[i + 1]!;
            fixed = e.text;
          }
        });
      }
      this.typedOutFixes.set(done, fixed);
    }
    return fixed === '' ? undefined : fixed + typed.slice(cut);
  }

  /**
   * LM completions of a prefix, at most k, filtered by the blocklist and a minimum per-keystroke
   * score; none that is `asTyped` or a text already in `existing`, however spaced. Each text the
   * model wrote that is shown already in another spacing goes into `respellings` (by its text
   * without spaces), for the caller to choose the spacing.
   */
  private async generate(
    prefix: string,
    k: number,
    existing: readonly ResultItem[],
    times: { deadline: number; hardDeadline: number } | undefined,
    asTyped?: string,
    respellings?: Map<string, string>,
  ): Promise<ResultItem[]> {
    const lm = this.lm;
    if (!lm) return [];
    // A text shown already, however spaced, is no new completion (네이버웹툰 shown, 네이버 웹툰).
    const seen = new Set(existing.map((s) => unspaced(s.text)));
    if (asTyped !== undefined) seen.add(unspaced(asTyped));
    const keys = toKeystrokes(prefix);
    let completions: Completion[];
    let words: Completion[] = [];
    let texts: string[] = [];
    try {
      const state = await this.prefixState(lm, prefix, keys);
      // The last word completed by known words, weighed by the model in the context of the words
      // before it (화곡동 어린이ㅈ → 화곡동 어린이집): the search rarely spells out a whole word
      // the lexicon knows, and a person expects the word being typed finished.
      // And by the words the logged queries wrote with the words before it (평창올림픽 ㄱ →
      // 평창올림픽 개막식), also from its first key or after a space.
      texts = state && (lm.completeAndScore || lm.scoreAfter) ? [...new Set([...lastWordCompletions(this.lexicon, prefix, LM_LIMITS.lastWords), ...contextCompletions(this.lexicon, prefix, LM_LIMITS.contextWords)])] : [];
      // The search drops completions under the per-key minimum itself, so it can stop once it has
      // enough acceptable ones; two spare for the blocklist and for texts the lexicon already gave.
      // Past the deadline it still finishes three so that no keystroke goes without; the known
      // words count toward those three.
      const options = (known: number): CompleteOptions => ({
        beam: LM_LIMITS.beam,
        maxLen: LM_LIMITS.maxLen,
        n: k + 2,
        minLogProbPerKey: LM_LIMITS.minLogProbPerKey,
        // A suggestion is a place to go on typing from: it may end where a word ends, not only
        // where the model expects the query to end (임영웅 서 → 임영웅 선수, after which people type
        // more). Measured 2026-12-04 05:45 (benchmarks/RESULTS.md).
        endAtWord: true,
        ...(times === undefined ? {} : { ...times, finishBeforeDeadline: Math.max(1, 3 - known) }),
        ...(state === undefined ? {} : { state }),
      });
      if (state && texts.length > 0 && lm.completeAndScore) {
        // One search reads the known words in its own runs (~0.3 ms less than scoring them apart),
        // so they count toward the three before the per-key minimum is applied to them.
        const both = await lm.completeAndScore(state, texts, options(texts.length));
        completions = both.completions;
        words = knownWords(texts, both.scores, keys);
      } else {
        // The search then has what is left of the budget.
        if (state && texts.length > 0 && lm.scoreAfter) words = knownWords(texts, await lm.scoreAfter(state, texts), keys);
        completions = await lm.complete(prefix, options(words.length));
      }
      this.stats.lmCompletions++;
      if (times && performance.now() >= times.deadline) this.stats.lmCompletionsOutOfTime++;
    } catch (error) {
      // The lexicon's suggestions stand on their own.
      this.lmFailed(error);
      return [];
    }
    // The two kinds alternate, a known word first (it finishes the word being typed): each finds
    // what the other misses. The search's completions still need its own per-key minimum.
    const merged: Completion[] = [];
    const typed = prefix.trimEnd().split(' ');
    const ontoCompound = wordOntoKnownWordsTogether(this.vocabulary, prefix);
    const attested = this.nextWordsAttested(typed);
    // How likely the last word ends as typed: the search's completion of no keys (`LM_LIMITS.belowStop`).
    const stop = prefix.endsWith(' ') ? undefined : completions.find((c) => c.text === prefix)?.logProb;
    const belowStop = stop === undefined ? -Infinity : stop - LM_LIMITS.belowStop;
    const searched = completions.filter((c) => {
      const perKey = c.logProb / addedKeys(c.text, keys);
      const words = c.text.split(' ');
      if (words.length === typed.length && c.logProb < belowStop) return false;
      // A word after those typed must be one the logs wrote with one of them (`nextWordsAttested`).
      if (words.length > typed.length && !attested(words)) return false;
      const nextWord = words.length > typed.length || ontoCompound(c.text);
      if (nextWord) return perKey >= LM_LIMITS.minLogProbPerKeyNextWord && c.logProb >= LM_LIMITS.minLogProbNextWord;
      return perKey >= LM_LIMITS.minLogProbPerKey;
    });
    for (let i = 0; i < Math.max(words.length, searched.length); i++) {
      if (i < words.length) merged.push(words[i]!);
      if (i < searched.length) merged.push(searched[i]!);
    }
    const out: ResultItem[] = [];
    const overrun = overrunOfKnownWord(this.vocabulary, prefix, texts.length > 0);
    const writtenWhole = unknownWordWrittenWhole(this.vocabulary, prefix);
    const fromFewKeys = newWordFromFewKeys(this.vocabulary, prefix);
    const inflects = inflectsWordTyped(this.vocabulary, prefix);
    const ontoCode = writesOntoCodeOrLatin(this.vocabulary, prefix);
    // A query is no sentence: after a word that ends one (움추리다) the model writes a full stop
    // or an ellipsis (움추리다., 움추리다...), which nobody searches. Marks typed stay.
    const marksTyped = punctuationIn(prefix);
    // Nor a key left standing alone, which no word ends on: after Latin or a digit the model's next
    // key cannot join a syllable (갤럭시s25 → 갤럭시s25는aㄴ, rtx5090 → rtx5090ㅣ지). Keys typed alone stay.
    const jamoTyped = jamoIn(prefix);
    for (const c of merged) {
      const text = normalize(c.text);
      if (!text || overrun(text) || writtenWhole(text) || fromFewKeys(text) || inflects(text) || ontoCode(text) || punctuationIn(text) > marksTyped || jamoIn(text) > jamoTyped) continue;
      if (seen.has(unspaced(text))) {
        if (!respellings?.has(unspaced(text))) respellings?.set(unspaced(text), text);
        continue;
      }
      if (this.blocked(text)) continue;
      seen.add(unspaced(text));
      out.push({ text, score: round(c.logProb + LM_LIMITS.completionScoreOffset), kinds: ['lm'] });
    }
    return withoutMisspellings(out, (word) => this.vocabulary.wordStanding(word)).slice(0, k);
  }

  /** A text the lexicon or the blocklist keeps out of what is proposed. */
  private blocked(text: string): boolean {
    return !!this.lexicon.get(text)?.blocked || (!!this.blocklist && isBlocked(text, this.blocklist));
  }

  /**
   * Whether each word the model wrote after those typed (a next-word guess: 김치 → 김치 명단) is one
   * the logged queries or names wrote with one of the words typed (`Lexicon.cooccurring`). The
   * model guesses the next word from little: over the held-out queries typed key by key, 63 of its
   * 2,188 guesses shown went on as the query does, and the rest read as noise (강아지 모로코, 맛집
   * 남편, 로또 당첨번호 어깨). Attested ones, 43 of 330. Held-out queries in the top 10 at 70% / half
   * typed 48.3 / 11.1 → 47.9 / 10.1%; unseen queries with a slip in the last word 76.9 → 78.7%, in
   * an earlier word 69.6 → 70.7%, the junk no longer crowding them out. With only the last word
   * typed as the pair's other half, 24 of 256, and 4 held-out queries lost at 70%.
   */
  private nextWordsAttested(typed: readonly string[]): (words: readonly string[]) => boolean {
    if (this.lmNextWords === 'any') return () => true;
    const partners = typed.map((w) => this.lexicon.cooccurring.get(w)).filter((m) => m !== undefined);
    return (words) => words.slice(typed.length).every((w) => partners.some((m) => m.has(w)));
  }

}

/**
 * The numbers typed are not the candidate's (2018 고1 → 2018 고2, 고등래퍼2 → 고등래퍼, 아이폰88 →
 * 아이폰8). A number is what a query is about (a season, a grade, a model, a year), and nothing in
 * the rest of it says which other one could be meant. Moving spaces around digits keeps them
 * (2018고13월 → 2018 고1 3월), and a digit between two Hangul syllables is no number but a slip that
 * may go (안녕2하세요 → 안녕하세요).
 */
function changesNumbers(typed: string, candidate: string): boolean {
  const digits = candidate.replace(/\D/gu, '');
  if (digits === typed.replace(/\D/gu, '')) return false;
  const withoutStray = typed.replace(/(?<=[가-힣])\d+(?=[가-힣])/gu, '');
  return digits !== withoutStray.replace(/\D/gu, '');
}

/**
 * True when a query of several words has only words the lexicon knows (신시아 닉슨): any correction
 * is then a real-word correction, which only context can justify, and a correctly spelled query
 * nobody has logged is likelier than a slip that happens to spell another word. With the LM's
 * weight tuned to 0.6, 신시아 닉슨 went to 신시아 넥슨 at a posterior over 0.99 without this.
 */
function realWordsOnly(identity: Hypothesis): boolean {
  return identity.prior.words.length > 1 && identity.prior.words.every((w) => w.entry !== undefined);
}

/**
 * Known words completing the last word typed (`texts`, each extending the prefix whose keystrokes
 * are `keys`), with their log-probabilities after it: best first, those under the per-key minimum
 * for known words left out. Throws, like any model error, when the model gave no log-probabilities.
 */
function knownWords(texts: readonly string[], logProbs: Float64Array, keys: string): Completion[] {
  const wrong = badLogProbs(logProbs, texts.length);
  if (wrong) throw new Error(wrong);
  return texts
    .map((text, i) => ({ text, logProb: logProbs[i]! }))
    .filter((w) => w.logProb / (toKeystrokes(w.text).length - keys.length + 1) >= LM_LIMITS.minLogProbPerKnownKey)
    .sort((a, b) => b.logProb - a.logProb);
}


/** What is wrong with a model's answer for `count` texts (not one log-probability each), if anything. */
function badLogProbs(logProbs: Float64Array, count: number): string | undefined {
  if (logProbs.length === count && logProbs.every((x) => x <= 0)) return undefined;
  return `the language model gave ${logProbs.length} scores for ${count} texts, or a score that is not a log-probability`;
}




/** Keystrokes a completion adds to the prefix's `keys` (one at least: the end marker counts then). */
function addedKeys(text: string, keys: string): number {
  return Math.max(1, toKeystrokes(text).length - keys.length);
}


/** How many punctuation marks and symbols a text has. */
function punctuationIn(text: string): number {
  return text.match(/[\p{P}\p{S}]/gu)?.length ?? 0;
}

/** How many compatibility jamo (keys the IME left standing alone) a text has. */
function jamoIn(text: string): number {
  return text.match(/[\u3131-\u3163]/gu)?.length ?? 0;
}
