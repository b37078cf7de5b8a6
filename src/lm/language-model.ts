/**
 * What the rest of baro knows about a language model. Only `src/lm/onnx*.ts` touches
 * onnxruntime-node; ranking and generation see this interface, so tests can pass a tiny fake and
 * the service can run without any model at all.
 *
 * Texts are *normalized* query texts (see `src/hangul/normalize.ts`); the model tokenizes them
 * into 2-beolsik keystrokes itself.
 */
export interface LanguageModel {
  /** Natural-log probability of each whole text, begin and end markers included. Batched. */
  score(texts: readonly string[]): Promise<Float64Array>;
  /**
   * Completions of a (keystroke) prefix by beam search that reuses the prefix's recurrent state
   * across every candidate. Returns up to `n` texts (the prefix included), best first.
   */
  complete(prefix: string, options: CompleteOptions): Promise<Completion[]>;
  /**
   * Reads a prefix and returns the model's state after it, for `CompleteOptions.state`. With
   * `from`, the state after an earlier prefix of this one (in keystrokes), only the new keys are
   * read: a front end asks for completions on every keystroke, and each prefix extends the last.
   * Optional: a model without it reads the whole prefix in `complete`.
   */
  readPrefix?(prefix: string, from?: PrefixState): Promise<PrefixState>;
  /**
   * Natural-log probability of each text's keystrokes after the state's prefix, and of the end
   * marker, given the prefix: the scale of `Completion.logProb`, so candidates written by other
   * means (a known word completing the last one typed) rank with the model's own completions. Each
   * text must extend the prefix in keystrokes. Batched; the prefix is not read again.
   * Optional, like `readPrefix`.
   */
  scoreAfter?(state: PrefixState, texts: readonly string[]): Promise<Float64Array>;
  /**
   * `complete` from a state and `scoreAfter` of `texts` from it, at once: the same completions and
   * log-probabilities (up to float rounding), for less than the two calls cost apart (a model can
   * read the texts in the search's own runs). Optional, like `scoreAfter`.
   */
  completeAndScore?(state: PrefixState, texts: readonly string[], options: CompleteOptions): Promise<{ completions: Completion[]; scores: Float64Array }>;
  /**
   * True when the model has a token for every key of `keys` (a keystroke string): it reads none of
   * them as <unk>. Optional: a model without it is taken to read any text.
   */
  canRead?(keys: string): boolean;
  /** Describes the model for `/readyz` and the model card. */
  readonly info: LanguageModelInfo;
}

/**
 * The model's state after reading a prefix. Opaque beyond `keys`; never changed once made, so one
 * state can start any number of searches and extensions.
 */
export interface PrefixState {
  /** the prefix's keystrokes (`toKeystrokes`) */
  readonly keys: string;
}

export interface CompleteOptions {
  /** Beam width. */
  beam: number;
  /** Most keystrokes to add after the prefix. */
  maxLen: number;
  /** Most completions to return. */
  n: number;
  /**
   * Completions with a lower log-probability per added keystroke (natural log; the end marker is
   * not counted as a keystroke, and a completion that adds none counts as one) are dropped and do
   * not count toward `n`, so the search can stop as soon as `n` acceptable ones are certain.
   */
  minLogProbPerKey?: number;
  /**
   * A `performance.now()` time after which the search takes no further step once it has finished
   * a few completions (`finishBeforeDeadline`), and returns those (the prefix run and a step under
   * way always complete). A latency guard: a slow moment on the machine costs completions, not
   * keystroke latency, and never leaves a keystroke with none (unless `hardDeadline` comes first).
   */
  deadline?: number;
  /**
   * How many completions a search past its deadline still finishes (default 3, never more than n):
   * fewer when the caller has other suggestions for the keystroke.
   */
  finishBeforeDeadline?: number;
  /**
   * A `performance.now()` time at which the search takes no further step whatever it has
   * finished, and texts read alongside (`completeAndScore`) and not yet read to the end score
   * −Infinity: a bound on how far past `deadline` finishing its completions may run (on a slow
   * host a search past the deadline could otherwise add every key it has left). The prefix run
   * and a step under way still complete.
   */
  hardDeadline?: number;
  /**
   * Completions may end where a word ends, not only where the query ends: each is finished with
   * the probability of the end marker or of a space after it (`<eos>` or ' '), as a suggestion the
   * typist may go on from. Default false: a completion is a whole query. Scores of texts read
   * alongside (`completeAndScore`) end the same way.
   */
  endAtWord?: boolean;
  /** the state after this very prefix (from `readPrefix`), so the search starts without reading it */
  state?: PrefixState;
}

export interface Completion {
  text: string;
  /** Natural-log probability of the added keystrokes (and the end marker) given the prefix. */
  logProb: number;
}

export interface LanguageModelInfo {
  name: string;
  /** Size of the model file in bytes. */
  bytes: number;
  vocabSize: number;
  /** Whether beam steps run through a separate lean step graph (an ONNX model's `step.onnx`). */
  stepGraph?: boolean;
}
