import { PARTICLES, toKeystrokes } from '../hangul/index.js';
import type { Scorer } from '../rank/score.js';
import type { Candidate, QueryInput } from './candidate.js';
import { REPAIR_LIMITS, brokenWordRepairs, isBroken } from './repair.js';
import { MAX_COMPOUND_CHARS, MAX_PART_CHARS, NUMBER_PART, runEnds } from './compound.js';

/** Bounds that keep a query's cost independent of what the client sends. */
export const TYPO_LIMITS = {
  /** whole-query fuzzy lookup only up to this many keystrokes */
  maxWholeKeys: 60,
  /**
   * per-word correction for at most this many words (the rest are kept as typed): no logged or
   * dev-set query has more than 6, and each word searched costs ~0.25 ms even when it is short
   */
  maxWords: 8,
  /** fuzzy matches kept per lookup after a cheap prior-based cut */
  keepPerLookup: 80,
  /** per-word candidates carried into the beam */
  perWord: 6,
  /** beam width when combining per-word candidates */
  beam: 8,
  /** one-word changes (the rest of the query as typed) kept besides the beam */
  singleChanges: 12,
  /** unknown words up to this many characters are tried as compounds of known words */
  maxCompoundChars: MAX_COMPOUND_CHARS,
  /** fixes of the mistyped part tried per split point of a compound */
  compoundPerSplit: 5,
  /** mistyped parts of one compound looked up (each a one-edit lookup) */
  compoundLookups: 4,
  /** trie nodes one fuzzy lookup may visit (the k=3 lookup of a long query is cut here) */
  maxVisits: 25_000,
  /**
   * whole-query lookups at distance 2 or more only up to this many keystrokes (longer: per word).
   * A longer word typed alone is most often several typed without spaces, which no entry two or
   * three edits away stands for; those lookups were the dearest part of correcting one (a k=3 walk
   * of up to `maxVisits` nodes). At 16 rather than 30, on the unseen-query typos typed without
   * spaces, top-1 was the same (342 of 432, with the model's fixes of long words) and correction's
   * p99 in one process 4.9–5.0 → 3.7 ms; the one-word synthetic typos kept their top-1 (1,486 of
   * 1,567) (2026-12-05 06:45, benchmarks/RESULTS.md).
   */
  maxWideWholeKeys: 16,
  /** repairs of a broken word (see `brokenWordRepairs`) kept, best by prior and channel */
  repairsPerWord: 3,
  /**
   * trie nodes all of one query's lookups may visit together, in the order they run (the whole
   * query, then word by word): ~2.2 ms of walking (~44 ns a node on the AMD EPYC host, 50–80
   * before the trie was laid out breadth-first; short words near the root are the dearest). A query
   * of many unknown words, each searched two edits wide, otherwise cost ~1 ms a word (12 words of
   * random syllables: ~12 ms). The most any dev-set query used is 46,090 (a held-out query).
   */
  queryVisits: 50_000,
  /**
   * words of one query looked up two edits wide as possible misspelling habits (see
   * `typoCandidates`): a sentence of words people write (어떻게 습니다 있어요 영화를 …) would otherwise
   * widen every one of them (8 such words: 2.6 → 4.2 ms at p50, 7.6 → 13 ms at most)
   */
  habitWords: 1,
} as const;

/**
 * The edit bound for a keystroke string: none for one or two keys (anything is one edit from
 * them), 1 for short words, 2 for most, 3 for long queries.
 */
export function maxDistanceFor(keyCount: number): number {
  if (keyCount <= 2) return 0;
  if (keyCount <= 5) return 1;
  if (keyCount < 20) return 2;
  return 3;
}

export interface Scored {
  text: string;
  keys: string;
  score: number;
}

/**
 * Fuzzy lexicon matches of one keystroke string within distance k, best by a cheap prior cut
 * (unscored). Among the correction targets (`Lexicon.targets`), or with `rareToo` among every
 * one-word entry, the heaviest of each keystroke string as for the targets.
 */
