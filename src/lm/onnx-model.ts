/**
 * `LanguageModel` over the exported keystroke GRU (see `lm/train.py`, `OnnxGraph`). One graph serves
 * both uses:
 * - scoring: `ids` [B,T] (`<bos>` keys `<eos>`, padded), `lengths` [B], zero `state`, `<pad>`
 *   `history` → `logprob` [B];
 * - stepping: `ids` [B,t] + `state` [L,B,H] + `history` [B,C] → `next_logprobs` [B,V], `state_out`
 *   and `history_out` (the last C keys, which the model's hashed n-gram inputs need).
 * Together `state` and `history` are the whole recurrent state of a beam.
 */
import { fromKeystrokes, toKeystrokes } from '../hangul/index.js';
import type { CompleteOptions, Completion, LanguageModel, LanguageModelInfo, PrefixState } from './language-model.js';
import type { OnnxSession, TensorData } from './onnx-backend.js';
import type { KeystrokeTokenizer } from './tokenizer.js';

export const GRAPH_INPUTS = ['ids', 'lengths', 'state', 'history'] as const;
export const GRAPH_OUTPUTS = ['logprob', 'token_logprobs', 'next_logprobs', 'state_out', 'history_out'] as const;
/**
 * The optional step graph (`step.onnx`, written by `lm/step_graph.py`): one key per row from its
 * state, the same values as model.onnx for one column, ~35% cheaper per beam step.
 */
export const STEP_INPUTS = ['ids', 'state', 'history'] as const;
export const STEP_OUTPUTS = ['next_logprobs', 'state_out', 'history_out'] as const;

/** Rows per scoring run; larger requests are split so one call cannot allocate without bound. */
const MAX_SCORE_BATCH = 64;

/**
 * A shared prefix is run on its own only when that saves at least this many row-keys: a run costs
 * ~0.1 ms on its own, about what 13 row-keys of GRU work cost (measured at 9 rows on this machine).
 */
const MIN_SHARED_STEPS = 24;

/**
 * A search past its deadline still runs until it has this many completions (or n, if fewer) unless
 * told otherwise: a search stopped before any finished would leave a keystroke with no completions.
 */
const FINISHED_BEFORE_DEADLINE = 3;

export interface RecurrentShape {
  layers: number;
  hidden: number;
  /** Keys of left context carried in `history` (C). */
  context: number;
}

/** The model's outputs after one more key per row. */
interface Stepped {
  /** next-key log-probabilities [B·V] */
  next: Float32Array;
  /** recurrent states [L·B·H] */
  state: Float32Array;
  /** key histories [B·C] */
  history: BigInt64Array;
}

/** A search's `CompleteOptions`, checked, with their defaults. */
interface SearchSettings {
  endAtWord: boolean;
  beam: number;
  maxLen: number;
  n: number;
  minPerKey: number;
  deadline: number | undefined;
  finishBeforeDeadline: number;
  hardDeadline: number | undefined;
}

/** Checks a search's options before any model run; a bad one is a TypeError naming it. */
function searchSettings(options: CompleteOptions): SearchSettings {
  const { beam, maxLen, n, deadline, hardDeadline } = options;
  const minPerKey = options.minLogProbPerKey ?? -Infinity;
  if (Number.isNaN(minPerKey) || Number.isNaN(deadline) || Number.isNaN(hardDeadline)) {
    throw new TypeError('complete: minLogProbPerKey, deadline and hardDeadline must be numbers, got NaN');
  }
  const finishBeforeDeadline = options.finishBeforeDeadline ?? FINISHED_BEFORE_DEADLINE;
  for (const [name, value] of [['beam', beam], ['maxLen', maxLen], ['n', n], ['finishBeforeDeadline', finishBeforeDeadline]] as const) {
    if (!Number.isInteger(value) || value < (name === 'maxLen' ? 0 : 1)) {
      throw new TypeError(`complete: ${name} must be a ${name === 'maxLen' ? 'non-negative' : 'positive'} integer, got ${value}`);
    }
  }
  return { endAtWord: options.endAtWord ?? false, beam, maxLen, n, minPerKey, deadline, finishBeforeDeadline, hardDeadline };
}

