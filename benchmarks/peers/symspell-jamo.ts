/**
 * SymSpell over jamo, as symspellpy-ko does it: dictionary words decomposed into 2-beolsik
 * keystrokes, symmetric-delete lookup with edit distance ≤ 2, the top suggestion recomposed into
 * syllables. The dictionary is baro's own lexicon (data/lexicon.tsv.gz) with its weights as
 * counts, so the comparison is about the method, not the word list.
 *
 * node-symspell (a port of symspellpy) is installed by setup.sh into benchmarks/peers/.deps.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fromKeystrokes, normalize, toKeystrokes } from '../../src/hangul/index.js';
import { readLexicon } from '../../src/lexicon/index.js';
import type { Peer } from './peer.js';

const DEPS = join(import.meta.dirname, '.deps');

interface SuggestItem {
  term: string;
  distance: number;
  count: number;
}
interface SymSpellInstance {
  createDictionaryEntry(key: string, count: number): boolean;
  lookup(input: string, verbosity: number, maxEditDistance: number): SuggestItem[];
  readonly words: Map<string, number>;
}
interface SymSpellClass {
  new (maxDictionaryEditDistance: number, prefixLength: number): SymSpellInstance;
  readonly Verbosity: { TOP: number; CLOSEST: number; ALL: number };
}

export const MAX_EDIT_DISTANCE = 2;
/** SymSpell's default: deletes are generated from the first 7 keystrokes only (memory). */
export const PREFIX_LENGTH = 7;
/** Lexicon weights are fractional; SymSpell counts are integers ≥ 1. Order is what matters. */
const COUNT_SCALE = 20;

/**
 * Builds the SymSpell dictionary from the lexicon (~15 s and ~1 GB for 450k entries).
 * @example const peer = await createSymspellJamo(join(DATA_DIR, 'lexicon.tsv.gz'))
 */
export async function createSymspellJamo(lexiconPath: string): Promise<Peer> {
  if (!existsSync(join(DEPS, 'node_modules', 'node-symspell'))) throw new Error('node-symspell is not installed: run bash benchmarks/peers/setup.sh');
  const SymSpell = createRequire(join(DEPS, 'package.json'))('node-symspell') as SymSpellClass;
  const started = performance.now();
  const symspell = new SymSpell(MAX_EDIT_DISTANCE, PREFIX_LENGTH);
  for (const e of readLexicon(lexiconPath)) {
    // Entries the dictionary marks as misspellings are not words to correct to.
    if (e.flags.includes('x')) continue;
    symspell.createDictionaryEntry(toKeystrokes(e.text), Math.max(1, Math.round(e.weight * COUNT_SCALE)));
  }
  const buildMs = performance.now() - started;
  return {
    name: 'symspell-jamo',
    about: `node-symspell 0.1.0, ${symspell.words.size.toLocaleString('en-US')} lexicon entries as jamo keystrokes, max edit distance ${MAX_EDIT_DISTANCE}, prefix ${PREFIX_LENGTH}, Verbosity.TOP (built in ${(buildMs / 1000).toFixed(1)} s)`,
    async correct(query: string) {
      const typed = normalize(query);
      const best = symspell.lookup(toKeystrokes(typed), SymSpell.Verbosity.TOP, MAX_EDIT_DISTANCE)[0];
      const top = best ? fromKeystrokes(best.term) : typed;
      return { top, autocorrect: top !== typed };
    },
    async close() {},
  };
}
