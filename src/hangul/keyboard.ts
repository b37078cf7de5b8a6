import { fromKeystrokes, toKeystrokes } from './keystrokes.js';

/**
 * The 2-beolsik (두벌식, KS X 5002) layout over a QWERTY keyboard. Row and column give the physical
 * key, so the channel model can tell neighbouring keys from far ones.
 */
const ROWS: readonly (readonly [latin: string, jamo: string, shiftedJamo: string])[][] = [
  [['q', 'ㅂ', 'ㅃ'], ['w', 'ㅈ', 'ㅉ'], ['e', 'ㄷ', 'ㄸ'], ['r', 'ㄱ', 'ㄲ'], ['t', 'ㅅ', 'ㅆ'],
   ['y', 'ㅛ', 'ㅛ'], ['u', 'ㅕ', 'ㅕ'], ['i', 'ㅑ', 'ㅑ'], ['o', 'ㅐ', 'ㅒ'], ['p', 'ㅔ', 'ㅖ']],
  [['a', 'ㅁ', 'ㅁ'], ['s', 'ㄴ', 'ㄴ'], ['d', 'ㅇ', 'ㅇ'], ['f', 'ㄹ', 'ㄹ'], ['g', 'ㅎ', 'ㅎ'],
   ['h', 'ㅗ', 'ㅗ'], ['j', 'ㅓ', 'ㅓ'], ['k', 'ㅏ', 'ㅏ'], ['l', 'ㅣ', 'ㅣ']],
  [['z', 'ㅋ', 'ㅋ'], ['x', 'ㅌ', 'ㅌ'], ['c', 'ㅊ', 'ㅊ'], ['v', 'ㅍ', 'ㅍ'], ['b', 'ㅠ', 'ㅠ'],
   ['n', 'ㅜ', 'ㅜ'], ['m', 'ㅡ', 'ㅡ']],
];

export interface KeyPosition {
  row: number;
  col: number;
  shift: boolean;
}

const POSITION = new Map<string, KeyPosition>();
const LATIN_TO_JAMO = new Map<string, string>();
const JAMO_TO_LATIN = new Map<string, string>();
ROWS.forEach((row, r) =>
  row.forEach(([latin, jamo, shifted], c) => {
    POSITION.set(jamo, { row: r, col: c, shift: false });
    LATIN_TO_JAMO.set(latin, jamo);
    JAMO_TO_LATIN.set(jamo, latin);
    if (shifted !== jamo) {
      POSITION.set(shifted, { row: r, col: c, shift: true });
      JAMO_TO_LATIN.set(shifted, latin.toUpperCase());
    }
    // Shift on a key without a shifted jamo types the plain jamo (Caps Lock habits).
    LATIN_TO_JAMO.set(latin.toUpperCase(), shifted);
  }),
);

/** Where a jamo key sits on the keyboard, or undefined for anything that is not a 2-beolsik key. */
export function keyPosition(jamo: string): KeyPosition | undefined {
  return POSITION.get(jamo);
}

/**
 * True when two different keys are physical neighbours (same row ±1 column, or an adjacent row
 * within the usual half-key stagger).
 * @example areAdjacentKeys('ㅁ', 'ㄴ') // true (a, s)
 */
export function areAdjacentKeys(a: string, b: string): boolean {
  const pa = POSITION.get(a);
  const pb = POSITION.get(b);
  if (!pa || !pb) return false;
  if (pa.row === pb.row && pa.col === pb.col) return false;
  if (pa.row === pb.row) return Math.abs(pa.col - pb.col) === 1;
  if (Math.abs(pa.row - pb.row) !== 1) return false;
  // Rows are staggered right by about half a key going down: row r+1 col c sits under cols c, c+1.
  // (Picked one by one, not destructured from a pair: this runs for every key a correction tries.)
  const upper = pa.row < pb.row ? pa : pb;
  const lower = pa.row < pb.row ? pb : pa;
  return lower.col === upper.col || lower.col === upper.col - 1;
}

/**
 * True when two jamo are the same physical key with and without shift (ㄱ/ㄲ, ㅐ/ㅒ).
 * @example isShiftPair('ㄱ', 'ㄲ') // true
 */
export function isShiftPair(a: string, b: string): boolean {
  const pa = POSITION.get(a);
  const pb = POSITION.get(b);
  return !!pa && !!pb && a !== b && pa.row === pb.row && pa.col === pb.col;
}

/**
 * Text typed with the English layout on, read as the Hangul it was meant to be. Characters that
 * are not layout letters (digits, spaces, punctuation, Hangul) pass through.
 * @example latinToHangul('dkssud') // '안녕'
 * @example latinToHangul('Rk') // '까'
 */
export function latinToHangul(text: string): string {
  let keys = '';
  for (const ch of text) keys += LATIN_TO_JAMO.get(ch) ?? ch;
  return fromKeystrokes(keys);
}

/**
 * Text typed with the Korean layout on, read as the Latin it was meant to be.
 * @example hangulToLatin('ㅑㅔㅙㅜㄷ') // 'iphone'
 */
export function hangulToLatin(text: string): string {
  let out = '';
  for (const key of toKeystrokes(text)) out += JAMO_TO_LATIN.get(key) ?? key;
  return out;
}

/** True for a Latin letter that types a jamo on the 2-beolsik layout. */
export function isLayoutLetter(ch: string): boolean {
  return LATIN_TO_JAMO.has(ch);
}
