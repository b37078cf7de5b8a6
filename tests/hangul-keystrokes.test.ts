import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import Hangul from 'hangul-js';
import { fromKeyArray, fromKeystrokes, toKeystrokes } from '../src/hangul/index.js';

test('과 is typed ㄱ ㅗ ㅏ', () => assert.equal(toKeystrokes('과'), 'ㄱㅗㅏ'));
test('닭 is typed ㄷ ㅏ ㄹ ㄱ', () => assert.equal(toKeystrokes('닭'), 'ㄷㅏㄹㄱ'));
test('까 is typed with one shifted key', () => assert.equal(toKeystrokes('까'), 'ㄲㅏ'));
test('Latin and digits are their own keys', () => assert.equal(toKeystrokes('아이폰 16'), 'ㅇㅏㅇㅣㅍㅗㄴ 16'));

test('아이폰 passes through 아, 앙, 아이, 아잎, 아이포 while typed', () => {
  const keys = toKeystrokes('아이폰');
  const states = [...keys].map((_, i) => fromKeystrokes(keys.slice(0, i + 1)));
  assert.deepEqual(states, ['ㅇ', '아', '앙', '아이', '아잎', '아이포', '아이폰']);
});

// Random text of complete syllables, spaces, Latin and digits.
const syllable = fc.integer({ min: 0xac00, max: 0xd7a3 }).map((c) => String.fromCharCode(c));
const text = fc.array(fc.oneof({ weight: 8, arbitrary: syllable }, { weight: 1, arbitrary: fc.constantFrom(' ', 'a', 'z', '1') }), { maxLength: 20 }).map((a) => a.join(''));

test('keystrokes round-trip through IME assembly (property)', () => {
  fc.assert(fc.property(text, (s) => assert.equal(fromKeystrokes(toKeystrokes(s)), s)), { numRuns: 2000 });
});

test('every half-typed state of a text is a keystroke prefix of it (property)', () => {
  fc.assert(
    fc.property(text, (s) => {
      const keys = toKeystrokes(s);
      for (let i = 1; i <= keys.length; i++) {
        const onScreen = fromKeystrokes(keys.slice(0, i));
        assert.equal(toKeystrokes(onScreen), keys.slice(0, i), `state ${i} of ${s}: ${onScreen}`);
      }
    }),
    { numRuns: 500 },
  );
});

test('each keystroke is one character (property)', () => {
  fc.assert(fc.property(text, (s) => assert.ok([...toKeystrokes(s)].every((k) => k.length === 1))));
});

test('keystrokes are hangul-js decomposing the whole text at once (property)', () => {
  // Any syllable, any compatibility jamo (compound ones such as ㅘ and ㄳ included), and other text
  // around them: emoji, Latin, digits, spaces.
  const char = fc.oneof(
    fc.integer({ min: 0xac00, max: 0xd7a3 }).map((c) => String.fromCharCode(c)),
    fc.integer({ min: 0x3131, max: 0x318e }).map((c) => String.fromCharCode(c)),
    fc.constantFrom('a', 'Z', '7', ' ', '😀', '·', 'é'),
  );
  fc.assert(
    fc.property(fc.array(char, { maxLength: 12 }), (chars) => {
      const s = chars.join('');
      assert.equal(toKeystrokes(s), Hangul.disassemble(s).join(''));
    }),
    { numRuns: 2000 },
  );
});

test('fromKeystrokes composes exactly as hangul-js does on the keys split one per code point, emoji and lone surrogates included, and fromKeyArray of those keys the same (property)', () => {
  const key = fc.oneof(fc.constantFrom(...'ㄱㄲㄴㄷㄹㅁㅂㅅㅆㅇㅈㅊㅋㅌㅍㅎㅏㅐㅑㅓㅔㅕㅗㅛㅜㅠㅡㅣㅘㅢ'), fc.constantFrom(' ', 'a', '1', '가', '😀', '\ud83d', '\ude00'));
  fc.assert(
    fc.property(fc.array(key, { minLength: 1, maxLength: 24 }), (parts) => {
      const keys = 'ㄱ' + parts.join('');
      assert.equal(fromKeystrokes(keys), Hangul.assemble([...keys]));
      // The same keys split, with or without Hangul among them.
      assert.equal(fromKeyArray([...keys]), fromKeystrokes(keys));
      assert.equal(fromKeyArray([...keys.slice(1)]), fromKeystrokes(keys.slice(1)));
    }),
    { numRuns: 2000 },
  );
});
