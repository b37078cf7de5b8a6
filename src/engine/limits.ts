/**
 * How the engine uses the language model on the request path: what it asks the model, how much a
 * request may spend on it, and the thresholds its answers must pass. Each value carries what was
 * measured when it was chosen (benchmarks/RESULTS.md has the runs).
 */

/** Bounds and settings of language-model use on the request path. */
export const LM_LIMITS = {
  /**
   * candidates (plus "as typed") rescored by the LM per correction. The batch's cost grows with its
   * size (p99 3.0 ms for 9 texts, 1.9 ms for 5 on unseen-query typos), but with 4 the tuned LM
   * weight fell to 0.2 and the gain on unseen-query typos from +4.2 to +3.0 points
   */
  rerank: 8,
  /**
   * most keys one rescoring batch may hold (texts × the longest, markers included), though never
   * fewer than two texts. A batch costs about 8 µs a key on this machine, so this bounds the LM's
   * share of a correction at ~1.3 ms up to 78-key queries (and at two texts of at most 400 keys);
   * it cuts only queries over 15 keys, and on the dev sets top-1 was the same with any budget from
   * 160 up (100 lost 3 pairs)
   */
  batchKeys: 160,
  /**
   * hypotheses more than this far (in log score) behind the leader are not rescored: with LM weight
   * λ they would need a lead of 8/λ nats in LM log-probability (20 at λ = 0.4). On the dev sets top-1
   * was the same with 7, 10, 15 or no margin (4 lost 3 pairs), and 7 halves the LM calls.
   */
  margin: 8,
  /**
   * beam width, added keystrokes and most completions of LM completion; beam 6 and 10 completions
   * rather than 4 and 5 took held-out success@10 from 1.7% to 2.4% at half the keys typed and from
   * 13.2% to 14.9% at 70% (beam 8: 2.1% and 16.3%). Each added key is one model run (~0.13 ms),
   * so `maxLen` bounds the search's time: 12 rather than 14 found the same held-out queries. Beam 7
   * (2026-12-03, late, chosen on the tuning half of the held-out queries, unbudgeted): at 70% typed
   * 36 → 39 of 132 there and 32 → 33 of 156 on the other half, half typed the same on both; 8 and
   * 10 found more at 70% (40, 41) but lost one at half typed. A row costs ~5 µs a step.
   */
  beam: 7,
  maxLen: 12,
  generate: 10,
  /**
   * LM completion runs only when the lexicon has fewer good exact-prefix matches than this: the long
   * tail it is for. A beam search costs ~2-3 ms on this machine, so running it for every prefix
   * short of n matches would spend the keystroke latency budget on most requests: 3 took held-out
   * queries in the top 10 at 70% typed from 25.7% to 30.6%, but the median keystroke of a new
   * query from 0.28 to 1.45 ms and suggest's p99 to the 3 ms target (2026-12-04 18:39–18:50,
   * benchmarks/RESULTS.md). `EngineParts.lmBelowExact` (BARO_LM_BELOW_EXACT) sets it per engine.
   */
  belowExact: 1,
  /**
   * It also runs where the list, before it, is shorter than this, whatever the matches weigh: a
   * search box shows a few guesses rather than one line (로또당ㅊ showed 로또당첨번호조회 alone).
   * Held-out queries in the top 10 at half / 70% typed 12.2 / 49.3 → 13.2 / 51.0% (50.7% at 70%
   * under the service's budgets); the model's next-word guesses shown 332 → 420, right 43 → 57;
   * unseen queries typed in the English layout, at 70%, 48.6 → 50.4%. The price is
   * CPU: the median keystroke of a new query typed takes 0.20 → 0.71 ms in process, and uncached
   * suggest serves about a third as many requests a second. At 5: 13.5 / 51.4% unbudgeted, and p99
   * while typing 2.23 → 2.58 ms (2026-12-06, benchmarks/RESULTS.md). `EngineParts.lmShortList`
   * (BARO_LM_SHORT_LIST; 0 turns it off) sets it per engine.
   */
  shortList: 3,
  /**
   * The completion budget, from the call's start, of a search run for a short list alone (the
   * lexicon has a good match): logged prefixes' p99 in process 2.13 → 1.42 ms against the full
   * budget, held-out queries at 70% typed 51.0 → 50.7%; at 0.6 ms, 1.22 ms and half typed 13.2 → 12.8%.
   */
  shortListBudgetMs: 1,
  /**
   * An exact-prefix match counts toward `belowExact` only with at least this popularity weight: a
   * logged query, a word of one, or a word of running text at 1 per million tokens or more
   * (data/README.md, Weight). Entries only dictionaries and entity lists know (0.05 a list) are
   * not what a person typing a new query means, and they kept the LM from running for it: held-out
   * queries in the top 10 at 70% typed went from 22.0% to 27.3% on the tuning half (any weight
   * from 1 to 100 gave the same) and from 19.2% to 21.2% on the other; no logged prefix of the
   * autocomplete set (14,138) has only weaker matches, so none runs the LM for it.
   */
  goodMatchWeight: 1,
  /**
   * An LM completion's score on the lexicon's scale (the log of a popularity share): its
   * log-probability given the prefix plus this. With it, LM completions compete with the lexicon's
   * one-typo and infix matches (see `withGenerated`) instead of following them all: held-out
   * queries in the top 10 after 70% of their keys, on the half `isTuningHalf` picks, went from
   * 16.7% to 22.0% (−12 to −16 gave the same; from 0 to −6 LM completions crowded out the typo
   * matches a mistyped prefix needs: typo-tolerant completion fell from 86% to 8–40%, and it was
   * 86.0% from −13 down). On the other half 15.4% → 19.2%. One-off script, 2026-12-03.
   */
  completionScoreOffset: -14,
  /**
   * LM completions that run the last word typed on must be no more than this many nats less likely
   * than the word ending as typed (the search's own completion of no keys: the end marker or a
   * space after the prefix): a query typed whole is finished, and what the model writes on from it
   * (뉴진스하니 → 뉴진스하니다, 끓이는법 → 끓이는법적, 경수진 → 경수진영) is a word nobody wrote.
   * Next-word guesses have limits of their own. Held-out queries typed whole, the model's lines
   * running the last word on: 712 on 139 of 288 queries (89 with one first) → 218 on 86 (60 first;
   * 315 lines at 4 nats, 187 at 2.5); unseen queries typed out with a slip in the last word 79.3 →
   * 81.7% in the top 10; held-out queries at 70% typed 51.0 → 50.3% (노회찬사 for 노회찬사망: a
   * syllable that may end a word; 50.7% at 4). 2026-12-06, `npm run bench:quality`.
   */
  belowStop: 3,
  /** LM completions need at least this average log-probability per added keystroke (nats) */
  minLogProbPerKey: -2.2,
  /**
   * the same for a completion with a word after the one being typed, which the model writes whole
   * (로또 당첨번호 → 로또 당첨번호 어깨): it guesses the next word from little, and most such guesses
   * are noise
   */
  minLogProbPerKeyNextWord: -0.9,
  /**
   * and in all (nats, from what was typed): a word once begun is cheap key by key (명단 after 김치␣,
   * 별세 after 강남␣ at −0.5 a key), so the average lets through guesses the model gives a few
   * percent in all. Over the held-out queries typed key by key the model's next-word guesses shown
   * were 3,210, of which 66 went on as the query does; at −6, 2,210 and 63 (`npm run
   * bench:quality`, 2026-12-05 14:10). Held-out success@10 at half and 70% typed was the same at
   * −6 and −8 (5.6 / 30.9%) and fell at −5 (4.9 / 30.6%); unseen queries with a slip in an
   * earlier word came back 69.2 → 69.6% at −6, the junk no longer crowding them out.
   */
  minLogProbNextWord: -6,
  /**
   * the same for a known word completing the last one typed, per key the model predicts, the end of
   * the word counted as one: the lexicon vouches for its spelling, so the model only has to find it
   * plausible here (화곡동 어린잊 → 화곡동 어린이집 is -1.5 a key). The end counts because the
   * score includes it: a word one key from done was judged by that key and the end together, and
   * 부산 해운ㄷ lost 부산 해운대 (-4.0 for ㅐ and the end). Measured 2026-12-04 09:20
   * (benchmarks/RESULTS.md).
   */
  minLogProbPerKnownKey: -2.5,
  /** LM completions only for prefixes of at least this many keystrokes */
  minPrefixKeys: 4,
  /**
   * keys of the word being typed below which a word the model finishes it into must be one the
   * lexicon or the dictionary vouches for (see `newWordFromFewKeys`, engine/completion-tests.ts)
   */
  newWordMinKeys: 4,
  /**
   * The longest query (in keystrokes) the LM rescores or completes. A model run costs one step per
   * key of its longest text, whatever the batch: two texts of 100 characters took ~4 ms to
   * score, and reading a pasted 100-syllable prefix ~6 ms, before the completion budget could stop
   * anything. No logged, held-out or mistyped dev query is longer than 47 keys.
   */
  maxKeys: 64,
  /**
   * The model's own fixes of unknown words (`Engine.wordFixEdits`): words of a query whose slips it
   * weighs, fixes per word it scores (the best by the spelling model: 4, 6, 12 and 24 gave the same
   * top-1 on the dev sets, 1 to 3 less), and most keys that run may hold (texts × the longest)
   */
  fixWords: 2,
  /**
   * unknown words whose fixes are built at most (~8 a key, each composed: up to ~0.5 ms for a word
   * of 16 keys), whether or not the spelling gate lets any through
   */
  fixWordsTried: 4,
  fixesScored: 4,
  fixBatchKeys: 240,
  /**
   * a fix is scored only when the spelling model finds it this much (nats) likelier than the word
   * typed: a slip mostly leaves a rare syllable (졍, 쵀, 댸), while a new name spelled right has
   * fixes no likelier than itself. At 6 the model runs for fixes of 4 of the 288 correctly typed
   * held-out queries (139 at 0) and 203 of the 432 unseen-query typos (342), with top-1 on the
   * tuning half of the typo sets 91.10 / 91.10 / 91.10 / **91.17** / 91.02 / 91.02% at none / 0 /
   * 2 / 4 / 6 / 8 / 10
   */
  fixSpellingGain: 6,
  /**
   * a fix is proposed only when the LM prefers it by this much (nats) to both the query as typed
   * and the ranker's choice so far. The model's preferences among new strings are noisy below that
   * (나이스 반배정 → 만재정 by 3.9, 아이아이 불장난 → 졸장난 by 3.3), while the names the query logs
   * taught it lead by 11–21 (채해병, 싱어게인4). Chosen on the tuning half of the typo sets (before
   * the spelling-model gate, with missed keys among the fixes): every set's top-1 there 90.25 /
   * 90.71 / 90.79 / **91.10** / 90.94% at 2 / 4 / 6 / 8 / none
   */
  fixMargin: 8,
  /**
   * `fixMargin` for completion's fix of a word typed out that is the lexicon's nearest known word
   * (`Engine.lexiconFixTexts`: 워너웤 → 워너원 by 7.3 nats, 한섐 → 한샘 by 7.3, 샤이디 → 샤이니 by
   * 7.5): the lexicon vouches for the word, where the model's own fixes are strings it merely finds
   * likelier. Unseen queries typed out with a mistyped earlier word, query meant first, on the
   * tuning half / the other: 79 / 100 at 8, 81 / 103 at 6, 84 / 109 at 4, 84 / 110 at 3, 85 / 110
   * at 2, 86 / 112 at 0; keystrokes of queries typed right given such a "fix" (of 29,501): none down
   * to 3, 7 at 2 and at 0. Nothing else in `npm run bench:quality` moved (2026-12-06 06:55–07:01).
   */
  lexiconFixMargin: 4,
  /** proposals kept per word, best by the LM */
  fixesKept: 2,
  /**
   * `fixMargin` for completion's fix of words typed without spaces (`Engine.fixTypedOut`), which
   * end in a word cut short: at 8, 11 keystrokes of 5 held-out queries typed so got completions of
   * a "fixed" text (류필립미나수지 → 류필립민수지); at 10, 12 and 14 none, and of the unseen queries
   * typed out so with a mistyped last word 107, 104 and 103 of 169 came back (108 at 8, 100 without)
   * (2026-12-05 07:25)
   */
  joinedFixMargin: 10,
  /**
   * the lexicon's one-keystroke matches of an unknown word typed out that completion puts to the
   * model (`Engine.lexiconFixTexts`): of the unseen queries typed out with a slip in an earlier
   * word, 39.9% came back among the suggestions without them, 48.3% with 1, 48.7% with 2 or 3; no
   * keystroke of 29,501 typed right got a "fix" with 1 or 2 (2026-12-05 07:45)
   */
  lexiconFixesScored: 1,
  /**
   * unknown words typed out whose fixes completion builds (`Engine.fixTypedOut`), against
   * correction's `fixWordsTried`: building them is the dearest part of a keystroke there (~0.35 ms a
   * word of 15 keys). Four unknown words typed out and a fifth begun (random syllables, 400
   * requests): suggest p99 6.8 ms at 4, 4.6 at 2, 4.1 at 1 (3.1 without the weighing); the unseen
   * queries with a slip before the last word came back 48.3 / 48.3 / 46.8% (2026-12-05 08:15)
   */
  typedOutWordsTried: 2,
  /**
   * characters of a long word (several typed without spaces) whose slips are undone (see
   * `Engine.slipFocus`): on the unseen-query typos typed so, top-1 78.2 / 79.2 / 79.2 / 79.2% at
   * 1 / 2 / 3 / 4 (2026-12-05 06:40)
   */
  fixFocusChars: 2,
  /**
   * A query of one word this many characters or longer gets the model's own fixes as a query of
   * several words does: it is most often several words typed without spaces. On the unseen-query
   * typos typed so, top-1 75.0% → 79.2% (top-5 83.6% → 88.2%), from 2 up to 6 characters alike
   * (78.9% at 8, or over 16 keys); no other figure of bench:quality moved, false corrections of
   * held-out queries included, even at 2 (2026-12-05 06:40). At 6 the model runs least for words
   * typed alone at those figures: 61 more runs over the 2,000 synthetic typos, 186 at 5.
   */
  fixOneWordChars: 6,
  /** syllables of a last word typed whole that is taken for a known word of as many mistyped (`lastWordMistypedWhole`, engine/completion-tests.ts) */
  slipWordChars: 4,
  /** known words completing the last word typed, weighed by the LM in its search's own runs (or before it, ~0.3 ms) */
  lastWords: 4,
  /** words the logged queries wrote with the words before, weighed the same way (`contextCompletions`) */
  contextWords: 3,
  /**
   * A suggest call's budget (ms, from its start) for LM completion: past it the beam search takes
   * no further step and the completions finished so far are shown. A completion takes ~1.9 ms at
   * p50 and ~2.2 ms at p95 on this machine, but a busy moment (another request, garbage collection,
   * the host) can double it; the guard keeps that from becoming keystroke latency, at the price of
   * fewer LM completions for that keystroke. On the half-typed held-out queries, 2.6 ms stopped 6
   * of 273 searches and changed no success@10; 2.4 stopped 11-25 and lost one query at 70% typed;
   * the slowest call went from ~4.1 ms to ~3.0 (2.6) and ~2.8 (2.4). 2.5 stopped 5-23 of 269 over
   * three runs and lost one query at half typed in the busiest. A search past the budget still
   * finishes three completions first (see `CompleteOptions.deadline`), within
   * `completionOverrunMs`. 2.0 since 2026-12-05: over HTTP the searches run slower than in one
   * process, and the server's p99 on half-typed queries sat at the budget (2.9-3.0 ms at 2.5,
   * 2.3-2.5 at 2.0), leaving the client's 3 ms no room; offline, 2.0 stopped 103 of 296 searches
   * and changed no success@10 (31.3% at 70% typed). 1.5 since 2026-12-06: on a host where the
   * model's runs cost twice as much (Intel Xeon; scoring 16 texts 1.9 ms at p50), the server's p99
   * on half-typed queries was 3.13–3.69 ms at 2.0 and 2.19–2.76 at 1.5 (`npm run bench:http`), and
   * held-out success@10 under the budget, at half / 70% typed, 12.2–12.5 / 48.6–49.3% at 2.0 and
   * 12.2 / 47.6% at 1.5 (and at 1.75); there most searches stop at the budget either way (352 of
   * 378 on the half-typed row at 1.5).
   */
  completionBudgetMs: 1.5,
  /**
   * How far past `completionBudgetMs` a search may run to finish the completions it owes the
   * keystroke (`CompleteOptions.hardDeadline`); a search for a short list alone has none. On a
   * host (Intel Xeon × 2) slower per model run than others (scoring 16 texts 1.9 ms at p50), a
   * search past its budget ran on for up to 12 more steps until it had finished its three,
   * and reading the texts it scores alongside to their ends after that: suggest's p99 in process
   * was 2.84 ms on logged prefixes and 3.46 on half-typed held-out queries (`npm run bench`). With
   * no time past the budget for a short list alone and 0.2 ms otherwise, 2.16–2.25 ms on logged
   * prefixes; held-out success@10 under the service's budgets was the same within a query (half /
   * 70% typed 12.2 / 48.6% before, 12.5 / 49.0% at 0.2 ms, 12.2 / 49.3% at 0.5 ms; 2026-12-06
   * 04:00–04:15 UTC, `npm run bench:quality -- --service-budget`).
   */
  completionOverrunMs: 0.2,
  /**
   * LM states of recent prefixes kept (about 1.4 KB each): a front end asks on every keystroke, so
   * the next prefix usually extends one of them by a key and only that key is read.
   */
  prefixStates: 1024,
  /** how many keys back a kept state may be and still be extended (a paste adds several) */
  prefixLookback: 4,
  /**
   * words whose standing in the lexicon is kept (see `WordKnowledge`): the filters of generated
   * completions ask about the same words for every completion and every keystroke
   */
  wordFacts: 4096,
} as const;
