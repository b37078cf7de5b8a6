import { test } from 'node:test';
import assert from 'node:assert/strict';
import { beginningNone } from '../benchmarks/sets.js';

test('a benchmark warm-up keeps only queries that begin no timed query, keystroke by keystroke', () => {
  const timed = ['아이폰 가격', '각도'];
  // 아이폰 ㄱ and 가 begin timed ones by their keys (가 is how 각 starts); 아이폰 가격 is one.
  assert.deepEqual(beginningNone(['아이폰 ㄱ', '가', '아이폰 가격', '아이패드', '각도기', '나'], timed), ['아이패드', '각도기', '나']);
  // Compared as the service reads them: decomposed (macOS) input is the same query.
  assert.deepEqual(beginningNone(['아이폰'.normalize('NFD')], timed), []);
  assert.deepEqual(beginningNone(['아이폰'], []), ['아이폰']);
});