/** A finished or live hypothesis of the beam search. */
interface Hypothesis {
  /** Keys added after the prefix. */
  keys: string;
  logProb: number;
}

export class OnnxLanguageModel implements LanguageModel {
  readonly info: LanguageModelInfo;
  /**
   * Keys a completion may add: never markers, padding or <unk> (it has no text). The end marker is
   * weighed on its own: it finishes a completion instead of extending a beam.
   */
  private readonly extending: readonly number[];
  /** Each token id as a bigint, for the int64 inputs of every step without a new BigInt per key. */
  private readonly bigIds: readonly bigint[];

  /**
   * @param stepSession the step graph (see `STEP_INPUTS`), checked against `session` by the loader;
   *   without it, beam steps run through `session` with one column.
   */
  constructor(
    private readonly session: OnnxSession,
    private readonly tokenizer: KeystrokeTokenizer,
    private readonly shape: RecurrentShape,
    info: Omit<LanguageModelInfo, 'vocabSize' | 'stepGraph'>,
    private readonly stepSession?: OnnxSession,
  ) {
    this.info = { ...info, vocabSize: tokenizer.size, stepGraph: stepSession !== undefined };
    const markers = new Set([tokenizer.pad, tokenizer.bos, tokenizer.unk, tokenizer.eos]);
    this.extending = Array.from({ length: tokenizer.size }, (_, id) => id).filter((id) => !markers.has(id));
    this.bigIds = Array.from({ length: tokenizer.size }, (_, id) => BigInt(id));
  }

  canRead(keys: string): boolean {
    return this.tokenizer.readsAll(keys);
  }

  /**
   * Natural-log probability of each whole text (`<bos>` … `<eos>`), in one padded batch per 64 texts.
   * @example await lm.score(['서울 맛집', '서울 맛칩']) // the first is higher
   */
  async score(texts: readonly string[]): Promise<Float64Array> {
    const out = new Float64Array(texts.length);
    for (let start = 0; start < texts.length; start += MAX_SCORE_BATCH) {
      const chunk = texts.slice(start, start + MAX_SCORE_BATCH).map((t) => this.tokenizer.encode(t));
      const scores = await this.scoreSharingPrefix(chunk);
      out.set(scores, start);
    }
    return out;
  }

  /**
   * Scores rows (each `<bos>` … `<eos>`), running the keys they all begin with once. Correction
   * candidates mostly differ in one word, and a run's cost is its rows times its columns, so the
   * rows are split after their common prefix: the prefix runs as one row, and the rest of every row
   * continues from its state. The sum is the same log-probability (up to float rounding).
   */
  async scoreSharingPrefix(rows: readonly (readonly number[])[]): Promise<Float64Array> {
    if (rows.length < 2) return this.scoreIds(rows);
    let shared = 0;
    let shortest = Infinity;
    for (const r of rows) shortest = Math.min(shortest, r.length);
    while (shared < shortest && rows.every((r) => r[shared] === rows[0]![shared])) shared++;
    // The last shared key is fed again as the first column of the rest (the graph scores each column
    // given the one before it), and every rest keeps at least one key to score.
    const head = Math.min(shared, shortest - 1) - 1;
    if (head < 1 || (rows.length - 1) * head < MIN_SHARED_STEPS) return this.scoreIds(rows);

    const first = rows[0]!;
    const prefix = await this.readRow(first.slice(0, head), undefined, true);
    // log p(prefix keys) and of the last shared key, which the rest's first column conditions on.
    const prefixLogProb = prefix.logProb + prefix.next[first[head]!]!;
    const { state, history } = this.pickRows(prefix.state, prefix.history, 1, new Int32Array(rows.length), rows.length);
    const rest = await this.scoreIds(rows.map((r) => r.slice(head)), state, history);
    return rest.map((x) => x + prefixLogProb);
  }

