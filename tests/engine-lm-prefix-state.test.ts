import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Engine } from '../src/engine/index.js';
import { typedPrefix } from '../src/eval/index.js';
import { toKeystrokes } from '../src/hangul/index.js';
import type { CompleteOptions, Completion, LanguageModel, PrefixState } from '../src/lm/index.js';
import { sharedEngine } from './engine-fixture.js';

const base = sharedEngine();

/** Hands out states that remember what they were read from; records every read and search. */
class StatefulLm implements LanguageModel {
  readonly info = { name: 'stateful', bytes: 0, vocabSize: 0 };
  reads: { prefix: string; from: string | undefined }[] = [];
  searches: { prefix: string; state: PrefixState | undefined }[] = [];
  async score(texts: readonly string[]): Promise<Float64Array> {
    return new Float64Array(texts.length).fill(-40);
  }
  async readPrefix(prefix: string, from?: PrefixState): Promise<PrefixState> {
    this.reads.push({ prefix, from: from?.keys });
    return { keys: toKeystrokes(prefix) };
  }
  async complete(prefix: string, options: CompleteOptions): Promise<Completion[]> {
    this.searches.push({ prefix, state: options.state });
    return [{ text: `${prefix}천`, logProb: -1.5 }];
  }
}

test('each keystroke reads only on from the state the previous keystroke left', async () => {
  const lm = new StatefulLm();
  const engine = new Engine({ lexicon: base.lexicon, scorer: base.scorer, lm, completionBudgetMs: Infinity });
  // Typing 붕어빵 맛집 추: the lexicon has no match for these, so every keystroke asks the model.
  const whole = '붕어빵 맛집 추';
  const n = toKeystrokes(whole).length;
  const typed = [typedPrefix(whole, n - 1), whole];
  for (const p of typed) await engine.suggest(p, 10);
  assert.deepEqual(
    lm.searches.map((s) => s.prefix),
    typed,
    'both keystrokes ask for completions',
  );
  assert.deepEqual(lm.reads, [
    { prefix: typed[0], from: undefined },
    { prefix: typed[1], from: toKeystrokes(typed[0]!) },
  ]);
  for (const s of lm.searches) assert.equal(s.state?.keys, toKeystrokes(s.prefix), 'the search starts from its own prefix state');

  // The same prefix again (the result cache off, or evicted): the kept state, nothing read.
  await engine.suggest(whole, 10);
  assert.equal(lm.reads.length, 2);
  assert.equal(lm.searches[2]!.state, lm.searches[1]!.state);
});

test('a model without prefix states is asked to read the prefix itself', async () => {
  const lm = new StatefulLm();
  const plain: LanguageModel = { info: lm.info, score: (t) => lm.score(t), complete: (p, o) => lm.complete(p, o) };
  const engine = new Engine({ lexicon: base.lexicon, scorer: base.scorer, lm: plain, completionBudgetMs: Infinity });
  await engine.suggest('붕어빵 맛집 추', 10);
  assert.equal(lm.searches.length, 1);
  assert.equal(lm.searches[0]!.state, undefined);
});
