import { areAdjacentKeys, fromKeyArray, hasJamo, isJamo, isShiftPair, isSyllable, isVowelKey, toKeystrokes } from '../hangul/index.js';

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
  if (!isBroken(word)) return [];
  // Keys of the word, and which of them are stray jamo.
  const keys: string[] = [];
  const stray = new Set<number>();
  let strayChars = 0;
  for (const ch of word) {
    const chKeys = toKeystrokes(ch);
    if (isJamo(ch)) {
      strayChars++;
      for (let i = 0; i < chKeys.length; i++) stray.add(keys.length + i);
    }
    keys.push(...chKeys);
  }
  if (keys.length > REPAIR_LIMITS.maxWordKeys || strayChars > REPAIR_LIMITS.maxStray) return [];
  const nearStray = (i: number): boolean => {
    for (let d = -REPAIR_LIMITS.window; d <= REPAIR_LIMITS.window; d++) if (stray.has(i + d)) return true;
    return false;
  };
  const out = new Set<string>();
  const tryKeys = wholeSyllablesInto(out, word);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    if (!nearStray(i)) continue;
    undoSlipAt(keys, i, nearStray(i + 1), tryKeys);
    if (!stray.has(i)) continue;
    if (isVowelKey(key)) for (const k of CONSONANT_KEYS) tryKeys(spliced(keys, i, 1, k, key));
    else {
      // The missed vowel is after the stray consonant (통신ㅂ → 통신비), or before it, where the
      // consonant ahead of it then read as a final (가각ㅇ → 가가강).
      for (const k of VOWEL_KEYS) {
        tryKeys(spliced(keys, i, 1, key, k));
        tryKeys(spliced(keys, i, 1, k, key));
      }
    }
  }
  return [...out];
}

/**
 * `keys` with the `removed` keys from `at` replaced by `a` and `b` (those given), as one new array:
 * a query's edits are composed by the hundred, and joining and splitting strings for each was a
 * third of what a correction allocated.
 */
function spliced(keys: readonly string[], at: number, removed: number, a?: string, b?: string): string[] {
  const out = new Array<string>(keys.length - removed + (a === undefined ? 0 : 1) + (b === undefined ? 0 : 1));
  let n = 0;
  for (let j = 0; j < at; j++) out[n++] = keys[j]!;
  if (a !== undefined) out[n++] = a;
  if (b !== undefined) out[n++] = b;
  for (let j = at + removed; j < keys.length; j++) out[n++] = keys[j]!;
  return out;
}

/** Adds what edited keys compose into to `out` when that is whole syllables other than `word`. */
function wholeSyllablesInto(out: Set<string>, word: string): (edited: readonly string[]) => void {
  return (edited) => {
    const text = fromKeyArray(edited);
    if (text && text !== word && !hasJamo(text)) out.add(text);
  };
}

/**
 * The keys that undo a slip at key i: the key deleted, replaced by a neighbouring key or its
 * shifted twin, and (with `swap`) swapped with the key after it.
 */
function undoSlipAt(keys: readonly string[], i: number, swap: boolean, tryKeys: (edited: readonly string[]) => void): void {
  const key = keys[i]!;
  tryKeys(spliced(keys, i, 1));
  if (swap && i + 1 < keys.length) tryKeys(spliced(keys, i, 2, keys[i + 1], key));
  for (const k of LETTER_KEYS) if (areAdjacentKeys(k, key) || isShiftPair(k, key)) tryKeys(spliced(keys, i, 1, k));
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
  const chars = [...word];
  if (chars.every(isJamo)) return [];
  const keys: string[] = [];
  // whether each key is one a slip is undone at: a key of a character in `focus`, or any
  const undone: boolean[] = [];
  chars.forEach((ch, at) => {
    for (const key of toKeystrokes(ch)) {
      keys.push(key);
      undone.push(!focus || focus.has(at));
    }
  });
  if (undone.filter(Boolean).length > SLIP_FIX_LIMITS.maxWordKeys) return [];
  const out = new Set<string>();
  const tryKeys = wholeSyllablesInto(out, word);
  for (let i = 0; i < keys.length; i++) if (undone[i]) undoSlipAt(keys, i, true, tryKeys);
  return [...out];
}
