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
import type { CompleteOptions, Completion, LanguageModel, LanguageModelInfo } from './language-model.js';
import type { OnnxSession, TensorData } from './onnx-backend.js';
import type { KeystrokeTokenizer } from './tokenizer.js';

export const GRAPH_INPUTS = ['ids', 'lengths', 'state', 'history'] as const;
export const GRAPH_OUTPUTS = ['logprob', 'token_logprobs', 'next_logprobs', 'state_out', 'history_out'] as const;

/** Rows per scoring run; larger requests are split so one call cannot allocate without bound. */
const MAX_SCORE_BATCH = 64;

export interface RecurrentShape {
  layers: number;
  hidden: number;
  /** Keys of left context carried in `history` (C). */
  context: number;
}

/** A finished or live hypothesis of the beam search. */
interface Hypothesis {
  /** Keys added after the prefix. */
  keys: string;
  logProb: number;
}

export class OnnxLanguageModel implements LanguageModel {
  readonly info: LanguageModelInfo;

  constructor(
    private readonly session: OnnxSession,
    private readonly tokenizer: KeystrokeTokenizer,
    private readonly shape: RecurrentShape,
    info: Omit<LanguageModelInfo, 'vocabSize'>,
  ) {
    this.info = { ...info, vocabSize: tokenizer.size };
  }

  /**
   * Natural-log probability of each whole text (`<bos>` … `<eos>`), in one padded batch per 64 texts.
   * @example await lm.score(['서울 맛집', '서울 맛칩']) // the first is higher
   */
  async score(texts: readonly string[]): Promise<Float64Array> {
    const out = new Float64Array(texts.length);
    for (let start = 0; start < texts.length; start += MAX_SCORE_BATCH) {
      const chunk = texts.slice(start, start + MAX_SCORE_BATCH).map((t) => this.tokenizer.encode(t));
      const scores = await this.scoreIds(chunk);
      out.set(scores, start);
    }
    return out;
  }

  /** Scores already-tokenized rows (each `<bos>` … `<eos>`). */
  async scoreIds(rows: readonly (readonly number[])[]): Promise<Float64Array> {
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
        state: this.zeroState(B),
        history: this.startHistory(B),
      },
      ['logprob'],
    );
    return Float64Array.from(result['logprob']!.data as Float32Array);
  }

  /**
   * Beam search from a prefix. The prefix runs once; every later step feeds only the newest key of
   * each live beam together with its recurrent state, so the prefix is never re-read.
   * Completions end at `<eos>`; they are whole texts (prefix included), best first. The prefix alone
   * is a completion too when the model expects the query to end there (날씨 → 날씨).
   * @example await lm.complete('서울 ㅁ', { beam: 8, maxLen: 12, n: 5 }) // [{ text: '서울 맛집', logProb: -4.2 }, …]
   */
  async complete(prefix: string, options: CompleteOptions): Promise<Completion[]> {
    const { beam, maxLen, n } = options;
    for (const [name, value] of [['beam', beam], ['maxLen', maxLen], ['n', n]] as const) {
      if (!Number.isInteger(value) || value < (name === 'maxLen' ? 0 : 1)) {
        throw new TypeError(`complete: ${name} must be a ${name === 'maxLen' ? 'non-negative' : 'positive'} integer, got ${value}`);
      }
    }
    const prefixKeys = toKeystrokes(prefix);
    const V = this.tokenizer.size;
    const { layers, hidden, context } = this.shape;
    const first = [this.tokenizer.bos, ...this.tokenizer.encodeKeys(prefixKeys)];
    let step = await this.session.run(
      {
        ids: { type: 'int64', data: BigInt64Array.from(first, BigInt), dims: [1, first.length] },
        lengths: { type: 'int64', data: BigInt64Array.of(BigInt(first.length)), dims: [1] },
        state: this.zeroState(1),
        history: this.startHistory(1),
      },
      ['next_logprobs', 'state_out', 'history_out'],
    );
    let live: Hypothesis[] = [{ keys: '', logProb: 0 }];
    const finished = new Map<string, number>();
    // Tokens a completion may add: never markers, padding or <unk> (it has no text).
    const allowed: number[] = [];
    for (let id = 0; id < V; id++) {
      if (id !== this.tokenizer.pad && id !== this.tokenizer.bos && id !== this.tokenizer.unk) allowed.push(id);
    }

    for (let added = 0; live.length > 0; added++) {
      const logprobs = step['next_logprobs']!.data as Float32Array;
      const candidates: { parent: number; id: number; logProb: number }[] = [];
      for (let b = 0; b < live.length; b++) {
        const base = live[b]!.logProb;
        for (const id of allowed) {
          const logProb = base + logprobs[b * V + id]!;
          if (id === this.tokenizer.eos) {
            const text = live[b]!.keys;
            if ((finished.get(text) ?? -Infinity) < logProb) finished.set(text, logProb);
          } else if (added < maxLen) {
            candidates.push({ parent: b, id, logProb });
          }
        }
      }
      candidates.sort((x, y) => y.logProb - x.logProb);
      const kept = candidates.slice(0, beam);
      // Log-probabilities only fall as keys are added, so once n completions beat every live beam,
      // no live beam can enter the top n: stop.
      const nth = nthBest(finished, n);
      const best = kept[0];
      if (!best || best.logProb <= nth) break;
      const alive = kept.filter((c) => c.logProb > nth);

      // Each surviving beam continues from its parent's state and key history.
      const prevState = step['state_out']!.data as Float32Array;
      const prevHistory = step['history_out']!.data as BigInt64Array;
      const prevBatch = live.length;
      const state = new Float32Array(layers * alive.length * hidden);
      const history = new BigInt64Array(alive.length * context);
      alive.forEach((c, i) => {
        for (let l = 0; l < layers; l++) {
          const from = (l * prevBatch + c.parent) * hidden;
          state.set(prevState.subarray(from, from + hidden), (l * alive.length + i) * hidden);
        }
        history.set(prevHistory.subarray(c.parent * context, (c.parent + 1) * context), i * context);
      });
      live = alive.map((c) => ({ keys: live[c.parent]!.keys + this.tokenizer.tokens[c.id]!, logProb: c.logProb }));
      step = await this.session.run(
        {
          ids: { type: 'int64', data: BigInt64Array.from(alive, (c) => BigInt(c.id)), dims: [alive.length, 1] },
          lengths: { type: 'int64', data: new BigInt64Array(alive.length).fill(1n), dims: [alive.length] },
          state: { type: 'float32', data: state, dims: [layers, alive.length, hidden] },
          history: { type: 'int64', data: history, dims: [alive.length, context] },
        },
        ['next_logprobs', 'state_out', 'history_out'],
      );
    }

    // Different key sequences can assemble to the same text; keep the best of each. The prefix's own
    // keys are kept as typed (even those the model reads as <unk>), so every text extends the prefix.
    const byText = new Map<string, number>();
    for (const [keys, logProb] of finished) {
      const text = fromKeystrokes(prefixKeys + keys);
      if ((byText.get(text) ?? -Infinity) < logProb) byText.set(text, logProb);
    }
    return [...byText]
      .map(([text, logProb]) => ({ text, logProb }))
      .sort((a, b) => b.logProb - a.logProb)
      .slice(0, n);
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

/** The n-th highest value of a map (−∞ when it has fewer than n). */
function nthBest(values: ReadonlyMap<string, number>, n: number): number {
  if (values.size < n) return -Infinity;
  return [...values.values()].sort((a, b) => b - a)[n - 1]!;
}
