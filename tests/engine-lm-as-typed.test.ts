import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Engine } from '../src/engine/index.js';
import { hangulToLatin } from '../src/hangul/index.js';
import { sharedEngine } from './engine-fixture.js';
import { FakeLm } from './fake-lm.js';

// The model ends a completion where the query as typed ends whenever the last word typed is a word
// (윤석열 탄, 서울 날씨 내); offered, often first, it would repeat what is in the search box.

const base = sharedEngine();
const withLm = (lm: FakeLm): Engine => new Engine({ lexicon: base.lexicon, scorer: base.scorer, lm, blocklist: undefined });
const generated = (r: Awaited<ReturnType<Engine['suggest']>>): string[] => r.suggestions.filter((s) => s.kinds.includes('lm')).map((s) => s.text);

test('an LM completion that is the query as typed is not offered, the rest of the model completions are', async () => {
  const prefix = '붕어빵 맛집 추';
  for (const typed of [prefix, `${prefix} `]) {
    const lm = new FakeLm({}, [
      { text: prefix, logProb: -1 },
      { text: `${prefix}천`, logProb: -1.5 },
    ]);
    const r = await withLm(lm).suggest(typed, 10);
    assert.deepEqual(generated(r), [`${prefix}천`], JSON.stringify(typed));
    assert.ok(!r.suggestions.some((s) => s.text === prefix), r.suggestions.map((s) => s.text).join(', '));
  }
});

test('typed in the English layout, what the layout reads is offered even when the model ends there (ghkrhrehd dnfls → 화곡동 우린)', async () => {
  const reading = '화곡동 우린';
  const typed = hangulToLatin(reading);
  const corrections = base.stats.suggestCorrections;
  const lexiconOnly = await base.suggest(typed, 10);
  // Without a model, only correction's choice, standing in for an empty list, offers it.
  assert.ok(!lexiconOnly.suggestions.some((s) => s.text === reading) || base.stats.suggestCorrections > corrections, 'the lexicon alone does not offer the reading');
  const r = await withLm(new FakeLm({}, [{ text: reading, logProb: -1 }])).suggest(typed, 10);
  assert.deepEqual(generated(r), [reading]);
});
