import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { layoutCandidates } from '../src/candidates/index.js';
import { hangulToLatin } from '../src/hangul/index.js';
import { sharedEngine } from './engine-fixture.js';

const engine = sharedEngine();
const reading = (typed: string) => layoutCandidates(engine.input(typed), engine.lexicon)[0]?.text;

test('typed in the English layout, the last letters are read as Hangul with the rest, also when half typed (qkrwlswn rufghs qkfv → 박진주 결혼 밢, tjdnf aktw → 서울 맛ㅈ), never left as letters beside Hangul', () => {
  assert.equal(reading('qkrwlswn rufghs qkfv'), '박진주 결혼 밢');
  assert.equal(reading('tjdnf aktw'), '서울 맛ㅈ');
  // Alone they are no reading: one syllable no source knows, or syllables and a stray key.
  assert.equal(reading('aktw'), undefined);
  // Known Latin words stay as typed beside the reading (dkssud skt → 안녕 skt).
  assert.ok(engine.lexicon.get('skt'), 'the premise: skt is a known word');
  assert.equal(reading('dkssud skt'), '안녕 skt');
});

test('a query of Hangul words typed in the English layout, cut at any keystroke, reads with no letters left but known Latin words (property over logged queries)', () => {
  const queries = engine.lexicon.entries.filter((e) => /^[가-힣]{2,}( [가-힣]{2,})+$/u.test(e.text) && e.flags.includes('q')).map((e) => e.text);
  assert.ok(queries.length > 1000, `the premise: many logged queries of Hangul words (${queries.length})`);
  fc.assert(
    fc.property(fc.constantFrom(...queries), fc.double({ min: 0.5, max: 1, noNaN: true }), (query, share) => {
      const latin = hangulToLatin(query);
      // Cut inside the last word, after its first letter.
      const lastAt = latin.lastIndexOf(' ') + 2;
      const typed = latin.slice(0, Math.max(lastAt, Math.ceil(latin.length * share)));
      const text = reading(typed);
      if (text === undefined) return;
      for (const word of text.split(' ')) {
        if (/[a-z]/u.test(word)) assert.ok(engine.lexicon.get(word.match(/[a-z]+/u)![0]), `${typed} → ${text}`);
      }
    }),
    { numRuns: 300 },
  );
});

test('typed on the Korean layout, the last word is read as Latin with the rest where a vowel key stands alone in it (ㅛㅐㅕ셔ㅠㄷ ㅡㅕ냐 → youtube musi), and a word of Hangul beside them stays (ㅑㅔㅙㅜㄷ 케이스)', () => {
  assert.equal(reading('ㅛㅐㅕ셔ㅠㄷ ㅡㅕ냐'), 'youtube musi');
  assert.equal(reading('ㅑㅔㅙㅜㄷ 케이스'), 'iphone 케이스');
  // A stray vowel beside Hangul words and no Latin reading is a slip in Hangul: not read as Latin.
  assert.equal(reading('김하성 ㅐ년'), undefined);
});
