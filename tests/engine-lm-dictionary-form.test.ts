import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Engine } from '../src/engine/index.js';
import { sharedEngine } from './engine-fixture.js';
import { FakeLm } from './fake-lm.js';

const base = sharedEngine();

test('the dictionary form of a verb typed out goes on only by an ending, not into what the model makes of it (헤어지다 → not 헤어지닷컴)', async () => {
  assert.ok(base.lexicon.isStandard('헤어지다'));
  const lm = new FakeLm({}, [
    { text: '헤어지닷컴', logProb: -1 },
    { text: '헤어지다산맥', logProb: -1.2 },
    { text: '헤어지다고', logProb: -1.5 },
  ]);
  const engine = new Engine({ lexicon: base.lexicon, scorer: base.scorer, lm, blocklist: undefined });
  const generated = (await engine.suggest('헤어지다', 10)).suggestions.filter((s) => s.kinds.includes('lm')).map((s) => s.text);
  assert.deepEqual(generated, ['헤어지다고']);
});

test('so does a misspelled one the lexicon lacks (널부러지다 → not 널부러지다역)', async () => {
  assert.equal(base.lexicon.get('널부러지다'), undefined);
  const lm = new FakeLm({}, [
    { text: '널부러지다역', logProb: -1 },
    { text: '널부러지다는', logProb: -1.5 },
  ]);
  const engine = new Engine({ lexicon: base.lexicon, scorer: base.scorer, lm, blocklist: undefined });
  const generated = (await engine.suggest('널부러지다', 10)).suggestions.filter((s) => s.kinds.includes('lm')).map((s) => s.text);
  assert.ok(!generated.includes('널부러지다역'), generated.join(', '));
});
