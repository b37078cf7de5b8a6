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
  /** First input stored at the node (an index into the sorted inputs), or -1. */
  private readonly head: Int32Array;
  /** Largest completion weight anywhere in the node's subtree (0 when none). */
  private readonly best: Float32Array;
  /** Per sorted input: its id, weight, and the next input stored at the same node (or -1). */
  private readonly inputId: Int32Array;
  private readonly inputWeight: Float32Array;
  private readonly nextInput: Int32Array;
  readonly size: number;
  readonly maxDepth: number;
  /** Heaps of finished searches, for the next ones (see `bestFirst`). */
  private readonly spareHeaps: MaxHeap[] = [];

  constructor(inputs: readonly TrieInput[]) {
    // Same keys end up adjacent, heaviest first: that is the order of a node's input chain.
    const sorted = [...inputs].sort((a, b) => (a.keys < b.keys ? -1 : a.keys > b.keys ? 1 : b.weight - a.weight));
    // A first pass counts the nodes (each string adds its length past the common prefix with the
    // previous one), so the arrays are allocated once at their final size.
    let capacity = 1;
    for (let i = 0; i < sorted.length; i++) capacity += sorted[i]!.keys.length - commonPrefix(sorted[i]!.keys, i > 0 ? sorted[i - 1]!.keys : '');
    const key = new Uint16Array(capacity);
    const firstChild = new Int32Array(capacity).fill(-1);
    const nextSibling = new Int32Array(capacity).fill(-1);
    const head = new Int32Array(capacity).fill(-1);
    const best = new Float32Array(capacity);
    const lastChild = new Int32Array(capacity).fill(-1);
    this.inputId = new Int32Array(sorted.length);
    this.inputWeight = new Float32Array(sorted.length);
    this.nextInput = new Int32Array(sorted.length).fill(-1);
    let size = 1;
    let maxDepth = 0;
    // Sorted input means each new string shares a prefix with the previous one only along the
    // current path, so a path stack replaces child lookups during the build.
    const path: number[] = [0];
    let prev: string | undefined;
    let prevInput = -1;
    sorted.forEach((item, index) => {
      const keys = item.keys;
      this.inputId[index] = item.id;
      this.inputWeight[index] = Math.max(0, item.weight);
      if (keys === prev) {
        this.nextInput[prevInput] = index;
      } else {
        const common = commonPrefix(keys, prev ?? '');
        path.length = common + 1;
        for (let d = common; d < keys.length; d++) {
          const parent = path[d]!;
          const node = size++;
          key[node] = keys.charCodeAt(d);
          if (lastChild[parent]! < 0) firstChild[parent] = node;
          else nextSibling[lastChild[parent]!] = node;
          lastChild[parent] = node;
          path.push(node);
        }
        head[path[keys.length]!] = index;
      }
      if (item.weight > 0) for (const n of path) if (best[n]! < item.weight) best[n] = item.weight;
      if (keys.length > maxDepth) maxDepth = keys.length;
      prev = keys;
      prevInput = index;
    });
    // Renumbered breadth-first, so a node's children sit side by side and the few levels near the
    // root, which every fuzzy walk visits, share a few hundred kilobytes. Built in key order, the
    // children of one node lay a whole subtree apart, and the walk's ~50–80 ns a node was mostly
    // cache misses. Sibling order is kept, so every search visits the same nodes in the same order.
    const order = new Int32Array(size); // new id → old id
    const renamed = new Int32Array(size); // old id → new id
    let filled = 1;
    for (let at = 0; at < filled; at++) {
      for (let c = firstChild[order[at]!]!; c >= 0; c = nextSibling[c]!) {
        renamed[c] = filled;
        order[filled++] = c;
      }
    }
    this.key = new Uint16Array(size);
    this.firstChild = new Int32Array(size);
    this.nextSibling = new Int32Array(size);
    this.head = new Int32Array(size);
    this.best = new Float32Array(size);
    for (let n = 0; n < size; n++) {
      const old = order[n]!;
      this.key[n] = key[old]!;
      this.firstChild[n] = firstChild[old]! < 0 ? -1 : renamed[firstChild[old]!]!;
      this.nextSibling[n] = nextSibling[old]! < 0 ? -1 : renamed[nextSibling[old]!]!;
      this.head[n] = head[old]!;
      this.best[n] = best[old]!;
    }
    this.size = size;
    this.maxDepth = maxDepth;
  }

  /** The node reached by the keystrokes, or -1. */
  find(keys: string): number {
    let node = 0;
    for (let i = 0; i < keys.length && node >= 0; i++) node = this.child(node, keys.charCodeAt(i));
    return node;
  }

  /** The node reached from `node` by the keystrokes, or -1. */
  descend(node: number, keys: string): number {
    for (let i = 0; i < keys.length && node >= 0; i++) node = this.child(node, keys.charCodeAt(i));
    return node;
  }

  /** The heaviest entry id stored at a node, or -1. */
  entryAt(node: number): number {
    const h = this.head[node]!;
    return h < 0 ? -1 : this.inputId[h]!;
  }

  /** Every entry id stored at a node, heaviest first. */
  entriesAt(node: number): number[] {
    const out: number[] = [];
    if (node < 0) return out;
    for (let e = this.head[node]!; e >= 0; e = this.nextInput[e]!) out.push(this.inputId[e]!);
    return out;
  }

  /** The heaviest entry id stored exactly at the keystrokes that `accept` takes, or -1. */
  lookupWhere(keys: string, accept: (id: number) => boolean): number {
    const node = this.find(keys);
    if (node < 0) return -1;
    for (let e = this.head[node]!; e >= 0; e = this.nextInput[e]!) if (accept(this.inputId[e]!)) return this.inputId[e]!;
    return -1;
  }

  /** The heaviest entry id stored exactly at the keystrokes, or -1. */
  lookup(keys: string): number {
    const node = this.find(keys);
    const h = node < 0 ? -1 : this.head[node]!;
    return h < 0 ? -1 : this.inputId[h]!;
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

  /**
   * Best-first top-k from several start nodes at once (typo-tolerant completion starts from every
   * node within one edit of the prefix). Each start may carry a penalty that scales its weights.
   */
  bestFirst(starts: readonly number[], k: number, accept?: (id: number) => boolean, maxPops = 20000, factors?: readonly number[]): number[] {
    // Every keystroke runs a few of these searches; a heap kept from earlier ones saves growing a
    // new one each time (a pool, since `accept` may start another search).
    const heap = this.spareHeaps.pop() ?? new MaxHeap();
    try {
      return this.bestFirstIn(heap, starts, k, accept, maxPops, factors);
    } finally {
      heap.clear();
      this.spareHeaps.push(heap);
    }
  }

  private bestFirstIn(heap: MaxHeap, starts: readonly number[], k: number, accept: ((id: number) => boolean) | undefined, maxPops: number, factors: readonly number[] | undefined): number[] {
    // Heap items: a node index ≥ 0 means "expand this subtree"; ~input means "emit this input".
    // Items from a penalized start keep their factor alongside, in a parallel map (none without
    // factors: every item then has factor 1).
    const factor = factors ? new Map<number, number>() : undefined;
    const started = new Set<number>();
    starts.forEach((s, i) => {
      if (this.best[s]! > 0 && !started.has(s)) {
        started.add(s);
        const f = factors?.[i] ?? 1;
        factor?.set(s, f);
        heap.push(this.best[s]! * f, s);
      }
    });
    const out: number[] = [];
    const seen = new Set<number>();
    let pops = 0;
    while (heap.size > 0 && out.length < k && pops++ < maxPops) {
      const item = heap.pop();
      if (item < 0) {
        const id = this.inputId[~item]!;
        if (!seen.has(id) && (!accept || accept(id))) {
          seen.add(id);
          out.push(id);
        }
        continue;
      }
      const f = factor?.get(item) ?? 1;
      // The node's own inputs compete with its children at their own weights.
      for (let e = this.head[item]!; e >= 0; e = this.nextInput[e]!) if (this.inputWeight[e]! > 0) heap.push(this.inputWeight[e]! * f, ~e);
      for (let c = this.firstChild[item]!; c >= 0; c = this.nextSibling[c]!) {
        if (this.best[c]! > 0) {
          if (factor && f !== 1) factor.set(c, f);
          heap.push(this.best[c]! * f, c);
        }
      }
    }
    return out;
  }

  /**
   * Nodes whose path is within `maxDistance` keystrokes of `prefix` (as a prefix: the rest of the
   * entry is free), each with its distance; the shallowest such node on each path. Used to start
   * typo-tolerant completion. Bounded by `maxVisits`. With `keepPath`, only nodes whose path (its
   * keys' char codes, root excluded) it keeps; a node it drops still covers its subtree.
   */
  fuzzyPrefixNodes(prefix: string, maxDistance: number, maxVisits = 50_000, keepPath?: (path: Uint16Array) => boolean): { node: number; distance: number }[] {
    // A prefix no longer than the bound is within it of the empty path: everything completes.
    if (prefix.length <= maxDistance) return keepPath && !keepPath(new Uint16Array(0)) ? [] : [{ node: 0, distance: prefix.length }];
    const out: { node: number; distance: number }[] = [];
    this.walk(prefix, maxDistance, maxVisits, (node, distance, _final, path, depth) => {
      if (!keepPath || keepPath(path.subarray(1, depth + 1))) out.push({ node, distance });
      return false;
    });
    return out;
  }

  /**
   * Every entry within `maxDistance` keystrokes of `query` (restricted Damerau–Levenshtein:
   * substitutions, insertions, deletions and adjacent transpositions), at most `limit` of them.
   * `spent.visits`, when given, grows by the nodes this lookup visited (a caller's budget over
   * several lookups).
   */
  fuzzy(query: string, maxDistance: number, limit = 5000, maxVisits = 400_000, spent?: { visits: number }): FuzzyMatch[] {
    const out: FuzzyMatch[] = [];
    const m = query.length;
    if (m <= maxDistance) for (let e = this.head[0]!; e >= 0; e = this.nextInput[e]!) out.push({ id: this.inputId[e]!, distance: m });
    const visits = this.walk(query, maxDistance, maxVisits, (node, distance, final) => {
      if (final) for (let e = this.head[node]!; e >= 0; e = this.nextInput[e]!) out.push({ id: this.inputId[e]!, distance });
      return out.length < limit;
    }, true);
    if (spent) spent.visits += visits;
    return out;
  }

  /**
   * The Damerau–Levenshtein DFS shared by `fuzzy` and `fuzzyPrefixNodes`. `onMatch` is called for
   * nodes whose path is within k of the whole query, with the path's key codes (`path[1..depth]`,
   * valid only during the call); it returns whether to keep descending
   * (`fuzzy` wants deeper matches too, prefix search stops at the first). `fullOnly` reports only
   * nodes that hold entries. Returns the number of nodes visited.
   */
  private walk(
    query: string,
    k: number,
    maxVisits: number,
    onMatch: (node: number, distance: number, final: boolean, path: Uint16Array, depth: number) => boolean,
    fullOnly = false,
  ): number {
    const m = query.length;
    const width = m + 2;
    const depthLimit = Math.min(this.maxDepth, m + k);
    const rows = new Int32Array((depthLimit + 1) * width);
    const q = new Uint16Array(m);
    for (let j = 0; j < m; j++) q[j] = query.charCodeAt(j);
    for (let j = 0; j <= m; j++) rows[j] = j;
    rows[m + 1] = k + 1;
    const path = new Uint16Array(depthLimit + 2);
    const over = k + 1;
    const key = this.key;
    const firstChild = this.firstChild;
    const nextSibling = this.nextSibling;
    const head = this.head;
    // Iterative preorder DFS: a node's children are pushed together and popped before any node
    // above them, so when a node at depth d is popped, rows[d − 1] still holds its parent's row.
    const stackNode = new Int32Array(1024);
    const stackDepth = new Int32Array(1024);
    let top = 0;
    for (let c = firstChild[0]!; c >= 0; c = nextSibling[c]!) {
      stackNode[top] = c;
      stackDepth[top++] = 1;
    }
    let visits = 0;
    while (top > 0 && visits < maxVisits) {
      const node = stackNode[--top]!;
      const depth = stackDepth[top]!;
      visits++;
      const code = key[node]!;
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
      const prevCode = depth > 1 ? path[depth - 1]! : -1;
      for (let j = jStart; j <= jEnd; j++) {
        let v = rows[up + j - 1]! + (q[j - 1] === code ? 0 : 1); // substitute (or match)
        const del = rows[up + j]! + 1; // entry has an extra key the query lacks
        if (del < v) v = del;
        const ins = rows[row + j - 1]! + 1; // query has an extra key
        if (ins < v) v = ins;
        // Adjacent transposition: two keys typed in swapped order.
        if (j > 1 && code === q[j - 2] && prevCode === q[j - 1]) {
          const t = rows[up - width + j - 2]! + 1;
          if (t < v) v = t;
        }
        rows[row + j] = v;
        if (v < rowMin) rowMin = v;
      }
      if (jEnd === m && rows[row + m]! <= k) {
        const final = head[node]! >= 0;
        if (!fullOnly || final) {
          if (!onMatch(node, rows[row + m]!, final, path, depth)) {
            if (fullOnly) return visits;
            continue; // prefix search: this node's subtree is covered by the node itself
          }
        }
      }
      // No extension of this path can get back under the bound once the whole band is over it.
      if (rowMin > k || depth >= depthLimit) continue;
      for (let c = firstChild[node]!; c >= 0 && top < 1024; c = nextSibling[c]!) {
        stackNode[top] = c;
        stackDepth[top++] = depth + 1;
      }
    }
    return visits;
  }
}

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/**
 * A binary max-heap of (priority, value) pairs in parallel typed arrays that grow by doubling and
 * are kept between searches (`clear`): a search allocates nothing once the heap has grown to its
 * working size.
 */
class MaxHeap {
  private prio = new Float64Array(64);
  private vals = new Int32Array(64);
  private count = 0;
  get size(): number {
    return this.count;
  }
  clear(): void {
    this.count = 0;
  }
  push(p: number, v: number): void {
    if (this.count === this.prio.length) {
      const prio = new Float64Array(2 * this.count);
      const vals = new Int32Array(2 * this.count);
      prio.set(this.prio);
      vals.set(this.vals);
      this.prio = prio;
      this.vals = vals;
    }
    const prio = this.prio;
    const vals = this.vals;
    let i = this.count++;
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
    const n = --this.count;
    const lastP = prio[n]!;
    const lastV = vals[n]!;
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