  /** Scores already-tokenized rows (each `<bos>` … `<eos>`, or continuing from `state` and `history`). */
  async scoreIds(rows: readonly (readonly number[])[], state?: TensorData, history?: TensorData): Promise<Float64Array> {
    const B = rows.length;
    if (B === 0) return new Float64Array(0);
    let T = 0;
    for (const r of rows) T = Math.max(T, r.length);
    const ids = new BigInt64Array(B * T).fill(BigInt(this.tokenizer.pad));
    const lengths = new BigInt64Array(B);
    rows.forEach((row, b) => {
      for (let t = 0; t < row.length; t++) ids[b * T + t] = BigInt(row[t]!);
      lengths[b] = BigInt(row.length);
    });
    const result = await this.session.run(
      {
        ids: { type: 'int64', data: ids, dims: [B, T] },
        lengths: { type: 'int64', data: lengths, dims: [B] },
        state: state ?? this.zeroState(B),
        history: history ?? this.startHistory(B),
      },
      ['logprob'],
    );
    return Float64Array.from(result['logprob']!.data as Float32Array);
  }

  /**
   * Beam search from a prefix. The prefix is read once (not at all when `options.state` is its
   * state from `readPrefix`); every later step feeds only the newest key of each live beam together
   * with its recurrent state, so the prefix is never re-read.
   * Completions end at `<eos>`; they are whole texts (prefix included), best first. The prefix alone
   * is a completion too when the model expects the query to end there (날씨 → 날씨).
   * @example await lm.complete('서울 ㅁ', { beam: 8, maxLen: 12, n: 5 }) // [{ text: '서울 맛집', logProb: -4.2 }, …]
   */
  async complete(prefix: string, options: CompleteOptions): Promise<Completion[]> {
    const search = searchSettings(options);
    const start = options.state === undefined ? await this.readPrefix(prefix) : this.ownState(options.state);
    if (start.keys !== toKeystrokes(prefix)) throw new TypeError(`complete: the state is for "${fromKeystrokes(start.keys)}", not for "${prefix}"`);
    return (await this.search(start, search, [])).completions;
  }

  /**
   * `complete` from a state, and `scoreAfter` of `texts` from the same state, in the search's own
   * model runs: each step carries a row per text (its next key, teacher-forced) beside the beams'
   * rows until the text is read, so the texts cost a few rows of the steps (~4 µs each) instead of
   * a scoring run of their own (~0.3 ms). Rows left when the search stops are read on alone.
   * @example const s = await lm.readPrefix('화곡동 어린'); await lm.completeAndScore(s, ['화곡동 어린이집'], { beam: 6, maxLen: 12, n: 5 })
   */
  async completeAndScore(state: PrefixState, texts: readonly string[], options: CompleteOptions): Promise<{ completions: Completion[]; scores: Float64Array }> {
    const search = searchSettings(options);
    const start = this.ownState(state);
    const rows = texts.map((text) => {
      const keys = toKeystrokes(text);
      if (!keys.startsWith(start.keys)) throw new TypeError(`completeAndScore: "${text}" does not extend the state's prefix "${fromKeystrokes(start.keys)}"`);
      return this.tokenizer.encodeKeys(keys.slice(start.keys.length));
    });
    return this.search(start, search, rows);
  }

