import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { KeyEdits } from '../src/candidates/repair.js';
import { fromKeyArray, hasJamo, toKeystrokes } from '../src/hangul/index.js';

/** Naive oracle: the whole word's keys, edited, composed again from the first key. */
function composedWhole(word: string, at: number, removed: number, a?: string, b?: string): string {
  const keys = [...word].flatMap((ch) => [...toKeystrokes(ch)]);
  keys.splice(at, removed, ...[a, b].filter((k): k is string => k !== undefined));
  return fromKeyArray(keys);
}

const KEYS = [...'ㄱㄲㄴㄷㄹㅁㅂㅅㅆㅇㅈㅊㅋㅌㅍㅎㅏㅐㅑㅓㅔㅕㅗㅛㅜㅠㅡㅣ'];
// Syllables with and without finals, double finals (닭, 앉), compound vowels (과, 뒤), and what
// breaks the rule's premise: stray jamo, Latin letters, digits, an emoji.
const CHARS = [...'가나다닭앉과뒤의값읽는한글아이폰ㄱㅏㅗㅢa19', '😀'];
const word = fc.array(fc.constantFrom(...CHARS), { minLength: 1, maxLength: 7 }).map((cs) => cs.join(''));
const key = fc.option(fc.constantFrom(...KEYS), { nil: undefined });

test('채해졍: ㅈ replaced by its neighbour ㅂ composes 채해병', () => {
  const edits = new KeyEdits('채해졍');
  assert.equal(edits.text(edits.starts[2]!, 1, 'ㅂ'), '채해병');
});

test('an edit composed in its window is what the whole word composes into (naive oracle)', () => {
  fc.assert(
    fc.property(word, fc.nat(), fc.integer({ min: 1, max: 2 }), key, key, (w, pick, removed, a, b) => {
      const edits = new KeyEdits(w);
      const n = edits.keys.length;
      const at = pick % n;
      const r = Math.min(removed, n - at);
      assert.equal(edits.text(at, r, a, b), composedWhole(w, at, r, a, b), `${w}: keys ${at}+${r} → ${a ?? ''}${b ?? ''}`);
    }),
    { numRuns: 2000 },
  );
});

test('every one-key edit of every word of a few syllables composes as the whole word does', () => {
  for (const w of ['노태악선관위뤈장국감', '닭갈비', '앉아서', '과외비', '읽는다', '문가ㅗㅇ저수지', '싱어떼인4']) {
    const edits = new KeyEdits(w);
    for (let at = 0; at < edits.keys.length; at++) {
      for (const k of [undefined, ...KEYS]) {
        assert.equal(edits.text(at, 1, k), composedWhole(w, at, 1, k), `${w} ${at} ${k}`);
        if (at + 1 < edits.keys.length) assert.equal(edits.text(at, 2, edits.keys[at + 1], edits.keys[at]), composedWhole(w, at, 2, edits.keys[at + 1], edits.keys[at]));
      }
    }
  }
});

test('wholeText is the text where it has no stray jamo, and nothing where it has one (naive oracle)', () => {
  fc.assert(
    fc.property(word, fc.nat(), fc.integer({ min: 1, max: 2 }), key, key, (w, pick, removed, a, b) => {
      const edits = new KeyEdits(w);
      const at = pick % edits.keys.length;
      const r = Math.min(removed, edits.keys.length - at);
      const whole = composedWhole(w, at, r, a, b);
      assert.equal(edits.wholeText(at, r, a, b), hasJamo(whole) ? undefined : whole);
    }),
    { numRuns: 2000 },
  );
});
