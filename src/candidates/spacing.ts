import { toKeystrokes } from '../hangul/index.js';
import { KNOWN_WEIGHT, type Lexicon } from '../lexicon/index.js';
import type { Candidate, QueryInput } from './candidate.js';

/** Bounds for respacing: a query is at most this many characters once spaces are removed. */
export const SPACING_LIMITS = { maxChars: 40, maxWordChars: 12, maxSpaces: 10 } as const;

/**
 * Respacings of a query: spaces removed (아이 폰 → 아이폰), one space removed at a time (each only
 * when the joined form is a more popular entry than its parts), and the best
 * segmentation of the space-free text into lexicon words (서울맛집추천 → 서울 맛집 추천), by a
 * Viterbi search over word priors. Whether a respacing wins is the ranker's call.
 */
export function spacingCandidates(lexicon: Lexicon, input: QueryInput): Candidate[] {
  const text = input.normalized;
  const squashed = text.replaceAll(' ', '');
  const chars = [...squashed];
  if (chars.length < 2 || chars.length > SPACING_LIMITS.maxChars) return [];
  const out = new Set<string>();
  const words = text.split(' ');
  // Joining words is offered only when the joined form is a lexicon entry more popular than every
  // word it joins (아이 폰 → 아이폰), never for a rare title that happens to exist (끝까지간다).
  // Joining three words or more, a word of one syllable does not count (아 이 폰 → 아이폰: 이 is
  // commoner than any entry); the join must still be known. Two such words side by side are
  // common Korean (쓸 때, 한 번) and keep the rule.
  const weight = (t: string) => lexicon.get(t)?.weight ?? 0;
  const joins = (joined: string, parts: string[]) => {
    if (parts.length < 3) return weight(joined) > Math.max(...parts.map(weight));
    return weight(joined) > Math.max(KNOWN_WEIGHT, ...parts.filter((p) => [...p].length > 1).map(weight));
  };
  // Entries that are the same keys in another spacing (그것이알고싶다 → 그것이 알고싶다): the
  // completion trie is keyed without spaces, so they all sit at one node.
  for (const id of lexicon.completion.entriesAt(lexicon.completion.find(toKeystrokes(squashed)))) {
    const entry = lexicon.entries[id]!;
    if (entry.text === text || entry.blocked) continue;
    if (words.length === 1 || joins(entry.text, words)) out.add(entry.text);
  }
  if (words.length > 1) {
    if (joins(squashed, words)) out.add(squashed);
    if (words.length <= SPACING_LIMITS.maxSpaces + 1) {
      for (let i = 1; i < words.length; i++) {
        const pair = [words[i - 1]!, words[i]!];
        if (joins(pair.join(''), pair)) out.add([...words.slice(0, i - 1), pair.join(''), ...words.slice(i + 1)].join(' '));
      }
    }
  }
  // Segment Hangul only: Latin strings split into single letters, which are all "words".
  const segmented = /^[가-힣0-9]+$/u.test(squashed) && !lexicon.get(squashed) ? segment(lexicon, chars) : undefined;
  if (segmented) out.add(segmented);
  out.delete(text);
  return [...out].map((t) => ({ text: t, kinds: ['spacing'] }));
}

/**
 * The most probable split of the characters into known words (sum of word log priors, with a
 * fixed cost per word so fewer, longer words win ties), or undefined when no split covers them.
 * O(length × maxWordChars) trie lookups.
 */
function segment(lexicon: Lexicon, chars: string[]): string | undefined {
  const n = chars.length;
  const best = new Float64Array(n + 1).fill(-Infinity);
  const from = new Int32Array(n + 1).fill(-1);
  best[0] = 0;
  const WORD_COST = 3;
  for (let i = 0; i < n; i++) {
    if (best[i] === -Infinity) continue;
    // Walk the trie along the characters so each extension costs one step, not a fresh lookup.
    let node = 0;
    for (let j = i; j < n && j - i < SPACING_LIMITS.maxWordChars; j++) {
      node = lexicon.trie.descend(node, toKeystrokes(chars[j]!));
      if (node < 0) break;
      const id = lexicon.trie.entryAt(node);
      if (id < 0) continue;
      const entry = lexicon.entries[id]!;
      if (entry.flags.includes('x')) continue;
      const score = best[i]! + lexicon.wordLogPrior(entry) - WORD_COST;
      if (score > best[j + 1]!) {
        best[j + 1] = score;
        from[j + 1] = i;
      }
    }
  }
  if (best[n] === -Infinity) return undefined;
  const words: string[] = [];
  for (let j = n; j > 0; j = from[j]!) words.unshift(chars.slice(from[j]!, j).join(''));
  return words.length > 1 ? words.join(' ') : undefined;
}

/**
 * `candidate` is `typed` with some of its spaces removed and none added: each of its words is a run
 * of typed words written together (서울 날씨 → 서울날씨, not 친애하는판사님께 → 친애하는 판사님께).
 * @example joinsWordsOf('서울 날씨 예보', '서울날씨 예보') // true; joinsWordsOf('서울날씨', '서울 날씨') // false
 */
export function joinsWordsOf(typed: string, candidate: string): boolean {
  // A join leaves the same characters and fewer spaces: a shorter text.
  if (candidate.length >= typed.length) return false;
  const typedWords = typed.split(' ');
  const words = candidate.split(' ');
  if (words.length >= typedWords.length) return false;
  let at = 0;
  for (const word of words) {
    let run = '';
    while (at < typedWords.length && run.length < word.length) run += typedWords[at++];
    if (run !== word) return false;
  }
  return at === typedWords.length;
}

/**
 * A text with its spaces left out: the key under which two spacings of one query are the same.
 * @example unspaced('서울 맛집') // '서울맛집'
 */
export function unspaced(text: string): string {
  return text.replaceAll(' ', '');
}

/** Where a text has its spaces: after how many of its other characters, each. */
function spaceOffsets(text: string): Set<number> {
  const offsets = new Set<number>();
  let at = 0;
  for (const ch of text) {
    if (ch === ' ') offsets.add(at);
    else at++;
  }
  return offsets;
}

/**
 * A test for texts that keep every space typed in `typed` (spaces they add are no matter).
 * @example keepsSpacesOf('오늘 날')('오늘 날씨') // true; keepsSpacesOf('오늘 날')('오늘날') // false
 */
export function keepsSpacesOf(typed: string): (text: string) => boolean {
  const typedSpaces = spaceOffsets(typed);
  return (text) => {
    if (typedSpaces.size === 0) return true;
    const spaces = spaceOffsets(text);
    for (const at of typedSpaces) if (!spaces.has(at)) return false;
    return true;
  };
}

/**
 * For a text typed, a test of another text: at how many places within the characters typed the
 * other has a space where the typed has none, or none where it has one (영화 추ㅊ: 영화 추천 0,
 * 영화추천 1). Characters are counted without spaces, a half-typed syllable as one.
 * @example spacingMismatch('영화 추ㅊ')('영화추천') // 1
 */
export function spacingMismatch(typed: string): (text: string) => number {
  const typedSpaces = spaceOffsets(typed);
  const span = [...unspaced(typed)].length;
  return (text) => {
    const spaces = spaceOffsets(text);
    let off = 0;
    for (let at = 1; at < span; at++) if (spaces.has(at) !== typedSpaces.has(at)) off++;
    return off;
  };
}
