import { areAdjacentKeys, fromKeyArray, fromKeystrokes, hasJamo, isJamo, isShiftPair, isSyllable, isVowelKey, keyArray, toKeystrokes } from '../hangul/index.js';

/** Bounds that keep a broken word's repairs few, whatever the client sends. */
export const REPAIR_LIMITS = {
  /** words longer than this many keystrokes are not repaired */
  maxWordKeys: 24,
  /**
   * words with more stray jamo than this are not repaired: one slip strands one to three (a swap,
   * 문가ㅗㅇ저수지; 가닭 → 가ㅏㄷㄺ), and more is something else (ㅋㅋ좋아ㅋㅋㅋ). With the key
   * bound this caps a word's repairs at a few hundred compositions (~0.5 ms at worst here)
   */
  maxStray: 3,
  /** broken words repaired per query (the rest are kept as typed) */
  maxBrokenWords: 2,
  /** keys on either side of a stray jamo where an edit is tried */
  window: 2,
} as const;

/** The 2-beolsik letter keys: what a slipping finger can add or press instead. */
const CONSONANT_KEYS = [...'ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ'];
const VOWEL_KEYS = [...'ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅛㅜㅠㅡㅣ'];
const LETTER_KEYS = [...CONSONANT_KEYS, ...VOWEL_KEYS];
/** The letter keys a finger may press instead of each: its neighbours and its shifted twin. */
const NEIGHBOURS: ReadonlyMap<string, readonly string[]> = new Map(LETTER_KEYS.map((key) => [key, LETTER_KEYS.filter((k) => areAdjacentKeys(k, key) || isShiftPair(k, key))]));

/**
 * True for a word the IME could not build into syllables: a stray jamo next to a syllable
 * (문가ㅗㅇ저수지, 제야ㅢ, ㅇ율예). A word of jamo alone is left out: that is a choseong query
 * (ㅁㄹㅌㅋ) or a deliberate ㅋㅋ, not a slip.
 * @example isBroken('스틸ㄲ하트클럽') // true
 */
export function isBroken(word: string): boolean {
  let jamo = false;
  let syllable = false;
  for (const ch of word) {
    if (isJamo(ch)) jamo = true;
    else if (isSyllable(ch)) syllable = true;
  }
  return jamo && syllable;
}

/**
 * A broken word as the IME composes its keys, where that is whole syllables, else the word: a
 * syllable left unfinished, its final typed after a pause or a cursor move (맛지ㅂ → 맛집, 아이포ㄴ →
 * 아이폰, 날ㅆㅣ → 날씨), is the same keys as the word meant.
 * @example recomposed('맛지ㅂ') // '맛집'
 */
export function recomposed(word: string): string {
  if (!isBroken(word)) return word;
  const whole = fromKeystrokes(toKeystrokes(word));
  return hasJamo(whole) ? word : whole;
}

/**
 * The one-keystroke repairs of a broken word that the IME composes into whole syllables: a key
 * deleted, two neighbouring keys swapped or a key replaced by its neighbour or its shifted twin
 * within `REPAIR_LIMITS.window` keys of a stray jamo (the slip is next to what it broke), or a
 * vowel put back next to a stray consonant (통신ㅂ → 통신비) or a consonant before a stray vowel
 * (제야ㅢ → 제야의). The lexicon need not know the result: a new name or place
 * (문광저수지, 스틸하트클럽) is repaired as well as a known word, and the ranker and the language
 * model judge which repair, if any, was meant. At most ~90 edits per stray jamo.
 * @example brokenWordRepairs('문가ㅗㅇ저수지') // includes '문광저수지' (ㅏㅗ swapped)
 */