function lookup(scorer: Scorer, keys: string, k: number, search: TypoSearch, rareToo = false): Scored[] {
  const lexicon = scorer.lexicon;
  const maxVisits = Math.min(TYPO_LIMITS.maxVisits, search.visitsLeft);
  if (maxVisits <= 0) return [];
  const spent = { visits: 0 };
  const trie = rareToo ? lexicon.trie : lexicon.targets;
  const matches = trie.fuzzy(keys, k, 5000, maxVisits, spent);
  search.visitsLeft -= spent.visits;
  // Cheap cut before the full channel alignment: popularity minus a flat cost per edit.
  const ranked = matches
    .filter((m) => m.distance > 0 && !lexicon.entries[m.id]!.blocked)
    .map((m) => ({ m, cheap: lexicon.logPrior(lexicon.entries[m.id]!) - 4 * m.distance }))
    .sort((a, b) => b.cheap - a.cheap);
  // Unscored here: whole-query matches are scored once by the engine, per-word ones by the beam.
  const out: Scored[] = [];
  for (const { m } of ranked) {
    if (out.length >= TYPO_LIMITS.keepPerLookup) break;
    const text = lexicon.entries[m.id]!.text;
    const textKeys = toKeystrokes(text);
    // Among every entry: one word, the heaviest of its keystrokes (as the targets are), checked on
    // the few kept rather than on every match.
    if (rareToo && (text.includes(' ') || trie.lookup(textKeys) !== m.id)) continue;
    out.push({ text, keys: textKeys, score: 0 });
  }
  return out;
}

/**
 * A word a dictionary (its standard forms too), an entity list, or queries have, unmarked as
 * misspelled. Not the engine's `vouchedSpelling`, for which running text at weight counts too.
 */
function vouchedBySource(scorer: Scorer, word: string): boolean {
  const flags = scorer.lexicon.get(word)?.flags ?? '';
  return !flags.includes('x') && (/[eqwsp]/u.test(flags) || scorer.lexicon.isStandard(word));
}

/** A known word: in the lexicon with at least the tuned known-word weight. */
export function isKnownWord(scorer: Scorer, word: string): boolean {
  return (scorer.lexicon.get(word)?.weight ?? 0) >= scorer.weights.knownWeight;
}

/** Per-word score of `text` for the typed keys: its prior (of `priorText`) plus the weighted channel. */
function wordScore(scorer: Scorer, typedKeys: string, textKeys: string, priorText: string): number {
  return scorer.wordPrior(priorText) + scorer.weights.channel * scorer.channelLogProb(typedKeys, textKeys);
}

/**
 * One-typo fixes of an unknown word written as a compound of known words (맥주추겢 → 맥주축제,
 * 주식거ㅐ → 주식거래, 18대대선투표듈 → 18대대선투표율): the word is known words as typed (of two or
 * more characters, or a final particle) before and after one part, and that part is one edit from
 * a known word. Scored as the words side by side. Each part tried is the shortest between a run of
 * known words from the start and one to the end, at most `compoundLookups` of them.
 */
