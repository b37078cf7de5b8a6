/**
 * A keystroke trie over the lexicon, in flat typed arrays (about 18 bytes a node) so half a million
 * entries fit in tens of megabytes and build in about a second. One structure serves both stages:
 * prefix completion (best-first over subtree maxima) and fuzzy lookup (a Damerau–Levenshtein DFS
 * that prunes any branch whose DP row minimum exceeds the bound).
 */
export interface TrieInput {
  /** keystroke string (one char = one key) */
  keys: string;
  /** entry id returned by searches */
  id: number;
  /** completion weight; entries with weight <= 0 are never completed (blocked) */
  weight: number;
}

export interface FuzzyMatch {
  id: number;
  /** unit-cost restricted Damerau–Levenshtein distance in keystrokes */
  distance: number;
}

export class KeystrokeTrie {
  private readonly key: Uint16Array;
  private readonly firstChild: Int32Array;
  private readonly nextSibling: Int32Array;
  private readonly entry: Int32Array;
  /** Largest completion weight anywhere in the node's subtree (0 when none). */
  private readonly best: Float32Array;
  /** Completion weight of the node's own entry (0 when none or blocked). */
  private readonly weight: Float32Array;
  readonly size: number;
  readonly maxDepth: number;

  constructor(inputs: readonly TrieInput[]) {
    const sorted = [...inputs].sort((a, b) => (a.keys < b.keys ? -1 : a.keys > b.keys ? 1 : b.weight - a.weight));
    let capacity = 1;
    for (const item of sorted) capacity += item.keys.length;
    this.key = new Uint16Array(capacity);
    this.firstChild = new Int32Array(capacity).fill(-1);
    this.nextSibling = new Int32Array(capacity).fill(-1);
    this.entry = new Int32Array(capacity).fill(-1);
    const best = new Float32Array(capacity);
    this.weight = new Float32Array(capacity);
    const lastChild = new Int32Array(capacity).fill(-1);
    let size = 1;
    let maxDepth = 0;
    // Sorted input means each new string shares a prefix with the previous one only along the
    // current path, so a path stack replaces child lookups during the build.
    const path: number[] = [0];
    let prev = '';
    for (const item of sorted) {
      const keys = item.keys;
      let common = 0;
      while (common < keys.length && common < prev.length && keys.charCodeAt(common) === prev.charCodeAt(common)) common++;
      path.length = common + 1;
      for (let d = common; d < keys.length; d++) {
        const parent = path[d]!;
        const node = size++;
        this.key[node] = keys.charCodeAt(d);
        if (lastChild[parent]! < 0) this.firstChild[parent] = node;
        else this.nextSibling[lastChild[parent]!] = node;
        lastChild[parent] = node;
        path.push(node);
      }
      const leaf = path[keys.length]!;
      // Duplicate keystroke strings: the first (heaviest, by the sort) wins.
      if (this.entry[leaf]! < 0) {
        this.entry[leaf] = item.id;
        this.weight[leaf] = Math.max(0, item.weight);
        if (item.weight > 0) for (const n of path) if (best[n]! < item.weight) best[n] = item.weight;
      }
      if (keys.length > maxDepth) maxDepth = keys.length;
      prev = keys;
    }
    this.best = best;
    this.size = size;
    this.maxDepth = maxDepth;
  }

  /** The node reached by the keystrokes, or -1. */
  find(keys: string): number {
    let node = 0;
    for (let i = 0; i < keys.length && node >= 0; i++) node = this.child(node, keys.charCodeAt(i));
    return node;
  }

  /** Entry id stored exactly at the keystrokes, or -1. */
  lookup(keys: string): number {
    const node = this.find(keys);
    return node < 0 ? -1 : this.entry[node]!;
  }

  private child(node: number, code: number): number {
    for (let c = this.firstChild[node]!; c >= 0; c = this.nextSibling[c]!) if (this.key[c] === code) return c;
    return -1;
  }

  /**
   * The `k` heaviest entries whose keystrokes start with `prefix`, heaviest first. Best-first search
   * over subtree maxima: it pops at most k entries and touches only the children of popped nodes,
   * so the cost depends on k and depth, not on the size of the subtree.
   */
  complete(prefix: string, k: number, accept?: (id: number) => boolean): number[] {
    const start = this.find(prefix);
    if (start < 0 || k <= 0) return [];
    return this.bestFirst([start], k, accept);
  }

