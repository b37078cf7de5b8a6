import { areAdjacentKeys, isJamo, isShiftPair, isVowelKey } from '../hangul/index.js';

/**
 * The error model of the noisy channel: log P(typed | intended) over 2-beolsik keystrokes, as the
 * cheapest weighted restricted Damerau alignment. Each edit costs −log of its probability, by kind:
 * a neighbouring key is likelier than a far one, a shift slip (ㄱ/ㄲ, ㅐ/ㅒ) likelier still, and
 * confusions people make on purpose-of-sound (ㅐ/ㅔ, 받침 ㅅ/ㅆ/ㄷ) sit in between.
 */
export type EditKind =
  | 'shift'
  | 'vowel'
  | 'final'
  | 'adjacent'
  | 'substitute'
  | 'insertAdjacent'
  | 'insert'
  | 'delete'
  | 'transpose'
  | 'symbol'
  | 'space'
  | 'liaison'
  | 'aegyo';

export const EDIT_KINDS: readonly EditKind[] = [
  'shift', 'vowel', 'final', 'adjacent', 'substitute', 'insertAdjacent', 'insert', 'delete', 'transpose', 'symbol', 'space', 'liaison', 'aegyo',
];

/**
 * Digits and punctuation carry meaning a typo rarely touches (아이폰15 is not 아이폰16, 고1 is not
 * 고2), so any edit involving one is its own, costly kind.
 */
export function isSymbolKey(ch: string | undefined): boolean {
  return ch !== undefined && /^[0-9\p{P}\p{S}]$/u.test(ch);
}

export interface ChannelWeights {
  /** log-probability of typing a key without error */
  matchLogProb: number;
  /** cost (nats, > 0) of one edit of each kind */
  cost: Record<EditKind, number>;
}

/** Documented defaults, used when data/channel.json is absent (see `npm run data:channel`). */
export const DEFAULT_CHANNEL: ChannelWeights = {
  matchLogProb: -0.01,
  cost: {
    shift: 4.5, vowel: 4.5, final: 5.5, adjacent: 5.5, substitute: 8.5,
    insertAdjacent: 6, insert: 8.5, delete: 6, transpose: 5.5, symbol: 10, space: 2, liaison: 4, aegyo: 4,
  },
};

// Vowels people confuse by sound, not by finger: ㅐ/ㅔ and ㅒ/ㅖ, the keys of ㅚ/ㅙ/ㅞ (되/돼, 왠/웬),
// and colloquial ㅗ/ㅜ, ㅓ/ㅗ.
const VOWEL_CONFUSIONS = ['ㅐㅔ', 'ㅒㅖ', 'ㅣㅐ', 'ㅣㅔ', 'ㅓㅗ', 'ㅕㅛ', 'ㅡㅜ', 'ㅗㅜ'];
// Consonants that sound alike as 받침 (final consonants neutralise to [t], [k], [p]).
const FINAL_GROUPS = ['ㅅㅆㄷㅌㅈㅊㅎ', 'ㄱㄲㅋ', 'ㅂㅍ', 'ㄱㅎ'];
// Final clusters whose second consonant people drop or add (않/안, 읽/익, 없/업).
const CLUSTERS = new Set(['ㄱㅅ', 'ㄴㅈ', 'ㄴㅎ', 'ㄹㄱ', 'ㄹㅁ', 'ㄹㅂ', 'ㄹㅅ', 'ㄹㅌ', 'ㄹㅍ', 'ㄹㅎ', 'ㅂㅅ']);

/**
 * The kind of substituting `typed` for `intended` (two different keys). `coda` says the intended
 * consonant closes a syllable (no vowel follows): only there do ㅅ/ㄷ/ㅆ and friends sound alike.
 */
export function substitutionKind(intended: string, typed: string, coda = true): EditKind {
  if (isSymbolKey(intended) || isSymbolKey(typed)) return 'symbol';
  if (isShiftPair(intended, typed)) return 'shift';
  if (isVowelKey(intended) && isVowelKey(typed)) {
    for (const pair of VOWEL_CONFUSIONS) if (pair.includes(intended) && pair.includes(typed)) return 'vowel';
  } else if (coda) {
    for (const group of FINAL_GROUPS) if (group.includes(intended) && group.includes(typed)) return 'final';
  }
  return areAdjacentKeys(intended, typed) ? 'adjacent' : 'substitute';
}

