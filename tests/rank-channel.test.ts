import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { toKeystrokes } from '../src/hangul/index.js';
import { align, ChannelModel, DEFAULT_CHANNEL, fitChannel, substitutionKind } from '../src/rank/index.js';

const model = new ChannelModel(DEFAULT_CHANNEL);
const keys = (s: string) => toKeystrokes(s);

test('아이혼 for 아이폰 is one adjacent-key slip (ㅎ next to ㅍ)', () => {
  assert.deepEqual(align(keys('아이혼'), keys('아이폰'), DEFAULT_CHANNEL).edits, ['adjacent']);
});

test('edit kinds: shift ㄱ/ㄲ, vowel ㅐ/ㅔ, 받침 ㅅ/ㄷ only in a final slot', () => {
  assert.equal(substitutionKind('ㄱ', 'ㄲ'), 'shift');
  assert.equal(substitutionKind('ㅐ', 'ㅔ'), 'vowel');
  assert.equal(substitutionKind('ㅅ', 'ㄷ', true), 'final');
  assert.notEqual(substitutionKind('ㅅ', 'ㄷ', false), 'final');
  assert.equal(substitutionKind('1', '2'), 'symbol');
});

test('몇일 for 며칠 is one 연음 (liaison) edit; 않 for 안 a cluster edit', () => {
  assert.deepEqual(align(keys('몇일'), keys('며칠'), DEFAULT_CHANNEL).edits, ['liaison']);
  assert.deepEqual(align(keys('안'), keys('않'), DEFAULT_CHANNEL).edits, ['final']);
});

test('했엉 for 했어 and 나욤 for 나요 are one 애교 coda edit; the ㅇ of 기여어 starts a syllable and is not', () => {
  assert.deepEqual(align(keys('했엉'), keys('했어'), DEFAULT_CHANNEL).edits, ['aegyo']);
  assert.deepEqual(align(keys('나욤'), keys('나요'), DEFAULT_CHANNEL).edits, ['aegyo']);
  assert.deepEqual(align(keys('세용 주세요'), keys('세요 주세요'), DEFAULT_CHANNEL).edits, ['aegyo']);
  assert.ok(!align(keys('기여어'), keys('기여'), DEFAULT_CHANNEL).edits.includes('aegyo'));
  // Inside a word, an extra final is an ordinary insertion.
  assert.ok(!align(keys('항다'), keys('하다'), DEFAULT_CHANNEL).edits.includes('aegyo'));
});

test('a neighbouring key is likelier than a far one; a shift slip likelier still', () => {
  const near = model.logProb(keys('아이혼'), keys('아이폰'));
  const far = model.logProb(keys('아이돈'), keys('아이폰'));
  assert.ok(near > far);
  assert.ok(model.logProb(keys('깨'), keys('개')) > far);
});

test('digit edits are costly: 아이폰15 is not a typo of 아이폰16', () => {
  const digit = model.logProb(keys('아이폰15'), keys('아이폰16'));
  const letter = model.logProb(keys('아이혼16'), keys('아이폰16'));
  assert.ok(digit < letter);
});

test('a punctuation mark is no slip for a letter or a digit, only a mark added or left out: 아이폰? is 아이폰 and a question mark, not a slip of 아이폰x', () => {
  const typed = keys('아이폰?');
  assert.ok(model.logProb(typed, keys('아이폰')) > model.logProb(typed, keys('아이폰x')));
  assert.deepEqual(align(typed, keys('아이폰'), DEFAULT_CHANNEL).edits, ['symbol']);
  assert.ok(!align(typed, keys('아이폰x'), DEFAULT_CHANNEL).edits.includes('substitute'));
  // The same for any key against a mark: two edits, the mark added and the key left out, never one.
  fc.assert(
    fc.property(fc.constantFrom(...'?!".,~'), fc.constantFrom(...'ㄱㅏㅂㅆx7'), (mark, key) => {
      assert.equal(align(`ㄴ${mark}`, `ㄴ${key}`, DEFAULT_CHANNEL).edits.length, 2, `${mark} for ${key}`);
    }),
  );
});

test('the table-driven model equals the reference alignment (property)', () => {
  // ㄱㄴㄹㅂ with ㅅㅈㅎㅁ make every final cluster; ㅇ before a vowel is 연음
  const jamo = fc.constantFrom(...'ㄱㄲㄴㄹㅂㅈㅎㅇㅁㅅㅆㅏㅐㅔㅣㅗㅜ 1a?'.split(''));
  const s = fc.string({ unit: jamo, maxLength: 7 });
  fc.assert(
    fc.property(s, s, (a, b) => {
      // align() classifies an insertion at the very start by the previous typed key, the model by
      // none; compare strings that agree on their first key, where both are defined alike.
      fc.pre(a.length > 0 && b.length > 0 && a[0] === b[0]);
      assert.ok(Math.abs(model.logProb(a, b) - align(a, b, DEFAULT_CHANNEL).logProb) < 1e-9, `${a} | ${b}`);
    }),
    { numRuns: 4000 },
  );
});

