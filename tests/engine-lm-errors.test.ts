import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Engine } from '../src/engine/index.js';
import { Scorer } from '../src/rank/index.js';
import type { CompleteOptions, Completion, LanguageModel, PrefixState } from '../src/lm/index.js';
import { sharedEngine } from './engine-fixture.js';

const base = sharedEngine();

/** A model that fails: it throws, or with `nan` scores every text NaN. */
class FailingLm implements LanguageModel {
  readonly info = { name: 'failing', bytes: 0, vocabSize: 0 };
  constructor(private readonly how: 'throw' | 'nan') {}
  async score(texts: readonly string[]): Promise<Float64Array> {
    if (this.how === 'nan') return new Float64Array(texts.length).fill(Number.NaN);
    throw new Error('onnxruntime: out of memory');
  }
  async readPrefix(_prefix: string, _from?: PrefixState): Promise<PrefixState> {
    throw new Error('onnxruntime: out of memory');
  }
  async complete(_prefix: string, _options: CompleteOptions): Promise<Completion[]> {
    throw new Error('onnxruntime: out of memory');
  }
}

function engine(lm: LanguageModel | undefined, lmWeight: number, onLmError?: (error: unknown) => void): Engine {
  const s = base.scorer;
  const scorer = new Scorer(s.lexicon, s.channel, s.spelling, { ...s.weights, lm: lmWeight });
  return new Engine({ lexicon: base.lexicon, scorer, lm, onLmError, completionBudgetMs: Infinity });
}

test('a model that throws while rescoring: the query is ranked without it, and the error is counted and reported', async () => {
  for (const how of ['throw', 'nan'] as const) {
    const errors: unknown[] = [];
    const failing = engine(new FailingLm(how), 0.8, (e) => errors.push(e));
    // Several words the lexicon does not know as a query: the LM is asked.
    const typed = '아이아이 쭐장난';
    const got = await failing.correct(typed, 5);
    assert.deepEqual(got, await engine(undefined, 0, undefined).correct(typed, 5), how);
    assert.equal(failing.stats.lmErrors, 1, how);
    assert.equal(errors.length, 1, how);
    assert.ok(errors[0] instanceof Error, how);
  }
});

test('a model that throws while completing: the lexicon suggestions are the answer', async () => {
  const errors: unknown[] = [];
  const failing = engine(new FailingLm('throw'), 0.8, (e) => errors.push(e));
  const prefix = '붕어빵 맛집 추'; // no exact lexicon match: the LM is asked
  const got = await failing.suggest(prefix, 10);
  assert.deepEqual(got, await engine(undefined, 0).suggest(prefix, 10));
  assert.deepEqual(failing.stats, { lmCompletions: 0, lmCompletionsOutOfTime: 0, lmErrors: 1, suggestCorrections: 0 });
  assert.match(String(errors[0]), /out of memory/);
});
