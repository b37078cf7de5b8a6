import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { typoCompletions, typoDiscount } from '../src/candidates/index.js';
import { toKeystrokes } from '../src/hangul/index.js';
import { align, ChannelModel, DEFAULT_CHANNEL } from '../src/rank/index.js';
import { osa } from './edit-distance.js';
import { numberTyped } from './number-typed.js';
import { sharedEngine } from './engine-fixture.js';

const engine = sharedEngine();
const channel = new ChannelModel(DEFAULT_CHANNEL);
const keys = (text: string): string => toKeystrokes(text).replaceAll(' ', '');
/** The texts of the one-typo matches of `typed`, under the engine's channel. */
const typoTexts = (typed: string, k: number): string[] => typoCompletions(engine.lexicon, toKeystrokes(typed), k, engine.scorer.channel).map((c) => engine.lexicon.entries[c.id]!.text);
/** Keys a word after a space begins with. */
const BEGUN_KEYS = [...'ㄱㄴㄷㄹㅁㅂㅅㅇㅈㅎ'];

test('a slip onto the next key costs no discount; a stray key typed at the end costs most of the weight', () => {
  // 아이혼 for 아이폰: ㅎ is next to ㅍ.
  assert.equal(typoDiscount(channel, keys('아이혼'), keys('아이폰')), 1);
  // 가려 as 갈등 with ㅕ added (or ㄷ mistyped as the far ㅕ): a long way from an adjacent slip.
  const stray = typoDiscount(channel, keys('가려'), keys('갈등'));
  assert.ok(stray > 0 && stray < 0.2, String(stray));
  // A key left out (삼성전 for 삼성전자's ㅈ missing: 삼성저) is among the likeliest slips.
  assert.equal(typoDiscount(channel, keys('삼성저'), keys('삼성전자')), 1);
});

test('the discount prices the cheapest alignment with a prefix a key shorter, as long or a key longer (property, against align)', () => {
  const syllables = [...'가나다라마바사아자차카타파하각낙닥갈날달감남담강낭당'];
  const word = fc.array(fc.constantFrom(...syllables), { minLength: 1, maxLength: 4 }).map((s) => s.join(''));
  fc.assert(
    fc.property(word, word, (a, b) => {
      const typed = keys(a);
      const intended = keys(b);
      let cost = Infinity;
      for (let j = Math.max(0, typed.length - 1); j <= Math.min(intended.length, typed.length + 1); j++) {
        const prefix = intended.slice(0, j);
        cost = Math.min(cost, -(align(typed, prefix, DEFAULT_CHANNEL).logProb - Math.min(typed.length, j) * DEFAULT_CHANNEL.matchLogProb));
      }
      const expected = Math.min(1, Math.exp(DEFAULT_CHANNEL.cost.adjacent - cost));
      const got = typoDiscount(channel, typed, intended);
      assert.ok(Math.abs(got - expected) <= 1e-9 * Math.max(1, expected), `${a} → ${b}: ${got} against ${expected}`);
    }),
    { numRuns: 300 },
  );
});

test('typo-tolerant completions priced by the channel are the heaviest after pricing, at most k (property, against pricing all)', () => {
  const prefixes = ['아이혼', '가려', '삼성저', '감싸', '서울맛', '롯데시네', '무한도저', '비트코'];
  fc.assert(
    fc.property(fc.constantFrom(...prefixes), fc.integer({ min: 1, max: 10 }), (prefix, k) => {
      const typed = keys(prefix);
      const got = typoCompletions(engine.lexicon, typed, k, engine.scorer.channel);
      assert.ok(got.length <= k);
      // The naive reference: price every candidate the search draws, then sort.
      const all = typoCompletions(engine.lexicon, typed, 3 * k)
        .map((c) => ({ id: c.id, weight: c.weight * typoDiscount(engine.scorer.channel, typed, keys(engine.lexicon.entries[c.id]!.text)) }))
        .sort((x, y) => y.weight - x.weight)
        .slice(0, k);
      assert.deepEqual(
        got.map((c) => c.weight),
        all.map((c) => c.weight),
      );
    }),
    { numRuns: 60 },
  );
});

test('a prefix typed right shows its own completions before far slips of commoner words (가려 → 가려고, not 갈등)', async () => {
  const r = await engine.suggest('가려', 10);
  const shown = r.suggestions.map((s) => `${s.text} (${s.kinds})`).join(', ');
  assert.ok(r.suggestions[0]!.kinds.includes('completion'), shown);
  // 갈등 is a thousand times commoner than 가려고, but only a stray ㅕ makes it of 가려.
  const rank = (text: string) => r.suggestions.findIndex((s) => s.text === text);
  assert.ok(rank('가려고') >= 0 && (rank('갈등') < 0 || rank('갈등') > rank('가려고')), shown);
  // A slip onto the next key is still completed (아이혼 → 아이폰).
  const slip = await engine.suggest('아이혼', 10);
  assert.ok(slip.suggestions.some((s) => s.text.startsWith('아이폰') && s.kinds.includes('typo')), slip.suggestions.map((s) => s.text).join(', '));
});

test('after a space, no one-typo match ends before the word begun (무한도전 ㅎ never offers 무한도전) (property)', () => {
  const heads = ['무한도전', '날씨', '아이폰', '강남역', '서울', '삼성전자'];
  fc.assert(
    fc.property(fc.constantFrom(...heads), fc.constantFrom(...BEGUN_KEYS), fc.integer({ min: 1, max: 10 }), (head, key, k) => {
      for (const text of typoTexts(`${head} ${key}`, k)) assert.ok(keys(text).length > keys(head).length, `${head} ${key} → ${text}`);
    }),
    { numRuns: 60 },
  );
});