test("the model's align finds the reference alignment: the same edits and log-probability (property)", () => {
  const model = new ChannelModel(DEFAULT_CHANNEL);
  // Jamo of every class, a space, a digit, a Latin letter and a symbol; first keys may differ.
  const key = fc.constantFrom(...'ㄱㄲㄴㄹㅂㅈㅎㅇㅁㅅㅆㅏㅐㅔㅣㅗㅜ 1a.'.split(''));
  const s = fc.string({ unit: key, maxLength: 12 });
  fc.assert(
    fc.property(s, s, (a, b) => {
      const want = align(a, b, DEFAULT_CHANNEL);
      const got = model.align(a, b);
      assert.deepEqual(got.edits, want.edits, `${a} | ${b}`);
      assert.ok(Math.abs(got.logProb - want.logProb) < 1e-9, `${a} | ${b}`);
    }),
    { numRuns: 4000 },
  );
  // Its table is reused: a long pair after short ones, then a short one again.
  const long = 'ㅇㅏㅇㅣㅍㅗㄴ '.repeat(20);
  assert.deepEqual(model.align(long, long.replace('ㅍ', 'ㅎ')).edits, ['adjacent']);
  assert.deepEqual(model.align('ㅁㅕㅊㅣㄹ', 'ㅁㅕㅊㅣㄹ').edits, []);
});

test('fitting counts edits by kind from real pairs', () => {
  const fit = fitChannel([['아이혼', '아이폰'], ['깨', '개'], ['날시', '날씨']]);
  assert.equal(fit.counts.adjacent, 1);
  assert.equal(fit.counts.shift, 2);
  assert.ok(fit.weights.cost.shift < fit.weights.cost.substitute);
});

test('the banded model equals the reference alignment on long strings a few edits apart (property)', () => {
  // Long queries are where the band is narrow: a common prefix and suffix around a few edits. A
  // block inserted in one place and one deleted in another has its cheapest alignment far off the
  // diagonal, where the band must widen to reach it.
  const key = fc.constantFrom(...'ㄱㄲㄴㄹㅂㅈㅎㅇㅁㅅㅆㅏㅐㅔㅣㅗㅜ 1a'.split(''));
  const edit = fc.record({ at: fc.nat(), kind: fc.constantFrom('insert', 'delete', 'substitute', 'transpose', 'block in', 'block out'), key, block: fc.string({ unit: key, minLength: 4, maxLength: 16 }) });
  fc.assert(
    fc.property(fc.string({ unit: key, minLength: 1, maxLength: 120 }), fc.array(edit, { maxLength: 6 }), (intended, edits) => {
      let typed = intended;
      for (const e of edits) {
        const at = e.at % (typed.length + 1);
        if (e.kind === 'insert') typed = typed.slice(0, at) + e.key + typed.slice(at);
        else if (e.kind === 'delete') typed = typed.slice(0, at) + typed.slice(at + 1);
        else if (e.kind === 'substitute') typed = typed.slice(0, at) + e.key + typed.slice(at + 1);
        else if (e.kind === 'block in') typed = typed.slice(0, at) + e.block + typed.slice(at);
        else if (e.kind === 'block out') typed = typed.slice(0, at) + typed.slice(at + e.block.length);
        else if (at + 1 < typed.length) typed = typed.slice(0, at) + typed[at + 1] + typed[at] + typed.slice(at + 2);
      }
      fc.pre(typed.length > 0 && typed[0] === intended[0]);
      const want = align(typed, intended, DEFAULT_CHANNEL).logProb;
      assert.ok(Math.abs(model.logProb(typed, intended) - want) < 1e-9, `${typed} | ${intended}`);
      // Both ways round: the band must hold whichever string is longer.
      assert.ok(Math.abs(model.logProb(intended, typed) - align(intended, typed, DEFAULT_CHANNEL).logProb) < 1e-9, `${intended} | ${typed}`);
    }),
    { numRuns: 3000 },
  );
});

test('one model scores long and short strings in turn alike (its reused rows hold nothing over)', () => {
  const long = 'ㄱㅏㄴㅏ'.repeat(40);
  const pairs: [string, string][] = [[long, long.slice(0, -3) + 'ㅎㅗㅇ'], ['ㅇㅏㄴ', 'ㅇㅏㄴㅎ'], [long, long], ['ㄱ', 'ㄱㅏ']];
  const fresh = pairs.map(([a, b]) => new ChannelModel(DEFAULT_CHANNEL).logProb(a, b));
  for (let round = 0; round < 3; round++) pairs.forEach(([a, b], i) => assert.equal(model.logProb(a, b), fresh[i]));
});

test('a block typed early and one left out late: the band widens to the alignment far off the diagonal', () => {
  const words = keys('서울 날씨 무한도전 다시보기 아이폰 케이스 추천 맛집');
  const typed = `ㄱ${keys('가나다라마바')}${words.slice(0, -keys('가나다라마바').length)}`;
  const intended = `ㄱ${words}`;
  assert.ok(Math.abs(model.logProb(typed, intended) - align(typed, intended, DEFAULT_CHANNEL).logProb) < 1e-9);
  assert.ok(Math.abs(model.logProb(intended, typed) - align(intended, typed, DEFAULT_CHANNEL).logProb) < 1e-9);
});
