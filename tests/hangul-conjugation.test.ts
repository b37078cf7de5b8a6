import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { stemSyllableBeforeFinal, stemSyllablesMergedInto } from '../src/hangul/index.js';
import { composeSyllable, syllableParts } from '../src/hangul/syllable.js';

for (const [merged, stems] of [
  ['갔', ['가']],
  ['섰', ['서', '스']],
  ['봐', ['보']],
  ['봤', ['보']],
  ['줬', ['주']],
  ['겼', ['겨', '기']],
  ['돼', ['되']],
  ['됐', ['되']],
  ['해', ['하']],
  ['했', ['해', '하']],
  ['써', ['쓰']],
  ['썼', ['써', '쓰']],
  ['가', []],
  ['됬', []],
  ['햇', []],
] as const) {
  test(`an 아/어 ending merges ${stems.length ? stems.join(' or ') : 'no stem'} into ${merged}`, () => {
    assert.deepEqual(stemSyllablesMergedInto(merged), [...stems]);
  });
}

test('every stem syllable is found again from what its 아/어 and past-tense endings make of it', () => {
  // Forward, the way a grammar states it: the vowel the ending becomes, then ㅆ for the past.
  const forward = (stem: string): string[] => {
    const p = syllableParts(stem)!;
    const merged = stem === '하' ? 1 : ({ 8: 9, 13: 14, 20: 6, 11: 10, 18: 4 } as Record<number, number>)[p.vowel];
    const out = [0, 1, 4, 5, 6].includes(p.vowel) ? [composeSyllable({ ...p, final: 20 })] : [];
    if (merged !== undefined) out.push(composeSyllable({ ...p, vowel: merged }), composeSyllable({ ...p, vowel: merged, final: 20 }));
    return out;
  };
  const stem = fc.record({ onset: fc.integer({ min: 0, max: 18 }), vowel: fc.integer({ min: 0, max: 20 }), final: fc.constant(0) }).map(composeSyllable);
  fc.assert(
    fc.property(stem, (s) => {
      for (const m of forward(s)) assert.ok(stemSyllablesMergedInto(m).includes(s), `${s} → ${m}`);
      for (const t of stemSyllablesMergedInto(s)) assert.equal(syllableParts(t)!.final, 0);
    }),
    { numRuns: 2000 },
  );
});

test('an adnominal ㄴ or ㄹ, or the nominal ㅁ, closing a stem syllable gives the stem back; any other final gives nothing', () => {
  const parts = fc.record({ onset: fc.integer({ min: 0, max: 18 }), vowel: fc.integer({ min: 0, max: 20 }), final: fc.integer({ min: 0, max: 27 }) });
  fc.assert(
    fc.property(parts, (p) => {
      const got = stemSyllableBeforeFinal(composeSyllable(p));
      // ㄴ, ㄹ and ㅁ are finals 4, 8 and 16.
      assert.equal(got, [4, 8, 16].includes(p.final) ? composeSyllable({ ...p, final: 0 }) : undefined);
    }),
    { numRuns: 2000 },
  );
  assert.equal(stemSyllableBeforeFinal('룬'), '루');
  assert.equal(stemSyllableBeforeFinal('a'), undefined);
});
