import { toKeystrokes } from '../hangul/index.js';
import { KNOWN_WEIGHT, type Lexicon, type LexiconEntry } from '../lexicon/index.js';
import type { ChannelModel } from '../rank/channel.js';
import type { CandidateKind } from './candidate.js';
import { MAX_COMPOUND_CHARS, MAX_PART_CHARS, NUMBER_PART, runEnds } from './compound.js';

/**
 * How much a completion mode's matches are discounted against exact-prefix matches (a factor on
 * popularity): a one-typo or word-start match must be this much more popular to outrank an exact
 * one. Layout and choseong matches are what the person meant, so they are not discounted.
 */
export const COMPLETION_FACTORS: Record<'completion' | 'choseong' | 'choseongWhole' | 'layout' | 'typo' | 'infix' | 'fixWhole' | 'typedWhole' | 'wordEnd', number> = {
  completion: 1,
  choseong: 1,
  /** a choseong match whose initials are the whole entry, not a prefix of it */
  choseongWhole: 3,
  layout: 1,
  typo: 0.003,
  infix: 0.02,
  /** a fix of a mistyped last word as long as the word typed, against longer words it begins */
  fixWhole: 3,
  /**
   * a known entry typed whole, against the longer queries it begins: with 3, known words typed
   * whole came first 95.1% of the time instead of 91.6%, and one half-typed logged query in 1,000
   * lost its first place (a prefix that is a query itself: 유재 on the way to 유재석); 10 gave 96.9%
   * and cost 21
   */
  typedWhole: 3,
  /** the query with its word finished, on the summed weight of the longer queries it begins (`wordEndCompletion`) */
  wordEnd: 0.1,
};

/** Bounds on completion work, independent of the lexicon's size. */
export const COMPLETION_LIMITS = {
  /** typo-tolerant completion needs at least this many keystrokes (shorter prefixes match everything) */
  minTypoKeys: 3,
  /** trie nodes a typo-tolerant prefix search may visit */
  maxTypoVisits: 30_000,
  /** start nodes a typo-tolerant completion may expand from */
  maxTypoStarts: 400,
  /** typo-tolerant completions drawn per one shown, before their edits are priced */
  typoSpare: 3,
  /** most fixes of a mistyped last word one suggest list shows (`lastWordFixes`) */
  lastWordFixes: 3,
  /** fixes of a word ended by a space that suggest completes from (`finishedWordFixes`) */
  finishedWordFixes: 2,
} as const;

/** A completion by entry id, with its discounted weight. */
export interface Completed {
  id: number;
  weight: number;
  kind: CandidateKind;
}

/**
 * Completions of a keystroke prefix, spaces ignored (멜론 티켓 and 멜론티켓 complete alike), heaviest
 * first. A half-typed last syllable is a keystroke prefix of what it becomes (아잎 → 아이폰).
 * With `spaced` the prefix must match spaces too (a trailing space means the next word has begun).
 */
export function prefixCompletions(lexicon: Lexicon, keys: string, k: number, kind: CandidateKind = 'completion', spaced = false): Completed[] {
  const trie = spaced ? lexicon.trie : lexicon.completion;
  const factor = kind === 'layout' ? COMPLETION_FACTORS.layout : COMPLETION_FACTORS.completion;
  // No entry only running text has (what `completionWeight` discounts) has a space.
  return trie.complete(spaced ? keys : keys.replaceAll(' ', ''), k).map((id) => ({ id, weight: (spaced ? lexicon.entries[id]!.weight : lexicon.completionWeight(id)) * factor, kind }));
}

/**
 * Completions that tolerate one keystroke error in the prefix (after Wang et al. 2018, error-
 * tolerant query autocompletion): start from every trie node within one edit of the prefix and
 * take the heaviest entries below them, discounted so exact-prefix matches of similar popularity
 * rank first. With `channel`, each is discounted by what its edit costs there against an adjacent
 * key's slip (`typoDiscount`): a key pressed next to the one meant is a likelier slip than a stray
 * key added at the end (가려 is 가려고 being typed, far more often than 갈등 with a stray ㅕ).
 */