export function compoundFixes(scorer: Scorer, word: string, keys: string, search: TypoSearch = new TypoSearch()): Scored[] {
  const chars = [...word];
  const n = chars.length;
  if (n < 3 || n > TYPO_LIMITS.maxCompoundChars) return [];
  // The same at every edit bound the engine widens to: read and looked up once a query.
  const cached = search.lists.get(`compound ${word}`);
  if (cached) return cached;
  const known = (from: number, to: number) => {
    const part = chars.slice(from, to).join('');
    // A number is what the query is about and is typed as meant (see `changesNumbers`).
    if (NUMBER_PART.test(part)) return true;
    return (to - from >= 2 || (to === n && PARTICLES.has(part))) && isKnownWord(scorer, part);
  };
  // fromStart[i]: the first i characters are known words; toEnd[j]: the rest from j is (read
  // backwards: position n - j of the reversed word).
  const fromStart = runEnds(n, known, MAX_PART_CHARS);
  const backwards = runEnds(n, (from, to) => known(n - to, n - from), MAX_PART_CHARS);
  const toEnd = backwards.map((_, j) => backwards[n - j]!);
  // Known words as typed throughout: a compound spelled right (뉴진스하니), nothing to fix.
  if (fromStart[n]) return [];
  const parts: [number, number][] = [];
  const addPart = (i: number, j: number) => {
    if (!(i === 0 && j === n) && j - i <= MAX_PART_CHARS && !parts.some(([a, b]) => a === i && b === j)) parts.push([i, j]);
  };
  for (let i = 0; i < n; i++) {
    if (!fromStart[i]) continue;
    let j = i + 2;
    while (j <= n && !toEnd[j]) j++;
    if (j <= n) addPart(i, j);
  }
  for (let j = n; j > 0; j--) {
    if (!toEnd[j]) continue;
    let i = j - 2;
    while (i >= 0 && !fromStart[i]) i--;
    if (i >= 0) addPart(i, j);
  }
  parts.sort((a, b) => a[1] - a[0] - (b[1] - b[0]));
  const out: Scored[] = [];
  for (const [i, j] of parts.slice(0, TYPO_LIMITS.compoundLookups)) {
    const before = chars.slice(0, i).join('');
    const after = chars.slice(j).join('');
    const loose = toKeystrokes(chars.slice(i, j).join(''));
    for (const alt of lookup(scorer, loose, 1, search).slice(0, TYPO_LIMITS.compoundPerSplit)) {
      if (alt.text.includes(' ')) continue;
      const text = before + alt.text + after;
      const textKeys = toKeystrokes(text);
      out.push({ text, keys: textKeys, score: wordScore(scorer, keys, textKeys, [before, alt.text, after].filter(Boolean).join(' ')) });
    }
  }
  search.lists.set(`compound ${word}`, out);
  return out;
}

/**
 * The best one-keystroke repairs of a word the IME could not compose (문가ㅗㅇ저수지 → 문광저수지),
 * known to the lexicon or not, by prior and channel. A new word's prior here is the spelling
 * model's whole log-probability, not the damped one that weighs a word as typed: a slip could have
 * broken any of a dozen new strings, and with the damped prior they outranked the known word the
 * slip most likely broke (캐피 and 키피 over 커피, 각국수 over 막국수). On the unseen-query typos:
 * top-5 90.7% → 92.1%, top-1 83.8% → 84.0% (76.2% → 76.9% without the LM).
 */
function repairs(scorer: Scorer, word: string, keys: string, search: TypoSearch): Scored[] {
  const cached = search.lists.get(`repair ${word}`);
  if (cached) return cached;
  const best = brokenWordRepairs(word)
    .map((text) => {
      const textKeys = toKeystrokes(text);
      const prior = scorer.lexicon.get(text) ? scorer.wordPrior(text) : scorer.weights.novelLogProb + scorer.spelling.wordLogProb(text);
      return { text, keys: textKeys, score: prior + scorer.weights.channel * scorer.channelLogProb(keys, textKeys) };
    })
    .sort((a, b) => b.score - a.score)
    .slice(0, TYPO_LIMITS.repairsPerWord);
  search.lists.set(`repair ${word}`, best);
  return best;
}

/**
 * One query's typo search, across the engine's widening steps: its per-word candidate lists by
 * edit bound and word (the engine widens the bound step by step and calls `typoCandidates` at each;
 * a word's list at a bound is the same at every step, so it is built once), and the trie visits
 * left to its lookups (`TYPO_LIMITS.queryVisits`).
 */
export class TypoSearch {
  readonly lists = new Map<string, Scored[]>();
  visitsLeft: number;

  constructor(visits: number = TYPO_LIMITS.queryVisits) {
    this.visitsLeft = visits;
  }
}

