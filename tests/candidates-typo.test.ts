import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { TYPO_LIMITS, TypoSearch, compoundFixes, typoCandidates } from '../src/candidates/index.js';
import { toKeystrokes } from '../src/hangul/index.js';
import { sharedEngine } from './engine-fixture.js';
import { osa } from './edit-distance.js';

const engine = sharedEngine();

test('one-word changes reach past a beam filled by a popular rewrite (김하성 때년 거취 → 김하성 내년 거취)', () => {
  const texts = typoCandidates(engine.scorer, engine.input('김하성 때년 거취'), 1).map((c) => c.text);
  // 김혜성 is the commoner name, so every beam entry rewrites 김하성; the fix of the one typo alone
  // must still be offered.
  assert.ok(texts.includes('김하성 내년 거취'), texts.join(', '));
  assert.ok(texts.includes('김혜성 내년 거취'), texts.join(', '));
});

test('multi-word typo candidates are distinct, never the input, and bounded by the limits (property)', () => {
  const words = ['프로야구', '중게', '김하성', '때년', '거취', '서울', '맛집', '아이혼', '케이스'];
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...words), { minLength: 2, maxLength: 4 }), fc.integer({ min: 1, max: 2 }), (picked, k) => {
      const input = engine.input(picked.join(' '));
      const texts = typoCandidates(engine.scorer, input, k).map((c) => c.text);
      assert.equal(new Set(texts).size, texts.length);
      assert.ok(!texts.includes(input.normalized));
      // whole-query matches (one-edit lookups only for several words), the beam, the one-word changes
      assert.ok(texts.length <= TYPO_LIMITS.keepPerLookup + TYPO_LIMITS.beam + TYPO_LIMITS.singleChanges);
    }),
    { numRuns: 40 },
  );
});

test('an unknown word is fixed as a compound of known words (맥주축졔 → 맥주축제, 주식거ㅐ → 주식거래)', async () => {
  for (const [typed, meant] of [
    ['송도 맥주축졔', '송도 맥주축제'],
    ['민중기 주식거ㅐ 의혹', '민중기 주식거래 의혹'],
  ] as const) {
    const texts = typoCandidates(engine.scorer, engine.input(typed), 1).map((c) => c.text);
    assert.ok(texts.includes(meant), `${typed}: ${texts.join(', ')}`);
    assert.equal((await engine.correct(typed, 5)).candidates[0]?.text, meant);
  }
});

test('compound fixes: none for two known words as typed (뉴진스하니, 축제맥주), none for short words, each one edit from the input', () => {
  const fixes = (w: string) => compoundFixes(engine.scorer, w, toKeystrokes(w)).map((s) => s.text);
  assert.deepEqual(fixes('뉴진스하니'), []);
  assert.deepEqual(fixes('축제맥주'), []);
  assert.deepEqual(fixes('맥주'), []);
  assert.deepEqual(fixes('영어의'), []); // a known noun and its particle, as typed
  assert.ok(fixes('엉어의').includes('영어의'), fixes('엉어의').join(', '));
  const found = fixes('맥주축졔');
  assert.ok(found.includes('맥주축제'), found.join(', '));
  for (const text of found) assert.ok(text.startsWith('맥주') || text.endsWith('축졔'), text);
});

test('a word of a longer query is searched two edits wide only when nothing is one edit away', () => {
  // 먓칩: nothing known one keystroke away, 맛집 two away.
  const far = typoCandidates(engine.scorer, engine.input('서울 먓칩'), 2).map((c) => c.text);
  assert.ok(far.includes('서울 맛집'), far.join(', '));
  // 환졔 is one keystroke from 환자, so its fixes at bound 2 stay one keystroke away (not 화제, 황제).
  const typed = toKeystrokes('환졔');
  const near = typoCandidates(engine.scorer, engine.input('코로나 환졔'), 2).map((c) => c.text.split(' ')[1]!);
  assert.ok(near.includes('환자'), near.join(', '));
  for (const word of near) assert.ok(osa(typed, toKeystrokes(word)) <= 1, word);
});

test("one query's lookups share one visit budget: words past it are kept as typed", () => {
  // Twelve unknown words, each searched one and then two edits wide, would walk ~25,000 nodes each.
  const typed = '뷁훑 쀍쌻 퉯뛣 껣뽥 늙뚫 쓹뎱 꿻맯 뱦쇍 짧뿕 톓휋 쭗뗋 뀱똵';
  const wide = new TypoSearch();
  typoCandidates(engine.scorer, engine.input(typed), 2, false, wide);
  assert.ok(wide.visitsLeft >= 0 && wide.visitsLeft < TYPO_LIMITS.queryVisits, `${wide.visitsLeft}`);
  // A budget spent up front: no lookup runs, so a typo is not found; with the default it is.
  const query = engine.input('서울 낭씨');
  assert.deepEqual(typoCandidates(engine.scorer, query, 1, false, new TypoSearch(0)), []);
  assert.ok(typoCandidates(engine.scorer, query, 1).some((c) => c.text === '서울 날씨'));
  // A small budget is never overdrawn.
  const small = new TypoSearch(500);
  typoCandidates(engine.scorer, engine.input(typed), 2, false, small);
  assert.ok(small.visitsLeft >= 0, `${small.visitsLeft}`);
});

test('a word people write that nothing vouches for is looked up two edits wide (웬지 → 왠지), the first TYPO_LIMITS.habitWords of a query only', () => {
  assert.equal(TYPO_LIMITS.habitWords, 1);
  const texts = typoCandidates(engine.scorer, engine.input('웬지 뜻'), 2).map((c) => c.text);
  assert.ok(texts.includes('왠지 뜻'), texts.join(', '));
  // The same word twice: only the first is widened, so the second keeps its one-edit list.
  const twice = typoCandidates(engine.scorer, engine.input('웬지 웬지'), 2).map((c) => c.text);
  assert.ok(twice.includes('왠지 웬지'), twice.join(', '));
  assert.ok(!twice.some((t) => t.endsWith(' 왠지')), twice.join(', '));
});

test('a word typed alone is looked up two edits wide or more only up to maxWideWholeKeys keys (several words typed without spaces are not)', () => {
  const joined = engine.input('노태악선관위뤈장국감');
  assert.ok(joined.keys.length > TYPO_LIMITS.maxWideWholeKeys);
  const search = new TypoSearch();
  typoCandidates(engine.scorer, joined, 1, false, search);
  const afterOneEdit = search.visitsLeft;
  typoCandidates(engine.scorer, joined, 2, false, search);
  typoCandidates(engine.scorer, joined, 3, false, search);
  assert.equal(search.visitsLeft, afterOneEdit, 'no wide lookup walked the trie');
  // A short word is still looked up two edits wide: 먓칩 → 맛집.
  const short = engine.input('먓칩');
  assert.ok(short.keys.length <= TYPO_LIMITS.maxWideWholeKeys);
  assert.ok(typoCandidates(engine.scorer, short, 2).some((c) => c.text === '맛집'));
});
