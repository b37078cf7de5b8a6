import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildLexicon, type BuildInputs } from '../src/lexicon/build.js';
import { isHeldOutQuery } from '../src/lexicon/holdout.js';
import { parseBlocklist } from '../src/lexicon/blocklist.js';

async function* each<T>(items: readonly T[]): AsyncGenerator<T> {
  yield* items;
}

// 맥도날드 hashes into the held-out twentieth; 아이폰 does not.
const inputs = (): BuildInputs => ({
  queryLogs: [{ name: 'log', rows: () => each(['맥도날드', '맥도날드', '아이폰', '아이폰 케이스']) }],
  texts: [],
  frequencyLists: [{ name: 'freq', entries: () => each<[string, number]>([['맥도날드', 5.6]]) }],
  dictionaries: [{ name: 'names', kind: 'entity', entries: () => each(['맥도날드']) }],
  blocklist: parseBlocklist(''),
});

test('the fixture holds queries on both sides of the hold-out', () => {
  assert.ok(isHeldOutQuery('맥도날드'));
  assert.ok(!isHeldOutQuery('아이폰'));
});

test('a held-out query leaves the logs but stays an entry where another source lists it', async () => {
  const { entries, heldOutQueries } = await buildLexicon(inputs());
  const byText = new Map(entries.map((e) => [e.text, e]));
  assert.ok(heldOutQueries.includes('맥도날드'));
  const held = byText.get('맥도날드');
  assert.ok(held, 'the frequency list and the entity list still know it');
  // No trace of the log: neither the query flag nor its weight (two rows of four would be 500,000).
  assert.ok(!held.flags.includes('q'), held.flags);
  assert.equal(held.weight, 5.6 + 0.05);
  assert.equal(held.flags, 'ce');
  // A logged query that is not held out keeps the log's weight and flag.
  assert.ok(byText.get('아이폰')!.flags.includes('q'));
});

test('a held-out query known to no other source is no entry at all', async () => {
  const { entries } = await buildLexicon({ ...inputs(), frequencyLists: [], dictionaries: [] });
  assert.ok(!entries.some((e) => e.text === '맥도날드'));
});
