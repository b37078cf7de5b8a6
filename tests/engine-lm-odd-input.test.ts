import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { Engine } from '../src/engine/index.js';
import { DEFAULT_LM_DIR, loadLanguageModel } from '../src/lm/index.js';
import { sharedEngine } from './engine-fixture.js';

test('with the committed model, odd Hangul input never throws, stays bounded and scores finite numbers (property)', async () => {
  const base = sharedEngine();
  const lm = await loadLanguageModel(DEFAULT_LM_DIR, { logger: (line) => assert.fail(line) });
  assert.ok(lm);
  const errors: unknown[] = [];
  const watched = new Engine({ lexicon: base.lexicon, scorer: base.scorer, lm, completionBudgetMs: Infinity, onLmError: (e) => errors.push(e) });
  // Stray jamo among syllables (repairs), several words (rescoring, last-word completions), digits
  // and symbols (kept from the model), Latin (the other layout).
  const text = fc.string({ unit: fc.constantFrom(...'ㄱㄲㅁㅇㅏㅗㅢ가나닭와화곡동어린이집 %1a'), minLength: 1, maxLength: 40 });
  await fc.assert(
    fc.asyncProperty(text, async (s) => {
      const c = await watched.correct(s, 5);
      assert.ok(c.candidates.length <= 5);
      for (const x of c.candidates) assert.ok(Number.isFinite(x.score) && x.score >= 0 && x.score <= 1, `${x.text}: ${x.score}`);
      const g = await watched.suggest(s, 10);
      assert.ok(g.suggestions.length <= 10);
      for (const x of g.suggestions) assert.ok(Number.isFinite(x.score), `${x.text}: ${x.score}`);
    }),
    { numRuns: 120, seed: 11 },
  );
  assert.deepEqual(errors, [], 'the model never failed');
});

test('the model writes on from no word it has no keys for (emoji, Han, kana), and still from the next word', async () => {
  const base = sharedEngine();
  const lm = await loadLanguageModel(DEFAULT_LM_DIR, { logger: (line) => assert.fail(line) });
  assert.ok(lm);
  const engine = new Engine({ lexicon: base.lexicon, scorer: base.scorer, lm, completionBudgetMs: Infinity });
  const fromModel = async (q: string): Promise<string[]> => (await engine.suggest(q, 10)).suggestions.filter((s) => s.kinds.includes('lm')).map((s) => s.text);
  // Before the rule: 안녕 👋👋조리, 안녕 👋👋사망; 😀😀st.
  for (const q of ['안녕 👋👋', '안녕 👋👋 ', '😀😀', '東京タワー', '♥♥♥♥']) assert.deepEqual(await fromModel(q), [], q);
  // A word it reads after one it does not: the model completes it.
  assert.ok((await fromModel('東京 여')).length > 0);
  assert.ok((await fromModel('😀 아이폰 케')).length > 0);
});
