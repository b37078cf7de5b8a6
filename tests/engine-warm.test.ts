import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Engine, warmUp } from '../src/engine/index.js';
import { Scorer } from '../src/rank/index.js';
import type { CompleteOptions, Completion, LanguageModel } from '../src/lm/index.js';
import { sharedEngine } from './engine-fixture.js';

/** Counts what the engine asks of its model. */
class CountingLm implements LanguageModel {
  readonly info = { name: 'counting', bytes: 0, vocabSize: 0 };
  scores = 0;
  completions = 0;
  deadlines: (number | undefined)[] = [];
  async score(texts: readonly string[]): Promise<Float64Array> {
    this.scores++;
    return new Float64Array(texts.length).fill(-40);
  }
  async complete(_prefix: string, options: CompleteOptions): Promise<Completion[]> {
    this.completions++;
    this.deadlines.push(options.deadline);
    return [];
  }
}

test('warm-up runs correction, completion and both uses of the language model, a bounded number of times', async () => {
  const base = sharedEngine();
  const lm = new CountingLm();
  const s = base.scorer;
  const engine = new Engine({ lexicon: base.lexicon, scorer: new Scorer(s.lexicon, s.channel, s.spelling, { ...s.weights, lm: 0.4 }), lm });
  const calls = await warmUp(engine, 8);
  assert.equal(calls, 8 * 5);
  assert.ok(lm.scores > 0, 'rescoring never ran');
  assert.ok(lm.completions > 0, 'completion never ran');
  // Without the completion time budget (a cold process would cut its searches short), and not
  // counted as the served engine's traffic.
  assert.ok(lm.deadlines.every((d) => d === undefined));
  assert.deepEqual(engine.stats, { lmCompletions: 0, lmCompletionsOutOfTime: 0, lmErrors: 0, suggestCorrections: 0 });
});

test('warm-up without a model still runs, and changes no answer', async () => {
  const engine = sharedEngine();
  const before = await engine.correct('아이혼', 5);
  assert.equal(await warmUp(engine, 3), 15);
  assert.deepEqual(await engine.correct('아이혼', 5), before);
});
