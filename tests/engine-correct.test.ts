import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { sharedEngine } from './engine-fixture.js';

const engine = sharedEngine();

test('롯데시내마 (ㅔ typed as ㅐ) is autocorrected to 롯데시네마', async () => {
  const r = await engine.correct('롯데시내마', 5);
  assert.equal(r.action, 'autocorrect');
  assert.equal(r.corrected, '롯데시네마');
  assert.ok(r.confidence > 0.9);
  assert.equal(r.candidates[0]?.text, '롯데시네마');
  assert.ok(r.candidates[0]?.kinds.includes('typo'));
});

test('무한도정 (a neighbouring key) is autocorrected to 무한도전', async () => {
  const r = await engine.correct('무한도정', 5);
  assert.equal(r.corrected, '무한도전');
  assert.equal(r.action, 'autocorrect');
});

test('멜롱티켓 is autocorrected to 멜론티켓', async () => {
  assert.equal((await engine.correct('멜롱티켓', 5)).corrected, '멜론티켓');
});

test('애교 codas (나욤, 사랑행) offer the plain ending first', async () => {
  assert.equal((await engine.correct('나욤', 5)).candidates[0]?.text, '나요');
  assert.equal((await engine.correct('사랑행', 5)).candidates[0]?.text, '사랑해');
});

test('a known query (멜론티켓) is left alone', async () => {
  const r = await engine.correct('멜론티켓', 5);
  assert.equal(r.action, 'none');
  assert.equal(r.corrected, r.normalized);
  assert.equal(r.candidates[0]?.text, '멜론티켓');
  assert.deepEqual(r.candidates[0]?.kinds, ['exact']);
});

test('an unknown but well-formed name (김무호, 뉴진스 하니) is not autocorrected', async () => {
  for (const q of ['김무호', '뉴진스 하니', '박찬우', '송인배']) {
    const r = await engine.correct(q, 5);
    assert.notEqual(r.action, 'autocorrect', `${q} → ${r.corrected}`);
    assert.equal(r.corrected, r.normalized);
  }
});

test('a typo in one word of a multi-word query (프로야구 중게) is found by the per-word beam', async () => {
  const r = await engine.correct('프로야구 중게', 5);
  assert.notEqual(r.action, 'none');
  assert.equal(r.candidates[0]?.text, '프로야구 중계');
});

test('response shape: normalized NFC text, candidates best first, at most n', async () => {
  const r = await engine.correct('롯데시내마'.normalize('NFD'), 2);
  assert.equal(r.query, '롯데시내마'.normalize('NFD'));
  assert.equal(r.normalized, '롯데시내마');
  assert.ok(r.candidates.length <= 2);
  for (let i = 1; i < r.candidates.length; i++) assert.ok(r.candidates[i - 1]!.score >= r.candidates[i]!.score);
  assert.ok(r.confidence >= 0 && r.confidence <= 1);
});

test('odd input is returned unchanged with action none, never a throw (property)', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.oneof(
        fc.string({ unit: 'binary', maxLength: 120 }),
        fc.string({ unit: 'grapheme', maxLength: 40 }),
        // stray jamo among syllables, spaces, digits and symbols: broken words get repairs
        fc.string({ unit: fc.constantFrom(...'ㄱㄲㅁㅇㅏㅗㅢ가나닭와 %1a'), maxLength: 60 }),
      ),
      async (s) => {
        const r = await engine.correct(s, 5);
        assert.ok(['none', 'suggest', 'autocorrect'].includes(r.action));
        assert.ok(r.candidates.length <= 5);
        if (r.action !== 'autocorrect') assert.equal(r.corrected, r.normalized);
      },
    ),
    { numRuns: 200 },
  );
});

test('empty and whitespace-only input gives action none', async () => {
  for (const q of ['', '   ', '\u200b']) {
    const r = await engine.correct(q, 5);
    assert.equal(r.action, 'none');
    assert.equal(r.corrected, '');
  }
});
