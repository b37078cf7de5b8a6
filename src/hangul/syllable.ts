/** Hangul syllables (가..힣) as their initial, medial and final jamo indices, by Unicode arithmetic. */

const SYLLABLE_BASE = 0xac00;
const SYLLABLE_COUNT = 11172;

/** Finals ㄴ, ㄹ, ㄻ and ㅁ (`SyllableParts.final`). */
export const FINAL_NIEUN = 4;
export const FINAL_RIEUL = 8;
export const FINAL_RIEUL_MIEUM = 10;
export const FINAL_MIEUM = 16;

export interface SyllableParts {
  /** initial consonant, 0..18 (ㄱ ㄲ ㄴ ㄷ ㄸ ㄹ ㅁ ㅂ ㅃ ㅅ ㅆ ㅇ ㅈ ㅉ ㅊ ㅋ ㅌ ㅍ ㅎ) */
  onset: number;
  /** vowel, 0..20 (ㅏ ㅐ ㅑ ㅒ ㅓ ㅔ ㅕ ㅖ ㅗ ㅘ ㅙ ㅚ ㅛ ㅜ ㅝ ㅞ ㅟ ㅠ ㅡ ㅢ ㅣ) */
  vowel: number;
  /** final consonant, 0 for none, 1..27 (ㄱ ㄲ ㄳ ㄴ ㄵ ㄶ ㄷ ㄹ ㄺ ㄻ ㄼ ㄽ ㄾ ㄿ ㅀ ㅁ ㅂ ㅄ ㅅ ㅆ ㅇ ㅈ ㅊ ㅋ ㅌ ㅍ ㅎ) */
  final: number;
}

/** The parts of one precomposed syllable, or undefined for anything else. */
export function syllableParts(ch: string): SyllableParts | undefined {
  const index = ch.charCodeAt(0) - SYLLABLE_BASE;
  if (ch.length !== 1 || index < 0 || index >= SYLLABLE_COUNT) return undefined;
  return { onset: Math.floor(index / 588), vowel: Math.floor((index % 588) / 28), final: index % 28 };
}

/** The syllable of the given parts. */
export function composeSyllable(parts: SyllableParts): string {
  return String.fromCharCode(SYLLABLE_BASE + (parts.onset * 21 + parts.vowel) * 28 + parts.final);
}