export function typoCompletions(lexicon: Lexicon, keys: string, k: number, channel?: ChannelModel): Completed[] {
  const squashed = keys.replaceAll(' ', '');
  if (squashed.length < COMPLETION_LIMITS.minTypoKeys) return [];
  // The digits typed are meant (2018 고1 3월, 전망 2025), and the letters written onto them (s24):
  // a slip elsewhere may be read, but not in a digit, so a match goes on from the same number
  // (`numberOf`), not offering 고2, 6월 or 2015년. A start node whose path reads it otherwise is
  // no start: below 아 for 4아 (the 4 read as a stray key) the only matches would be the few
  // entries that take a 4 up later (아이폰4), and the search for them popped up to 20,000 nodes
  // (~3 ms at 4이, 1바, 3우).
  const number = numberOf(squashed);
  const nodes = lexicon.completion
    .fuzzyPrefixNodes(squashed, 1, COMPLETION_LIMITS.maxTypoVisits, number === '' ? undefined : (path) => numberOfPath(path) === number)
    .filter((n) => n.distance > 0)
    .slice(0, COMPLETION_LIMITS.maxTypoStarts);
  // After a space the next word has begun: an entry that ends before it (무한도전 for 무한도전 ㅎ,
  // the key read as a slip) completes nothing typed.
  const lastWordStart = keys.includes(' ') ? squashed.length - (keys.length - keys.lastIndexOf(' ') - 1) : 0;
  // Below a start with the digits typed, every entry goes on from them.
  const accept = lastWordStart === 0 ? undefined : (id: number) => toKeystrokes(lexicon.entries[id]!.text).replaceAll(' ', '').length > lastWordStart;
  // A dear edit can lose its place to a cheaper one further down, hence a few spare.
  const ids = lexicon.completion.bestFirst(nodes.map((n) => n.node), channel ? COMPLETION_LIMITS.typoSpare * k : k, accept);
  if (!channel) return ids.map((id) => ({ id, weight: lexicon.completionWeight(id) * COMPLETION_FACTORS.typo, kind: 'typo' }));
  // Heaviest first, and a discount is at most 1: once an entry undiscounted is no heavier than the
  // k-th priced one, none after it can enter. Entries below one start node share the keys that
  // decide the price, so one alignment serves them all.
  const out: Completed[] = [];
  const discounts = new Map<string, number>();
  // A word of one key begun is read as a slip only onto the key next to it: as a stray, or as a key
  // far off, it could be any word (장나라 ㄴ offered 장나라 바달집 트레일러, for a far ㅂ). The slip
  // may be before it (개그ㅜ맨 ㄱ: 개그맨 김태호), where the key stands a place off at most.
  const begun = lastWordStart > 0 && lastWordStart === squashed.length - 1 ? squashed[lastWordStart]! : undefined;
  for (const id of ids) {
    const weight = lexicon.completionWeight(id) * COMPLETION_FACTORS.typo;
    if (out.length >= k && weight <= out[k - 1]!.weight) break;
    const head = toKeystrokes(lexicon.entries[id]!.text).replaceAll(' ', '').slice(0, squashed.length + 1);
    const discount = discounts.get(head) ?? typoDiscount(channel, squashed, head);
    discounts.set(head, discount);
    if (begun !== undefined && discount < 1 && !head.slice(lastWordStart - 1, lastWordStart + 2).includes(begun)) continue;
    // Kept heaviest first as it grows; a new entry goes after those at least as heavy.
    const priced: Completed = { id, weight: weight * discount, kind: 'typo' };
    let at = out.push(priced) - 1;
    for (; at > 0 && out[at - 1]!.weight < priced.weight; at--) out[at] = out[at - 1]!;
    out[at] = priced;
  }
  return out.slice(0, k);
}

/**
 * exp(adjacent slip's cost − the cheapest edit that makes `typed` a prefix of `intended`'s keys)
 * under the channel, at most 1: 1 for a key next to the one meant, ~0.02 for a stray key added.
 * The prefix is the one of typed's length give or take a key, whichever aligns cheapest.
 */
