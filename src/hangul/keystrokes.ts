import Hangul from 'hangul-js';

/**
 * Keystrokes on the 2-beolsik (두벌식) layout: every character of the returned string is one key
 * press. Compound vowels and final clusters split into their keys (과 → ㄱㅗㅏ, 닭 → ㄷㅏㄹㄱ);
 * double consonants and ㅒ/ㅖ are single (shifted) keys. Non-Hangul characters are their own key.
 * @example toKeystrokes('과') // 'ㄱㅗㅏ'
 * @example toKeystrokes('닭') // 'ㄷㅏㄹㄱ'
 */
export function toKeystrokes(text: string): string {
  // Fast path for the common case: no Hangul at all.
  if (!HANGUL_RE.test(text)) return text;
  let keys = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const slot = code >= 0xac00 && code <= 0xd7a3 ? code - 0xac00 : code >= 0x3131 && code <= 0x318e ? SYLLABLES + code - 0x3131 : -1;
    if (slot < 0) {
      keys += text[i];
      continue;
    }
    // hangul-js decomposes each character on its own, so its keys are kept per character: the
    // lexicon load and every request look up the same few thousand syllables again and again.
    keys += (CHAR_KEYS[slot] ??= Hangul.disassemble(text[i]!).join(''));
  }
  return keys;
}

const SYLLABLES = 0xd7a3 - 0xac00 + 1;
/** Keystrokes of each syllable (가..힣), then of each compatibility jamo (ㄱ..ㆎ), filled on first use. */
const CHAR_KEYS: (string | undefined)[] = new Array<string | undefined>(SYLLABLES + 0x318e - 0x3131 + 1);

/**
 * Re-assembles keystrokes exactly as a Korean IME would show them, so every half-typed state of a
 * word reads as a person sees it on screen.
 * @example fromKeystrokes('ㅇㅏㅇㅣㅍ') // '아잎'
 */
export function fromKeystrokes(keys: string): string {
  if (!HANGUL_RE.test(keys)) return keys;
  return Hangul.assemble(keyArray(keys));
}

/**
 * `fromKeystrokes` of keys already split one per element, as `[...keys]` splits them: edits of a
 * word's keys are composed without being joined into a string and split again.
 * @example fromKeyArray(['ㅇ', 'ㅏ', 'ㅇ', 'ㅣ', 'ㅍ']) // '아잎'
 */
export function fromKeyArray(keys: readonly string[]): string {
  // hangul-js reads the array and never writes it.
  return Hangul.assemble(keys as string[]);
}

/**
 * The keys of a keystroke string one per element, as `[...keys]` gives them, but each jamo the one
 * string kept for it: V8 makes a new string of every character of two bytes it splits off, and
 * correction composes ~100 edited words a query (a sixth of what a correction allocated).
 * @example keyArray('ㅇㅏㅇㅣㅍ') // ['ㅇ', 'ㅏ', 'ㅇ', 'ㅣ', 'ㅍ']
 */
export function keyArray(keys: string): string[] {
  // Sized once (pushing from empty regrows it), then cut to the keys found.
  const out = new Array<string>(keys.length);
  let n = 0;
  for (let i = 0; i < keys.length; i++) {
    const code = keys.charCodeAt(i);
    if (code >= 0x3131 && code <= 0x318e) out[n++] = JAMO_KEYS[code - 0x3131]!;
    else if (code >= 0xd800 && code <= 0xdbff && keys.charCodeAt(i + 1) >= 0xdc00 && keys.charCodeAt(i + 1) <= 0xdfff) {
      // A character outside the BMP (an emoji) is one key of two code units.
      out[n++] = keys.slice(i, i + 2);
      i++;
    } else out[n++] = keys[i]!;
  }
  out.length = n;
  return out;
}

/** Each compatibility jamo (ㄱ..ㆎ) as a string, made once. */
const JAMO_KEYS: readonly string[] = Array.from({ length: 0x318e - 0x3131 + 1 }, (_, i) => String.fromCharCode(0x3131 + i));

const HANGUL_RE = /[\u3131-\u318e\uac00-\ud7a3]/u;

/** True for a precomposed Hangul syllable (가..힣). */
export function isSyllable(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return c >= 0xac00 && c <= 0xd7a3;
}

/** True for a compatibility jamo (ㄱ..ㅣ), consonant or vowel. */
export function isJamo(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return c >= 0x3131 && c <= 0x3163;
}

/** True when `text` has a compatibility jamo anywhere (a key the IME left unjoined), as `isJamo` reads one; no array is made. */
export function hasJamo(text: string): boolean {
  return JAMO_RE.test(text);
}

const JAMO_RE = /[\u3131-\u3163]/u;

/** True for a compatibility vowel jamo (ㅏ..ㅣ). */
export function isVowelKey(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return c >= 0x314f && c <= 0x3163;
}

/** True when the text contains any Hangul syllable or jamo. */
export function hasHangul(text: string): boolean {
  return HANGUL_RE.test(text);
}
