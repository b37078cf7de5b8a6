import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createLogger, throttledErrorLog } from '../src/service/index.js';

test('a recurring error is logged at most once per interval, with the count since the last line', () => {
  const lines: Record<string, unknown>[] = [];
  const log = createLogger('info', (line) => lines.push(JSON.parse(line) as Record<string, unknown>));
  let clock = 0;
  const onError = throttledErrorLog(log, 'model failed', 1000, () => clock);
  onError(new Error('first'));
  for (let i = 0; i < 5; i++) {
    clock += 100;
    onError(new Error(`again ${i}`));
  }
  assert.equal(lines.length, 1);
  assert.deepEqual([lines[0]!['level'], lines[0]!['msg'], lines[0]!['errors'], lines[0]!['error']], ['error', 'model failed', 1, 'first']);
  clock += 1000;
  onError('not an Error');
  assert.equal(lines.length, 2);
  assert.deepEqual([lines[1]!['errors'], lines[1]!['error']], [6, 'not an Error']);
});
