import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sharedEngine } from './engine-fixture.js';

const engine = sharedEngine();
const misspelling = (kinds: readonly string[]) => kinds.includes('misspelling');

// Each was "set right" as a misspelling habit: 배그 (the game) as 배구, 한소희 (an actress) as
// 한서희 (another person), 이별이 as the name it sounds like, 이벼리.
test('a word people search as typed (배그, 한소희, 이별이) is no misspelling habit', async () => {
  for (const word of ['배그', '한소희', '이별이']) {
    const corrected = await engine.correct(word, 5);
    assert.equal(corrected.action, 'none', `${word}: ${JSON.stringify(corrected.candidates)}`);
    assert.ok(!corrected.candidates.some((c) => misspelling(c.kinds)), `${word}: ${JSON.stringify(corrected.candidates)}`);
    const suggested = await engine.suggest(word, 10);
    assert.ok(!suggested.suggestions.some((s) => misspelling(s.kinds)), `${word}: ${JSON.stringify(suggested.suggestions)}`);
  }
});

test('misspellings no query vouches for, or that a dictionary marks, are still set right (왠만하면, 몇일)', async () => {
  for (const [typed, standard] of [['왠만하면', '웬만하면'], ['몇일', '며칠'], ['어의없다', '어이없다']] as const) {
    const corrected = await engine.correct(typed, 5);
    assert.equal(corrected.candidates[0]?.text, standard, typed);
    assert.ok(misspelling(corrected.candidates[0]!.kinds), typed);
    assert.notEqual(corrected.action, 'none', typed);
  }
});

test('no word of the logged queries, known and unmarked, is taken for a misspelling (every 40th)', async () => {
  const knownWeight = engine.scorer.weights.knownWeight;
  const searched = engine.lexicon.entries.filter((e) => !e.text.includes(' ') && /^[가-힣]+$/u.test(e.text) && /[pq]/u.test(e.flags) && !e.flags.includes('x') && e.weight >= knownWeight);
  assert.ok(searched.length > 1000, `only ${searched.length} query words`);
  for (const entry of searched.filter((_, i) => i % 40 === 0)) {
    const corrected = await engine.correct(entry.text, 3);
    assert.ok(!corrected.candidates.some((c) => misspelling(c.kinds)), `${entry.text}: ${JSON.stringify(corrected.candidates)}`);
  }
});
