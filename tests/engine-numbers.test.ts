import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { sharedEngine } from './engine-fixture.js';

const engine = sharedEngine();

/** The digits of a text, in order; with `strays` false, without those between two Hangul syllables. */
function digitsOf(text: string, strays = true): string {
  const chars = [...text];
  const hangul = (c: string | undefined) => c !== undefined && c >= '가' && c <= '힣';
  let out = '';
  for (let i = 0; i < chars.length; i++) {
    if (!/[0-9]/u.test(chars[i]!)) continue;
    let j = i;
    while (j < chars.length && /[0-9]/u.test(chars[j]!)) j++;
    if (strays || !(hangul(chars[i - 1]) && hangul(chars[j]))) out += chars.slice(i, j).join('');
    i = j - 1;
  }
  return out;
}

test('a number typed at the end of a known title is kept: the title alone is not offered (고등래퍼2, 무한도전2)', async () => {
  for (const q of ['고등래퍼2', '무한도전2', '범죄도시5']) {
    const r = await engine.correct(q, 5);
    assert.equal(r.action, 'none', q);
    assert.equal(r.corrected, q);
    assert.ok(r.candidates.every((c) => digitsOf(c.text) === digitsOf(q)), q);
  }
});

test('another number in its place is not offered either (2018 고1 3월 모의고사 → 2018 고2 …)', async () => {
  const r = await engine.correct('2018 고1 3월 모의고사', 5);
  assert.equal(r.action, 'none');
  assert.ok(!r.candidates.some((c) => c.text === '2018 고2 3월 모의고사'));
});

test('a typo beside a number is fixed with the number kept (2018 고1 3월 모의곳 → 2018 고1 3월 모의고사, not 고2)', async () => {
  const r = await engine.correct('2018 고1 3월 모의곳', 5);
  assert.notEqual(r.action, 'none');
  assert.equal(r.candidates[0]?.text, '2018 고1 3월 모의고사');
});

test('respacing keeps the digits (2018고13월모의고사), and a stray digit inside a word is a slip (안녕2하세요 → 안녕하세요)', async () => {
  const spaced = await engine.correct('kbs온에어2018고1', 5);
  for (const c of spaced.candidates) assert.equal(digitsOf(c.text), '20181', c.text);
  const r = await engine.correct('안녕2하세요', 5);
  assert.notEqual(r.action, 'none');
  assert.equal(r.candidates[0]?.text, '안녕하세요');
});

// Logged queries with a number, the number replaced or dropped, a syllable maybe changed too.
const withNumbers = engine.lexicon.entries.filter((e) => e.flags.includes('q') && /\d/u.test(e.text) && /[가-힣]/u.test(e.text)).map((e) => e.text);

test('no candidate changes the numbers typed, beyond dropping a digit between two syllables (property)', async () => {
  assert.ok(withNumbers.length > 100);
  await fc.assert(
    fc.asyncProperty(
      fc.constantFrom(...withNumbers),
      fc.oneof(fc.constant(''), fc.integer({ min: 0, max: 99 }).map(String)),
      fc.boolean(),
      async (query, digits, typo) => {
        let typed = query.replace(/\d+/u, digits).trim();
        // A neighbouring syllable in the last word, so that there is something to correct.
        if (typo) typed = typed.replace(/[가-힣](?=[^가-힣]*$)/u, (c) => String.fromCodePoint(c.codePointAt(0)! + 28));
        const r = await engine.correct(typed, 5);
        for (const c of r.candidates) {
          const d = digitsOf(c.text);
          assert.ok(d === digitsOf(r.normalized) || d === digitsOf(r.normalized, false), `${typed}: ${c.text}`);
        }
      },
    ),
    { numRuns: 300 },
  );
});
