import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { Engine, loadRankSetting } from '../src/engine/index.js';
import { DATA_DIR } from '../src/lexicon/index.js';
import { DEFAULT_LM_DIR, loadLanguageModel } from '../src/lm/index.js';
import { Scorer } from '../src/rank/index.js';
import { isKnownWord } from '../src/candidates/index.js';
import { sharedEngine } from './engine-fixture.js';

const base = sharedEngine();

/** The service's engine: the committed model, weighed as data/rank.json says for it. */
async function servedEngine(): Promise<Engine> {
  const lm = await loadLanguageModel(DEFAULT_LM_DIR, { logger: (line) => assert.fail(line) });
  assert.ok(lm);
  const weights = loadRankSetting(join(DATA_DIR, 'rank.json'), '_withLm');
  assert.ok(weights);
  const s = base.scorer;
  return new Engine({ lexicon: base.lexicon, scorer: new Scorer(s.lexicon, s.channel, s.spelling, weights), lm, completionBudgetMs: Infinity });
}

test('known words the lexicon has not seen together are not offered a commoner real word (롯데월드 할인, not 롯데월드 살인)', async () => {
  const engine = await servedEngine();
  for (const typed of ['롯데월드 할인', '제주도 할인']) {
    for (const w of typed.split(' ')) assert.ok(isKnownWord(base.scorer, w), `${w} is a known word`);
    assert.equal(base.lexicon.get(typed), undefined, `${typed} is no logged query`);
    const r = await engine.correct(typed, 5);
    assert.equal(r.action, 'none', `${typed}: ${r.action} ${r.candidates.map((c) => c.text).join(', ')}`);
  }
});

test('a typo that leaves a word no one knows is still fixed (롯데월드 핳인 → 롯데월드 할인)', async () => {
  const engine = await servedEngine();
  const r = await engine.correct('롯데월드 핳인', 5);
  assert.equal(r.candidates[0]?.text, '롯데월드 할인');
  assert.notEqual(r.action, 'none');
});
