import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Engine, LM_LIMITS } from '../src/engine/index.js';
import { sharedEngine } from './engine-fixture.js';
import { FakeLm } from './fake-lm.js';

const base = sharedEngine();

/**
 * Suggestions for `prefix` from an engine whose model writes `completion` on from it, at a
 * log-probability that puts it above the lexicon's best one-typo guess on the lexicon's scale.
 */
async function withCompletionAboveGuesses(prefix: string, completion: string): Promise<{ texts: string[]; guess: string }> {
  const guesses = (await base.suggest(prefix, 10)).suggestions.filter((s) => s.kinds.includes('typo'));
  assert.ok(guesses.length > 0, prefix);
  const guess = guesses[0]!;
  const logProb = guess.score - LM_LIMITS.completionScoreOffset + 0.5;
  assert.ok(logProb < 0, `${prefix}: a completion can outrank ${guess.text}`);
  const engine = new Engine({ lexicon: base.lexicon, scorer: base.scorer, lm: new FakeLm({}, [{ text: completion, logProb }]), completionBudgetMs: Infinity });
  const texts = (await engine.suggest(prefix, 10)).suggestions.map((s) => s.text);
  return { texts, guess: guess.text };
}

/** The model's `completion` of `prefix` ranks below `guess`, the best one-typo match, or is not shown. */
async function ranksBelowTheMatch(prefix: string, completion: string, expectedGuess: string): Promise<void> {
  const { texts, guess } = await withCompletionAboveGuesses(prefix, completion);
  assert.equal(guess, expectedGuess);
  const at = texts.indexOf(completion);
  assert.ok(at === -1 || at > texts.indexOf(guess), texts.join(', '));
}

test('the model writing on from a slip in the word being typed ranks below the one-typo matches (혘대중 → 현대중공업 before 혘대중공업)', async () => {
  await ranksBelowTheMatch('혘대중', '혘대중공업', '현대중공업');
});

test('the same for a slip in a word typed out before it that no fix was found for (박귾 1ㅅ → 박근혜 1심 선고 before 박귾 1심)', async () => {
  await ranksBelowTheMatch('박귾 1ㅅ', '박귾 1심', '박근혜 1심 선고');
});

test('the same where a one-typo match sets right an unknown word typed out before (다훈아 ㅋ → 나훈아 콘서트 before 다훈아 콘서트)', async () => {
  await ranksBelowTheMatch('다훈아 ㅋ', '다훈아 콘서트', '나훈아 콘서트');
});

test('a match that only spaces a word typed out differently is no such fix (민중기 주식거래 ㅇ keeps the model\'s 민중기 주식거래 의혹 first)', async () => {
  const { texts, guess } = await withCompletionAboveGuesses('민중기 주식거래 ㅇ', '민중기 주식거래 의혹');
  assert.equal(guess, '민중기 주식 거래 논란');
  assert.ok(texts.indexOf('민중기 주식거래 의혹') >= 0 && texts.indexOf('민중기 주식거래 의혹') < texts.indexOf(guess), texts.join(', '));
});

test('the syllable still being typed is no slip: 송윱 on the way to 송유빈 keeps the model\'s completion above the guesses', async () => {
  // 윱 is a rare syllable only until the next vowel takes its ㅂ (송유비…)
  assert.equal(base.lexicon.get('송유빈'), undefined, 'the premise: a name the lexicon lacks');
  const { texts, guess } = await withCompletionAboveGuesses('송윱', '송유빈');
  assert.ok(texts.indexOf('송유빈') >= 0 && texts.indexOf('송유빈') < texts.indexOf(guess), texts.join(', '));
});

test('a word typed right keeps the model\'s completion above the guesses (서울맛 → 서울맛집)', async () => {
  const { texts, guess } = await withCompletionAboveGuesses('서울맛', '서울맛집');
  assert.ok(texts.indexOf('서울맛집') >= 0 && texts.indexOf('서울맛집') < texts.indexOf(guess), texts.join(', '));
});
