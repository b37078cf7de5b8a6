import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { mergedVowelVariants, soundRespellings } from '../src/hangul/pronunciation.js';
import { toKeystrokes } from '../src/hangul/keystrokes.js';
import { syllableParts } from '../src/hangul/syllable.js';

for (const [typed, meant, why] of [
  ['움추리다', '움츠리다', 'speech says ㅜ for ㅡ past the first syllable'],
  ['널부러지다', '널브러지다', 'speech says ㅜ for ㅡ past the first syllable'],
  ['빈털털이', '빈털터리', 'a final before a silent ㅇ is heard as the next initial (연음)'],
  ['어름', '얼음', 'an initial is heard back as the final before it'],
  ['돌맹이', '돌멩이', 'ㅐ and ㅔ are one vowel in speech'],
  ['나지막히', '나지막이', 'an adverb\'s last 이 and 히 are heard alike'],
  ['조용이', '조용히', 'an adverb\'s last 이 and 히 are heard alike'],
] as const) {
  test(`${typed} may be written by ear for ${meant}: ${why}`, () => {
    assert.ok(soundRespellings(typed).includes(meant), soundRespellings(typed).join(', '));
  });
}

test('no respelling of a first syllable\'s ㅜ (두달 is no 드달), of ㅇ or ㅎ across syllables (맹이, 좋아), or of text that is not syllables', () => {
  assert.ok(!soundRespellings('두달').includes('드달'));
  assert.ok(!soundRespellings('돌맹이').includes('돌매이'));
  assert.ok(!soundRespellings('좋아').includes('조하'));
  assert.ok(!soundRespellings('속이').includes('속히'), 'after one syllable 이 is most often a particle');
  assert.ok(!soundRespellings('이빨').includes('히빨'), 'only the last syllable');
  assert.deepEqual(soundRespellings('ㅁㄹㅌㅋ'), []);
  assert.deepEqual(soundRespellings('iphone'), []);
});

const syllable = fc.integer({ min: 0xac00, max: 0xd7a3 }).map((c) => String.fromCharCode(c));
// Words ending in 이 or 히 often enough for the adverb rule to be drawn.
const word = fc
  .tuple(fc.array(syllable, { minLength: 1, maxLength: 6 }), fc.constantFrom('', '', '이', '히'))
  .map(([s, end]) => s.join('') + end);

/** One ㅇ key more or less, anywhere: the naive reading of a final moved across a silent ㅇ. */
function oneIeungApart(a: string, b: string): boolean {
  const [long, short] = a.length > b.length ? [a, b] : [b, a];
  if (long.length !== short.length + 1) return false;
  for (let i = 0; i < long.length; i++) if (long[i] === 'ㅇ' && long.slice(0, i) + long.slice(i + 1) === short) return true;
  return false;
}

/** The same syllables but one, whose vowel went from ㅜ to ㅡ, past the first. */
function oneVowelEuForU(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  const at = [...a].flatMap((ch, i) => (ch === b[i] ? [] : [i]));
  if (at.length !== 1 || at[0] === 0) return false;
  const x = syllableParts(a[at[0]!]!)!;
  const y = syllableParts(b[at[0]!]!)!;
  return x.onset === y.onset && x.final === y.final && x.vowel === 13 && y.vowel === 18;
}

/** The same syllables but the last, 이 for 히 or 히 for 이, after at least two others. */
function lastIHiSwapped(a: string, b: string): boolean {
  return a.length >= 3 && a.length === b.length && a.slice(0, -1) === b.slice(0, -1) && new Set([a.slice(-1), b.slice(-1)]).size === 2 && [a.slice(-1), b.slice(-1)].every((c) => c === '이' || c === '히');
}

/** On the keystrokes, one ㅇㅣ (a 이) taken out right after the vowel ㅐ, ㅔ or ㅚ (ㅗㅣ). */
function glideIDropped(a: string, b: string): boolean {
  if (a.length !== b.length + 2) return false;
  for (let i = 1; i + 1 < a.length; i++) {
    if (a[i] !== 'ㅇ' || a[i + 1] !== 'ㅣ' || a.slice(0, i) + a.slice(i + 2) !== b) continue;
    if (a[i - 1] === 'ㅐ' || a[i - 1] === 'ㅔ' || (a[i - 1] === 'ㅣ' && a[i - 2] === 'ㅗ')) return true;
  }
  return false;
}

test('every respelling is Hangul syllables, not the word, and one change from it: a merged vowel, ㅜ for ㅡ, one ㅇ key, a last 이/히, or a 이 after ㅐ, ㅔ, ㅚ', () => {
  fc.assert(
    fc.property(word, (w) => {
      const merged = new Set(mergedVowelVariants(w));
      for (const r of soundRespellings(w)) {
        assert.ok(/^[가-힣]+$/u.test(r) && r !== w, r);
        assert.ok(merged.has(r) || oneVowelEuForU(w, r) || oneIeungApart(toKeystrokes(w), toKeystrokes(r)) || lastIHiSwapped(w, r) || glideIDropped(toKeystrokes(w), toKeystrokes(r)), `${w} → ${r}`);
      }
    }),
    { numRuns: 500 },
  );
});
