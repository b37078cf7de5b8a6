// A space too many inside a word being typed (방탄␣ for 방탄소년단): where nothing logged goes on
// from the words with the space, autocomplete goes on from them without it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { servedEngine, sharedEngine } from './engine-fixture.js';

test('a word typed up to a space too many is written on as the queries it begins (방탄␣ → 방탄소년단), with the model and without', async () => {
  for (const engine of [sharedEngine(), await servedEngine()]) {
    for (const [typed, meant] of [
      ['방탄 ', '방탄소년단'],
      ['무한 ', '무한도전'],
      ['블랙 ', '블랙핑크'],
    ] as const) {
      const texts = (await engine.suggest(typed, 10)).suggestions.map((s) => s.text);
      assert.ok(texts.includes(meant), `${typed}: ${texts.join(', ')}`);
      // Ahead of queries that only have the word later on (새우 무한리필, 잭 블랙), and without the word
      // typed itself, which the space finished.
      assert.ok(texts[0]!.startsWith(typed.trim()), `${typed}: ${texts.join(', ')}`);
      assert.ok(!texts.includes(typed.trim()), `${typed}: ${texts.join(', ')}`);
    }
  }
});

test('where queries go on from the words with the space, only those are listed (롯데␣ → 롯데 채용, not 롯데월드)', async () => {
  const engine = sharedEngine();
  const r = await engine.suggest('롯데 ', 10);
  assert.ok(r.suggestions.length > 0);
  for (const s of r.suggestions) assert.ok(s.text.startsWith('롯데 '), s.text);
});

test('the space finished the last syllable: what goes on within it is no such word (날씨␣ lists no 날씬하다)', async () => {
  const engine = sharedEngine();
  const texts = (await engine.suggest('날씨 ', 10)).suggestions.map((s) => s.text);
  assert.ok(texts.includes('날씨예보'), texts.join(', '));
  assert.ok(!texts.some((t) => t.startsWith('날씬')), texts.join(', '));
});

test('a word about as common as the queries it begins was finished by its space (나이␣ lists 손예진 나이, not 나이스)', async () => {
  const engine = sharedEngine();
  const list = (await engine.suggest('나이 ', 10)).suggestions;
  const texts = list.map((s) => s.text);
  assert.ok(texts.includes('손예진 나이'), texts.join(', '));
  assert.ok(!list.some((s) => s.kinds.includes('spacing') || s.text.startsWith('나이스')), texts.join(', '));
});
