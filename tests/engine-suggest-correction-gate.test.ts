import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Engine } from '../src/engine/index.js';
import { sharedEngine } from './engine-fixture.js';

// Where nothing completes a text typed out, suggest asks correction for it only when the text shows
// a slip: for a new query typed right, correction costs 2–5 ms there and finds nothing to show.

const base = sharedEngine();

/** An engine over the shared lexicon that records the texts suggest puts to correction. */
function recording(): { engine: Engine; asked: string[] } {
  const engine = new Engine({ lexicon: base.lexicon, scorer: base.scorer });
  const asked: string[] = [];
  const correct = engine.correct.bind(engine);
  engine.correct = async (q, n, w) => {
    asked.push(q);
    return correct(q, n, w);
  };
  return { engine, asked };
}

test('a new query typed right that nothing completes is not put to correction (최승빈 더채리티 클래식)', async () => {
  const { engine, asked } = recording();
  for (const typed of ['최승빈 더채리티 클래식', '장령산 자연휴양림', '민중기 주식거래 의혹']) {
    // The premise: correction would leave it as typed.
    assert.equal((await base.correct(typed, 1)).action, 'none', typed);
    assert.deepEqual((await engine.suggest(typed, 10)).suggestions, [], typed);
  }
  assert.deepEqual(asked, []);
});

test('one with a slip the spelling model sees, a stray jamo, or a word one key from a known one is (남북정상회다, ㅐ년, 내냔)', async () => {
  const { engine, asked } = recording();
  for (const typed of ['남북정상회다 시간', '김하성 ㅐ년 거취', '김하성 내냔 거취']) await engine.suggest(typed, 10);
  assert.deepEqual(asked, ['남북정상회다 시간', '김하성 ㅐ년 거취', '김하성 내냔 거취']);
});
