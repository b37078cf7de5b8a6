import { test } from 'node:test';
import assert from 'node:assert/strict';
import { soundAlikeSyllables } from '../src/hangul/index.js';
import { assertMisspellingFixFirst, servedEngine, sharedEngine } from './engine-fixture.js';

const engine = sharedEngine();

test('the nominal -ㅁ of an ㄹ stem, spelled right (힘듦, 만듦), is left as typed: not read as the bare stem (힘들, 만들) with a slip', async () => {
  for (const typed of ['힘듦', '만듦']) {
    const r = await engine.correct(typed, 5);
    assert.equal(r.action, 'none', `${typed}: ${r.candidates.map((c) => `${c.text} ${c.score}`).join(', ')}`);
  }
});

test('a ㅁ written for the ㄻ heard as [ㅁ] is a sound-alike, one way, and not before a vowel, where the ㄹ is heard', () => {
  assert.equal(soundAlikeSyllables('힘듬', '힘듦'), 1);
  assert.equal(soundAlikeSyllables('만듬도', '만듦도'), 1);
  assert.equal(soundAlikeSyllables('힘듦', '힘듬'), undefined);
  assert.equal(soundAlikeSyllables('힘듬이', '힘듦이'), undefined);
});

test('written as heard among other words, it is set right first (요리 만듬 → 요리 만듦, 너무 힘듬 → 너무 힘듦)', async () => {
  const served = await servedEngine();
  for (const [typed, meant] of [
    ['요리 만듬', '요리 만듦'],
    ['너무 힘듬', '너무 힘듦'],
    ['만듬 뜻', '만듦 뜻'],
  ] as const) await assertMisspellingFixFirst(served, typed, meant);
});
