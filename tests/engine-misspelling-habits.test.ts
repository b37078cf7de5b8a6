import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MisspellingHabits } from '../src/engine/misspelling-habits.js';
import { WordKnowledge } from '../src/engine/word-knowledge.js';
import { sharedEngine } from './engine-fixture.js';

const engine = sharedEngine();
const habits = new MisspellingHabits(engine.lexicon, engine.scorer, new WordKnowledge(engine.lexicon, engine.scorer));
const judge = (typed: string, candidate: string) => habits.misspellingOf(habits.typedWord(typed), candidate, true);

test('a word typed as people misspell it is its standard spelling at the misspelling channel\'s cost: 몇일 → 며칠, 어의없다 → 어이없다, 돌맹이 → 돌멩이', () => {
  for (const [typed, meant] of [['몇일', '며칠'], ['어의없다', '어이없다'], ['돌맹이', '돌멩이']] as const) {
    assert.deepEqual(judge(typed, meant), { edits: 1, frequencyOnly: false }, typed);
    assert.equal(habits.typedWord(typed).standard, false, typed);
  }
});

test('no habit: a word the logs search as typed (배그, not 배구), a standard word with its particle (빚이, not 비지)', () => {
  assert.equal(judge('배그', '배구'), undefined);
  assert.equal(judge('빚이', '비지'), undefined);
  assert.equal(habits.typedWord('빚이').withEnding, true);
});

test('words written together with only the space left out are spelled as meant (갈때, 두개)', () => {
  for (const typed of ['갈때', '두개', '있는곳']) assert.equal(habits.typedWord(typed).standard, true, typed);
});