export function typoDiscount(channel: ChannelModel, typed: string, intended: string): number {
  const match = channel.weights.matchLogProb;
  let cost = Infinity;
  for (let j = Math.max(0, typed.length - 1); j <= Math.min(intended.length, typed.length + 1); j++) {
    // logProb also counts log(1 − ε) per aligned key; only the edits' cost is wanted.
    cost = Math.min(cost, -(channel.logProb(typed, intended.slice(0, j)) - Math.min(typed.length, j) * match));
  }
  return Math.min(1, Math.exp(channel.weights.cost.adjacent - cost));
}

/**
 * The number a text is typed with: its digits in order, each run of Latin letters written right
 * onto a number read as one letter `a` (2018 고1 3월 → 201813, 갤럭시 s24 → a24, rtx4090 → a4090).
 * A fix may read a slip in such a run (rtxx4090) but not lose it: s24 is a model's name, not 24
 * (갤럭시 s24 had been offered 갤럭시 240번버스).
 */
function numberOf(text: string): string {
  return numberOfPath(Uint16Array.from(text, (c) => c.charCodeAt(0)));
}

/** `numberOf` for a trie path's key codes (Latin letters and digits are their own codes). */
function numberOfPath(path: Uint16Array): string {
  let number = '';
  let letters = false;
  for (const code of path) {
    if (code >= 0x30 && code <= 0x39) {
      number += (letters ? 'a' : '') + String.fromCharCode(code);
      letters = false;
    } else letters = code >= 0x61 && code <= 0x7a;
  }
  return number;
}

/**
 * The query with the word being typed finished where the lexicon's completions of it are longer
 * queries (정소민 우줌 → 정소민 우주메리미, from 정소민 우주메리미 로코): the shorter query they
 * all begin with is what many people mean, and no one logged it. After a trailing space, the next
 * word finished (강서구 pc방 → 강서구 pc방 살인, from 강서구 pc방 살인 cctv …). Each completion is
 * cut after the word in which the keys typed end, spaced as the completion is (멜론 티켓 and 멜론티켓
 * alike give 멜론 티켓팅, from 멜론 티켓팅 팁); of the cuts that leave words after them and are more than
 * the query respaced, the one the completions share most by weight, weighed at
 * `COMPLETION_FACTORS.wordEnd` of their sum. The first word too (큐네 → 큐넷, from 큐넷 가답안):
 * many names are logged only with a word after them. `keys`: the query's keystrokes, without a
 * trailing space (`trailingSpace` says one was typed); `completed`: the lexicon's completions of it.
 * @example wordEndCompletion(lexicon, toKeystrokes('정소민 우줌'), false, completed) // { text: '정소민 우주메리미', weight: … }
 */
export function wordEndCompletion(lexicon: Lexicon, keys: string, trailingSpace: boolean, completed: readonly { id: number; weight: number }[]): { text: string; weight: number } | undefined {
  const typed = keys.replaceAll(' ', '').length;
  const sums = new Map<string, number>();
  for (const { id, weight } of completed) {
    const words = lexicon.entries[id]!.text.split(' ');
    // The word in which the keys typed end: after a space, the next one.
    let at = 0;
    let through = toKeystrokes(words[0]!).length;
    while (at < words.length - 1 && through < typed) through += toKeystrokes(words[++at]!).length;
    if (trailingSpace) through += toKeystrokes(words[++at] ?? '').length;
    if (at >= words.length - 1 || through === typed) continue;
    const text = words.slice(0, at + 1).join(' ');
    sums.set(text, (sums.get(text) ?? 0) + weight);
  }
  let best: [string, number] | undefined;
  for (const sum of sums) if (!best || sum[1] > best[1] || (sum[1] === best[1] && sum[0] < best[0])) best = sum;
  return best && { text: best[0], weight: best[1] * COMPLETION_FACTORS.wordEnd };
}

/** Entries with a later word starting with the prefix (티켓 → 멜론 티켓), discounted. */
export function infixCompletions(lexicon: Lexicon, keys: string, k: number): Completed[] {
  return lexicon.infix
    .complete(keys.replaceAll(' ', ''), k)
    .map((id) => ({ id, weight: lexicon.entries[id]!.weight * COMPLETION_FACTORS.infix, kind: 'infix' }));
}