  /** Best-first top-k from several start nodes at once (used by typo-tolerant completion). */
  bestFirst(starts: readonly number[], k: number, accept?: (id: number) => boolean, maxPops = 20000): number[] {
    const heap = new MaxHeap();
    // Heap items: node ≥ 0 means "expand this subtree"; ~entryNode means "emit this node's entry".
    for (const s of starts) if (this.best[s]! > 0) heap.push(this.best[s]!, s);
    const out: number[] = [];
    let pops = 0;
    while (heap.size > 0 && out.length < k && pops++ < maxPops) {
      const item = heap.pop();
      if (item < 0) {
        const id = this.entry[~item]!;
        if (!accept || accept(id)) out.push(id);
        continue;
      }
      const e = this.entry[item]!;
      // The node's own entry competes with its children at its own weight.
      if (e >= 0 && this.weight[item]! > 0) heap.push(this.weight[item]!, ~item);
      for (let c = this.firstChild[item]!; c >= 0; c = this.nextSibling[c]!) if (this.best[c]! > 0) heap.push(this.best[c]!, c);
    }
    return out;
  }


  /**
   * Every entry within `maxDistance` keystrokes of `query` (restricted Damerau–Levenshtein:
   * substitutions, insertions, deletions and adjacent transpositions), at most `limit` of them.
   */
  fuzzy(query: string, maxDistance: number, limit = 5000, maxVisits = 400_000): FuzzyMatch[] {
    const m = query.length;
    const k = maxDistance;
    const width = m + 2;
    const depthLimit = Math.min(this.maxDepth, m + k);
    const rows = new Int32Array((depthLimit + 1) * width);
    const q = new Uint16Array(m);
    for (let j = 0; j < m; j++) q[j] = query.charCodeAt(j);
    for (let j = 0; j <= m; j++) rows[j] = j;
    rows[m + 1] = k + 1;
    const path = new Uint16Array(depthLimit + 1);
    const out: FuzzyMatch[] = [];
    let visits = 0;
    const over = k + 1;

    const visit = (node: number, depth: number): void => {
      visits++;
      const code = this.key[node]!;
      path[depth] = code;
      const row = depth * width;
      const up = row - width;
      // Only cells within k of the diagonal can stay under the bound (Ukkonen's band); the cells
      // just outside the band hold k+1 so the next row reads a correct "too far" value there.
      const jStart = depth - k > 1 ? depth - k : 1;
      const jEnd = depth + k < m ? depth + k : m;
      rows[row + jStart - 1] = jStart === 1 ? depth : over;
      if (jEnd < m) rows[row + jEnd + 1] = over;
      let rowMin = jStart === 1 ? depth : over;
      const prevCode = path[depth - 1];
      for (let j = jStart; j <= jEnd; j++) {
        let v = rows[up + j - 1]! + (q[j - 1] === code ? 0 : 1); // substitute (or match)
        const del = rows[up + j]! + 1; // entry has an extra key the query lacks
        if (del < v) v = del;
        const ins = rows[row + j - 1]! + 1; // query has an extra key
        if (ins < v) v = ins;
        // Adjacent transposition: two keys typed in swapped order.
        if (depth > 1 && j > 1 && code === q[j - 2] && prevCode === q[j - 1]) {
          const t = rows[up - width + j - 2]! + 1;
          if (t < v) v = t;
        }
        rows[row + j] = v;
        if (v < rowMin) rowMin = v;
      }
      const e = this.entry[node]!;
      if (e >= 0 && jEnd === m && rows[row + m]! <= k) out.push({ id: e, distance: rows[row + m]! });
      // No extension of this path can get back under the bound once the whole band is over it.
      if (rowMin > k || depth >= depthLimit || out.length >= limit || visits >= maxVisits) return;
      for (let c = this.firstChild[node]!; c >= 0; c = this.nextSibling[c]!) visit(c, depth + 1);
    };
    if (this.entry[0]! >= 0 && m <= k) out.push({ id: this.entry[0]!, distance: m });
    for (let c = this.firstChild[0]!; c >= 0; c = this.nextSibling[c]!) {
      visit(c, 1);
      if (out.length >= limit || visits >= maxVisits) break;
    }
    return out;
  }
}

/** A binary max-heap of (priority, value) pairs in parallel arrays; no per-item allocation. */
class MaxHeap {
  private prio: number[] = [];
  private vals: number[] = [];
  get size(): number {
    return this.prio.length;
  }
  push(p: number, v: number): void {
    const prio = this.prio;
    const vals = this.vals;
    let i = prio.length;
    prio.push(p);
    vals.push(v);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (prio[parent]! >= p) break;
      prio[i] = prio[parent]!;
      vals[i] = vals[parent]!;
      i = parent;
    }
    prio[i] = p;
    vals[i] = v;
  }
  pop(): number {
    const prio = this.prio;
    const vals = this.vals;
    const top = vals[0]!;
    const lastP = prio.pop()!;
    const lastV = vals.pop()!;
    const n = prio.length;
    if (n > 0) {
      let i = 0;
      for (;;) {
        let c = 2 * i + 1;
        if (c >= n) break;
        if (c + 1 < n && prio[c + 1]! > prio[c]!) c++;
        if (prio[c]! <= lastP) break;
        prio[i] = prio[c]!;
        vals[i] = vals[c]!;
        i = c;
      }
      prio[i] = lastP;
      vals[i] = lastV;
    }
    return top;
  }
}
