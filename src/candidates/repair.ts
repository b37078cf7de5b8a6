import { areAdjacentKeys, fromKeystrokes, isJamo, isShiftPair, isSyllable, isVowelKey, toKeystrokes } from '../hangul/index.js';

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
  // Edits are spliced into the keystroke string; `at[i]` is where key i begins in it (a key outside
  // the BMP, such as an emoji, takes two code units).
  const all = keys.join('');
  const at: number[] = [0];
  for (const key of keys) at.push(at[at.length - 1]! + key.length);
  const tryKeys = (edited: string): void => {
    const text = fromKeystrokes(edited);
    if (text && text !== word && ![...text].some(isJamo)) out.add(text);
  };
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    if (!nearStray(i)) continue;
    const before = all.slice(0, at[i]);
    const after = all.slice(at[i + 1]);
    tryKeys(before + after);
    if (i + 1 < keys.length && nearStray(i + 1)) tryKeys(before + keys[i + 1]! + key + all.slice(at[i + 2]));
    for (const k of LETTER_KEYS) {
      if (areAdjacentKeys(k, key) || isShiftPair(k, key)) tryKeys(before + k + after);
    }
    if (!stray.has(i)) continue;
    if (isVowelKey(key)) for (const k of CONSONANT_KEYS) tryKeys(before + k + key + after);
    else {
      // The missed vowel is after the stray consonant (통신ㅂ → 통신비), or before it, where the
      // consonant ahead of it then read as a final (가각ㅇ → 가가강).
      for (const k of VOWEL_KEYS) {
        tryKeys(before + key + k + after);
        tryKeys(before + k + key + after);
      }
    }
  }
  return [...out];
}
