import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Engine } from '../src/engine/index.js';
import { sharedEngine } from './engine-fixture.js';
import { FakeLm } from './fake-lm.js';

const base = sharedEngine();

/** The model's completions of `prefix` shown when it offers `completions`, likely ones. */
async function shown(prefix: string, completions: readonly string[], lmNextWords?: 'attested' | 'any'): Promise<string[]> {
  const lm = new FakeLm({}, completions.map((text, i) => ({ text, logProb: -2 - 0.1 * i })));
  const engine = new Engine({ lexicon: base.lexicon, scorer: base.scorer, lm, completionBudgetMs: Infinity, ...(lmNextWords ? { lmNextWords } : {}) });
  return (await engine.suggest(prefix, 10)).suggestions.filter((s) => s.kinds.includes('lm')).map((s) => s.text);
}

test('a word guessed after those typed must be one the logs wrote with one of them (대선 → 대선 토론, not 대선 모로코)', async () => {
  const partners = base.lexicon.cooccurring.get('대선')!;
  assert.ok(partners.has('토론') && !partners.has('모로코'), 'the premise: the logs wrote 대선 토론, never 대선 모로코');
  assert.deepEqual(await shown('쀍뛟 대선 ', ['쀍뛟 대선 토론', '쀍뛟 대선 모로코']), ['쀍뛟 대선 토론']);
  // With any typed word, not only the last (부산 … 불꽃축제); and after the word typed, no space yet.
  assert.deepEqual(await shown('부산 쀍뛟 ', ['부산 쀍뛟 불꽃축제', '부산 쀍뛟 어깨']), ['부산 쀍뛟 불꽃축제']);
  assert.deepEqual(await shown('쀍뛟 대선', ['쀍뛟 대선 토론', '쀍뛟 대선 어깨']), ['쀍뛟 대선 토론']);
  // Every word added must be: 토론 is, 어깨 is not.
  assert.deepEqual(await shown('쀍뛟 대선 ', ['쀍뛟 대선 토론 어깨']), []);
});

test('the word being typed is the model\'s to finish as before; only what follows it is judged', async () => {
  assert.deepEqual(await shown('쀍뛟 대선 모', ['쀍뛟 대선 모로코']), ['쀍뛟 대선 모로코']);
});

test('lmNextWords any: whatever the model rates high enough is shown', async () => {
  assert.deepEqual((await shown('쀍뛟 대선 ', ['쀍뛟 대선 토론', '쀍뛟 대선 모로코'], 'any')).sort(), ['쀍뛟 대선 모로코', '쀍뛟 대선 토론']);
});
