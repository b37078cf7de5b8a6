import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LM_LIMITS } from '../src/engine/index.js';
import { toKeystrokes } from '../src/hangul/index.js';
import { sharedEngine } from './engine-fixture.js';

const engine = sharedEngine();

test('a query typed out with a slip that nothing completes gets correction\'s choice as its suggestion (남북정상회다 시간)', async () => {
  const typed = '남북정상회다 시간';
  const corrected = await engine.correct(typed, 1);
  assert.notEqual(corrected.action, 'none');
  const before = engine.stats.suggestCorrections;
  const { suggestions } = await engine.suggest(typed, 10);
  assert.deepEqual(suggestions.map((s) => s.text), ['남북정상회담 시간']);
  assert.deepEqual(suggestions[0]!.kinds, corrected.candidates[0]!.kinds);
  assert.ok(suggestions[0]!.score <= 0 && Number.isFinite(suggestions[0]!.score));
  assert.equal(engine.stats.suggestCorrections, before + 1);
});

test('nothing when correction would leave the text as typed', async () => {
  const typed = '서울 맛집 추천';
  assert.equal((await engine.correct(typed, 1)).action, 'none');
  assert.deepEqual((await engine.suggest(typed, 10)).suggestions, []);
});

test('nothing after a trailing space (the next word has begun), nor past the keys the model reads', async () => {
  assert.deepEqual((await engine.suggest('남북정상회다 시간 ', 10)).suggestions.filter((s) => s.text === '남북정상회담 시간'), []);
  const long = Array.from({ length: 3 }, () => '남북정상회다 시간').join(' ');
  assert.ok(toKeystrokes(long).length > LM_LIMITS.maxKeys);
  const before = engine.stats.suggestCorrections;
  await engine.suggest(long, 10);
  assert.equal(engine.stats.suggestCorrections, before);
});
