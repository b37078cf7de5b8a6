import type { CandidateKind } from '../candidates/index.js';
import type { ResultItem } from './types.js';

/**
 * The lists the engine answers with: suggestions and candidates best first, each with a score
 * rounded as the API shows it.
 */

/** A score as the API shows it, to four decimals: enough to order by, and stable in a JSON body. */
export function round(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}

/**
 * The lexicon's suggestions (ordered by score, best first) with the LM's completions (scored on the
 * lexicon's scale, `LM_LIMITS.completionScoreOffset`; in their own order) merged in by score, the
 * first n. An LM completion is capped just below the lexicon's last match of the prefix as typed,
 * by its initials or in the other keyboard layout: the lexicon vouches for those, and they are what
 * the typist asked for. Its one-typo and infix matches are guesses too, so the LM's completions
 * compete with them, except those `vouched` for (a mistyped last word set right). Both lists keep
 * their own order.
 */
export function withGenerated(lexicon: readonly ResultItem[], generated: readonly ResultItem[], n: number, vouched: ReadonlySet<string> = new Set()): ResultItem[] {
  const typed = lexicon.filter((s) => vouched.has(s.text) || s.kinds.some((k) => k !== 'typo' && k !== 'infix'));
  // `generated` is in the order `generate` chose (known words and the search's completions
  // alternating); each keeps its place among the others by taking at most the score of the one before.
  let cap = round(Math.min(...typed.map((s) => s.score)) - 1e-4);
  const lm = generated.map((g) => {
    cap = Math.min(cap, g.score);
    return g.score === cap ? g : { ...g, score: cap };
  });
  // A stable sort: on equal scores the lexicon's suggestion stays first.
  return [...lexicon, ...lm].sort((a, b) => b.score - a.score).slice(0, n);
}

/** `items` (best first) with `item` placed by its score after those that score as high, the first n. */
export function withItem(items: readonly ResultItem[], item: ResultItem, n: number): ResultItem[] {
  const at = items.findIndex((s) => s.score < item.score);
  return at < 0 ? [...items, item].slice(0, n) : [...items.slice(0, at), item, ...items.slice(at)].slice(0, n);
}

/** `items` with the one whose text is `text` moved to the front (as they were when it is not there). */
export function moveFirst(items: ResultItem[], text: string): ResultItem[] {
  const i = items.findIndex((it) => it.text === text);
  if (i <= 0) return items;
  return [items[i]!, ...items.slice(0, i), ...items.slice(i + 1)];
}

/** A match found only by reading a key as a slip (a one-typo guess) or inside a query (infix). */
export function isGuess(m: { kinds: readonly CandidateKind[] }): boolean {
  return m.kinds.every((kind) => kind === 'typo' || kind === 'infix');
}
