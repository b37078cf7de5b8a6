/**
 * Input normalization: the one place where raw client text becomes the text every stage sees.
 *
 * Order matters for idempotence: characters are removed and mapped *before* NFC, so that removing a
 * zero-width joiner between two conjoining jamo cannot create a newly composable sequence on a
 * second pass; conjoining jamo left over after NFC become compatibility jamo, which NFC never touches.
 */

import { fromKeystrokes, toKeystrokes } from './keystrokes.js';

// Whitespace-like controls become spaces rather than vanishing, so "a\tb" stays two words.
const WHITESPACE = /[\s\u0085\u180e]+/gu;
// Controls, format characters (zero-width space/joiners, BOM, bidi marks) and lone surrogates.
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}]/gu;
// Variation selectors and combining enclosing marks do not change what a person searched for.
const VARIATION = /[\u{fe00}-\u{fe0f}\u{e0100}-\u{e01ef}]/gu;

/** Conjoining jamo (U+1100 block) → compatibility jamo (U+3130 block), for jamo NFC could not compose. */
const CONJOINING_TO_COMPAT = new Map<number, string>();
{
  const cho = 'ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ';
  const jung = 'ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ';
  const jong = 'ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ';
  [...cho].forEach((c, i) => CONJOINING_TO_COMPAT.set(0x1100 + i, c));
  [...jung].forEach((c, i) => CONJOINING_TO_COMPAT.set(0x1161 + i, c));
  [...jong].forEach((c, i) => CONJOINING_TO_COMPAT.set(0x11a8 + i, c));
  CONJOINING_TO_COMPAT.set(0x115f, ''); // choseong filler
  CONJOINING_TO_COMPAT.set(0x1160, ''); // jungseong filler
}
const CONJOINING = /[\u1100-\u11ff]/gu;

// Full-width ASCII (U+FF01..U+FF5E) sits at a fixed offset from ASCII; U+3000 is the ideographic space.
const FULL_WIDTH = /[\uff01-\uff5e\u3000]/gu;
function toHalfWidth(ch: string): string {
  const code = ch.charCodeAt(0);
  return code === 0x3000 ? ' ' : String.fromCharCode(code - 0xfee0);
}

// Half-width Hangul letters (U+FFA0..U+FFDC, from legacy and some East Asian input systems) are the
// compatibility jamo U+3131..U+3163 in the same order, the vowels in four runs with gaps between
// (NFKC would take them on to the conjoining jamo); the fillers (half-width and U+3164) are blanks
// that show nothing.
const HALF_WIDTH_HANGUL = /[\uffa0-\uffdc\u3164]/gu;
const HALF_WIDTH_RUNS: readonly (readonly [number, number, number])[] = [
  [0xffa1, 0xffbe, 0x3131],
  [0xffc2, 0xffc7, 0x314f],
  [0xffca, 0xffcf, 0x3155],
  [0xffd2, 0xffd7, 0x315b],
  [0xffda, 0xffdc, 0x3161],
];
function fromHalfWidthHangul(ch: string): string {
  const code = ch.charCodeAt(0);
  for (const [from, to, compat] of HALF_WIDTH_RUNS) if (code >= from && code <= to) return String.fromCharCode(compat + code - from);
  return '';
}

// A run of compatibility jamo with no syllable on either side (ㅇㅏㄴㄴㅕㅇ, but not the ㅋㅋ of 영화ㅋㅋ).
const JAMO_RUN = /(?<![\u3131-\u318e가-힣])[\u3131-\u318e]+(?![\u3131-\u318e가-힣])/gu;
const SYLLABLES_ONLY = /^[가-힣]+$/u;
// Words of precomposed syllables, lower-case Latin letters and digits, one space apart: every step
// below leaves such text as it is (NFC never changes a precomposed syllable), and most queries and
// all but a few of the model's completions are such text.
const ALREADY_NORMAL = /^[가-힣a-z0-9]+(?: [가-힣a-z0-9]+)*$/u;

/**
 * A word spelled out in bare keystrokes (ㅇㅏㄴㄴㅕㅇ: a keystroke log, or jamo pasted from one) as
 * the syllables an IME makes of them (안녕), when they make nothing but syllables. Consonants alone
 * (ㅁㄹㅌㅋ, a choseong query), laughter (ㅋㅋ) and emoticons (ㅠㅅㅠ, which would leave a stray ㅠ)
 * stay as typed, and so do jamo beside syllables (영화ㅋㅋ, and the slips of a broken word, 통신ㅂ).
 */
function assembleKeystrokeWords(text: string): string {
  return text.replace(JAMO_RUN, (run) => {
    const syllables = fromKeystrokes(toKeystrokes(run));
    return SYLLABLES_ONLY.test(syllables) ? syllables : run;
  });
}

export interface NormalizeOptions {
  /**
   * Lower-case Latin letters (default true). Keyboard-layout detection turns this off, because
   * shift state is information there: `Rk` is 까, `rk` is 가.
   */
  lowercase?: boolean;
}

/**
 * Normalizes search input: NFC, full-width → ASCII, half-width Hangul → jamo, lower-case, invisible characters removed,
 * whitespace collapsed, words typed as bare keystrokes assembled. Idempotent. Never throws.
 * @example normalize('ＡＢＣ  아이폰\u200b') // 'abc 아이폰'
 * @example normalize('아이폰'.normalize('NFD')) // '아이폰'
 * @example normalize('ㅇㅏㅇㅣㅍㅗㄴ') // '아이폰'
 */
export function normalize(input: string, options: NormalizeOptions = {}): string {
  if (ALREADY_NORMAL.test(input)) return input;
  let text = input.replace(WHITESPACE, ' ').replace(INVISIBLE, '').replace(VARIATION, '');
  text = text.replace(FULL_WIDTH, toHalfWidth).replace(HALF_WIDTH_HANGUL, fromHalfWidthHangul);
  if (options.lowercase !== false) text = text.toLowerCase();
  text = text.normalize('NFC');
  text = text.replace(CONJOINING, (ch) => CONJOINING_TO_COMPAT.get(ch.charCodeAt(0)) ?? '');
  // A second NFC pass composes anything lower-casing or jamo mapping exposed; it is a no-op on
  // Hangul (compatibility jamo never compose) and keeps the whole function idempotent.
  text = assembleKeystrokeWords(text.normalize('NFC'));
  return text.replace(WHITESPACE, ' ').trim();
}
