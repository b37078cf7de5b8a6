import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sharedEngine } from './engine-fixture.js';

// Forms of standard words that sound like a far commoner word. Such a form is usually typed as
// meant, so the commoner word may be offered ("did you mean") but is never applied: a false
// autocorrection costs a searcher more than a missed one.
const engine = sharedEngine();
const correct = (q: string) => engine.correct(q, 5);

for (const [typed, alike, what] of [
  ['세우', '새우', 'the stem of 세우다'],
  ['비우', '배우', 'the stem of 비우다'],
  ['수많', '수만', 'the stem of 수많다'],
  ['문제인', '문재인', '문제 with the copula 인'],
  ['에선', '예선', 'a particle of two syllables'],
  ['켄은', '캐는', 'a name with its particle'],
] as const) {
  test(`${typed} (${what}) is offered ${alike} at most, never changed into it`, async () => {
    const entry = engine.lexicon.get(typed);
    assert.ok(entry && entry.weight >= engine.scorer.weights.knownWeight, `${typed} is a known word`);
    assert.ok(engine.hypotheses(typed).misspelled, `${typed} is read as a possible misspelling of ${alike}`);
    const r = await correct(typed);
    assert.equal(r.action, 'suggest');
    assert.equal(r.corrected, typed);
    assert.equal(r.candidates[0]?.text, alike);
  });
}

// The same checks must not protect real misspellings: a "name" rarer than the word typed with a
// particle is no reason to keep it, nor is a stem that is itself misspelled.
for (const [typed, meant] of [
  ['헤메는', '헤매는'],
  ['재밋게', '재밌게'],
  ['되요', '돼요'],
  ['왠만하면', '웬만하면'],
] as const) {
  test(`${typed} is still autocorrected to ${meant}`, async () => {
    const r = await correct(typed);
    assert.equal(r.action, 'autocorrect');
    assert.equal(r.corrected, meant);
  });
}
