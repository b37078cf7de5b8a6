import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { Lexicon, type LexiconEntry } from '../src/lexicon/index.js';
import { sharedEngine } from './engine-fixture.js';

// A text typed with a known entry's keystrokes but grouped into other syllables (ㅇㅏㄴ녕 for 안녕)
// is not that entry: the lexicon looks texts up exactly, and correction sets the text as an IME
// would show it.

const entry = (text: string, weight: number): LexiconEntry => ({ text, weight, flags: 'c', blocked: false });

test('get finds the entry with exactly the text asked for, never another grouping of its keys (property against a map)', () => {
  const spellings = ['진짜', '진ㅉㅏ', '지ㄴ짜', '안녕', 'ㅇㅏㄴ녕', '아ㄴ녕', '아이폰', '아이ㅍㅗㄴ', '맛집'];
  fc.assert(
    fc.property(fc.uniqueArray(fc.constantFrom(...spellings), { minLength: 1 }), fc.array(fc.double({ min: 0.2, max: 100, noNaN: true }), { minLength: 9, maxLength: 9 }), (texts, weights) => {
      const entries = texts.map((text, i) => entry(text, weights[i]!));
      const lexicon = new Lexicon(entries);
      const byText = new Map(entries.map((e) => [e.text, e]));
      for (const text of spellings) assert.equal(lexicon.get(text)?.text, byText.get(text)?.text, text);
    }),
    { numRuns: 200 },
  );
});

test('jamo typed beside syllables with the keystrokes of a known word are corrected to it (ㅇㅏㄴ녕 → 안녕, ㅅㅏㅁ성 → 삼성)', async () => {
  for (const [typed, meant] of [['ㅇㅏㄴ녕', '안녕'], ['ㅅㅏㅁ성', '삼성']] as const) {
    const r = await sharedEngine().correct(typed, 3);
    assert.equal(r.action, 'autocorrect', `${typed}: ${r.action} ${r.candidates.map((c) => c.text).join(', ')}`);
    assert.equal(r.corrected, meant);
  }
  // The word itself is left as it is.
  assert.equal((await sharedEngine().correct('안녕', 3)).action, 'none');
});
