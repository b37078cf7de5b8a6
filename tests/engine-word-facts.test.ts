import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Engine } from '../src/engine/index.js';
import { toKeystrokes } from '../src/hangul/index.js';
import type { CompleteOptions, Completion, LanguageModel, PrefixState } from '../src/lm/index.js';
import { sharedEngine } from './engine-fixture.js';

const base = sharedEngine();

/**
 * A model that finishes any prefix with the same endings: a common word, a misspelling of it one
 * key away, a word nobody wrote, written whole after a space, and a plain continuation.
 */
class EndingsLm implements LanguageModel {
  readonly info = { name: 'endings', bytes: 0, vocabSize: 0 };
  async score(texts: readonly string[]): Promise<Float64Array> {
    return new Float64Array(texts.length).fill(-40);
  }
  async readPrefix(prefix: string): Promise<PrefixState> {
    return { keys: toKeystrokes(prefix) };
  }
  async complete(prefix: string, options: CompleteOptions): Promise<Completion[]> {
    const cut = prefix.slice(0, prefix.lastIndexOf(' ') + 1);
    const texts = [`${cut}추천`, `${cut}추첮`, `${prefix} 퀼롭다`, `${prefix} 후기`];
    // After 호떡 the misspelling comes first, so the words are met in the other order.
    if (prefix.startsWith('호떡')) texts.reverse();
    return texts.slice(0, options.n).map((text, i) => ({ text, logProb: -2 - i }));
  }
}

// Prefixes no lexicon entry begins, so that each asks the model.
const prefixes = ['호떡 맛집 추처', '붕어빵 맛집 추처', '붕어빵 맛집 추', '호떡 맛집 추', '붕어빵 맛집 추처'];

const lmTexts = async (engine: Engine, prefix: string) =>
  (await engine.suggest(prefix, 10)).suggestions.filter((s) => s.kinds.includes('lm')).map((s) => s.text);

test('what generated completions keep does not depend on which words the engine was asked about before', async () => {
  const fresh = async (prefix: string) => lmTexts(new Engine({ lexicon: base.lexicon, scorer: base.scorer, lmNextWords: 'any', lm: new EndingsLm(), completionBudgetMs: Infinity }), prefix);
  const first = await fresh('붕어빵 맛집 추처');
  assert.ok(first.includes('붕어빵 맛집 추천'), first.join(', '));
  // One engine asked the prefixes in turn, and again in the other order, answers each as a new
  // engine does, though by then it has looked up these words before; and after every prefix the
  // filters are at work: the misspelling beside the word and the word nobody wrote are dropped.
  const warm = new Engine({ lexicon: base.lexicon, scorer: base.scorer, lmNextWords: 'any', lm: new EndingsLm(), completionBudgetMs: Infinity });
  for (const prefix of [...prefixes, ...[...prefixes].reverse()]) {
    const shown = await lmTexts(warm, prefix);
    assert.deepEqual(shown, await fresh(prefix), prefix);
    assert.ok(shown.length > 0 && !shown.some((text) => text.includes('추첮') || text.includes('퀼롭다')), `${prefix}: ${shown.join(', ')}`);
  }
});
