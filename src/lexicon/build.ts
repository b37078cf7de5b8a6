import { normalize } from '../hangul/index.js';
import { isHeldOutQuery } from './holdout.js';
import type { DictionaryList, FrequencyList, QueryLogSource, TextSource } from './sources.js';
import { SOURCE_FLAGS, type LexiconEntry } from './entry.js';
import { isBlocked, type Blocklist } from './blocklist.js';

/**
 * Weights, in one place so the data card can quote them. Popularity is a sum of per-million rates,
 * scaled so that a query seen once in a log outranks all but the commonest words, a corpus word
 * outranks a dictionary-only entry, and dictionary presence only breaks ties.
 */
export const WEIGHTS = {
  /** per million log rows of a source, summed over sources */
  queryLog: 100,
  /** per million log rows, for each word of a multi-word logged query (아이폰 in 아이폰 케이스) */
  queryWord: 10,
  /** per million tokens, the largest rate over corpora and frequency lists */
  corpus: 1,
  /** per dictionary or entity list the entry appears in */
  dictionary: 0.05,
  /** text-corpus words need this many occurrences to enter the lexicon (typos are rarer) */
  minCorpusCount: 5,
} as const;

const MAX_ENTRY_LENGTH = 40;
// Keep entries made of what people type into a search box: Hangul, Latin, digits, a few symbols.
const ALLOWED = /^[\p{Script=Hangul}a-z0-9 .&+\-'·:!?#%/]+$/u;
const HAS_LETTER = /[\p{Script=Hangul}a-z]/u;

interface Accumulator {
  queryRate: number;
  queryWordRate: number;
  corpusRate: number;
  dictionaries: number;
  flags: Set<string>;
}

export interface BuildInputs {
  queryLogs: QueryLogSource[];
  texts: TextSource[];
  frequencyLists: FrequencyList[];
  dictionaries: DictionaryList[];
  blocklist: Blocklist;
  /** progress lines, one per source */
  log?: (line: string) => void;
}

export interface BuildResult {
  entries: LexiconEntry[];
  /**
   * Every spelling the dictionary marks as wrong (금지어), sorted: most are seen in no other
   * source and so are no entry, but remain known misspellings (`Lexicon.markedMisspelled`).
   */
  misspelled: string[];
  heldOutQueries: string[];
  stats: Record<string, number>;
}

/** Acceptable lexicon text after normalization, or undefined. */
export function cleanEntry(raw: string): string | undefined {
  const text = normalize(raw);
  if (text.length === 0 || text.length > MAX_ENTRY_LENGTH) return undefined;
  if (!ALLOWED.test(text) || !HAS_LETTER.test(text)) return undefined;
  return text;
}

/** Merges every source into weighted entries, heaviest first. */
export async function buildLexicon(inputs: BuildInputs): Promise<BuildResult> {
  const log = inputs.log ?? (() => {});
  const acc = new Map<string, Accumulator>();
  const stats: Record<string, number> = {};
  const get = (text: string): Accumulator => {
    let a = acc.get(text);
    if (!a) {
      a = { queryRate: 0, queryWordRate: 0, corpusRate: 0, dictionaries: 0, flags: new Set() };
      acc.set(text, a);
    }
    return a;
  };
  const heldOut = new Set<string>();

  for (const source of inputs.queryLogs) {
    const counts = new Map<string, number>();
    let rows = 0;
    for await (const raw of source.rows()) {
      rows++;
      const text = cleanEntry(raw);
      if (!text) continue;
      if (isHeldOutQuery(text)) {
        heldOut.add(text);
        continue;
      }
      counts.set(text, (counts.get(text) ?? 0) + 1);
    }
    for (const [text, count] of counts) {
      const a = get(text);
      a.queryRate += (count / rows) * 1e6;
      a.flags.add(SOURCE_FLAGS.query);
      // Words of queries are what people search for too; they earn a share without becoming
      // "logged queries" themselves.
      const words = text.split(' ');
      if (words.length > 1) {
        for (const word of new Set(words)) {
          const w = cleanEntry(word);
          if (!w || isHeldOutQuery(w)) continue;
          const wa = get(w);
          wa.queryWordRate += (count / rows) * 1e6;
          wa.flags.add(SOURCE_FLAGS.queryWord);
        }
      }
    }
    stats[`rows:${source.name}`] = rows;
    stats[`distinct:${source.name}`] = counts.size;
    log(`${source.name}: ${rows} rows, ${counts.size} distinct queries`);
  }
  // A held-out query is held out of the logs only. Where a word list, a dictionary or running text
  // has it (맥도날드, 강소라, hot), it stays an entry as it would be had nobody searched it: a
  // service must know the word, and evaluation still meets it as a query never logged (no 'q'
  // flag, no query-log weight).
  stats['heldOutQueries'] = heldOut.size;

  const wordCounts = new Map<string, number>();
  let tokens = 0;
  for (const source of inputs.texts) {
    let n = 0;
    for await (const raw of source.texts()) {
      for (const token of normalize(raw).split(' ')) {
        // Strip edge punctuation so "최고!" counts as 최고.
        const word = token.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
        if (!word) continue;
        tokens++;
        n++;
        wordCounts.set(word, (wordCounts.get(word) ?? 0) + 1);
      }
    }
    log(`${source.name}: ${n} tokens`);
  }
  stats['textTokens'] = tokens;
  let corpusWords = 0;
  for (const [word, count] of wordCounts) {
    if (count < WEIGHTS.minCorpusCount) continue;
    const text = cleanEntry(word);
    if (!text) continue;
    const a = get(text);
    a.corpusRate = Math.max(a.corpusRate, (count / tokens) * 1e6);
    a.flags.add(SOURCE_FLAGS.corpus);
    corpusWords++;
  }
  stats['corpusWords'] = corpusWords;

  for (const list of inputs.frequencyLists) {
    let n = 0;
    for await (const [raw, rate] of list.entries()) {
      const text = cleanEntry(raw);
      if (!text || !(rate > 0)) continue;
      const a = get(text);
      a.corpusRate = Math.max(a.corpusRate, rate);
      a.flags.add(SOURCE_FLAGS.corpus);
      n++;
    }
    stats[`entries:${list.name}`] = n;
    log(`${list.name}: ${n} entries`);
  }

  const misspelled = new Set<string>();
  for (const dict of inputs.dictionaries) {
    const seen = new Set<string>();
    for await (const raw of dict.entries()) {
      const text = cleanEntry(raw);
      if (!text || seen.has(text)) continue;
      seen.add(text);
      const a = get(text);
      if (dict.kind === 'nonstandard') {
        // A known misspelling is remembered as one, and earns no dictionary weight.
        a.flags.add(SOURCE_FLAGS.nonstandard);
        misspelled.add(text);
        continue;
      }
      a.dictionaries++;
      a.flags.add(dict.kind === 'entity' ? SOURCE_FLAGS.entity : SOURCE_FLAGS.word);
      if (dict.kind === 'standard') a.flags.add(SOURCE_FLAGS.standard);
    }
    stats[`entries:${dict.name}`] = seen.size;
    log(`${dict.name}: ${seen.size} entries`);
  }

  const entries: LexiconEntry[] = [];
  let blocked = 0;
  for (const [text, a] of acc) {
    const weight = WEIGHTS.queryLog * a.queryRate + WEIGHTS.queryWord * a.queryWordRate + WEIGHTS.corpus * a.corpusRate + WEIGHTS.dictionary * a.dictionaries;
    if (!(weight > 0)) continue; // a 금지어 seen nowhere else
    const isBad = isBlocked(text, inputs.blocklist);
    if (isBad) blocked++;
    entries.push({ text, weight, flags: [...a.flags].sort().join(''), blocked: isBad });
  }
  entries.sort((x, y) => y.weight - x.weight || (x.text < y.text ? -1 : 1));
  stats['entries'] = entries.length;
  stats['blocked'] = blocked;
  for (const flag of Object.values(SOURCE_FLAGS)) stats[`flag:${flag}`] = entries.filter((e) => e.flags.includes(flag)).length;
  return { entries, misspelled: [...misspelled].sort(), heldOutQueries: [...heldOut].sort(), stats };
}
