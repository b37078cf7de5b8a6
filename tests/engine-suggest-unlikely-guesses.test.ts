import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { readQueries } from '../src/eval/index.js';
import { DATA_DIR } from '../src/lexicon/index.js';
import { fromKeystrokes, toKeystrokes } from '../src/hangul/index.js';
import { sharedEngine } from './engine-fixture.js';

const engine = sharedEngine();
const guessOnly = (kinds: readonly string[]) => kinds.every((k) => k === 'typo' || k === 'infix');

test('a popular word typed right shows no one-typo guesses far less likely than it (환율: not 황유림, 확율; 유튜브: not 유투브)', async () => {
  for (const [typed, guesses] of [
    ['환율', ['황유림', '확율', '환률']],
    ['유튜브', ['유투브', '유투브채널']],
    ['고민', ['조민기', '공민지']],
  ] as const) {
    // The premise: each is a one-typo entry the lexicon has.
    for (const g of guesses) assert.ok(engine.lexicon.get(g), g);
    const r = await engine.suggest(typed, 10);
    const shown = r.suggestions.filter((s) => guessOnly(s.kinds)).map((s) => s.text);
    assert.deepEqual(shown, [], `${typed}: ${r.suggestions.map((s) => s.text).join(', ')}`);
  }
});

test('guesses stay where the keys begin nothing, or where they undo a slip a search box is expected to undo', async () => {
  const texts = async (typed: string) => (await engine.suggest(typed, 10)).suggestions.map((s) => s.text);
  // Nothing begins with 아이퐁: the guesses are the list.
  assert.ok((await texts('아이퐁')).includes('아이폰'));
  // A known word typed whole and a last key.
  assert.ok((await texts('트와이습')).includes('트와이스'));
  // A known word spelled off the standard: its standard spelling as long, however light.
  assert.ok((await texts('순대국')).includes('순댓국'));
  assert.ok((await texts('짜집기')).includes('짜깁기'));
});

test('over held-out queries typed right key by key, at most one slot in five is a guess', async () => {
  const queries = readQueries(join(DATA_DIR, 'dev', 'heldout-queries.txt')).filter((_, i) => i % 3 === 0);
  let slots = 0;
  let guesses = 0;
  for (const q of queries) {
    const keys = toKeystrokes(q);
    for (let i = 2; i <= keys.length; i++) {
      const prefix = fromKeystrokes(keys.slice(0, i));
      if (prefix.endsWith(' ')) continue;
      const r = await engine.suggest(prefix, 10);
      slots += r.suggestions.length;
      guesses += r.suggestions.filter((s) => guessOnly(s.kinds) && s.text !== q).length;
    }
  }
  assert.ok(slots > 5000, `${slots}`);
  // This engine, without the model: 28.9% of the slots before the floor (1,877 of 6,492), 17.0% with it.
  assert.ok(guesses / slots <= 0.2, `${guesses} of ${slots}`);
});
