import { toKeystrokes } from '../hangul/index.js';
import type { LexiconEntry } from './entry.js';
import { KeystrokeTrie } from './trie.js';

/**
 * The loaded lexicon: entries, their keystroke trie, and the popularity prior. Immutable after
 * construction, so one instance is shared by every request.
 */
export class Lexicon {
  readonly entries: readonly LexiconEntry[];
  readonly trie: KeystrokeTrie;
  /** Sum of all weights: the prior's normalizer. */
  readonly totalWeight: number;
  private readonly logTotal: number;
  /** log of the summed weight of one-word entries: the normalizer of word priors */
  private readonly logWordTotal: number;

  constructor(entries: readonly LexiconEntry[]) {
    this.entries = entries;
    let total = 0;
    let words = 0;
    for (const e of entries) {
      total += e.weight;
      if (!e.text.includes(' ')) words += e.weight;
    }
    this.totalWeight = total;
    this.logTotal = Math.log(total);
    this.logWordTotal = Math.log(words || 1);
    // Blocked entries enter the trie with weight 0: found by lookup (a known spelling, never
    // "corrected") but never completed or offered.
    this.trie = new KeystrokeTrie(
      entries.map((e, id) => ({ keys: toKeystrokes(e.text), id, weight: e.blocked ? 0 : e.weight })),
    );
  }

  get size(): number {
    return this.entries.length;
  }

  /** The entry with exactly this normalized text, if any. */
  get(text: string): LexiconEntry | undefined {
    const id = this.trie.lookup(toKeystrokes(text));
    return id < 0 ? undefined : this.entries[id];
  }

  /** Natural-log prior of an entry as a whole query: log(weight / total). */
  logPrior(entry: LexiconEntry): number {
    return Math.log(entry.weight) - this.logTotal;
  }

  /**
   * Natural-log prior of an entry as one word of a longer query: normalized over one-word entries
   * only, since a word of a query is drawn from words, not from whole queries.
   */
  wordLogPrior(entry: LexiconEntry): number {
    return Math.log(entry.weight) - this.logWordTotal;
  }
}