export function brokenWordRepairs(word: string): string[] {
  if (!isBroken(word) || toKeystrokes(word).length > REPAIR_LIMITS.maxWordKeys) return [];
  const edits = new KeyEdits(word);
  const keys = edits.keys;
  // Which keys are of stray jamo.
  const stray = new Set<number>();
  let strayChars = 0;
  for (let c = 0; c < edits.chars.length; c++) {
    if (!isJamo(edits.chars[c]!)) continue;
    strayChars++;
    for (let i = edits.starts[c]!; i < edits.starts[c + 1]!; i++) stray.add(i);
  }
  if (keys.length > REPAIR_LIMITS.maxWordKeys || strayChars > REPAIR_LIMITS.maxStray) return [];
  const nearStray = (i: number): boolean => {
    for (let d = -REPAIR_LIMITS.window; d <= REPAIR_LIMITS.window; d++) if (stray.has(i + d)) return true;
    return false;
  };
  const out = new Set<string>();
  // No slip at all: the keys as the IME composes them (see `recomposed`). The typo search cannot
  // offer it, as it has the very keys typed.
  const whole = recomposed(word);
  if (whole !== word) out.add(whole);
  const tryEdit = wholeSyllablesInto(out, edits);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    if (!nearStray(i)) continue;
    undoSlipAt(keys, i, nearStray(i + 1), tryEdit);
    if (!stray.has(i)) continue;
    if (isVowelKey(key)) for (const k of CONSONANT_KEYS) tryEdit(i, 1, k, key);
    else {
      // The missed vowel is after the stray consonant (통신ㅂ → 통신비), or before it, where the
      // consonant ahead of it then read as a final (가각ㅇ → 가가강).
      for (const k of VOWEL_KEYS) {
        tryEdit(i, 1, key, k);
        tryEdit(i, 1, k, key);
      }
    }
  }
  return [...out];
}

/** Tries the edit of a word's keys that replaces the `removed` keys from `at` with `a` and `b` (those given). */
type TryEdit = (at: number, removed: number, a?: string, b?: string) => void;

/**
 * A word's keys, and the text an edit of them composes into. The IME builds syllables locally: a
 * consonant before a vowel always begins that vowel's syllable, so an edit can change the syllable
 * it is in and the ones beside it, and no other. Where the characters just outside those are
 * syllables (each begins with a consonant and its vowel), only the edited window is composed again
 * and the rest of the word is kept as it was; elsewhere (a stray jamo or a letter beside it, or a
 * word that is not what its own keys compose into) the whole word is. Slip fixes compose ~8 edits
 * a key, and composing the whole word for each was most of their cost and the largest part of
 * what a correction allocated.
 * @example new KeyEdits('채해졍').text(4, 1, 'ㅂ') // '채해병' (ㅈ, key 4, replaced by its neighbour ㅂ)
 */
export class KeyEdits {
  /** the word itself */
  readonly word: string;
  /** its characters */
  readonly chars: readonly string[];
  /** its keys, one per element */
  readonly keys: readonly string[];
  /** the first key of each character, and the number of keys after the last */
  readonly starts: Int32Array;
  /** the character each key belongs to */
  private readonly charOf: Int32Array;
  /** whether each character is a precomposed syllable */
  private readonly syllable: readonly boolean[];
  /** the characters before each index, and those from it on (made once, not per edit) */
  private readonly heads: readonly string[];
  private readonly tails: readonly string[];
  /** whether the characters before each index, or from it on, have a stray jamo */
  private readonly jamoBefore: readonly boolean[];
  private readonly jamoFrom: readonly boolean[];
  /**
   * whether the word is what its keys compose into: text the IME would not show (가폰ㅗ, which
   * the keys make 가포노) changes wherever it is edited, so it is composed whole
   */
  private readonly composed: boolean;
  /** `spliced`'s arrays, by length */
  private readonly scratch: string[][] = [];