/** True when the key after position j of the intended keys is not a vowel (a syllable-final slot). */
function isCoda(next: string | undefined): boolean {
  return next === undefined || !isVowelKey(next);
}

/**
 * The kind of inserting `typed` between the keys `before` and `after` of the intended text;
 * `typedNext` is the typed key after the inserted one.
 */
export function insertionKind(typed: string, before: string | undefined, after: string | undefined, typedNext?: string): EditKind {
  if (isSymbolKey(typed)) return 'symbol';
  if (typed === ' ') return 'space';
  if (isAegyoCoda(typed, before, after, typedNext)) return 'aegyo';
  const context = contextKind(typed, before, after);
  if (context) return context;
  // A doubled key or a finger brushing the neighbouring key.
  if (before !== undefined && (typed === before || areAdjacentKeys(typed, before))) return 'insertAdjacent';
  if (after !== undefined && (typed === after || areAdjacentKeys(typed, after))) return 'insertAdjacent';
  return 'insert';
}

/**
 * 애교 (cute) speech closes an open last syllable with ㅇ or ㅁ: 했엉, 세용, 나욤 for 했어, 세요,
 * 나요. A deliberate habit, not a slip, so its own kind: typed ㅇ/ㅁ right after the intended
 * word's final vowel, ending the typed word too (a vowel after it would make it an onset: 기여어).
 */
function isAegyoCoda(typed: string, before: string | undefined, after: string | undefined, typedNext: string | undefined): boolean {
  return isAegyoCodaCode(codeOf(typed), codeOf(before), codeOf(after), codeOf(typedNext));
}

/** A key's char code, -1 for none. (Not a closure in `isAegyoCoda`: that ran once per DP cell.) */
function codeOf(key: string | undefined): number {
  return key === undefined ? -1 : key.charCodeAt(0);
}

/** `isAegyoCoda` on char codes (-1 for none), so the channel's hot path allocates no strings. */
function isAegyoCodaCode(typed: number, before: number, after: number, typedNext: number): boolean {
  return (typed === 0x3147 || typed === 0x3141) && isVowelCode(before) && isWordEnd(after) && isWordEnd(typedNext);
}

/** `isVowelKey` on a char code (ㅏ..ㅣ). */
function isVowelCode(code: number): boolean {
  return code >= 0x314f && code <= 0x3163;
}

/** No key (-1) or a space. */
function isWordEnd(code: number): boolean {
  return code < 0 || code === 0x20;
}

/** The kind of leaving out the intended key `key`, which sits between `before` and `after`. */
export function deletionKind(key: string, before?: string, after?: string): EditKind {
  if (isSymbolKey(key)) return 'symbol';
  if (key === ' ') return 'space';
  return contextKind(key, before, after) ?? 'delete';
}

/**
 * Sound-based insertions and deletions: ㅇ between a final consonant and a vowel (연음: 몇일 for
 * 며칠, 설겆이 for 설거지), and the second consonant of a final cluster (않/안).
 */
function contextKind(key: string, before: string | undefined, after: string | undefined): EditKind | undefined {
  if (before === undefined) return undefined;
  const vowelAfter = after !== undefined && isVowelKey(after);
  // A final ㅇ never moves to the next syllable, so ㅇ after ㅇ is not 연음.
  if (key === 'ㅇ' && before !== 'ㅇ' && !isVowelKey(before) && isJamo(before) && vowelAfter) return 'liaison';
  if (CLUSTERS.has(before + key) && !vowelAfter) return 'final';
  return undefined;
}

export interface Alignment {
  /** log P(typed | intended) */
  logProb: number;
  /** the edits of the cheapest alignment */
  edits: EditKind[];
}

/**
 * The cheapest weighted alignment of typed against intended keystrokes. O(|typed|·|intended|);
 * callers bound both lengths (query length limit and candidate lengths).
 * @example align('ㅇㅏㅇㅣㅎㅗㄴ', 'ㅇㅏㅇㅣㅍㅗㄴ', DEFAULT_CHANNEL).edits // ['adjacent']
 */
