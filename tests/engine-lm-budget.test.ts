import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { Engine, LM_LIMITS } from '../src/engine/index.js';
import type { CompleteOptions, Completion, LanguageModel } from '../src/lm/index.js';
import { sharedEngine } from './engine-fixture.js';

const base = sharedEngine();
/** The lexicon has no exact match for it, so the engine asks the model for completions. */
const PREFIX = '붕어빵 맛집 추';

/** Records the options of each completion request; optionally takes `delayMs` to answer. */
class RecordingLm implements LanguageModel {
  readonly info = { name: 'recording', bytes: 0, vocabSize: 0 };
  calls: { options: CompleteOptions; at: number }[] = [];
  constructor(private readonly delayMs = 0) {}
  async score(texts: readonly string[]): Promise<Float64Array> {
    return new Float64Array(texts.length).fill(-40);
  }
  async complete(prefix: string, options: CompleteOptions): Promise<Completion[]> {
    this.calls.push({ options, at: performance.now() });
    if (this.delayMs > 0) await sleep(this.delayMs);
    return [{ text: `${prefix}천`, logProb: -1.5 }];
  }
}

function engineWith(lm: LanguageModel, completionBudgetMs?: number): Engine {
  return new Engine({ lexicon: base.lexicon, scorer: base.scorer, lm, completionBudgetMs });
}

test('LM completion gets a deadline: the suggest call start plus the budget', async () => {
  const lm = new RecordingLm();
  const engine = engineWith(lm, 7);
  const before = performance.now();
  await engine.suggest(PREFIX, 10);
  assert.equal(lm.calls.length, 1);
  const { options, at } = lm.calls[0]!;
  assert.ok(options.deadline !== undefined, 'no deadline passed');
  assert.ok(options.deadline >= before + 7 && options.deadline <= at + 7, `deadline ${options.deadline} outside [${before + 7}, ${at + 7}]`);
});

test('the default budget is LM_LIMITS.completionBudgetMs, and Infinity turns the guard off', async () => {
  const byDefault = new RecordingLm();
  const before = performance.now();
  await engineWith(byDefault).suggest(PREFIX, 10);
  const { options, at } = byDefault.calls[0]!;
  assert.ok(options.deadline! >= before + LM_LIMITS.completionBudgetMs && options.deadline! <= at + LM_LIMITS.completionBudgetMs);

  const unbounded = new RecordingLm();
  await engineWith(unbounded, Infinity).suggest(PREFIX, 10);
  assert.equal(unbounded.calls[0]!.options.deadline, undefined);
});

test('a completion past its deadline is counted, and what it finished is still shown', async () => {
  const lm = new RecordingLm(15);
  const engine = engineWith(lm, 1);
  const r = await engine.suggest(PREFIX, 10);
  assert.deepEqual(engine.stats, { lmCompletions: 1, lmCompletionsOutOfTime: 1, lmErrors: 0, suggestCorrections: 0 });
  assert.ok(r.suggestions.some((s) => s.kinds.includes('lm') && s.text === `${PREFIX}천`));

  const quick = engineWith(new RecordingLm(), Infinity);
  await quick.suggest(PREFIX, 10);
  assert.deepEqual(quick.stats, { lmCompletions: 1, lmCompletionsOutOfTime: 0, lmErrors: 0, suggestCorrections: 0 });
});

test('a budget that is not a positive number is refused, naming the setting', () => {
  for (const bad of [0, -1, Number.NaN]) {
    assert.throws(() => engineWith(new RecordingLm(), bad), /completionBudgetMs/);
  }
});
