import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { LAST_WORD_MIN_KEYS, lastWordCompletions } from '../src/candidates/index.js';
import { fromKeystrokes, toKeystrokes } from '../src/hangul/index.js';
import { sharedEngine } from './engine-fixture.js';

const lexicon = sharedEngine().lexicon;

test('the last, half-typed word is completed by known words, the words before kept (화곡동 어린이ㅈ → 화곡동 어린이집)', () => {
  for (const [typed, meant] of [
    ['화곡동 어린이ㅈ', '화곡동 어린이집'],
    ['케인 손흥', '케인 손흥민'],
  ] as const) {
    const texts = lastWordCompletions(lexicon, typed, 4);
    assert.ok(texts.includes(meant), `${typed}: ${texts.join(', ')}`);
  }
  assert.deepEqual(lastWordCompletions(lexicon, '어린', 8), [], 'one word: the lexicon completes it itself');
  assert.deepEqual(lastWordCompletions(lexicon, '화곡동 ', 8), [], 'a trailing space: the next word has not begun');
  assert.deepEqual(lastWordCompletions(lexicon, '화곡동 어', 8), [], 'two keys begin too many words');
});

test('the completions are the heaviest known, unblocked single words within 8 keys of a last word of 3 keys or more, as a full scan finds them (property)', () => {
  const heads = ['화곡동', '서울 강남', '케인', '캄보디아 대포통장'];
  const words = ['어린이집', '맛집', '손흥민', '유통', '아이폰', '날씨', '코피'];
  const word = fc.constantFrom(...words).chain((w) => fc.tuple(fc.constant(w), fc.integer({ min: 1, max: toKeystrokes(w).length })));
  fc.assert(
    fc.property(fc.constantFrom(...heads), word, fc.integer({ min: 1, max: 12 }), (head, [w, cut], k) => {
      const last = fromKeystrokes(toKeystrokes(w).slice(0, cut));
      const lastKeys = toKeystrokes(last);
      const got = lastWordCompletions(lexicon, `${head} ${last}`, k);
      // The naive way: every entry, filtered, heaviest first.
      const want = lexicon.entries
        .filter(() => lastKeys.length >= LAST_WORD_MIN_KEYS)
        .filter((e) => !e.blocked && !e.text.includes(' ') && toKeystrokes(e.text).startsWith(lastKeys) && toKeystrokes(e.text).length - lastKeys.length <= 8)
        .sort((a, b) => b.weight - a.weight)
        .slice(0, k);
      assert.equal(got.length, want.length);
      for (const text of got) assert.ok(text.startsWith(`${head} `), text);
      // Equal weights may come in either order: compare the weights, and the texts as sets.
      assert.deepEqual(
        got.map((t) => lexicon.get(t.slice(head.length + 1))!.weight),
        want.map((e) => e.weight),
      );
    }),
    { numRuns: 30 },
  );
});
