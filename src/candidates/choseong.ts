import { getChoseong, isSyllable, toKeystrokes } from '../hangul/index.js';
import type { Lexicon } from '../lexicon/index.js';
import type { Candidate, QueryInput } from './candidate.js';

const CONSONANT = /^[ㄱ-ㅎ]$/u;

/** Bounds for choseong lookups: a one- or two-consonant query matches thousands of entries. */
export const CHOSEONG_LIMITS = { minConsonants: 2, maxPops: 20_000 } as const;

/**
 * The choseong pattern of a query, when it is one: consonant jamo, alone (ㅁㄹㅌㅋ) or after
 * leading syllables (멜론ㅌㅋ), with at least two consonants in a row. Returns the choseong keys
 * to look up and a per-character test an entry must pass, or undefined.
 */
export function choseongPattern(text: string): { keys: string; accepts: (entry: string) => boolean } | undefined {
  const chars = [...text.replaceAll(' ', '')];
  let run = 0;
  let maxRun = 0;
  for (const ch of chars) {
    if (CONSONANT.test(ch)) maxRun = Math.max(maxRun, ++run);
    else if (isSyllable(ch) || /[a-z0-9]/u.test(ch)) run = 0;
    else return undefined;
  }
  if (maxRun < CHOSEONG_LIMITS.minConsonants) return undefined;
  const keys = toKeystrokes(getChoseong(chars.join('')));
  // Full syllables must match exactly where they stand; consonants match initial consonants.
  const accepts = (entry: string): boolean => {
    const e = [...entry.replaceAll(' ', '')];
    for (let i = 0; i < chars.length; i++) {
      const q = chars[i]!;
      const c = e[i];
      if (c === undefined) return false;
      if (CONSONANT.test(q) ? getChoseong(c) !== q : c !== q) return false;
    }
    return true;
  };
  return { keys, accepts };
}

/**
 * Entries whose initial consonants start with the query's (ㅁㄹㅌㅋ → 멜론티켓), heaviest first.
 * @example choseongCompletions(lexicon, input('ㅁㄹㅌㅋ'), 10)
 */
export function choseongCompletions(lexicon: Lexicon, input: QueryInput, k: number): Candidate[] {
  const pattern = choseongPattern(input.normalized);
  if (!pattern) return [];
  const start = lexicon.choseong.find(pattern.keys);
  if (start < 0) return [];
  const ids = lexicon.choseong.bestFirst([start], k, (id) => pattern.accepts(lexicon.entries[id]!.text), CHOSEONG_LIMITS.maxPops);
  // People usually type the initials of the whole query (ㅇㅎㅇ for 이하이), so entries whose
  // initials are exactly the typed ones join the ranking even when heavier, longer ones fill k.
  const exact = lexicon.choseong.entriesAt(start).filter((id) => lexicon.entries[id]!.weight > 0 && pattern.accepts(lexicon.entries[id]!.text));
  const merged = [...new Set([...exact.slice(0, Math.ceil(k / 2)), ...ids])];
  return merged.map((id) => ({ text: lexicon.entries[id]!.text, kinds: ['choseong'] }));
}

/** Entries whose whole choseong equals the query's: corrections of a choseong query. */
export function choseongMatches(lexicon: Lexicon, input: QueryInput, k: number): Candidate[] {
  const pattern = choseongPattern(input.normalized);
  if (!pattern) return [];
  const length = [...input.normalized.replaceAll(' ', '')].length;
  return choseongCompletions(lexicon, input, k * 4)
    .filter((c) => [...c.text.replaceAll(' ', '')].length === length)
    .slice(0, k);
}
