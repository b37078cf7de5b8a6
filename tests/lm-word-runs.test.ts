import { test } from 'node:test';
import assert from 'node:assert/strict';
import { toKeystrokes } from '../src/hangul/index.js';
import { wordRuns } from '../src/cli/word-runs.js';

async function* list(rows: readonly [string, number][]): AsyncGenerator<string> {
  yield 'word\tzipf\tfreq';
  for (const [word, freq] of rows) yield `${word}\t0\t${freq}`;
}

const ROWS: [string, number][] = [
  ['어린이집', 4e-6],
  ['업데이트', 3e-5],
  ['약국', 1e-5],
  ['는', 2e-2], // a particle: one character, never drawn
  ['tv', 1e-4], // no Hangul, never drawn
  ['시간', 1e-3],
];

test('word runs: two or three listed words of two characters or more, spaced, within the key budget plus one line', async () => {
  const runs = await wordRuns(list(ROWS), 500, 1);
  const words = new Set(['어린이집', '업데이트', '약국', '시간']);
  let keys = 0;
  for (const run of runs) {
    const parts = run.split(' ');
    assert.ok(parts.length === 2 || parts.length === 3, run);
    for (const p of parts) assert.ok(words.has(p), run);
    keys += toKeystrokes(run).length;
  }
  assert.ok(keys >= 500 && keys - toKeystrokes(runs.at(-1)!).length < 500, String(keys));
});

test('word runs are the same on every call, skip excluded lines, and leave out as many spaces as asked', async () => {
  assert.deepEqual(await wordRuns(list(ROWS), 300, 0.5), await wordRuns(list(ROWS), 300, 0.5));
  const excluded = new Set(['시간 시간']);
  assert.ok((await wordRuns(list(ROWS), 3000, 1)).includes('시간 시간'));
  assert.ok(!(await wordRuns(list(ROWS), 3000, 1, excluded)).includes('시간 시간'));
  for (const spaces of [0, 0.5, 1]) {
    let gaps = 0;
    let spaced = 0;
    for (const run of await wordRuns(list(ROWS), 2000, spaces)) {
      spaced += run.split(' ').length - 1;
      // the gaps, spaced or not: one fewer than the words, found by the words themselves
      gaps += (run.match(/어린이집|업데이트|약국|시간/gu) ?? []).length - 1;
    }
    if (spaces === 1) assert.equal(spaced, gaps);
    if (spaces === 0) assert.equal(spaced, 0);
    if (spaces === 0.5) assert.ok(spaced > gaps * 0.3 && spaced < gaps * 0.7, `${spaced} of ${gaps}`);
  }
});
