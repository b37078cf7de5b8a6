import { toKeystrokes } from '../hangul/index.js';
import type { ResultItem } from './types.js';

/** What the lexicon says of a word's spelling: nothing (no entry, or a rare form of running text), vouched for, or commonly used. */
export type WordStanding = 'unknown' | 'rare' | 'common';

/**
 * Whether two keystroke strings are at most one edit apart: one key substituted, added or dropped,
 * or two adjacent keys swapped (the edits of `KeystrokeTrie.fuzzy`, bound 1). Linear in their length.
 * @example withinOneKey('ㅋㅗㄴㅅㅓㅌ', 'ㅋㅗㄴㅅㅓㅌㅡ') // true: 콘섵, 콘서트 cut one key short
 */
export function withinOneKey(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const restA = a.slice(i);
  const restB = b.slice(i);
  if (restA.length === restB.length) {
    if (restA.slice(1) === restB.slice(1)) return true; // substituted (or equal)
    return restA.length >= 2 && restA[0] === restB[1] && restA[1] === restB[0] && restA.slice(2) === restB.slice(2);
  }
  return restA.length > restB.length ? restA.slice(1) === restB : restB.slice(1) === restA;
}

/**
 * The LM's completions without those that misspell or cut short a common word it also wrote: a
 * completion whose last word the lexicon does not vouch for, one keystroke from another of the
 * model's completions whose last word is common, or the start of that word. Beam search ends a
 * text wherever the model gives the end some probability, so beside 모의고사 it offers 모의고상,
 * 모의곳, 모의고스 and 모의고, and beside 콘서트 콘섵 and 콘서티; nobody means those, and the right
 * spelling is in the list. Only the model's own completions count as the right spelling: a new
 * name is often one key from a famous one the lexicon suggests (박주원 and 박지원, 홍현희 and 황현희,
 * 로또 813회 and 815회). A word the lexicon vouches for, however rare (이현공 beside 이현경), stays,
 * and so does a new word with no common neighbour.
 */
export function withoutMisspellings(generated: readonly ResultItem[], standing: (word: string) => WordStanding): ResultItem[] {
  const lastWord = (text: string): string => text.slice(text.lastIndexOf(' ') + 1);
  const common = generated.filter((c) => standing(lastWord(c.text)) === 'common').map((c) => ({ text: c.text, keys: toKeystrokes(c.text) }));
  if (common.length === 0) return [...generated];
  const misspells = (keys: string, word: { keys: string }): boolean =>
    withinOneKey(word.keys, keys) || (word.keys.startsWith(keys) && !word.keys.includes(' ', keys.length));
  return generated.filter((g) => {
    if (standing(lastWord(g.text)) !== 'unknown') return true;
    const keys = toKeystrokes(g.text);
    return !common.some((c) => c.text !== g.text && misspells(keys, c));
  });
}
