import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sharedEngine } from './engine-fixture.js';

// A standard word typed whole is written, not mistyped: what goes on from it, however rare, comes
// before one-typo guesses that read a key of it as a slip, however popular (치과: 치과위생사 and
// 치과학 before 이광수 김우빈 도경수 콩콩팡팡).
const engine = sharedEngine();
const { lexicon } = engine;
const guessOnly = (kinds: readonly string[]) => kinds.every((k) => k === 'typo' || k === 'infix');

function guessBeforeCompletion(list: readonly { text: string; kinds: readonly string[] }[]): boolean {
  const lastCompletion = list.map((s) => s.kinds.includes('completion')).lastIndexOf(true);
  return list.some((s, i) => guessOnly(s.kinds) && i < lastCompletion);
}

test('치과: its rare completions come before guesses at popular queries', async () => {
  assert.ok(lexicon.isStandard('치과') && lexicon.get('치과')!.weight >= engine.scorer.weights.knownWeight, 'the premise: a known standard word');
  const r = await engine.suggest('치과', 10);
  const texts = r.suggestions.map((s) => s.text);
  assert.equal(texts[0], '치과');
  assert.ok(texts.includes('치과위생사'), texts.join(', '));
  assert.ok(!guessBeforeCompletion(r.suggestions), texts.join(', '));
});

test('over every 80th known standard word typed whole, no one-typo guess comes before a completion of it', async () => {
  let seen = 0;
  let lists = 0;
  const before: string[] = [];
  for (const e of lexicon.entries) {
    if (e.blocked || e.weight < engine.scorer.weights.knownWeight || !/^[가-힣]{2,}$/u.test(e.text) || !lexicon.isStandard(e.text)) continue;
    if (seen++ % 80 !== 0) continue;
    lists++;
    const r = await engine.suggest(e.text, 10);
    if (guessBeforeCompletion(r.suggestions)) before.push(`${e.text}: ${r.suggestions.map((s) => s.text).join(', ')}`);
  }
  // 90 of 1,128 such words (every 40th) had one before (미군: 미운우리새끼 before 미군기지).
  assert.ok(lists >= 500, `${lists}`);
  assert.deepEqual(before, []);
});

test('guesses still lead where what is typed is no word (혘대중), and are shown for a word people misspell (순대국: 순댓국)', async () => {
  assert.equal((await engine.suggest('혘대중', 10)).suggestions[0]?.text, '현대중공업');
  const texts = (await engine.suggest('순대국', 10)).suggestions.map((s) => s.text);
  assert.ok(texts.includes('순댓국'), texts.join(', '));
});
