import { test } from 'node:test';
import assert from 'node:assert/strict';
import { COMPLETION_FACTORS } from '../src/candidates/index.js';
import { sharedEngine } from './engine-fixture.js';

const engine = sharedEngine();

test('a known query typed whole comes before the queries that go on from it (유재석 before 유재석 놀뭐 멤버)', async () => {
  for (const word of ['유재석', '호날두', '시애틀', '플스', '골든']) {
    const own = engine.lexicon.get(word)!;
    const r = await engine.suggest(word, 10);
    assert.equal(r.suggestions[0]?.text, word, r.suggestions.map((s) => s.text).join(', '));
    // The queries after it are there, and one at least is more popular: the word leads by its factor.
    const longer = r.suggestions.slice(1).filter((s) => s.text.startsWith(word));
    assert.ok(longer.some((s) => (engine.lexicon.get(s.text)?.weight ?? 0) > own.weight), `${word}: ${r.suggestions.map((s) => s.text).join(', ')}`);
  }
});

test('a query that goes on from a known word typed whole comes before it only when more than 3 times as popular (every 40th known word)', async () => {
  const factor = COMPLETION_FACTORS.typedWhole;
  const words = engine.lexicon.entries.filter((e) => !e.blocked && /^[가-힣]{2,}$/u.test(e.text) && e.weight >= engine.scorer.weights.knownWeight).filter((_, i) => i % 40 === 0);
  assert.ok(words.length > 2000, `${words.length}`);
  let led = 0;
  for (const own of words) {
    const r = await engine.suggest(own.text, 10);
    // A word people misspell so (왔다구, for 왔다고) keeps its place by popularity: its fix is offered.
    if (r.suggestions.some((s) => s.kinds.includes('misspelling'))) continue;
    // Not shown at all (a rare word, 브라), every query shown is above it.
    const shown = r.suggestions.findIndex((s) => s.text === own.text);
    const at = shown < 0 ? r.suggestions.length : shown;
    if (at === 0) led++;
    for (const above of r.suggestions.slice(0, at)) {
      // The lexicon's own matches (the model's completions and word ends are ranked by rules of their own).
      const weight = engine.lexicon.get(above.text)?.weight;
      if (weight === undefined || !above.kinds.every((k) => k === 'completion')) continue;
      assert.ok(weight > factor * own.weight, `${own.text} (${own.weight}) below ${above.text} (${weight})`);
    }
  }
  assert.ok(led / words.length > 0.9, `${led} of ${words.length} first`);
});
