import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isKnownWord } from '../src/candidates/index.js';
import { servedEngine, sharedEngine } from './engine-fixture.js';

const base = sharedEngine();

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
