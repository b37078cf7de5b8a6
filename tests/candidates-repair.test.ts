import { test } from 'node:test';
import assert from 'node:assert/strict';
import { REPAIR_LIMITS, brokenWordRepairs, isBroken, typoCandidates } from '../src/candidates/index.js';
import { isJamo, toKeystrokes } from '../src/hangul/index.js';
import { osa } from './edit-distance.js';
import { sharedEngine } from './engine-fixture.js';
import { forSlippedWords } from './slips.js';

test('broken words: stray jamo next to syllables, not a word of jamo alone', () => {
  for (const w of ['문가ㅗㅇ저수지', '스틸ㄲ하트클럽', '제야ㅢ', 'ㅇ율예', '통신ㅂ']) assert.ok(isBroken(w), w);
  for (const w of ['문광저수지', 'ㅁㄹㅌㅋ', 'ㅋㅋㅋ', 'iphone', '2018', '']) assert.ok(!isBroken(w), w);
  assert.deepEqual(brokenWordRepairs('ㅁㄹㅌㅋ'), []);
  assert.deepEqual(brokenWordRepairs('아이폰'), []);
});

test('a broken word is repaired one keystroke away, known word or new name (문가ㅗㅇ저수지 → 문광저수지)', () => {
  for (const [typed, meant] of [
    ['문가ㅗㅇ저수지', '문광저수지'], // swapped ㅏㅗ
    ['스틸ㄲ하트클럽', '스틸하트클럽'], // an added ㄲ
    ['통신ㅂ', '통신비'], // a vowel missed after ㅂ
    ['제야ㅢ', '제야의'], // ㅇ missed before ㅢ
    ['ㅏㄱ국수', '막국수'], // ㅁ missed
    ['윈도ㅜㅇ', '윈도우'], // swapped ㅜㅇ
    ['싱ㅇ거ㅔ인4', '싱어게인4'],
  ] as const) {
    const repairs = brokenWordRepairs(typed);
    assert.ok(repairs.includes(meant), `${typed}: ${repairs.join(', ')}`);
  }
});

test('repairs are whole syllables one keystroke from the typed word, and undo the slips that broke it (property)', () => {
  let broken = 0;
  let undone = 0;
  forSlippedWords({ maxSyllables: 5, numRuns: 3000, seed: 7 }, (word, typed) => {
    if (!isBroken(typed)) return;
    broken++;
    const repairs = brokenWordRepairs(typed);
    assert.equal(new Set(repairs).size, repairs.length);
    for (const r of repairs) {
      assert.ok(r !== typed && ![...r].some(isJamo), `${typed} → ${r}`);
      assert.ok(osa(toKeystrokes(typed), toKeystrokes(r)) <= 1, `${typed} → ${r}`);
    }
    // The IME re-composes what is left after a slip, so the typed keys can differ from the
    // slipped ones (ㄱㅏㄴ + ㅏ reads 가나); the slip is undone by a repair whenever one
    // keystroke edit of the typed keys gives the word back.
    // Within the bounds: longer words and words of many stray jamo are left as typed.
    const stray = [...typed].filter(isJamo).length;
    if (stray > REPAIR_LIMITS.maxStray || toKeystrokes(typed).length > REPAIR_LIMITS.maxWordKeys) {
      assert.deepEqual(repairs, []);
      return;
    }
    if (osa(toKeystrokes(typed), toKeystrokes(word)) === 1) {
      undone++;
      assert.ok(repairs.includes(word), `${word} → ${typed}: ${repairs.join(', ')}`);
    }
  });
  // The property must not hold vacuously.
  assert.ok(broken > 300 && undone > 200, `${broken} broken, ${undone} undone`);
});

test('a broken word in a query is repaired in place, and a broken new name typed alone is offered its repair', async () => {
  const engine = sharedEngine();
  const texts = typoCandidates(engine.scorer, engine.input('괴산 문가ㅗㅇ저수지'), 1).map((c) => c.text);
  assert.ok(texts.includes('괴산 문광저수지'), texts.join(', '));
  // A known word the slip broke is not crowded out by new strings one keystroke away (각국수, 락국수).
  const known = typoCandidates(engine.scorer, engine.input('고경표 ㅏㄱ국수'), 1).map((c) => c.text);
  assert.ok(known.includes('고경표 막국수'), known.join(', '));
  const alone = await engine.correct('스틸ㄲ하트클럽', 3);
  assert.equal(alone.candidates[0]?.text, '스틸하트클럽');
  // A new word's repair is only offered: nothing known vouches for it.
  assert.notEqual(alone.action, 'autocorrect');
});