/** keys of the last word below which `lastWordCompletions` offers nothing */
export const LAST_WORD_MIN_KEYS = 3;

/**
 * The words before the last one (with their space) and the last word's keys; undefined for one
 * word, after a trailing space (the next word has not begun), and for a last word of fewer than
 * `LAST_WORD_MIN_KEYS` keys: fewer keys (어, 유) begin thousands of words, and the heaviest few are
 * noise here (on the held-out queries half typed they only displaced the model's own completions).
 */
function splitLastWord(normalized: string): { head: string; lastKeys: string } | undefined {
  const cut = normalized.lastIndexOf(' ');
  if (cut <= 0 || cut === normalized.length - 1) return undefined;
  const lastKeys = toKeystrokes(normalized.slice(cut + 1));
  return lastKeys.length < LAST_WORD_MIN_KEYS ? undefined : { head: normalized.slice(0, cut + 1), lastKeys };
}

/**
 * The query with its last, half-typed word completed by the heaviest lexicon words that begin with
 * it (화곡동 어린이ㅈ → 화곡동 어린이집, 화곡동 어린이재단): for a query the lexicon does not
 * know as a whole, the words it does know. The words before are kept as typed; which completion
 * fits them is for the language model to judge. Nothing for one word (the lexicon completes that
 * itself), after a trailing space (the next word has not begun), or for a last word of fewer than
 * `LAST_WORD_MIN_KEYS` keys.
 * @example lastWordCompletions(lexicon, '화곡동 어린이ㅈ', 4) // ['화곡동 어린이집', '화곡동 어린이재단']
 */
export function lastWordCompletions(lexicon: Lexicon, normalized: string, k: number, maxAdded = 8): string[] {
  const split = splitLastWord(normalized);
  if (!split) return [];
  const { head, lastKeys } = split;
  // Single words, at most `maxAdded` keys longer than what is typed: the model weighs each text by
  // a run over its added keys, padded to the longest, so one long entry would slow the whole batch.
  const accept = (id: number) => {
    const e = lexicon.entries[id]!;
    return !e.blocked && !e.text.includes(' ') && toKeystrokes(e.text).length - lastKeys.length <= maxAdded;
  };
  return lexicon.trie.complete(lastKeys, k, accept).map((id) => head + lexicon.entries[id]!.text);
}

/**
 * The query with its last word completed, or its next word written after a trailing space, by the
 * words the logged queries wrote with the words before it (정소민 우줌 → 정소민 우주메리미, 평창올림픽
 * ㄱ → 평창올림픽 개막식), most often first: what the context itself suggests, where the lexicon's
 * heaviest words (`lastWordCompletions`) only go by popularity. Nothing for one word; the words
 * before are kept as typed. Bounded by the words each one was written with.
 * @example contextCompletions(lexicon, '평창올림픽 ㄱ', 2) // ['평창올림픽 개막식', '평창올림픽 개회식']
 */
export function contextCompletions(lexicon: Lexicon, normalized: string, k: number): string[] {
  const cut = normalized.lastIndexOf(' ');
  if (cut <= 0) return [];
  const head = normalized.slice(0, cut + 1);
  const context = head.trim().split(' ');
  const lastKeys = toKeystrokes(normalized.slice(cut + 1));
  const counts = new Map<string, number>();
  for (const word of new Set(context)) {
    for (const [other, count] of lexicon.cooccurring.get(word) ?? []) {
      if (context.includes(other) || !toKeystrokes(other).startsWith(lastKeys)) continue;
      counts.set(other, (counts.get(other) ?? 0) + count);
    }
  }
  return [...counts]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, k)
    .map(([word]) => head + word);
}

