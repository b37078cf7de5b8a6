import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Engine, LM_LIMITS } from '../src/engine/index.js';
import { toKeystrokes } from '../src/hangul/index.js';
import { withinOneKey } from '../src/engine/misspelled.js';
import { sharedEngine } from './engine-fixture.js';
import { FakeLm } from './fake-lm.js';

const base = sharedEngine();

/** Suggestions for `prefix` from an engine whose model writes each of `completions` on from it, likelier than any lexicon match. */
async function suggestWith(prefix: string, completions: readonly string[]): Promise<{ text: string; kinds: string[]; score: number }[]> {
  const lm = new FakeLm({}, completions.map((text, i) => ({ text, logProb: -0.5 - 0.1 * i })));
  const engine = new Engine({ lexicon: base.lexicon, scorer: base.scorer, lmNextWords: 'any', lm, completionBudgetMs: Infinity });
  return (await engine.suggest(prefix, 10)).suggestions;
}

test('a long word mistyped whole (인스타그렘, 롯대월드): the model writing on from it is not shown, the word set right comes first', async () => {
  for (const [typed, meant, writtenOn] of [
    ['인스타그렘', '인스타그램', ['인스타그레만', '인스타그렘버']],
    ['롯대월드', '롯데월드', ['롯대월드컵', '롯대월드카드']],
  ] as const) {
    assert.ok([...typed].length >= LM_LIMITS.slipWordChars, 'the premise: a long word');
    assert.ok((base.lexicon.get(meant)?.weight ?? 0) >= 1 && withinOneKey(toKeystrokes(typed), toKeystrokes(meant)), 'the premise: a known word one key away');
    const list = await suggestWith(typed, writtenOn);
    const texts = list.map((s) => s.text);
    assert.ok(!list.some((s) => s.kinds.includes('lm')), `${typed}: ${texts.join(', ')}`);
    assert.equal(texts[0], meant, `${typed}: ${texts.join(', ')}`);
    // Scores go down the list as it is ordered.
    assert.deepEqual(list.map((s) => s.score), [...list.map((s) => s.score)].sort((a, b) => b - a));
  }
});

test('the same as the last word of a query (카카오 텍시 is short; 학교폭력 실태조시 is not)', async () => {
  const list = await suggestWith('학교폭력 실태조시', ['학교폭력 실태조시간']);
  const texts = list.map((s) => s.text);
  assert.ok(!texts.includes('학교폭력 실태조시간'), texts.join(', '));
  assert.ok(texts.includes('학교폭력 실태조사'), texts.join(', '));
});

test('a short word is as often a new name on its way (황밓 to 황민현): the model still writes on from it', async () => {
  assert.equal(base.lexicon.get('황민현'), undefined, 'the premise: a name the lexicon lacks');
  const list = await suggestWith('황밓', ['황민현']);
  assert.ok(list.some((s) => s.text === '황민현' && s.kinds.includes('lm')), list.map((s) => s.text).join(', '));
});

test('a long word no known word is one key from (자작나무숲길) keeps the model writing on from it', async () => {
  const typed = '자작나무숲길';
  assert.equal((await base.suggest(typed, 10)).suggestions.length, 0, 'the premise: the lexicon has nothing for it');
  const list = await suggestWith(typed, ['자작나무숲길 산책']);
  assert.ok(list.some((s) => s.text === '자작나무숲길 산책' && s.kinds.includes('lm')), list.map((s) => s.text).join(', '));
});
