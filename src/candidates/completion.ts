import type { Lexicon } from '../lexicon/index.js';
import type { Candidate, QueryInput } from './candidate.js';

/**
 * Completions of the keystroke prefix, heaviest first: a half-typed last syllable is a keystroke
 * prefix of what it will become (아잎 → 아이폰), so it completes like any other prefix.
 * @example prefixCompletions(lexicon, input('아잎'), 3) // 아이폰 xs, 아이폰8, …
 */
export function prefixCompletions(lexicon: Lexicon, input: QueryInput, k: number): Candidate[] {
  return lexicon.trie.complete(input.keys, k).map((id) => ({ text: lexicon.entries[id]!.text, kinds: ['completion'] }));
}