  /**
   * The beam search of `complete` from the state `start`, with `alongside` rows (each the ids of
   * keys after the prefix) read in the same runs: their log-probabilities given the prefix,
   * `<eos>` included, come back as `scores`.
   */
  private async search(start: OnnxPrefixState, settings: SearchSettings, alongside: readonly (readonly number[])[]): Promise<{ completions: Completion[]; scores: Float64Array }> {
    const { beam, maxLen, n, minPerKey, deadline, finishBeforeDeadline, hardDeadline } = settings;
    const prefixKeys = start.keys;
    const V = this.tokenizer.size;
    const { eos, space } = this.tokenizer;
    // The log-probability of finishing at row offset `at` of a batch's next-key log-probabilities.
    const end = settings.endAtWord && space >= 0 ? (lp: Float32Array, at: number) => logAddExp(lp[at + eos]!, lp[at + space]!) : (lp: Float32Array, at: number) => lp[at + eos]!;
    // The live beams' next-key log-probabilities [B·V], states [L·B·H] and key histories [B·C].
    let last: Stepped = start;
    let live: Hypothesis[] = [{ keys: '', logProb: 0 }];
    const finished = new Map<string, number>();
    // The best `beam` continuations of a step, best first, as parallel arrays: a step weighs up to
    // beam × V candidates, and sorting them all was a third of a completion's time.
    const top = new TopK(beam);
    // The n-th best finished log-probability (−∞ with fewer than n), asked once a step: the n best
    // kept by the same insertion as the step's top continuations. Made once n have finished, as n
    // comes from the caller.
    let bestFinished: TopK | undefined;
    const nthBest = (): number => {
      if (finished.size < n) return -Infinity;
      bestFinished ??= new TopK(n);
      bestFinished.clear();
      for (const logProb of finished.values()) bestFinished.offer(logProb, 0, 0);
      return bestFinished.logProbs[n - 1]!;
    };
    // The rows read alongside: row i has `fed[i]` of its keys read, and its state is row
    // `rowOf[i]` of `last` (the start state's only row before the first run), -1 once read to
    // the end; `scores[i]` sums its keys' log-probabilities so far.
    const scores = new Float64Array(alongside.length);
    const fed = new Int32Array(alongside.length);
    const rowOf = new Int32Array(alongside.length);
    // A text that is the prefix itself is only its end (<eos>, or a space as well with endAtWord).
    alongside.forEach((ids, i) => {
      scores[i] = ids.length > 0 ? start.next[ids[0]!]! : end(start.next, 0);
      rowOf[i] = ids.length > 0 ? 0 : -1;
    });
    const batchOf = (stepped: Stepped): number => stepped.next.length / V;
    const outOfTime = (): boolean => hardDeadline !== undefined && performance.now() >= hardDeadline;
    const reading = (): number[] => {
      const out: number[] = [];
      for (let i = 0; i < alongside.length; i++) if (rowOf[i]! >= 0) out.push(i);
      return out;
    };
    // After a run that fed `ids` to the rows `texts` read alongside (rows `from`… of the batch),
    // each has its next key (or <eos>) scored.
    const scoreFed = (next: Float32Array, texts: readonly number[], from: number): void => {
      texts.forEach((t, j) => {
        const ids = alongside[t]!;
        const done = (fed[t] = fed[t]! + 1);
        const row = (from + j) * V;
        const read = done < ids.length;
        scores[t] = scores[t]! + (read ? next[row + ids[done]!]! : end(next, row));
        rowOf[t] = read ? from + j : -1;
      });
    };

    for (let added = 0; live.length > 0; added++) {
      const logprobs = last.next;
      top.clear();
      for (let b = 0; b < live.length; b++) {
        const base = live[b]!.logProb;
        const row = b * V;
        const ended = base + end(logprobs, row);
        const text = live[b]!.keys;
        if (ended / Math.max(1, added) >= minPerKey && (finished.get(text) ?? -Infinity) < ended) finished.set(text, ended);
        if (added >= maxLen) continue;
        for (const id of this.extending) top.offer(base + logprobs[row + id]!, b, id);
      }
      // Log-probabilities only fall as keys are added, so once n completions beat every live beam,
      // no live beam can enter the top n: stop.
      const nthLogProb = nthBest();
      let kept = 0;
      while (kept < top.size && top.logProbs[kept]! > nthLogProb) kept++;
      if (kept === 0) break;
      if (deadline !== undefined && finished.size >= Math.min(n, finishBeforeDeadline) && performance.now() >= deadline) break;
      if (outOfTime()) break;

      // Each surviving beam continues from its parent's state and key history, and each row read
      // alongside from its own.
      const texts = reading();
      const parents = new Int32Array(kept + texts.length);
      parents.set(top.parents.subarray(0, kept));
      const ids = new BigInt64Array(kept + texts.length);
      const next: Hypothesis[] = [];
      for (let i = 0; i < kept; i++) {
        ids[i] = this.bigIds[top.ids[i]!]!;
        next.push({ keys: live[top.parents[i]!]!.keys + this.tokenizer.tokens[top.ids[i]!]!, logProb: top.logProbs[i]! });
      }
      texts.forEach((t, j) => {
        parents[kept + j] = rowOf[t]!;
        ids[kept + j] = this.bigIds[alongside[t]![fed[t]!]!]!;
      });
      const { state, history } = this.pickRows(last.state, last.history, batchOf(last), parents, parents.length);
      live = next;
      last = await this.step(ids, state, history);
      scoreFed(last.next, texts, kept);
    }
    // Rows not yet read to the end when the search stopped are read on by themselves, in time:
    // out of time altogether, what was not read to its end has no score.
    for (let texts = reading(); texts.length > 0; texts = reading()) {
      if (outOfTime()) {
        for (const t of texts) {
          scores[t] = -Infinity;
          rowOf[t] = -1;
        }
        break;
      }
      const parents = Int32Array.from(texts, (t) => rowOf[t]!);
      const ids = BigInt64Array.from(texts, (t) => this.bigIds[alongside[t]![fed[t]!]!]!);
      const { state, history } = this.pickRows(last.state, last.history, batchOf(last), parents, parents.length);
      last = await this.step(ids, state, history);
      scoreFed(last.next, texts, 0);
    }

    // Different key sequences can assemble to the same text; keep the best of each. Assembling is the
    // costly part, so go best first and stop at n texts. The prefix's own keys are kept as typed (even
    // those the model reads as <unk>), so every text extends the prefix.
    const out: Completion[] = [];
    const texts = new Set<string>();
    for (const [keys, logProb] of [...finished].sort((a, b) => b[1] - a[1])) {
      const text = fromKeystrokes(prefixKeys + keys);
      if (texts.has(text)) continue;
      texts.add(text);
      out.push({ text, logProb });
      if (out.length >= n) break;
    }
    return { completions: out, scores };
  }