export function align(typed: string, intended: string, weights: ChannelWeights): Alignment {
  const m = typed.length;
  const n = intended.length;
  const w = n + 1;
  const cost = new Float64Array((m + 1) * w);
  const back = new Uint8Array((m + 1) * w); // 0 match/sub, 1 insert (typed extra), 2 delete, 3 transpose
  const c = weights.cost;
  for (let i = 1; i <= m; i++) {
    cost[i * w] = cost[(i - 1) * w]! + c[insertionKind(typed[i - 1]!, typed[i - 2], undefined, typed[i])];
    back[i * w] = 1;
  }
  for (let j = 1; j <= n; j++) {
    cost[j] = cost[j - 1]! + c[deletionKind(intended[j - 1]!, intended[j - 2], intended[j])];
    back[j] = 2;
  }
  for (let i = 1; i <= m; i++) {
    const t = typed[i - 1]!;
    for (let j = 1; j <= n; j++) {
      const s = intended[j - 1]!;
      let best = cost[(i - 1) * w + j - 1]! + (t === s ? 0 : crossesPunctuation(s.charCodeAt(0), t.charCodeAt(0)) ? Infinity : c[substitutionKind(s, t, isCoda(intended[j]))]);
      let how = 0;
      const ins = cost[(i - 1) * w + j]! + c[insertionKind(t, intended[j - 1], intended[j], typed[i])];
      if (ins < best) { best = ins; how = 1; }
      const del = cost[i * w + j - 1]! + c[deletionKind(s, intended[j - 2], intended[j])];
      if (del < best) { best = del; how = 2; }
      if (i > 1 && j > 1 && t === intended[j - 2] && typed[i - 2] === s && t !== s) {
        const tr = cost[(i - 2) * w + j - 2]! + c.transpose;
        if (tr < best) { best = tr; how = 3; }
      }
      cost[i * w + j] = best;
      back[i * w + j] = how;
    }
  }
  return { logProb: -cost[m * w + n]! + Math.min(m, n) * weights.matchLogProb, edits: traceEdits(typed, intended, back) };
}

/** The edits along the back pointers of an alignment table (`back`, (|typed|+1) × (|intended|+1)). */
function traceEdits(typed: string, intended: string, back: Uint8Array): EditKind[] {
  const w = intended.length + 1;
  const edits: EditKind[] = [];
  let i = typed.length;
  let j = intended.length;
  while (i > 0 || j > 0) {
    const how = back[i * w + j]!;
    if (i > 0 && j > 0 && how === 0) {
      if (typed[i - 1] !== intended[j - 1]) edits.push(substitutionKind(intended[j - 1]!, typed[i - 1]!, isCoda(intended[j])));
      i--; j--;
    } else if (how === 3) {
      edits.push('transpose');
      i -= 2; j -= 2;
    } else if (i > 0 && (how === 1 || j === 0)) {
      edits.push(insertionKind(typed[i - 1]!, intended[j - 1], intended[j], typed[i]));
      i--;
    } else {
      edits.push(deletionKind(intended[j - 1]!, intended[j - 2], intended[j]));
      j--;
    }
  }
  return edits.reverse();
}

const JAMO_BASE = 0x3131;

/**
 * A punctuation mark or other symbol (not a digit) against a letter, a jamo or a digit: no one
 * key's slip, only a mark added or left out (아이폰? is 아이폰 with a question mark, not a slip of
 * 아이폰x), so the alignment never substitutes one for the other.
 */
function crossesPunctuation(a: number, b: number): boolean {
  return isPunctuationCode(a) !== isPunctuationCode(b);
}

/** `isSymbolCode` but for digits. */
function isPunctuationCode(code: number): boolean {
  return isSymbolCode(code) && !(code >= 0x30 && code <= 0x39);
}

