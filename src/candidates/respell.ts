import { soundRespellings } from '../hangul/index.js';
import { SOURCE_FLAGS, type Lexicon } from '../lexicon/index.js';
import type { Candidate } from './candidate.js';

/** Bounds of `respellingCandidates`: unknown words of a query tried, and their longest. */
export const RESPELL_LIMITS = { words: 4, maxChars: 10 } as const;

/**
 * Misspelling candidates by sound: for each word of the query that no source has or the dictionary
 * marks as misspelled (찌게 뜻 → 찌개 뜻, where the typo search keeps commoner words), the query with
 * the standard dictionary word it sounds as (`soundRespellings`: 움추리다 → 움츠리다, 빈털털이 →
 * 빈털터리, 돌맹이 → 돌멩이), however rare that word is in text. The typo search reaches only words
 * common enough to be correction targets (`Lexicon.targets`), and rare words are the ones people
 * spell by ear. At most `RESPELL_LIMITS.words` words, a few lookups per syllable each.
 * @example respellingCandidates(lexicon, '움추리다 뜻') // [{ text: '움츠리다 뜻', kinds: ['misspelling'] }]
 */
export function respellingCandidates(lexicon: Lexicon, normalized: string): Candidate[] {
  const words = normalized.split(' ');
  const out: Candidate[] = [];
  let tried = 0;
  for (let i = 0; i < words.length && tried < RESPELL_LIMITS.words; i++) {
    const word = words[i]!;
    if (word.length < 2 || word.length > RESPELL_LIMITS.maxChars || !/^[가-힣]+$/u.test(word) || !markedOrUnknown(lexicon, word)) continue;
    tried++;
    for (const respelled of soundRespellings(word)) {
      // A headword of the standard dictionary, not a form of one: read by ear, a particle or an
      // ending moves finals about (곤에 → 고네, 드러지 → 들어지) into forms no one meant.
      const entry = lexicon.get(respelled);
      if (!entry || entry.blocked || !entry.flags.includes(SOURCE_FLAGS.standard) || entry.flags.includes(SOURCE_FLAGS.nonstandard)) continue;
      out.push({ text: [...words.slice(0, i), respelled, ...words.slice(i + 1)].join(' '), kinds: ['misspelling'] });
    }
  }
  return out;
}

/** A word no source has, or one the dictionary marks as a misspelling (금지어: 찌게). */
function markedOrUnknown(lexicon: Lexicon, word: string): boolean {
  return !lexicon.get(word) || lexicon.markedMisspelled(word);
}
