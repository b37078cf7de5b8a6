import { normalize } from '../hangul/index.js';

/**
 * Parses a blocklist file: one term a line, `#` comments, normalized like queries.
 */
export function parseBlocklist(text: string): string[] {
  const terms = new Set<string>();
  for (const line of text.split('\n')) {
    const term = normalize(line.replace(/#.*/, ''));
    if (term) terms.add(term);
  }
  return [...terms].sort();
}

/**
 * True when an entry must not be suggested: one of its words is a blocked term, or starts with a
 * blocked term of three or more characters. Matching whole words (not substrings) keeps innocent
 * words such as 고자세 or 최고자 out of the blocklist's reach.
 * @example isBlocked('개새끼 짤', ['개새끼']) // true
 */
export function isBlocked(text: string, terms: readonly string[] | ReadonlySet<string>): boolean {
  const set = terms instanceof Set ? terms : new Set(terms);
  const words = text.split(' ');
  for (const word of words) {
    if (set.has(word)) return true;
    for (let len = 3; len < word.length; len++) if (set.has(word.slice(0, len))) return true;
  }
  // Multi-word blocked phrases.
  return words.length > 1 && set.has(text);
}
