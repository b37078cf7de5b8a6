/** Keystroke slips for property tests of the edits that undo them (`brokenWordRepairs`, `oneKeyEdits`). */
import fc from 'fast-check';
import { areAdjacentKeys, fromKeystrokes, isShiftPair, toKeystrokes } from '../src/hangul/index.js';

// Words of common syllables, some with final consonants and compound vowels.
export const SYLLABLES = [...'가나다라마바사아자차카타파하강원도서울맛집괜찮광화문쇠뭐됐읽닭'];
const LETTERS = [...'ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎㅏㅐㅑㅒㅓㅔㅕㅖㅗㅛㅜㅠㅡㅣ'];

/** One keystroke slip: a key missed, one added, two swapped, or one pressed for its neighbour. */
export type Slip = { kind: 'delete' | 'insert' | 'swap' | 'neighbour'; at: number; key: string };

export const slipArb = fc.record({ kind: fc.constantFrom('delete', 'insert', 'swap', 'neighbour'), at: fc.nat(40), key: fc.constantFrom(...LETTERS) }) as fc.Arbitrary<Slip>;

/** The keys of `keys` after one slip, or undefined when the slip does not apply there. */
export function slip(keys: string[], s: Slip): string[] | undefined {
  const i = s.at % (keys.length + 1);
  if (s.kind === 'insert') return [...keys.slice(0, i), s.key, ...keys.slice(i)];
  if (i >= keys.length) return undefined;
  if (s.kind === 'delete') return [...keys.slice(0, i), ...keys.slice(i + 1)];
  if (s.kind === 'swap') return i + 1 < keys.length && keys[i] !== keys[i + 1] ? [...keys.slice(0, i), keys[i + 1]!, keys[i]!, ...keys.slice(i + 2)] : undefined;
  return areAdjacentKeys(s.key, keys[i]!) || isShiftPair(s.key, keys[i]!) ? [...keys.slice(0, i), s.key, ...keys.slice(i + 1)] : undefined;
}

/**
 * Runs `check` on words of up to `maxSyllables` common syllables, each after one slip, as the IME
 * composes the slipped keys (`typed`); slips that do not apply to a word are skipped.
 */
export function forSlippedWords(options: { maxSyllables: number; numRuns: number; seed: number }, check: (word: string, typed: string, s: Slip) => void): void {
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...SYLLABLES), { minLength: 1, maxLength: options.maxSyllables }), slipArb, (syllables, s) => {
      const word = syllables.join('');
      const slipped = slip([...toKeystrokes(word)], s);
      if (slipped) check(word, fromKeystrokes(slipped.join('')), s);
    }),
    { numRuns: options.numRuns, seed: options.seed },
  );
}