  /**
   * The model's state after `prefix`, reading only the keys after `from` when `from` is the state
   * of an earlier prefix of it (one run either way).
   * @example const s1 = await lm.readPrefix('서울 ㅁ'); const s2 = await lm.readPrefix('서울 마', s1)
   */
  async readPrefix(prefix: string, from?: PrefixState): Promise<OnnxPrefixState> {
    const keys = toKeystrokes(prefix);
    const base = from === undefined ? undefined : this.ownState(from);
    if (base && !keys.startsWith(base.keys)) {
      throw new TypeError(`readPrefix: "${prefix}" does not extend the state's prefix "${fromKeystrokes(base.keys)}"`);
    }
    if (base && base.keys === keys) return base;
    const ids = base ? this.tokenizer.encodeKeys(keys.slice(base.keys.length)) : [this.tokenizer.bos, ...this.tokenizer.encodeKeys(keys)];
    const row = await this.readRow(ids, base);
    return new OnnxPrefixState(this, keys, row.next, row.state, row.history);
  }

  /**
   * Log-probability of each text's keys after the state's prefix, and of `<eos>`, given the prefix
   * (see `LanguageModel.scoreAfter`): every row continues from the prefix's state, so a batch costs
   * only its texts' added keys.
   * @example const s = await lm.readPrefix('화곡동 어린'); await lm.scoreAfter(s, ['화곡동 어린이집'])
   */
  async scoreAfter(state: PrefixState, texts: readonly string[]): Promise<Float64Array> {
    const base = this.ownState(state);
    const rows = texts.map((text) => {
      const keys = toKeystrokes(text);
      if (!keys.startsWith(base.keys)) throw new TypeError(`scoreAfter: "${text}" does not extend the state's prefix "${fromKeystrokes(base.keys)}"`);
      return [...this.tokenizer.encodeKeys(keys.slice(base.keys.length)), this.tokenizer.eos];
    });
    const out = new Float64Array(rows.length);
    for (let start = 0; start < rows.length; start += MAX_SCORE_BATCH) {
      const chunk = rows.slice(start, start + MAX_SCORE_BATCH);
      // The state has read the prefix: its next-key log-probabilities score each row's first key,
      // and the run scores the rest of the row given the keys before it.
      const { state: s, history } = this.pickRows(base.state, base.history, 1, new Int32Array(chunk.length), chunk.length);
      const rest = await this.scoreIds(chunk, s, history);
      chunk.forEach((row, i) => (out[start + i] = base.next[row[0]!]! + rest[i]!));
    }
    return out;
  }

