const CHO = 'ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ';
const CONSONANT_JAMO = /^[ㄱ-ㅎ]$/u;

/**
 * The initial consonants (초성) of each syllable; other characters are kept, so spacing survives.
 * @example getChoseong('멜론 티켓') // 'ㅁㄹ ㅌㅋ'
 */
export function getChoseong(text: string): string {
  let out = '';
  for (const ch of text) {
    const c = ch.charCodeAt(0);
    if (c >= 0xac00 && c <= 0xd7a3) out += CHO[Math.floor((c - 0xac00) / 588)];
    else out += ch;
  }
  return out;
}

/**
 * True when the text is made only of consonant jamo (and spaces), as in a choseong query.
 * @example isChoseongOnly('ㅁㄹㅌㅋ') // true
 */
export function isChoseongOnly(text: string): boolean {
  let any = false;
  for (const ch of text) {
    if (ch === ' ') continue;
    if (!CONSONANT_JAMO.test(ch)) return false;
    any = true;
  }
  return any;
}
