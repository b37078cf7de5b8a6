// The model learned from text that misspells: a misspelling's fix (돌맹이 → 돌멩이) is no less likely
// to it than the query as typed, however rarely the text spells the word right.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { Engine, loadRankSetting } from '../src/engine/index.js';
import { DATA_DIR } from '../src/lexicon/index.js';
import { Scorer } from '../src/rank/index.js';
import { servedEngine, sharedEngine } from './engine-fixture.js';
import { FakeLm } from './fake-lm.js';

test('a misspelling fix the model rates below the misspelling still comes first (돌맹이 → 돌멩이, not the slip reading 동맹이)', async () => {
  const base = sharedEngine();
  const weights = loadRankSetting(join(DATA_DIR, 'rank.json'), '_withLm');
  assert.ok(weights && weights.lmOneWord > 0);
  const s = base.scorer;
  // What the corpus-trained model says (rounded): the misspelling, the slip reading and the fix.
  const lm = new FakeLm({ 돌맹이: -19, 동맹이: -15.3, 돌멩이: -29.5 });
  const engine = new Engine({ lexicon: base.lexicon, scorer: new Scorer(s.lexicon, s.channel, s.spelling, weights), lm });
  const r = await engine.correct('돌맹이', 5);
  assert.equal(r.candidates[0]?.text, '돌멩이', JSON.stringify(r.candidates));
  assert.ok(r.candidates[0]!.kinds.includes('misspelling'));
  // The fix gets the model's score of the query as typed, not more: with the misspelling rated as
  // low as the fix, the slip reading the model prefers wins as before.
  const low = new Engine({ lexicon: base.lexicon, scorer: new Scorer(s.lexicon, s.channel, s.spelling, weights), lm: new FakeLm({ 돌맹이: -29.5, 동맹이: -15.3, 돌멩이: -29.5 }) });
  assert.equal((await low.correct('돌맹이', 5)).candidates[0]?.text, '동맹이');
});

test('with the committed model too', async () => {
  const r = await (await servedEngine()).correct('돌맹이', 5);
  assert.notEqual(r.action, 'none');
  assert.equal(r.candidates[0]?.text, '돌멩이', JSON.stringify(r.candidates));
});