/**
 * One word's list: the word as typed, then its best alternatives within `k` edits, and its repairs
 * if it is broken and `repair` allows (see `REPAIR_LIMITS.maxBrokenWords`). With `inContext` (a
 * word of a longer query), an unknown word's one-edit alternatives include rare words: the words
 * beside it let the language model judge a word the prior alone would never pick (고경표 막굿수 →
 * 막국수, an entity and dictionary word below `TARGET_WEIGHT`). On the unseen-query typos: top-1
 * 87.3% → 88.2% (81.3% → 81.9% without the LM); held-out queries offered a correction stayed at
 * 3.8%. For a one-word query it changed no dev-set figure and offered 3 more of 3,000 made-up
 * names a correction, so only in context.
 */
function wordList(scorer: Scorer, word: string, k: number, search: TypoSearch, repair = false, inContext = false): Scored[] {
  const rareToo = inContext && k === 1 && !scorer.lexicon.get(word);
  const listKey = `${k} ${repair ? 'r' : '-'}${rareToo ? '+' : ''} ${word}`;
  const cached = search.lists.get(listKey);
  if (cached) return cached;
  const keys = toKeystrokes(word);
  const self: Scored = { text: word, keys, score: wordScore(scorer, keys, keys, word) };
  const alternatives = k > 0 ? lookup(scorer, keys, k, search, rareToo) : [];
  for (const a of alternatives) a.score = wordScore(scorer, keys, a.keys, a.text);
  if (k > 0 && !scorer.lexicon.get(word)) alternatives.push(...compoundFixes(scorer, word, keys, search));
  if (k > 0 && repair) alternatives.push(...repairs(scorer, word, keys, search));
  alternatives.sort((a, b) => b.score - a.score);
  const list = [self, ...alternatives.slice(0, TYPO_LIMITS.perWord)];
  search.lists.set(listKey, list);
  return list;
}

/**
 * Keystroke-typo candidates: fuzzy matches of the whole query, and for multi-word queries the
 * best combinations of per-word matches (a beam, never the cartesian product); `wholeOnly` skips
 * the per-word search (for known queries, whose alternatives are only informative).
 * @example typoCandidates(scorer, input('아이혼'), 1) // [{ text: '아이폰', kinds: ['typo'] }, …]
 */
