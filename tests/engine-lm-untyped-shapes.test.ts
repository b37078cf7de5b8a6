import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { Engine } from '../src/engine/index.js';
import { sharedEngine } from './engine-fixture.js';
import { RecordingLm } from './fake-lm.js';

const base = sharedEngine();

test('initials alone are not put to the model, which only writes more jamo after them (ㅂㅌㅅㄴㄷ → ㅂㅌㅅㄴ단) (property)', async () => {
  const lm = new RecordingLm({}, [{ text: 'ㄴㅇㅂㄷ', logProb: -1 }]);
  const engine = new Engine({ lexicon: base.lexicon, scorer: base.scorer, lm, blocklist: undefined });
  const initials = fc.array(fc.constantFrom(...'ㄱㄴㄷㄹㅁㅂㅅㅇㅈㅊㅋㅌㅍㅎ'), { minLength: 3, maxLength: 6 }).map((a) => a.join(''));
  await fc.assert(
    fc.asyncProperty(initials, fc.integer({ min: 0, max: 2 }), async (typed, space) => {
      const query = space > 0 && typed.length > space ? `${typed.slice(0, space)} ${typed.slice(space)}` : typed;
      const r = await engine.suggest(query, 10);
      for (const s of r.suggestions) assert.ok(!s.kinds.includes('lm'), `${query} → ${s.text} (${s.kinds.join(', ')})`);
    }),
    { numRuns: 80 },
  );
  assert.deepEqual(lm.prefixes, []);
  // The choseong matches are still there.
  const r = await engine.suggest('ㄴㅇㅂ', 10);
  assert.ok(r.suggestions.some((s) => s.text === '네이버'), r.suggestions.map((s) => s.text).join(', '));
});

test('text no IME shows while typing is not put to the model (서울ㅁㅈ would come out as 서욺진); what it shows is (화곡동 어린ㅇ)', async () => {
  const lm = new RecordingLm({}, [{ text: '쀍뛟', logProb: -1 }]);
  const engine = new Engine({ lexicon: base.lexicon, scorer: base.scorer, lm, blocklist: undefined });
  for (const typed of ['서울ㅁㅈ', '영화ㅋㅋ', '쀍뛟 뷁ㄹㅁ']) await engine.suggest(typed, 10);
  assert.deepEqual(lm.prefixes, []);
  await engine.suggest('쀍뛟 뷁ㄹ', 10);
  assert.deepEqual(lm.prefixes, ['쀍뛟 뷁ㄹ']);
});