  /**
   * Feeds one key to each row (`ids` [B]) from its state and history (`state` [L,B,H],
   * `history` [B,C]); through the step graph when there is one.
   */
  private async step(ids: BigInt64Array, state: TensorData, history: TensorData): Promise<Stepped> {
    const B = ids.length;
    const feeds = { ids: { type: 'int64', data: ids, dims: [B, 1] } as const, state, history };
    const ran = this.stepSession
      ? await this.stepSession.run(feeds, STEP_OUTPUTS)
      : await this.session.run({ ...feeds, lengths: { type: 'int64', data: new BigInt64Array(B).fill(1n), dims: [B] } }, STEP_OUTPUTS);
    return {
      next: ran['next_logprobs']!.data as Float32Array,
      state: ran['state_out']!.data as Float32Array,
      history: ran['history_out']!.data as BigInt64Array,
    };
  }

  /**
   * Runs one row of ids, from `base` or from the start: the state after the last, and with
   * `withLogProb` the log-probability of its keys after the first (NaN without).
   */
  private async readRow(ids: readonly number[], base?: OnnxPrefixState, withLogProb = false): Promise<{ logProb: number } & Stepped> {
    const { layers, hidden, context } = this.shape;
    // One key typed after a known prefix, as on every keystroke of a front end: a step.
    if (ids.length === 1 && !withLogProb) {
      const state: TensorData = base ? { type: 'float32', data: base.state, dims: [layers, 1, hidden] } : this.zeroState(1);
      const history: TensorData = base ? { type: 'int64', data: base.history, dims: [1, context] } : this.startHistory(1);
      return { logProb: Number.NaN, ...(await this.step(BigInt64Array.of(BigInt(ids[0]!)), state, history)) };
    }
    const out = await this.session.run(
      {
        ids: { type: 'int64', data: BigInt64Array.from(ids, BigInt), dims: [1, ids.length] },
        lengths: { type: 'int64', data: BigInt64Array.of(BigInt(ids.length)), dims: [1] },
        state: base ? { type: 'float32', data: base.state, dims: [layers, 1, hidden] } : this.zeroState(1),
        history: base ? { type: 'int64', data: base.history, dims: [1, context] } : this.startHistory(1),
      },
      withLogProb ? ['logprob', 'next_logprobs', 'state_out', 'history_out'] : ['next_logprobs', 'state_out', 'history_out'],
    );
    return {
      logProb: withLogProb ? (out['logprob']!.data as Float32Array)[0]! : Number.NaN,
      next: out['next_logprobs']!.data as Float32Array,
      state: out['state_out']!.data as Float32Array,
      history: out['history_out']!.data as BigInt64Array,
    };
  }