/**
 * The query with a mistyped last word fixed: when no known word begins with the last word as
 * typed, the heaviest single words that begin within one keystroke of it (18대 대선 투표듈 → 18대
 * 대선 투표율, 카카오 텍시 → 카카오 택시). The model cannot complete such a word (it writes
 * 투표듈론, 텍시코), and a person who has typed the whole word expects it set right. Words of weight
 * 1 or more only, as for the model's known-word completions; after a trailing space nothing, nor
 * for a last word of fewer than `LAST_WORD_MIN_KEYS` keys. A word with no such fix may be a known
 * word and a mistyped one written together, also as the only word (`compoundLastWordFixes`); one
 * word otherwise gets nothing here (the lexicon's own typo completion covers whole entries).
 * @example lastWordFixes(lexicon, '카카오 텍시', 3) // [{ text: '카카오 택시', weight: … }]
 */
export function lastWordFixes(lexicon: Lexicon, normalized: string, k: number, maxAdded = 8): { text: string; weight: number }[] {
  if (normalized.endsWith(' ')) return [];
  const cut = normalized.lastIndexOf(' ');
  const head = normalized.slice(0, cut + 1);
  const last = normalized.slice(cut + 1);
  const keys = toKeystrokes(last);
  // Too few keys to say what was meant, or a word still being typed (카카오 택, 아시안게).
  if (keys.length < LAST_WORD_MIN_KEYS || beginsFixableWord(lexicon, keys, maxAdded)) return [];
  // A number typed is meant (전망 2025 is no slip of 2015년): fixes keep it (`numberOf`).
  const number = numberOf(last);
  const keepsNumber = (text: string) => numberOf(text).startsWith(number);
  const fixes = head ? fuzzyFixes(lexicon, keys, k, maxAdded).filter((f) => keepsNumber(f.text)) : [];
  if (fixes.length > 0) return fixes.map((f) => ({ text: head + f.text, weight: f.weight }));
  return compoundLastWordFixes(lexicon, head, last, k, maxAdded).filter((f) => keepsNumber(f.text.slice(head.length)));
}

/**
 * The query with its last word set right where a space ended it and it is no known word (아이퐁␣ →
 * 아이폰, 손흥미␣ → 손흥민): the heaviest single known words within one keystroke of the word as a
 * whole, keeping its number (`numberOf`: digits, and letters written onto them). For suggest to
 * complete from where nothing goes on from the words as typed (아이폰 xs); `lastWordFixes` is for a
 * word still being typed.
 * @example finishedWordFixes(lexicon, '아이퐁', 2) // [{ text: '아이폰', weight: … }]
 */
export function finishedWordFixes(lexicon: Lexicon, normalized: string, k: number): { text: string; weight: number }[] {
  const cut = normalized.lastIndexOf(' ');
  const last = normalized.slice(cut + 1);
  const keys = toKeystrokes(last);
  // A known word, or one of the dictionary however rare (바르다), is typed right.
  if (keys.length < LAST_WORD_MIN_KEYS || (lexicon.get(last)?.weight ?? 0) >= KNOWN_WEIGHT || lexicon.isStandard(last)) return [];
  const number = numberOf(last);
  const fixes: LexiconEntry[] = [];
  for (const m of lexicon.targets.fuzzy(keys, 1, FINISHED_WORD_MATCHES, COMPLETION_LIMITS.maxTypoVisits)) {
    const e = lexicon.entries[m.id]!;
    if (m.distance === 1 && !e.blocked && e.weight >= KNOWN_WEIGHT && !e.text.includes(' ') && numberOf(e.text) === number) fixes.push(e);
  }
  const head = normalized.slice(0, cut + 1);
  return fixes
    .sort((a, b) => b.weight - a.weight)
    .slice(0, k)
    .map((e) => ({ text: head + e.text, weight: e.weight }));
}

/** fuzzy matches of a finished word `finishedWordFixes` weighs (one keystroke from a short word finds a few dozen) */
const FINISHED_WORD_MATCHES = 200;

/** known first parts of a compound tried by `compoundLastWordFixes`, longest first */
const COMPOUND_HEADS = 2;

