import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Engine } from '../src/engine/index.js';
import { hangulToLatin } from '../src/hangul/index.js';
import { sharedEngine } from './engine-fixture.js';
import { FakeLm, RecordingLm } from './fake-lm.js';

const base = sharedEngine();

const withLm = (lm: FakeLm): Engine => new Engine({ lexicon: base.lexicon, scorer: base.scorer, lm, blocklist: undefined });

test('a new query typed in the English layout is completed by the model from what the layout reads (ghkrhrehd dnfls → 화곡동 우린…)', async () => {
  const lm = new RecordingLm({}, [{ text: '화곡동 우린 맛집', logProb: -3 }]);
  const typed = hangulToLatin('화곡동 우린');
  const r = await withLm(lm).suggest(typed, 10);
  assert.deepEqual(lm.prefixes, ['화곡동 우린']);
  assert.ok(r.suggestions.some((s) => s.text === '화곡동 우린 맛집' && s.kinds.includes('lm')), r.suggestions.map((s) => s.text).join(', '));
});

test('letters typed beside Hangul are completed as typed (ebs촏 stays ebs촏)', async () => {
  const lm = new RecordingLm({}, [{ text: 'ebs초등', logProb: -3 }]);
  await withLm(lm).suggest('ebs촏', 10);
  assert.deepEqual(lm.prefixes, ['ebs촏']);
});
