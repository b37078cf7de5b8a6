/** Where a lexicon entry was seen; an entry can carry several. */
export const SOURCE_FLAGS = {
  /** a real logged search query */
  query: 'q',
  /** a word of a multi-word logged query */
  queryWord: 'p',
  /** a frequent word of running text or a frequency list */
  corpus: 'c',
  /** a dictionary headword or common noun */
  word: 'w',
  /** a name, place, title or other entity */
  entity: 'e',
  /** a headword of the standard dictionary (krdict): a standard spelling */
  standard: 's',
  /** marked as a misspelling (금지어) by the dictionary: never treated as a known spelling */
  nonstandard: 'x',
} as const;

export type SourceFlag = (typeof SOURCE_FLAGS)[keyof typeof SOURCE_FLAGS];

/** One row of the built lexicon. */
export interface LexiconEntry {
  /** normalized text, as `normalize` returns it */
  text: string;
  /** popularity weight (> 0); see data/README.md for how it is computed */
  weight: number;
  /** source flags, e.g. 'qe' */
  flags: string;
  /** true when the blocklist keeps it out of suggestions (it still counts as a known spelling) */
  blocked: boolean;
}

/**
 * The least weight of a known entry: seen about once per million words of text or queries, or
 * more. Below it an entry is a rarity (an entity list's name at 0.05, a one-off of running text).
 * `RankWeights.knownWeight` starts from it.
 */
export const KNOWN_WEIGHT = 1;
