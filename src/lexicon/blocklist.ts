import { normalize } from '../hangul/index.js';

/**
 * The suggestion blocklist. A line is a term (blocks entries with that word), a term ending in `*`
 * (blocks entries with a word starting with it: every inflection and variant of an unambiguous
 * slur), a term starting with `*` (blocks entries with a word that ends in it after something
 * else: a place and a sex trade written together, 강남오피, the way spam names them), or `!word`
 * (never blocked: an innocent word a prefix or a suffix would catch, 시발점 "starting point",
 * 칼리오피). `#` starts a comment. Terms are normalized like queries.
 */
export interface Blocklist {
  words: ReadonlySet<string>;
  prefixes: readonly string[];
  suffixes: readonly string[];
  allowed: ReadonlySet<string>;
}

/** Parses blocklist text (see `Blocklist`). */
export function parseBlocklist(text: string): Blocklist {
  const words = new Set<string>();
  const prefixes = new Set<string>();
  const suffixes = new Set<string>();
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
    } else if (raw.startsWith('*')) {
      const suffix = normalize(raw.slice(1));
      if (suffix) suffixes.add(suffix);
    } else {
      const w = normalize(raw);
      if (w) words.add(w);
    }
  }
  return { words, prefixes: [...prefixes].sort(), suffixes: [...suffixes].sort(), allowed };
}

/** Writes a blocklist back in the format `parseBlocklist` reads. */
export function formatBlocklist(list: Blocklist): string {
  return [...[...list.words].sort(), ...list.prefixes.map((p) => `${p}*`), ...list.suffixes.map((x) => `*${x}`), ...[...list.allowed].sort().map((a) => `!${a}`)].join('\n');
}

/**
 * True when an entry must not be suggested: one of its words is a blocked term, starts with a
 * blocked prefix or ends in a blocked suffix (and is not explicitly allowed). Whole words, not
 * substrings, so 고자세 or 최고자 stay out of the blocklist's reach.
 * @example isBlocked('개새끼 짤', parseBlocklist('개새*')) // true
 */
export function isBlocked(text: string, list: Blocklist): boolean {
  if (list.words.has(text)) return true;
  for (const word of text.split(' ')) {
    if (list.allowed.has(word)) continue;
    if (list.words.has(word)) return true;
    for (const p of list.prefixes) if (word.startsWith(p)) return true;
    // The term alone is a word of its own (안마, massage); written onto a place (동탄안마) it is not.
    for (const x of list.suffixes) if (word.length > x.length && word.endsWith(x)) return true;
  }
  return false;
}
