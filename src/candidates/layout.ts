import { hangulToLatin, isSyllable, latinToHangul, normalize } from '../hangul/index.js';
import type { Lexicon } from '../lexicon/index.js';
import type { Candidate, QueryInput } from './candidate.js';

const LATIN = /[a-z]/iu;
const STRAY_JAMO = /[ㄱ-ㅣ]/u;
const VOWEL_JAMO = /[ㅏ-ㅣ]/u;

/**
 * True when text reads as Hangul a person could have meant: syllables (and digits or symbols),
 * no stray jamo. English typed through the Korean layout rarely passes (iphone → ㅑㅔㅙㅜㄷ).
 */
function isWellFormedHangul(text: string): boolean {
  let syllables = 0;
  for (const ch of text) {
    if (isSyllable(ch)) syllables++;
    else if (STRAY_JAMO.test(ch) || LATIN.test(ch)) return false;
  }
  return syllables > 0;
}

/**
 * Reads a query typed with the wrong keyboard layout: Latin words that spell well-formed Hangul on
 * the 2-beolsik layout (dkssud → 안녕), and Hangul words made of stray jamo that spell Latin
 * (ㅑㅔㅙㅜㄷ → iphone). Words that are fine as typed are left alone; whether the converted query
 * wins is the ranker's call (lexicon and language model), not this function's.
 * @example layoutCandidates(input('dkssudgktpdy')) // [{ text: '안녕하세요', kinds: ['layout'] }]
 */
export function layoutCandidates(input: QueryInput, lexicon: Lexicon): Candidate[] {
  // Case matters here: shift types ㄲ and ㅒ, so read the raw text with case kept.
  const words = normalize(input.raw, { lowercase: false }).split(' ');
  // Beside words of Hangul syllables, a word with stray vowels is most often a slip in Hangul
  // (김하성 ㅐ년 거취, for 내년), not English typed on the Korean layout: it is read as Latin only
  // when that is a known word of two letters or more (ㅑㅔㅙㅜㄷ 케이스 → iphone 케이스), never as
  // osus, nor a lone ㅜ as n.
  const besideHangul = words.some((word) => /[가-힣]/u.test(word));
  let changed = false;
  const converted = words.map((word) => {
    if (LATIN.test(word)) {
      // Convert each run of Latin letters on its own (sk채용 has one run, dkssud 맛집 one per word).
      const out = word.replace(/[a-zA-Z]+/gu, (run) => {
        // Known Latin words stay (bts, sns, aoa); and since almost any two or three letters spell
        // some syllable, a one-syllable reading must be a known word (ql → 비, tp → 세).
        if (lexicon.get(run.toLowerCase())) return run;
        const hangul = latinToHangul(run);
        if (!isWellFormedHangul(hangul)) return run;
        const syllables = [...hangul].length;
        if (syllables < 2 && !lexicon.get(hangul)) return run;
        return hangul;
      });
      if (out !== word) changed = true;
      return out;
    }
    if (VOWEL_JAMO.test(word) && !/^[가-힣]+$/u.test(word)) {
      // Stray vowels never appear in real Hangul input but do in English typed on the Korean layout.
      const latin = hangulToLatin(word);
      if (/^[a-zA-Z0-9]+$/u.test(latin) && (!besideHangul || (latin.length >= 2 && lexicon.get(latin.toLowerCase())))) {
        changed = true;
        return latin;
      }
    }
    return word;
  });
  if (!changed) return [];
  const text = normalize(converted.join(' '));
  return text && text !== input.normalized ? [{ text, kinds: ['layout'] }] : [];
}

/**
 * The prefix a person meant when typing with the wrong layout, for completion, or undefined. A
 * half-typed Hangul prefix may end in a stray jamo (dkdlvh → 아이포), so only the part before the
 * last character has to be well formed.
 * @example layoutPrefix(input('apffh')) // '멜로'
 */
export function layoutPrefix(input: QueryInput): string | undefined {
  const raw = normalize(input.raw, { lowercase: false });
  if (LATIN.test(raw)) {
    const hangul = latinToHangul(raw);
    const head = hangul.slice(0, -1);
    if (hangul !== raw && (isWellFormedHangul(hangul) || (head.length > 0 && isWellFormedHangul(head)))) return normalize(hangul);
    return undefined;
  }
  if (VOWEL_JAMO.test(raw) && !/^[가-힣 ]+$/u.test(raw)) {
    const latin = hangulToLatin(raw);
    if (/^[a-zA-Z0-9 ]+$/u.test(latin)) return normalize(latin);
  }
  return undefined;
}
