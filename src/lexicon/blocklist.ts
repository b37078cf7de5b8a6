import { normalize } from '../hangul/index.js';

/**
 * The suggestion blocklist. A line is a term (blocks entries with that word), a term ending in `*`
 * (blocks entries with a word starting with it: every inflection and variant of an unambiguous
 * slur), or `!word` (never blocked: an innocent word a prefix would catch, 시발점 "starting point").
 * `#` starts a comment. Terms are normalized like queries.
 */
export interface Blocklist {
  words: ReadonlySet<string>;
  prefixes: readonly string[];
  allowed: ReadonlySet<string>;
}

/** Parses blocklist text (see `Blocklist`). */
export function parseBlocklist(text: string): Blocklist {
  const words = new Set<string>();
  const prefixes = new Set<string>();
  const allowed = new Set<string>();
  for (const line of text.split('\n')) {
    const raw = line.replace(/#.*/, '').trim();
    if (!raw) continue;
    if (raw.startsWith('!')) {
      const w = normalize(raw.slice(1));
      if (w) allowed.add(w);
    } else if (raw.endsWith('*')) {
      const p = normalize(raw.slice(0, -1));
      if (p) prefixes.add(p);
    } else {
      const w = normalize(raw);
      if (w) words.add(w);
    }
  }
  return { words, prefixes: [...prefixes].sort(), allowed };
}

/** Writes a blocklist back in the format `parseBlocklist` reads. */
export function formatBlocklist(list: Blocklist): string {
  return [...[...list.words].sort(), ...list.prefixes.map((p) => `${p}*`), ...[...list.allowed].sort().map((a) => `!${a}`)].join('\n');
}

/**
 * True when an entry must not be suggested: one of its words is a blocked term or starts with a
 * blocked prefix (and is not explicitly allowed). Whole words, not substrings, so 고자세 or 최고자
 * stay out of the blocklist's reach.
 * @example isBlocked('개새끼 짤', parseBlocklist('개새*')) // true
 */
export function isBlocked(text: string, list: Blocklist): boolean {
  if (list.words.has(text)) return true;
  for (const word of text.split(' ')) {
    if (list.allowed.has(word)) continue;
    if (list.words.has(word)) return true;
    for (const p of list.prefixes) if (word.startsWith(p)) return true;
  }
  return false;
}
