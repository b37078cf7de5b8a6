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

  constructor(entries: readonly LexiconEntry[]) {
    this.entries = entries;
    let total = 0;
    for (const e of entries) total += e.weight;
    this.totalWeight = total;
    this.logTotal = Math.log(total);
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

  /** Natural-log prior of an entry: log(weight / total). */
  logPrior(entry: LexiconEntry): number {
    return Math.log(entry.weight) - this.logTotal;
  }
}
