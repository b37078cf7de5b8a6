export { normalize, type NormalizeOptions } from './normalize.js';
export { toKeystrokes, fromKeystrokes, fromKeyArray, keyArray, isSyllable, isJamo, hasJamo, isVowelKey, hasHangul } from './keystrokes.js';
export { getChoseong, isChoseongOnly } from './choseong.js';
export { colloquialVowelMisread, mergedVowelSyllables, mergedVowelVariants, needlessSaiSiot, palatalVowelSyllables, soundAlikeSyllables, soundRespellings, withoutGlideI, withoutSaiSiot } from './pronunciation.js';
export { PARTICLES, LONG_PARTICLES, isParticle, isEnding, particleSwap } from './particles.js';
export { contracted, LONGEST_ENDING, mustContract, isVerbalizingForm, stemsBeforeEnding, stemSyllableBeforeFinal, stemSyllablesMergedInto, writesUncontracted } from './conjugation.js';
export {
  keyPosition,
  areAdjacentKeys,
  isShiftPair,
  latinToHangul,
  hangulToLatin,
  isLayoutLetter,
  type KeyPosition,
} from './keyboard.js';
export { FINAL_NIEUN, FINAL_RIEUL, syllableParts, type SyllableParts } from './syllable.js';
