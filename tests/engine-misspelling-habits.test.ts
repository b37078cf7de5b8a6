import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MisspellingHabits } from '../src/engine/misspelling-habits.js';
import { WordKnowledge } from '../src/engine/word-knowledge.js';
import { sharedEngine } from './engine-fixture.js';

const engine = sharedEngine();
const habits = new MisspellingHabits(engine.lexicon, engine.scorer, new WordKnowledge(engine.lexicon, engine.scorer));
const judge = (typed: string, candidate: string) => habits.misspellingOf(habits.typedWord(typed), candidate, true);

test('a word typed as people misspell it is its standard spelling at the misspelling channel\'s cost: 오랫만 → 오랜만, 어의없다 → 어이없다, 돌맹이 → 돌멩이', () => {
  for (const [typed, meant] of [['오랫만', '오랜만'], ['어의없다', '어이없다'], ['돌맹이', '돌멩이']] as const) {
    assert.deepEqual(judge(typed, meant), { edits: 1, frequencyOnly: false }, typed);
    assert.equal(habits.typedWord(typed).standard, false, typed);
  }
});

test('a spelling the dictionary marks as wrong (금지어) is its habit\'s standard word at no edit: 몇일 → 며칠, 찌게 → 찌개, 심볼 → 심벌', () => {
  for (const [typed, meant] of [['몇일', '며칠'], ['찌게', '찌개'], ['심볼', '심벌']] as const) {
    assert.ok(engine.lexicon.get(typed)!.flags.includes('x'), `the premise: the dictionary marks ${typed}`);
    assert.deepEqual(judge(typed, meant), { edits: 0, frequencyOnly: false }, typed);
  }
  // Not any word one key from it: a typo of the marked spelling is no habit (찌게 is no 지게 misspelled).
  assert.equal(judge('찌게', '지게')?.edits, undefined);
});

test('so correction puts that word first, above a far commoner word one typo from the marked spelling (찌게: 찌개, not 이게; 나지막히: 나지막이, not 마지막회), alone or among other words (찌게 뜻), a marked spelling no source has too (패이지, which reads as 패이- with an ending)', async () => {
  for (const [typed, meant] of [['찌게', '찌개'], ['심볼', '심벌'], ['찌게 뜻', '찌개 뜻'], ['찌게 맞춤법', '찌개 맞춤법'], ['나지막히', '나지막이'], ['따뜻히', '따뜻이'], ['패이지', '페이지']] as const) {
    const r = await engine.correct(typed, 5);
    assert.notEqual(r.action, 'none', typed);
    assert.equal(r.candidates[0]?.text, meant, r.candidates.map((c) => `${c.text} ${c.score}`).join(', '));
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
