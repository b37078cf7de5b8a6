import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SLIP_FIX_LIMITS, slipFixes } from '../src/candidates/index.js';
import { isJamo, toKeystrokes } from '../src/hangul/index.js';
import { osa } from './edit-distance.js';
import { forSlippedWords } from './slips.js';

test('slip fixes reach words the lexicon lacks: 채해졍 → 채해병, 싱어떼인4 → 싱어게인4', () => {
  for (const [typed, meant] of [
    ['채해졍', '채해병'], // ㅈ for its neighbour ㅂ
    ['싱어떼인4', '싱어게인4'], // ㄸ (shifted ㄷ) for its neighbour ㄱ
    ['렸돠', '렸다'], // an added ㅗ
    ['보물썬', '보물선'], // shift held
    ['쵀승빈', '최승빈'], // ㅐ for its neighbour ㅣ (ㅙ for ㅚ)
    ['영어띄', '영어의'], // ㄸ (shifted ㄷ) for its neighbour ㅇ
  ] as const) {
    const edits = slipFixes(typed);
    assert.ok(edits.includes(meant), `${typed}: ${edits.length} edits, not ${meant}`);
  }
});

test('no fixes for a word of jamo alone (a choseong query, ㅋㅋ) or past the key bound, and no missed key put back', () => {
  assert.deepEqual(slipFixes('ㅁㄹㅌㅋ'), []);
  assert.deepEqual(slipFixes('ㅜ'), []);
  assert.ok(!slipFixes('조아하').includes('좋아하'), 'a missed ㅎ is not put back');
  assert.deepEqual(slipFixes('ㅋㅋ'), []);
  assert.deepEqual(slipFixes(''), []);
  const long = '가나다라마바사아자';
  assert.ok(toKeystrokes(long).length > SLIP_FIX_LIMITS.maxWordKeys);
  assert.deepEqual(slipFixes(long), []);
});

test('fixes are whole syllables one keystroke from the word, and undo any slip but a missed key (property)', () => {
  let checked = 0;
  let undone = 0;
  forSlippedWords({ maxSyllables: 4, numRuns: 3000, seed: 11 }, (word, typed, s) => {
    const typedKeys = toKeystrokes(typed);
    if (typed === word || [...typed].some(isJamo) || typedKeys.length > SLIP_FIX_LIMITS.maxWordKeys) return;
    checked++;
    const edits = slipFixes(typed);
    assert.equal(new Set(edits).size, edits.length);
    for (const e of edits) {
      assert.ok(e !== typed && ![...e].some(isJamo), `${typed} → ${e}`);
      assert.equal(osa(typedKeys, toKeystrokes(e)), 1, `${typed} → ${e}`);
    }
    // The slip is undone whenever one keystroke edit of the typed keys gives the word back, but
    // for a missed key, which is not put back.
    if (s.kind !== 'delete' && osa(typedKeys, toKeystrokes(word)) === 1) {
      undone++;
      assert.ok(edits.includes(word), `${word} → ${typed}: ${edits.length} edits`);
    }
  });
  // The property must not hold vacuously.
  assert.ok(checked > 500 && undone > 400, `${checked} checked, ${undone} undone`);
});

test('with a focus, only slips at the keys of those characters are undone, and only those keys are bounded (property)', () => {
  let checked = 0;
  forSlippedWords({ maxSyllables: 4, numRuns: 1500, seed: 12 }, (_word, typed, s) => {
    const chars = [...typed];
    if (chars.every(isJamo) || toKeystrokes(typed).length > SLIP_FIX_LIMITS.maxWordKeys) return;
    checked++;
    const every = new Set(slipFixes(typed));
    // Every character in focus is the same as none.
    assert.deepEqual(new Set(slipFixes(typed, new Set(chars.keys()))), every);
    // A focus on one is a subset, and changes nothing before the character ahead of it (a key
    // of the focused one may compose into that one: 무가가 → 무각, its last ㅏ deleted).
    const focus = new Set([s.at % chars.length]);
    const first = Math.min(...focus);
    const before = chars.slice(0, Math.max(0, first - 1)).join('');
    for (const e of slipFixes(typed, focus)) {
      assert.ok(every.has(e), `${typed} → ${e}`);
      assert.ok(e.startsWith(before), `${typed} → ${e}, focus at ${first}`);
    }
  });
  assert.ok(checked > 500, `${checked} checked`);
});

test('a long word is fixed at its focus: 노태악선관위뤈장국감 → 노태악선관위원장국감', () => {
  const typed = '노태악선관위뤈장국감';
  assert.ok(toKeystrokes(typed).length > SLIP_FIX_LIMITS.maxWordKeys);
  assert.deepEqual(slipFixes(typed), [], 'too long to try every slip');
  const at = [...typed].indexOf('뤈');
  const fixes = slipFixes(typed, new Set([at]));
  assert.ok(fixes.includes('노태악선관위원장국감'), fixes.join(', '));
  for (const f of fixes) assert.ok(f.startsWith('노태악선관') && f.endsWith('국감'), f);
  // The bound still holds for the keys in focus.
  const everyChar = new Set([...typed].keys());
  assert.deepEqual(slipFixes(typed, everyChar), []);
});
