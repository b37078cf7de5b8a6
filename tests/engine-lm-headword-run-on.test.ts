import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Engine } from '../src/engine/index.js';
import { sharedEngine } from './engine-fixture.js';
import { FakeLm } from './fake-lm.js';

const base = sharedEngine();

/** The suggestions for `prefix` from an engine whose model writes `completions` on from it, each likely. */
async function suggestWith(prefix: string, completions: readonly string[]): Promise<string[]> {
  const lm = new FakeLm({}, completions.map((text, i) => ({ text, logProb: -1 - i })));
  const engine = new Engine({ lexicon: base.lexicon, scorer: base.scorer, lm, completionBudgetMs: Infinity });
  return (await engine.suggest(prefix, 10)).suggestions.map((s) => s.text);
}

test('the premise: 수제비 and 뜬공 are standard headwords below the known weight, and no source has what the model wrote', () => {
  for (const word of ['수제비', '뜬공']) {
    assert.ok(base.lexicon.isHeadword(word), word);
    assert.ok(base.lexicon.get(word)!.weight < base.scorer.weights.knownWeight, word);
  }
  for (const text of ['수제비추어', '수제비충', '뜬공항', '뜬공화국']) assert.equal(base.lexicon.get(text), undefined, text);
});

test('a headword typed whole, however rare in the logs, is a word typed out: the model running it on into a word nobody wrote is dropped (수제비 → 수제비추어)', async () => {
  for (const [typed, runOn] of [
    ['수제비', ['수제비추어', '수제비충']],
    ['뜬공', ['뜬공항', '뜬공화국']],
  ] as const) {
    const texts = await suggestWith(typed, runOn);
    for (const text of runOn) assert.ok(!texts.includes(text), `${typed}: ${texts.join(', ')}`);
    assert.equal(texts[0], typed);
  }
});

test('a headword on the way to a longer word the lexicon has still goes on to it (수제 → 수제비)', async () => {
  assert.ok(base.lexicon.isHeadword('수제'));
  const texts = await suggestWith('수제', ['수제비']);
  assert.ok(texts.includes('수제비'), texts.join(', '));
});