/** `isSymbolKey` on a char code, without allocating a string on the hot path. */
function isSymbolCode(code: number): boolean {
  if (code >= 0x30 && code <= 0x39) return true; // digits
  if (code < 0x80) return !((code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || code === 0x20);
  return code < 0x3131 ? isSymbolKey(String.fromCharCode(code)) : false;
}
const JAMO_COUNT = 0x3163 - JAMO_BASE + 1;

/**
 * The channel model on the request path: the same costs as `align`, looked up in tables built
 * once, and no backtrace. Scores hundreds of candidates per query in well under a millisecond.
 */
export class ChannelModel {
  readonly weights: ChannelWeights;
  /** substitution costs with the intended key in a syllable-final slot, and in an onset */
  private readonly sub = new Float64Array(JAMO_COUNT * JAMO_COUNT);
  private readonly subOnset = new Float64Array(JAMO_COUNT * JAMO_COUNT);
  private readonly near = new Uint8Array(JAMO_COUNT * JAMO_COUNT);
  /** `contextKind`'s cost (or -1) by [a vowel follows][key][key before], for jamo keys */
  private readonly contextCost = new Float64Array(2 * JAMO_COUNT * JAMO_COUNT);
  /** the cheapest and dearest edit of any kind: they bound `logProb`'s band */
  private readonly minCost: number;
  private readonly maxCost: number;
  private scratch = { rows: [new Float64Array(64), new Float64Array(64), new Float64Array(64)], code: new Int32Array(65), del: new Float64Array(64) };
  /** `align`'s whole table and back pointers, reused across calls */
  private table = { cost: new Float64Array(1024), back: new Uint8Array(1024) };

  constructor(weights: ChannelWeights) {
    this.weights = weights;
    const costs = Object.values(weights.cost);
    this.minCost = Math.min(...costs);
    this.maxCost = Math.max(...costs);
    if (!(this.minCost > 0) || !Number.isFinite(this.maxCost)) throw new RangeError(`channel edit costs must be positive and finite, got ${JSON.stringify(weights.cost)}`);
    for (let a = 0; a < JAMO_COUNT; a++) {
      for (let b = 0; b < JAMO_COUNT; b++) {
        const ca = String.fromCharCode(JAMO_BASE + a);
        const cb = String.fromCharCode(JAMO_BASE + b);
        this.sub[a * JAMO_COUNT + b] = a === b ? 0 : weights.cost[substitutionKind(ca, cb, true)];
        this.subOnset[a * JAMO_COUNT + b] = a === b ? 0 : weights.cost[substitutionKind(ca, cb, false)];
        this.near[a * JAMO_COUNT + b] = a === b || areAdjacentKeys(ca, cb) ? 1 : 0;
        // contextKind reads the key after only as "a vowel or not"; ㅏ and ㄱ stand for the two.
        for (const [v, after] of [[0, 'ㄱ'], [1, 'ㅏ']] as const) {
          const kind = contextKind(ca, cb, after);
          this.contextCost[(v * JAMO_COUNT + a) * JAMO_COUNT + b] = kind ? weights.cost[kind] : -1;
        }
      }
    }
  }

  private subCost(intended: number, typed: number, next: number): number {
    if (intended === typed) return 0;
    // Two jamo (most cells) first: neither is a symbol.
    const a = intended - JAMO_BASE;
    const b = typed - JAMO_BASE;
    if (a >= 0 && a < JAMO_COUNT && b >= 0 && b < JAMO_COUNT) {
      const onset = isVowelCode(next); // a vowel follows
      return (onset ? this.subOnset : this.sub)[a * JAMO_COUNT + b]!;
    }
    if (crossesPunctuation(intended, typed)) return Infinity;
    if (isSymbolCode(intended) || isSymbolCode(typed)) return this.weights.cost.symbol;
    return this.weights.cost.substitute;
  }

  private isNear(x: number, y: number): boolean {
    if (x === y) return true;
    const a = x - JAMO_BASE;
    const b = y - JAMO_BASE;
    return a >= 0 && a < JAMO_COUNT && b >= 0 && b < JAMO_COUNT && this.near[a * JAMO_COUNT + b] === 1;
  }

  private insCost(typed: number, before: number, after: number, typedNext: number): number {
    const c = this.weights.cost;
    if (isSymbolCode(typed)) return c.symbol;
    if (typed === 0x20) return c.space;
    if (isAegyoCodaCode(typed, before, after, typedNext)) return c.aegyo;
    const context = this.context(typed, before, after);
    if (context >= 0) return context;
    return (before >= 0 && this.isNear(typed, before)) || (after >= 0 && this.isNear(typed, after)) ? c.insertAdjacent : c.insert;
  }

  /** Cost of a sound-based insertion or deletion (see `contextKind`), or -1 when it is not one. */
  private context(key: number, before: number, after: number): number {
    const a = key - JAMO_BASE;
    const b = before - JAMO_BASE;
    if (a < 0 || a >= JAMO_COUNT || b < 0 || b >= JAMO_COUNT) return -1;
    const vowelAfter = isVowelCode(after) ? 1 : 0;
    return this.contextCost[(vowelAfter * JAMO_COUNT + a) * JAMO_COUNT + b]!;
  }

  private delCost(key: number, before: number, after: number): number {
    if (isSymbolCode(key)) return this.weights.cost.symbol;
    if (key === 0x20) return this.weights.cost.space;
    const context = this.context(key, before, after);
    return context >= 0 ? context : this.weights.cost.delete;
  }

  /**
   * log P(typed | intended) for keystroke strings; equals `align(...).logProb` up to the
   * insert-at-start edge case (which `align` classifies by the previous typed key).
   *
   * Only a band of the table around the diagonal is filled, widened until it provably holds the
   * cheapest alignment (Ukkonen's cut-off, weighted). An alignment through a cell d = j − i off
   * the diagonal makes at least |d| + |Δ − d| insertions or deletions (Δ = n − m), each costing at
   * least `minCost`; so once the best alignment inside the band costs no more than any that leaves
   * it must, it is the best of all. Keeping the common prefix and suffix as typed and rewriting the
   * middle key by key (at most `maxCost` a key) is an alignment too, which caps the band. Long
   * queries that differ in a word or two are a band of a few cells a row instead of hundreds:
   * adversarial long queries spent most of their time here.
   */
  logProb(typed: string, intended: string): number {
    const m = typed.length;
    const n = intended.length;
    let prefix = 0;
    while (prefix < m && prefix < n && typed.charCodeAt(prefix) === intended.charCodeAt(prefix)) prefix++;
    let suffix = 0;
    while (suffix < m - prefix && suffix < n - prefix && typed.charCodeAt(m - 1 - suffix) === intended.charCodeAt(n - 1 - suffix)) suffix++;
    const delta = n - m;
    const bound = Math.max(m - prefix - suffix, n - prefix - suffix) * this.maxCost;
    const widest = Math.floor((bound / this.minCost - Math.abs(delta)) / 2) + 1;
    let cost = Infinity;
    for (let slack = Math.min(4, widest); ; slack = Math.min(4 * slack, widest)) {
      cost = this.bandedCost(typed, intended, Math.min(0, delta) - slack, Math.max(0, delta) + slack);
      // Leaving the band takes |Δ| + 2(slack + 1) insertions and deletions at least.
      if (slack >= widest || cost <= this.minCost * (Math.abs(delta) + 2 * (slack + 1))) break;
    }
    // Every typed key also pays log(1 − ε) for being typed without error; using min(m, n) keeps
    // the term equal for the identity and for a candidate one insertion or deletion away.
    return -cost + Math.min(m, n) * this.weights.matchLogProb;
  }

  /**
   * `align(typed, intended, this.weights)` with the costs looked up in this model's tables: the
   * same cheapest alignment and the same edits (ties broken alike), several times faster. For
   * callers that need the edits themselves (misspelling habits judge every candidate by them).
   */
  align(typed: string, intended: string): Alignment {
    const m = typed.length;
    const n = intended.length;
    const w = n + 1;
    if (this.table.cost.length < (m + 1) * w) {
      const size = Math.max((m + 1) * w, 2 * this.table.cost.length);
      this.table = { cost: new Float64Array(size), back: new Uint8Array(size) };
    }
    const { cost, back } = this.table;
    const c = this.weights.cost;
    const { code, del } = this.readIntended(intended, this.scratchFor(n + 1));
    const typedAt = (k: number): number => (k >= 0 && k < m ? typed.charCodeAt(k) : -1);
    cost[0] = 0;
    back[0] = 0;
    for (let i = 1; i <= m; i++) {
      cost[i * w] = cost[(i - 1) * w]! + this.insCost(typedAt(i - 1), typedAt(i - 2), -1, typedAt(i));
      back[i * w] = 1;
    }
    for (let j = 1; j <= n; j++) {
      cost[j] = cost[j - 1]! + del[j]!;
      back[j] = 2;
    }
    for (let i = 1; i <= m; i++) {
      const t = typed.charCodeAt(i - 1);
      const tNext = typedAt(i);
      for (let j = 1; j <= n; j++) {
        const s = code[j]!;
        const next = code[j + 1]!;
        let best = cost[(i - 1) * w + j - 1]! + this.subCost(s, t, next);
        let how = 0;
        const ins = cost[(i - 1) * w + j]! + this.insCost(t, s, next, tNext);
        if (ins < best) { best = ins; how = 1; }
        const d = cost[i * w + j - 1]! + del[j]!;
        if (d < best) { best = d; how = 2; }
        if (i > 1 && j > 1 && t !== s && t === code[j - 1] && typed.charCodeAt(i - 2) === s) {
          const tr = cost[(i - 2) * w + j - 2]! + c.transpose;
          if (tr < best) { best = tr; how = 3; }
        }
        cost[i * w + j] = best;
        back[i * w + j] = how;
      }
    }
    return { logProb: -cost[m * w + n]! + Math.min(m, n) * this.weights.matchLogProb, edits: traceEdits(typed, intended, back) };
  }

  /** The cheapest alignment's cost among those whose cells all lie within dLo ≤ j − i ≤ dHi. */
  private bandedCost(typed: string, intended: string, dLo: number, dHi: number): number {
    const m = typed.length;
    const n = intended.length;
    const c = this.weights.cost;
    const scratch = this.scratchFor(n + 1);
    // Row-by-row with three rolling rows (the transposition needs two rows back). They hold stale
    // values, so the cells just outside the band are set to "unreachable" as each row is made.
    let prev2 = scratch.rows[0]!;
    let prev = scratch.rows[1]!;
    let cur = scratch.rows[2]!;
    const { code, del } = this.readIntended(intended, scratch);
    const top = Math.min(n, dHi);
    prev[0] = 0;
    for (let j = 1; j <= top; j++) prev[j] = prev[j - 1]! + del[j]!;
    if (top < n) prev[top + 1] = Infinity;
    for (let i = 1; i <= m; i++) {
      const t = typed.charCodeAt(i - 1);
      const tNext = i < m ? typed.charCodeAt(i) : -1;
      const jLo = Math.max(1, i + dLo);
      const jHi = Math.min(n, i + dHi);
      cur[0] = i + dLo <= 0 ? prev[0]! + this.insCost(t, i > 1 ? typed.charCodeAt(i - 2) : -1, -1, tNext) : Infinity;
      if (jLo > 1) cur[jLo - 1] = Infinity;
      for (let j = jLo; j <= jHi; j++) {
        const s = code[j]!;
        const next = code[j + 1]!;
        let best = prev[j - 1]! + this.subCost(s, t, next);
        const ins = prev[j]! + this.insCost(t, s, next, tNext);
        if (ins < best) best = ins;
        const d = cur[j - 1]! + del[j]!;
        if (d < best) best = d;
        if (i > 1 && j > 1 && t !== s && t === code[j - 1] && typed.charCodeAt(i - 2) === s) {
          const tr = prev2[j - 2]! + c.transpose;
          if (tr < best) best = tr;
        }
        cur[j] = best;
      }
      if (jHi < n) cur[jHi + 1] = Infinity;
      const spare = prev2;
      prev2 = prev;
      prev = cur;
      cur = spare;
    }
    return prev[n]!;
  }

  /**
   * The intended keys with a -1 on either side (`code[j + 1]` is key j) and the cost of leaving out
   * each (`del[j]`: key j − 1), which depends on its neighbours only: computed once per intended
   * string, not once per typed key.
   */
  private readIntended(intended: string, scratch: { code: Int32Array; del: Float64Array }): { code: Int32Array; del: Float64Array } {
    const n = intended.length;
    const { code, del } = scratch;
    code[0] = -1;
    for (let j = 0; j < n; j++) code[j + 1] = intended.charCodeAt(j);
    code[n + 1] = -1;
    for (let j = 1; j <= n; j++) del[j] = this.delCost(code[j]!, code[j - 1]!, code[j + 1]!);
    return { code, del };
  }

  /** Rows and per-key arrays for `logProb`, reused across calls (it runs hundreds of times a query). */
  private scratchFor(width: number): { rows: Float64Array[]; code: Int32Array; del: Float64Array } {
    if (this.scratch.code.length < width + 1) {
      const size = Math.max(width + 1, 2 * this.scratch.code.length);
      this.scratch = { rows: [new Float64Array(size), new Float64Array(size), new Float64Array(size)], code: new Int32Array(size + 1), del: new Float64Array(size) };
    }
    return this.scratch;
  }
}