/**
 * A last word typed as known words and a mistyped one together (부산맛칩 → 부산맛집, 아이폰가걱 →
 * 아이폰가격), written together as typed: people leave out spaces, and no lexicon has the compound.
 * The known first part (a run of known words of two characters or more: the longest, then the
 * next) is kept, the rest fixed as `fuzzyFixes` fixes a word. Nothing when the rest begins a known
 * word (부산맛: still being typed) or the word is longer than `MAX_COMPOUND_CHARS`. The caller has
 * checked that the whole word begins no known word.
 */
function compoundLastWordFixes(lexicon: Lexicon, head: string, last: string, k: number, maxAdded: number): { text: string; weight: number }[] {
  const chars = [...last];
  if (chars.length < 3 || chars.length > MAX_COMPOUND_CHARS) return [];
  const known = (from: number, to: number) => {
    const part = chars.slice(from, to).join('');
    if (NUMBER_PART.test(part)) return true;
    const entry = to - from >= 2 ? lexicon.get(part) : undefined;
    return !!entry && !entry.blocked && entry.weight >= KNOWN_WEIGHT;
  };
  const heads = runEnds(chars.length, known, MAX_PART_CHARS);
  let tried = 0;
  for (let i = chars.length - 1; i >= 2 && tried < COMPOUND_HEADS; i--) {
    if (!heads[i]) continue;
    tried++;
    const restKeys = toKeystrokes(chars.slice(i).join(''));
    if (restKeys.length < LAST_WORD_MIN_KEYS) continue;
    if (beginsFixableWord(lexicon, restKeys, maxAdded)) return [];
    const fixes = fuzzyFixes(lexicon, restKeys, k, maxAdded);
    if (fixes.length === 0) continue;
    // The rest was typed out, so words as long as it (맛집 for 맛칩) are its fixes, when there are
    // any, rather than words that only begin like it (맛집오늘, of a much-logged query: a guess on
    // top of a fix). Completion of unseen queries typed without spaces with a mistyped last word:
    // success@1 48.5% → 50.9%, @10 the same.
    const whole = fixes.filter((f) => f.whole);
    const first = head + chars.slice(0, i).join('');
    return (whole.length > 0 ? whole : fixes).map((f) => ({ text: first + f.text, weight: f.weight }));
  }
  return [];
}

/** Single known words (`KNOWN_WEIGHT`), at most `maxAdded` keys longer than `keys`: what a fix may be. */
function fixableWord(lexicon: Lexicon, keys: string, maxAdded: number): (id: number) => boolean {
  return (id) => {
    const e = lexicon.entries[id]!;
    return !e.blocked && e.weight >= KNOWN_WEIGHT && !e.text.includes(' ') && toKeystrokes(e.text).length - keys.length <= maxAdded;
  };
}

/** Whether a word a fix could be begins with `keys` as typed (then there is nothing to fix). */
function beginsFixableWord(lexicon: Lexicon, keys: string, maxAdded: number): boolean {
  return lexicon.trie.complete(keys, 1, fixableWord(lexicon, keys, maxAdded)).length > 0;
}

/**
 * The heaviest single words (weight 1 or more, at most `maxAdded` keys longer) that begin within
 * one keystroke of `keys`; `whole` for those as long as `keys` (give or take a key).
 */
function fuzzyFixes(lexicon: Lexicon, keys: string, k: number, maxAdded: number): { text: string; weight: number; whole: boolean }[] {
  const nodes = lexicon.trie
    .fuzzyPrefixNodes(keys, 1, COMPLETION_LIMITS.maxTypoVisits)
    .filter((n) => n.distance > 0)
    .slice(0, COMPLETION_LIMITS.maxTypoStarts);
  // A word as long as the one typed is its fix; a longer one only begins like it (텍시: 택시 is
  // weighed 3:1 against 택시파업).
  return lexicon.trie
    .bestFirst(nodes.map((n) => n.node), 3 * k, fixableWord(lexicon, keys, maxAdded))
    .map((id) => {
      const text = lexicon.entries[id]!.text;
      const whole = Math.abs(toKeystrokes(text).length - keys.length) <= 1;
      return { text, weight: lexicon.entries[id]!.weight * (whole ? COMPLETION_FACTORS.fixWhole : 1), whole };
    })
    .sort((a, b) => b.weight - a.weight)
    .slice(0, k);
}