  constructor(word: string) {
    const chars = [...word];
    const keys: string[] = [];
    const starts = new Int32Array(chars.length + 1);
    chars.forEach((ch, c) => {
      starts[c] = keys.length;
      keys.push(...keyArray(toKeystrokes(ch)));
    });
    starts[chars.length] = keys.length;
    const charOf = new Int32Array(keys.length);
    for (let c = 0; c < chars.length; c++) charOf.fill(c, starts[c]!, starts[c + 1]!);
    const heads = [''];
    for (const ch of chars) heads.push(heads[heads.length - 1]! + ch);
    this.word = word;
    this.chars = chars;
    this.keys = keys;
    this.starts = starts;
    this.charOf = charOf;
    this.syllable = chars.map(isSyllable);
    this.heads = heads;
    this.tails = heads.map((head) => word.slice(head.length));
    // Running flags, not a scan of every head and tail: a word may be a whole query typed unspaced.
    const jamoBefore = [false];
    for (const ch of chars) jamoBefore.push(jamoBefore[jamoBefore.length - 1]! || isJamo(ch));
    const jamoFrom = new Array<boolean>(chars.length + 1).fill(false);
    for (let c = chars.length - 1; c >= 0; c--) jamoFrom[c] = jamoFrom[c + 1]! || isJamo(chars[c]!);
    this.jamoBefore = jamoBefore;
    this.jamoFrom = jamoFrom;
    this.composed = fromKeyArray(keys) === word;
  }

  /** The character key `i` belongs to. */
  charAt(i: number): number {
    return this.charOf[i]!;
  }

  /** What the keys compose into with the `removed` keys (one or two) from `at` replaced by `a` and `b`. */
  text(at: number, removed: number, a?: string, b?: string): string {
    const span = this.window(at, removed);
    const from = span < 0 ? 0 : span >> 16;
    const to = span < 0 ? this.chars.length : span & 0xffff;
    return this.heads[from]! + fromKeyArray(this.spliced(from, to, at, removed, a, b)) + this.tails[to]!;
  }

  /**
   * `text` where it is whole syllables (no stray jamo), else undefined: about half of a word's slip
   * fixes leave a jamo, and their text is then never made, only the window's.
   */
  wholeText(at: number, removed: number, a?: string, b?: string): string | undefined {
    const span = this.window(at, removed);
    // Composed whole, the word has no head or tail kept ('' and no jamo on either side).
    const from = span < 0 ? 0 : span >> 16;
    const to = span < 0 ? this.chars.length : span & 0xffff;
    if (this.jamoBefore[from] || this.jamoFrom[to]) return undefined;
    const keys = this.spliced(from, to, at, removed, a, b);
    if (strandsVowel(keys)) return undefined;
    const middle = fromKeyArray(keys);
    return hasJamo(middle) ? undefined : this.heads[from]! + middle + this.tails[to]!;
  }

  /**
   * The characters `from` … `to` − 1 that an edit of the `removed` keys from `at` can change, where
   * the rest of the word stays as it is (see the class), as `from << 16 | to` (no pair is made for
   * each of a word's hundred edits), else −1.
   */
  private window(at: number, removed: number): number {
    const n = this.chars.length;
    const first = this.charOf[at]!;
    const last = this.charOf[Math.min(at + removed, this.keys.length) - 1]!;
    const from = Math.max(0, first - 1);
    const to = Math.min(n - 1, last + 1);
    if (!this.composed || n > 0x7fff || (from < first && !this.syllable[from]) || (to + 1 < n && !this.syllable[to + 1])) return -1;
    return (from << 16) | (to + 1);
  }

  /**
   * The keys of characters `from` … `to` − 1 with the edit made, in an array kept for that length
   * and filled again on the next call: composing reads it and keeps nothing of it, and a word's
   * hundred edits then make a handful of arrays rather than a hundred.
   */
  private spliced(from: number, to: number, at: number, removed: number, a?: string, b?: string): readonly string[] {
    const lo = this.starts[from]!;
    const hi = this.starts[to]!;
    const keys = this.keys;
    const length = hi - lo - removed + (a === undefined ? 0 : 1) + (b === undefined ? 0 : 1);
    let out = this.scratch[length];
    if (!out) this.scratch[length] = out = new Array<string>(length);
    let k = 0;
    for (let j = lo; j < at; j++) out[k++] = keys[j]!;
    if (a !== undefined) out[k++] = a;
    if (b !== undefined) out[k++] = b;
    for (let j = at + removed; j < hi; j++) out[k++] = keys[j]!;
    return out;
  }
}

