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

test('a known word typed whole and the next key (과테말랗 = 과테말라 + ㅎ): the model running it on into a word nobody wrote is dropped, and the word is first', async () => {
  const texts = await suggestWith('과테말랗', ['과테말라항', '과테말라학']);
  assert.ok(!texts.includes('과테말라항') && !texts.includes('과테말라학'), texts.join(', '));
  assert.equal(texts[0], '과테말라');
});

test('the same with the key standing alone (인스타그램ㅎ): 인스타그램하다 and 인스타그램현 are dropped, the word is in the top 3', async () => {
  const texts = await suggestWith('인스타그램ㅎ', ['인스타그램하다', '인스타그램현']);
  assert.ok(!texts.includes('인스타그램하다') && !texts.includes('인스타그램현'), texts.join(', '));
  const at = texts.indexOf('인스타그램');
  assert.ok(at >= 0 && at < 3, texts.join(', '));
});

test('a word of two syllables and the next key is still a name being typed (김젣 on the way to 김제동): the model\'s completion stays', async () => {
  const texts = await suggestWith('김젣', ['김제동']);
  assert.ok(texts.includes('김제동'), texts.join(', '));
});