export function typoCandidates(scorer: Scorer, input: QueryInput, k: number, wholeOnly = false, search: TypoSearch = new TypoSearch()): Candidate[] {
  const out: Candidate[] = [];
  // Wide whole-query lookups only for one-word queries: with several words, the per-word beam
  // below finds in-word typos at a fraction of the cost, and respacing handles the spaces.
  const multiWord = input.normalized.includes(' ');
  const wholeLimit = k >= 2 ? (multiWord ? 0 : TYPO_LIMITS.maxWideWholeKeys) : TYPO_LIMITS.maxWholeKeys;
  if (k > 0 && input.keys.length <= wholeLimit) {
    for (const s of lookup(scorer, input.keys, k, search)) out.push({ text: s.text, kinds: ['typo'] });
  }
  const words = input.normalized.split(' ');
  if (wholeOnly) return out;
  if (words.length < 2) {
    // An unknown word with nothing one edit away, typed as a compound of known words with a slip in
    // one part (부산맛칩 → 부산맛집, 아이폰가걱 → 아이폰가격): people leave out spaces, mostly on
    // phones. Only then: where a whole word is one edit away, the compounds crowded it (synthetic
    // typos top-1 96.0% → 95.8% when always added).
    if (k === 1 && out.length === 0 && !scorer.lexicon.get(input.normalized)) {
      for (const f of compoundFixes(scorer, input.normalized, input.keys, search)) out.push({ text: f.text, kinds: ['typo'] });
    }
    // A broken word alone (스틸ㄲ하트클럽) with nothing known near it, even at the widest bound: a
    // new name, whose repairs the spelling model ranks. Only then: where the lexicon has a fix,
    // repairs (a dozen new strings, each with a new word's prior) mostly crowd it out, and there is
    // no context for the language model to judge them by.
    if (k === maxDistanceFor(input.keys.length) && out.length === 0) {
      for (const r of repairs(scorer, input.normalized, input.keys, search)) out.push({ text: r.text, kinds: ['typo'] });
    }
    return out;
  }

  // Broken words that get repairs: the first few (a query full of stray jamo is not a slip).
  const repairable = new Set(
    words
      .map((word, i) => (i < TYPO_LIMITS.maxWords && isBroken(word) ? i : -1))
      .filter((i) => i >= 0)
      .slice(0, REPAIR_LIMITS.maxBrokenWords),
  );
  // Per-word lists: the word as typed first, then its best fuzzy matches.
  let habits = 0;
  const lists: readonly Scored[][] = words.map((word, i) => {
    if (i >= TYPO_LIMITS.maxWords) return wordList(scorer, word, 0, search);
    const keys = toKeystrokes(word);
    // A known word is searched one edit wide only: real-word errors are rare, and the wider
    // lookups are where the time goes. Not a word people write that no dictionary, entity list or
    // query stands behind: it may be a misspelling habit two keys from the standard word (웬지 for
    // 왠지, 왠만하면 for 웬만하면).
    const habit = habits < TYPO_LIMITS.habitWords && !!scorer.lexicon.get(word) && !vouchedBySource(scorer, word);
    if (habit) habits++;
    const wk = Math.min(k, maxDistanceFor(keys.length), isKnownWord(scorer, word) && !habit ? 1 : 2);
    if (wk < 2) return wordList(scorer, word, wk, search, repairable.has(i), true);
    // Two edits only for a word with nothing one edit away (먓칩 → 맛집), or such a habit: one typo
    // per word is the rule in longer queries, and the two-edit lookup costs ten times the one-edit
    // one (~1.2 ms). On the dev sets this lost no pair and won 2 of the unseen-query typos (their
    // near fix was no longer crowded out).
    const near = wordList(scorer, word, 1, search, repairable.has(i), true);
    return near.length > 1 && !habit ? near : wordList(scorer, word, 2, search, repairable.has(i));
  });

  // Each beam entry points back to the one it extends rather than copying its words: the texts are
  // spelled out only for the few that survive to the end.
  type Entry = { readonly before: Entry | undefined; readonly text: string; readonly score: number };
  let beam: (Entry | undefined)[] = [undefined];
  for (const list of lists) {
    const next: Entry[] = [];
    for (const b of beam) for (const w of list) next.push({ before: b, text: w.text, score: (b?.score ?? 0) + w.score });
    next.sort((a, b) => b.score - a.score);
    beam = next.slice(0, TYPO_LIMITS.beam);
  }
  const wordsOf = (e: Entry | undefined): string[] => {
    const texts: string[] = [];
    for (; e; e = e.before) texts.push(e.text);
    return texts.reverse();
  };
  const seen = new Set<string>([input.normalized, ...out.map((c) => c.text)]);
  const push = (text: string): void => {
    if (seen.has(text)) return;
    seen.add(text);
    out.push({ text, kinds: ['typo'] });
  };
  for (const b of beam) push(wordsOf(b).join(' '));
  // The beam ranks words by popularity alone, so it fills up with variants of the commonest
  // rewrite (김하성 → 김혜성 with every spelling of the next word). Most typos are in one word, so
  // the best one-word changes also go forward, for the full channel and the LM to judge in context.
  const single: { i: number; alt: Scored; gain: number }[] = [];
  lists.forEach((list, i) => {
    for (const alt of list.slice(1)) single.push({ i, alt, gain: alt.score - list[0]!.score });
  });
  // Each word's best change goes first, then the best of the rest: two words with many popular
  // neighbours (아임 쏘리) otherwise took every place, and the slip in a third (가남구 → 강남구) was
  // never judged.
  single.sort((a, b) => b.gain - a.gain);
  const firsts: typeof single = [];
  const rest: typeof single = [];
  const changed = new Set<number>();
  for (const s of single) {
    (changed.has(s.i) ? rest : firsts).push(s);
    changed.add(s.i);
  }
  for (const { i, alt } of [...firsts, ...rest].slice(0, Math.max(TYPO_LIMITS.singleChanges, firsts.length))) {
    push(words.map((w, j) => (j === i ? alt.text : w)).join(' '));
  }
  return out;
}