/** The vowels one key may join as one (ㅗ and ㅏ make ㅘ): the IME's compound vowels. */
const JOINING_VOWELS: ReadonlySet<string> = new Set(['ㅗㅏ', 'ㅗㅐ', 'ㅗㅣ', 'ㅜㅓ', 'ㅜㅔ', 'ㅜㅣ', 'ㅡㅣ']);

/**
 * Whether keys (of a word, or of a window of whole syllables in one) leave a vowel the IME must show
 * alone: one first, with no consonant before it, or one after a vowel it cannot join (ㅏㅏ; ㅘ
 * and a third). Such an edit leaves a stray jamo; this tells about half of those apart without
 * composing them, which is most of what slip fixes cost.
 */
function strandsVowel(keys: readonly string[]): boolean {
  if (keys.length > 0 && isVowelKey(keys[0]!)) return true;
  for (let i = 1; i < keys.length; i++) {
    if (!isVowelKey(keys[i]!) || !isVowelKey(keys[i - 1]!)) continue;
    if (!JOINING_VOWELS.has(keys[i - 1]! + keys[i]!) || (i >= 2 && isVowelKey(keys[i - 2]!))) return true;
  }
  return false;
}

/** Adds what an edit of the word's keys composes into to `out` when that is whole syllables other than the word. */
function wholeSyllablesInto(out: Set<string>, edits: KeyEdits): TryEdit {
  return (at, removed, a, b) => {
    const text = edits.wholeText(at, removed, a, b);
    if (text && text !== edits.word) out.add(text);
  };
}

/**
 * Tries the edits that undo a slip at key i: the key deleted, replaced by a neighbouring key or its
 * shifted twin, and (with `swap`) swapped with the key after it.
 */
function undoSlipAt(keys: readonly string[], i: number, swap: boolean, tryEdit: TryEdit): void {
  const key = keys[i]!;
  tryEdit(i, 1);
  if (swap && i + 1 < keys.length) tryEdit(i, 2, keys[i + 1], key);
  for (const k of NEIGHBOURS.get(key) ?? []) tryEdit(i, 1, k);
}

/** Bounds of `slipFixes`. */
export const SLIP_FIX_LIMITS = {
  /**
   * words of more keys than this get no fixes: a word of n keys has up to ~8·n of them, each
   * composed into syllables (~1 µs for three syllables, ~4 µs for seven)
   */
  maxWordKeys: 16,
} as const;

/**
 * The words one slip away from `word` that the IME composes into whole syllables, known to the
 * lexicon or not: a key it added deleted, two neighbouring keys swapped back, or a key put back
 * for the neighbour or shifted twin pressed instead. What the lexicon's typo search cannot offer,
 * a word it lacks (채해졍 → 채해병, 싱어떼인4 → 싱어게인4), for the language model to judge. Not a
 * missed key put back: any of 33 keys at any place, which took four times the compositions (p99
 * 0.74 → 2.7 ms a query) and found no fix more on the dev sets. None for a word of jamo alone (a
 * choseong query or ㅋㅋ), nor for one of more than `SLIP_FIX_LIMITS.maxWordKeys` keys. With
 * `focus` (indices of characters), only slips at the keys of those characters are undone, and
 * only those keys count toward the bound: a long word can be fixed where a slip most likely is.
 * @example slipFixes('채해졍') // includes '채해병' (ㅈ for its neighbour ㅂ)
 * @example slipFixes('노태악선관위뤈장국감', new Set([6])) // includes '노태악선관위원장국감'
 */
export function slipFixes(word: string, focus?: ReadonlySet<number>): string[] {
  if ([...word].every(isJamo)) return [];
  const edits = new KeyEdits(word);
  // whether each key is one a slip is undone at: a key of a character in `focus`, or any
  const undone = (i: number) => !focus || focus.has(edits.charAt(i));
  let tried = 0;
  for (let i = 0; i < edits.keys.length; i++) if (undone(i)) tried++;
  if (tried > SLIP_FIX_LIMITS.maxWordKeys) return [];
  const out = new Set<string>();
  const tryEdit = wholeSyllablesInto(out, edits);
  for (let i = 0; i < edits.keys.length; i++) if (undone(i)) undoSlipAt(edits.keys, i, true, tryEdit);
  return [...out];
}