test('after a space, a word of one key is read as a slip only onto a key next to it: never as a stray or a far key (장나라 ㄴ offers no 장나라 바달집 트레일러) (property)', () => {
  const heads = ['장나라', '무한도전', '근로자의날', '아이폰', '강남역', '삼성전자'];
  fc.assert(
    fc.property(fc.constantFrom(...heads), fc.constantFrom(...BEGUN_KEYS), fc.integer({ min: 1, max: 10 }), (head, key, k) => {
      const typed = keys(`${head}${key}`);
      for (const text of typoTexts(`${head} ${key}`, k)) {
        // Oracle: the key stands where it was typed (give or take a place), or a neighbour's slip.
        const kept = keys(text).slice(typed.length - 2, typed.length + 1).includes(key);
        assert.ok(kept || typoDiscount(engine.scorer.channel, typed, keys(text).slice(0, typed.length + 1)) === 1, `${head} ${key} → ${text}`);
      }
    }),
    { numRuns: 80 },
  );
  assert.ok(typoTexts('장나라 나', 10).some((text) => text.startsWith('장나라 바')), 'a word of two keys is still read with a far slip');
  assert.ok(typoTexts('개그ㅜ맨 ㄱ', 10).includes('개그맨 김태호'), 'a slip before the word of one key is still read');
});

test('one-typo matches go on from the digits typed (2018 고1 3월 never offers 고2 or 6월) (property)', () => {
  const typedQueries = ['2018 고1 3월 모의고사', '삼성전자 주가 전망 2025', '프로듀스 101', '아이폰 8 케이스', '18대 대선 투표율', '2017 프로야구 개막전'];
  fc.assert(
    fc.property(fc.constantFrom(...typedQueries), fc.integer({ min: 3, max: 40 }), fc.integer({ min: 1, max: 10 }), (query, cut, k) => {
      const typed = toKeystrokes(query).slice(0, cut);
      const digits = typed.replace(/\D/gu, '');
      for (const c of typoCompletions(engine.lexicon, typed, k, engine.scorer.channel)) {
        const text = engine.lexicon.entries[c.id]!.text;
        assert.ok(text.replace(/\D/gu, '').startsWith(digits), `${typed} → ${text}`);
      }
    }),
    { numRuns: 100 },
  );
});

test('no slip is read in a digit: 4아 is completed as 4인용식탁 or 4월, never as 아이언맨4 with the 4 a stray key taken up later (property, against edit distance)', () => {
  const typedQueries = ['4아', '1바', '3우', '12가', '2018 고1 3월 모의고사', '아이폰 8 케이스', '18대 대선 투표율', '1박2일 김주혁'];
  const digitsOf = (s: string) => s.replace(/\D/gu, '');
  fc.assert(
    fc.property(fc.constantFrom(...typedQueries), fc.integer({ min: 3, max: 30 }), fc.integer({ min: 1, max: 10 }), (query, cut, k) => {
      const typed = keys(query).slice(0, cut);
      for (const c of typoCompletions(engine.lexicon, typed, k, engine.scorer.channel)) {
        const entry = keys(engine.lexicon.entries[c.id]!.text);
        // The naive reading: some prefix of the entry is one edit from the keys typed, with the same digits.
        let found = false;
        for (let j = 0; j <= entry.length && !found; j++) found = osa(typed, entry.slice(0, j)) <= 1 && digitsOf(entry.slice(0, j)) === digitsOf(typed);
        assert.ok(found, `${typed} → ${engine.lexicon.entries[c.id]!.text}`);
      }
    }),
    { numRuns: 150 },
  );
  // Still completed, from the digit typed.
  const four = typoCompletions(engine.lexicon, keys('4아'), 10, engine.scorer.channel).map((c) => engine.lexicon.entries[c.id]!.text);
  assert.ok(four.length > 0 && four.every((t) => t.startsWith('4')), four.join(', '));
});

test('one-typo matches keep the letters written onto a number (s24 is no slip of 24: no 240번버스), a slip among them may be read (property)', () => {
  const typedQueries = ['갤럭시 s24', '갤럭시s9', 'yes24 티켓', 'ufc214', 'rtx4090', 'kbs2tv', '아이폰se2', 'top3', 'f15k', 'krx300'];
  fc.assert(
    fc.property(fc.constantFrom(...typedQueries), fc.integer({ min: 2, max: 20 }), fc.integer({ min: 1, max: 10 }), (query, cut, k) => {
      const typed = toKeystrokes(query).slice(0, cut);
      for (const c of typoCompletions(engine.lexicon, typed, k, engine.scorer.channel)) {
        const text = engine.lexicon.entries[c.id]!.text;
        assert.ok(numberTyped(text.replaceAll(' ', '')).startsWith(numberTyped(typed.replaceAll(' ', ''))), `${typed} → ${text}`);
      }
    }),
    { numRuns: 150 },
  );
  const s24 = typoCompletions(engine.lexicon, toKeystrokes('갤럭시 s24'), 10, engine.scorer.channel).map((c) => engine.lexicon.entries[c.id]!.text);
  assert.ok(!s24.some((t) => t.includes('240')), s24.join(', '));
  // A slip in the letters is still read: yes24 for yed24 (d is next to s).
  const yed = typoCompletions(engine.lexicon, toKeystrokes('yed24'), 10, engine.scorer.channel).map((c) => engine.lexicon.entries[c.id]!.text);
  assert.ok(yed.some((t) => t.startsWith('yes24')), yed.join(', '));
});
