import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { sharedEngine } from './engine-fixture.js';

const engine = sharedEngine();
const numbers = (text: string) => (text.match(/\d+/gu) ?? []).join(' ');

test('a number typed at the end of a known title is kept: the title alone is not offered (고등래퍼2, 무한도전2)', async () => {
  for (const q of ['고등래퍼2', '무한도전2', '범죄도시5']) {
    const r = await engine.correct(q, 5);
    assert.equal(r.action, 'none', q);
    assert.equal(r.corrected, q);
  }
});

test('another number in its place is not offered either (2018 고1 3월 모의고사 → 2018 고2 …)', async () => {
  const r = await engine.correct('2018 고1 3월 모의고사', 5);
  assert.equal(r.action, 'none');
});

test('a typo fix that also changes a number is offered, never applied (2018 고1 3월 모의곳)', async () => {
  const r = await engine.correct('2018 고1 3월 모의곳', 5);
  assert.equal(r.action, 'suggest');
  assert.equal(r.corrected, '2018 고1 3월 모의곳');
});

test('a stray digit inside a word is still a slip (안녕2하세요 → 안녕하세요)', async () => {
  const r = await engine.correct('안녕2하세요', 5);
  assert.notEqual(r.action, 'none');
  assert.equal(r.candidates[0]?.text, '안녕하세요');
});

// Logged queries with a number, the number replaced or dropped, a syllable maybe changed too.
const withNumbers = engine.lexicon.entries.filter((e) => e.flags.includes('q') && /\d/u.test(e.text) && /[가-힣]/u.test(e.text)).map((e) => e.text);

test('autocorrection never changes the numbers typed (property)', async () => {
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
        if (r.action === 'autocorrect') assert.equal(numbers(r.corrected), numbers(r.normalized), `${typed} → ${r.corrected}`);
        if (r.action !== 'none' && r.candidates[0]?.text.replace(/\d+/gu, '#') === r.normalized.replace(/\d+/gu, '#')) {
          assert.equal(numbers(r.candidates[0].text), numbers(r.normalized), `${typed}: offered ${r.candidates[0].text}`);
        }
      },
    ),
    { numRuns: 300 },
  );
});
