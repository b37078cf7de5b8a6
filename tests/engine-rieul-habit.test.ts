import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { rieulBeforeRyeo } from '../src/engine/forms.js';
import { fromKeystrokes, toKeystrokes } from '../src/hangul/index.js';
import { sharedEngine } from './engine-fixture.js';

const engine = sharedEngine();
const lexicon = engine.lexicon;

test('a ㄹ added before the ending -려 is set right (할려고 → 하려고, 볼려면 → 보려면, 공부할려고 해요)', async () => {
  for (const [typed, meant] of [
    ['할려고', '하려고'],
    ['볼려면', '보려면'],
    ['공부할려고 해요', '공부하려고 해요'],
  ] as const) {
    const r = await engine.correct(typed, 5);
    assert.notEqual(r.action, 'none', `${typed}: ${JSON.stringify(r.candidates)}`);
    assert.equal(r.candidates[0]?.text, meant, typed);
    assert.ok(r.candidates[0]!.kinds.includes('misspelling'), JSON.stringify(r.candidates[0]));
  }
});

test("the stem's own ㄹ is left alone (갈려고 from 갈다, 살려고 from 살다, 팔려고 from 팔다)", async () => {
  for (const typed of ['갈려고', '살려고', '팔려고', '놀려고']) {
    assert.ok(lexicon.isStandard(`${typed[0]}다`), `the premise: ${typed[0]}다 is a standard verb`);
    const r = await engine.correct(typed, 5);
    assert.equal(r.action, 'none', `${typed}: ${JSON.stringify(r.candidates)}`);
  }
});

// Standard verbs by the last syllable of their stem: with a final ㄹ (갈다) and without one (가다).
const verbs = lexicon.entries.map((e) => e.text).filter((t) => /^[가-힣]{2,4}$/u.test(t) && t.endsWith('다') && lexicon.isStandard(t));
const stemEnd = (verb: string) => toKeystrokes(verb.at(-2)!);
const rieulStems = verbs.filter((v) => stemEnd(v).endsWith('ㄹ') && stemEnd(v).length === 3);
const vowelStems = verbs.filter((v) => stemEnd(v).length === 2);

test('no verb whose stem ends in ㄹ has its -려 form taken for the habit (property, against the dictionary)', () => {
  assert.ok(rieulStems.length > 50, `the premise: many such verbs (${rieulStems.length})`);
  fc.assert(
    fc.property(fc.constantFrom(...rieulStems), fc.constantFrom('고', '면', '는'), (verb, ending) => {
      const stem = verb.slice(0, -1);
      const without = stem.slice(0, -1) + fromKeystrokes(stemEnd(verb).slice(0, -1));
      assert.equal(rieulBeforeRyeo(lexicon, `${stem}려${ending}`, `${without}려${ending}`), false, `${stem}려${ending}`);
    }),
    { numRuns: 300 },
  );
});

test('a vowel stem with a ㄹ added is the habit exactly when no verb has that ㄹ (property, against the dictionary)', () => {
  assert.ok(vowelStems.length > 50, `the premise: many such verbs (${vowelStems.length})`);
  fc.assert(
    fc.property(fc.constantFrom(...vowelStems), (verb) => {
      const stem = verb.slice(0, -1);
      const withRieul = stem.slice(0, -1) + fromKeystrokes(`${stemEnd(verb)}ㄹ`);
      const expected = !lexicon.isStandard(`${withRieul}다`);
      assert.equal(rieulBeforeRyeo(lexicon, `${withRieul}려고`, `${stem}려고`), expected, `${withRieul}려고 → ${stem}려고`);
      // Only before 려, and only in that direction.
      assert.equal(rieulBeforeRyeo(lexicon, `${withRieul}라고`, `${stem}라고`), false);
      assert.equal(rieulBeforeRyeo(lexicon, `${stem}려고`, `${withRieul}려고`), false);
    }),
    { numRuns: 300 },
  );
});
