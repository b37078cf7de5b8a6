import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { spacingCandidates } from '../src/candidates/index.js';
import { toKeystrokes } from '../src/hangul/index.js';
import { KNOWN_WEIGHT } from '../src/lexicon/index.js';
import { sharedEngine } from './engine-fixture.js';

const engine = sharedEngine();
const lexicon = engine.lexicon;
const respacings = (text: string) => spacingCandidates(lexicon, { raw: text, normalized: text, keys: toKeystrokes(text) }).map((c) => c.text);
const weight = (text: string) => lexicon.get(text)?.weight ?? 0;

test('a query typed a syllable at a time (아 이 폰) is offered joined, though 이 alone outweighs 아이폰', async () => {
  assert.ok(weight('이') > weight('아이폰'), 'the premise: a one-syllable word commoner than the entry');
  assert.ok(respacings('아 이 폰').includes('아이폰'));
  const r = await engine.correct('아 이 폰', 5);
  assert.equal(r.action, 'suggest');
  assert.equal(r.candidates[0]?.text, '아이폰');
});

test('two words side by side keep the rule (쓸 때 is not offered 쓸때), and correction leaves 한 번 더 as typed', async () => {
  assert.ok(weight('쓸때') > 0, 'the premise: the join is an entry');
  assert.ok(!respacings('쓸 때').includes('쓸때'));
  assert.equal((await engine.correct('한 번 더', 5)).action, 'none');
});

test('the whole join of three words or more is offered exactly when it is known and outweighs each word of two syllables or more (property)', () => {
  const entries = lexicon.entries.filter((e) => /^[가-힣]{3,6}$/u.test(e.text) && !e.blocked);
  const split = fc.tuple(fc.nat(entries.length - 1), fc.array(fc.boolean(), { minLength: 5, maxLength: 5 })).map(([i, cuts]) => {
    const chars = [...entries[i]!.text];
    return chars.map((c, k) => (k > 0 && cuts[k - 1] ? ' ' : '') + c).join('');
  });
  fc.assert(
    fc.property(split.filter((t) => t.split(' ').length >= 3), (typed) => {
      const joined = typed.replaceAll(' ', '');
      const longer = typed.split(' ').filter((w) => [...w].length > 1);
      const expected = weight(joined) > Math.max(KNOWN_WEIGHT, ...longer.map(weight));
      assert.equal(respacings(typed).includes(joined), expected, `${typed}: ${weight(joined)} against ${longer.map(weight)}`);
    }),
    { numRuns: 500 },
  );
});