  /**
   * A new batch of `count` rows, row i the recurrent state and key history of row `parents[i]` of a
   * batch of `batch` rows (`state` [L·batch·H], `history` [batch·C]).
   */
  private pickRows(state: Float32Array, history: BigInt64Array, batch: number, parents: ArrayLike<number>, count: number): { state: TensorData; history: TensorData } {
    const { layers, hidden, context } = this.shape;
    const outState = new Float32Array(layers * count * hidden);
    const outHistory = new BigInt64Array(count * context);
    // Copied by hand: a subarray view per row was most of what a beam step allocated.
    for (let i = 0; i < count; i++) {
      const parent = parents[i]!;
      for (let l = 0; l < layers; l++) {
        const from = (l * batch + parent) * hidden;
        const to = (l * count + i) * hidden;
        for (let h = 0; h < hidden; h++) outState[to + h] = state[from + h]!;
      }
      for (let c = 0; c < context; c++) outHistory[i * context + c] = history[parent * context + c]!;
    }
    return {
      state: { type: 'float32', data: outState, dims: [layers, count, hidden] },
      history: { type: 'int64', data: outHistory, dims: [count, context] },
    };
  }

  /** `state` as this model's own: a state from another model (or a plain object) is refused. */
  private ownState(state: PrefixState): OnnxPrefixState {
    if (!(state instanceof OnnxPrefixState) || state.model !== this) throw new TypeError('a prefix state from another language model');
    return state;
  }

  private startHistory(batch: number): TensorData {
    const { context } = this.shape;
    return { type: 'int64', data: new BigInt64Array(batch * context).fill(BigInt(this.tokenizer.pad)), dims: [batch, context] };
  }

  private zeroState(batch: number): TensorData {
    const { layers, hidden } = this.shape;
    return { type: 'float32', data: new Float32Array(layers * batch * hidden), dims: [layers, batch, hidden] };
  }
}

/** What `readPrefix` returns: the last run's outputs for one row, which nothing writes to again. */
class OnnxPrefixState implements PrefixState {
  constructor(
    readonly model: OnnxLanguageModel,
    readonly keys: string,
    /** log-probabilities of the next key [V] */
    readonly next: Float32Array,
    /** recurrent state [L·H] */
    readonly state: Float32Array,
    /** the last C keys [C] */
    readonly history: BigInt64Array,
  ) {}
}

/**
 * The k best (logProb, parent, id) offers, best first; among equal log-probabilities the earlier
 * offer ranks first, as a stable sort would have it.
 */
class TopK {
  readonly logProbs: Float64Array;
  readonly parents: Int32Array;
  readonly ids: Int32Array;
  size = 0;

  constructor(readonly k: number) {
    this.logProbs = new Float64Array(k);
    this.parents = new Int32Array(k);
    this.ids = new Int32Array(k);
  }

  clear(): void {
    this.size = 0;
  }

  offer(logProb: number, parent: number, id: number): void {
    if (this.size === this.k && logProb <= this.logProbs[this.k - 1]!) return;
    let i = Math.min(this.size, this.k - 1);
    // Shift worse entries down one place (the last falls off when full).
    while (i > 0 && this.logProbs[i - 1]! < logProb) {
      this.logProbs[i] = this.logProbs[i - 1]!;
      this.parents[i] = this.parents[i - 1]!;
      this.ids[i] = this.ids[i - 1]!;
      i--;
    }
    this.logProbs[i] = logProb;
    this.parents[i] = parent;
    this.ids[i] = id;
    if (this.size < this.k) this.size++;
  }
}

/** log(e^a + e^b), without overflow. */
function logAddExp(a: number, b: number): number {
  const hi = Math.max(a, b);
  return hi === -Infinity ? hi : hi + Math.log(Math.exp(a - hi) + Math.exp(b - hi));
}
