import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Engine, LM_LIMITS } from '../src/engine/index.js';
import { sharedEngine } from './engine-fixture.js';
import { FakeLm } from './fake-lm.js';

const base = sharedEngine();

async function suggestWith(prefix: string, completions: readonly string[]): Promise<{ text: string; kinds: string[] }[]> {
  const lm = new FakeLm({}, completions.map((text, i) => ({ text, logProb: -2 - 0.1 * i })));
  const engine = new Engine({ lexicon: base.lexicon, scorer: base.scorer, lm, completionBudgetMs: Infinity, lmNextWords: 'any' });
  return (await engine.suggest(prefix, 10)).suggestions;
}

test('a match that joins words the typist spaced (오늘날 for 오늘 날) does not keep the model from completing', async () => {
  const joined = base.lexicon.get('오늘날')!;
  assert.ok(joined.weight >= LM_LIMITS.goodMatchWeight, 'the premise: 오늘날 would count as a good match');
  const list = await suggestWith('오늘 날', ['오늘 날씨']);
  assert.ok(list.some((s) => s.text === '오늘 날씨' && s.kinds.includes('lm')), list.map((s) => s.text).join(', '));
  assert.ok(list.some((s) => s.text === '오늘날'), 'the match is still shown');
});

test('typed without the space, the same match is a good one, and the model does not run', async () => {
  const list = await suggestWith('오늘날', ['오늘날씨']);
  assert.ok(!list.some((s) => s.kinds.includes('lm')), list.map((s) => s.text).join(', '));
});
