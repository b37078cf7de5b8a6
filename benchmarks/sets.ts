/** Typed states of dev-set queries, as the latency benchmarks replay them. */
import { typedPrefix } from '../src/eval/index.js';
import { normalize, toKeystrokes } from '../src/hangul/index.js';

/** Each query after 20, 40, 60 and 80% of its keystrokes (at least one), IME states included. */
export function loggedPrefixes(queries: readonly string[]): string[] {
  return queries.flatMap((q) => {
    const n = toKeystrokes(normalize(q)).length;
    return [0.2, 0.4, 0.6, 0.8].map((share) => typedPrefix(q, Math.max(1, Math.round(n * share))));
  });
}

/** A query after the first half of its keystrokes (rounded up). */
export function halfTyped(query: string): string {
  return typedPrefix(query, Math.ceil(toKeystrokes(normalize(query)).length / 2));
}
