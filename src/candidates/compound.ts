/** characters of the longest known word a compound is read as */
export const MAX_PART_CHARS = 8;
/** characters of the longest word taken apart as a compound (longer: a phrase, or input no one types) */
export const MAX_COMPOUND_CHARS = 16;
/**
 * A part of a compound that is a number or code, with a counter or particle after it (18대, 3월,
 * 2tv, 1%의): no lexicon lists them, and they are typed as meant.
 */
export const NUMBER_PART = /^[0-9a-z%.]*[0-9][0-9a-z%.]*[가-힣]?$/u;

/**
 * Where a word written without spaces can be cut into known words (a compound: 격투기선수금밀수):
 * `ends[i]` is whether its first `i` characters are a run of words `isWord(from, to)` accepts, of
 * at most `maxPart` characters each. A dynamic programme of at most `chars × maxPart` checks.
 * @example runEnds(3, (a, b) => b - a === 3) // [true, false, false, true]
 */
export function runEnds(length: number, isWord: (from: number, to: number) => boolean, maxPart = MAX_PART_CHARS): boolean[] {
  const ends = new Array<boolean>(length + 1).fill(false);
  ends[0] = true;
  for (let i = 1; i <= length; i++) {
    for (let from = Math.max(0, i - maxPart); from < i && !ends[i]; from++) ends[i] = ends[from]! && isWord(from, i);
  }
  return ends;
}
