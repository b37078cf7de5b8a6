/** Typed states of dev-set queries, as the latency benchmarks replay them. */
import { join } from 'node:path';
import { mulberry32, readQueries, typedPrefix } from '../src/eval/index.js';
import { normalize, toKeystrokes } from '../src/hangul/index.js';
import { fnv1a } from '../src/lexicon/index.js';

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

/**
 * The queries whose keystrokes begin none of the `timed` queries' keystrokes. A warm-up is drawn
 * from these: the engine keeps the model's state after recent prefixes and reads on from a kept
 * one, so a warm-up request for the start of a timed prefix would leave that request half done
 * (a typo in the second half of a query leaves its first half as typed: 86 of 200 halves of
 * mistyped unseen queries were halves the benchmarks time).
 */
export function beginningNone(queries: readonly string[], timed: readonly string[]): string[] {
  const timedKeys = timed.map((q) => toKeystrokes(normalize(q)));
  return queries.filter((q) => {
    const keys = toKeystrokes(normalize(q));
    return !timedKeys.some((t) => t.startsWith(keys));
  });
}

/**
 * Hostile input of the longest length the service accepts (100 characters, its default
 * maxQueryLength), seeded: what a client can send to make one request as costly as possible.
 * Words of random syllables (each unknown, each searched for typos), many short words, stray
 * jamo, Latin, and a mix, in turn.
 */
export function hostileQueries(count: number, seed = 1): string[] {
  const rnd = mulberry32(seed);
  const pick = (chars: string): string => chars[Math.floor(rnd() * chars.length)]!;
  const syllable = (): string => String.fromCharCode(0xac00 + Math.floor(rnd() * 11172));
  const jamo = 'ㄱㄴㄷㄹㅁㅂㅅㅇㅈㅊㅋㅌㅍㅎㅏㅑㅓㅕㅗㅛㅜㅠㅡㅣ';
  const words = (n: number, length: () => string): string => Array.from({ length: n }, length).join(' ');
  const kinds: (() => string)[] = [
    () => words(25, () => syllable() + syllable() + syllable()),
    () => words(34, () => syllable() + syllable()),
    () => words(20, () => pick('가나다라마바사아자차카타파하') + pick('가나다라마바사아자차카타파하') + pick('고노도로모보소오조')),
    () => words(20, () => pick(jamo) + pick(jamo) + pick(jamo) + pick(jamo)),
    () => Array.from({ length: 100 }, syllable).join(''),
    () => words(17, () => Array.from({ length: 5 }, () => pick('qwertyuiopasdfghjklzxcvbnm')).join('')),
    () => Array.from({ length: 100 }, () => (rnd() < 0.3 ? pick(jamo) : rnd() < 0.5 ? syllable() : pick('abc 12%'))).join(''),
  ];
  return Array.from({ length: count }, (_, i) => kinds[i % kinds.length]!().slice(0, 100).trim());
}

/**
 * One lexicon word in 10, chosen by a hash of its text rather than its place in the lexicon, so
 * that adding or blocking entries leaves the rest of the sample as it was (every 10th entry shifted
 * the whole sample with each rebuild).
 */
export function inWordSample(text: string): boolean {
  // FNV-1a's low digits are uneven over short Hangul strings (13% of words had residue 3); a
  // murmur3 finalizer spreads them.
  let h = fnv1a(text);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return ((h ^ (h >>> 16)) >>> 0) % 10 === 3;
}

/**
 * The hand-written queries newer than the logs (benchmarks/newer-queries.txt), each spelled as
 * meant: `bench:modes`, `bench:peers` and a test count the corrections made to them.
 */
export function newerQueries(): string[] {
  return readQueries(join(import.meta.dirname, 'newer-queries.txt'));
}
