import type { CompleteOptions, Completion, LanguageModel } from '../src/lm/index.js';

/** A fake model: fixed log-probabilities per text (-60 for any other), and fixed completions. */
export class FakeLm implements LanguageModel {
  readonly info = { name: 'fake', bytes: 0, vocabSize: 0 };
  scored: string[][] = [];
  constructor(
    private readonly logProbs: Record<string, number>,
    private readonly completions: Completion[] = [],
  ) {}
  async score(texts: readonly string[]): Promise<Float64Array> {
    this.scored.push([...texts]);
    return Float64Array.from(texts.map((t) => this.logProbs[t] ?? -60));
  }
  async complete(_prefix: string, options: CompleteOptions): Promise<Completion[]> {
    return this.completions.slice(0, options.n);
  }
}

/** A fake model that notes every prefix it is asked to complete. */
export class RecordingLm extends FakeLm {
  prefixes: string[] = [];
  override async complete(prefix: string, options: CompleteOptions): Promise<Completion[]> {
    this.prefixes.push(prefix);
    return super.complete(prefix, options);
  }
}
