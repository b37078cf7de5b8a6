import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { SpellingModel } from '../src/rank/index.js';

const model = new SpellingModel(['서울 맛집', '노태악 선관위원장 국감', '국정감사', '감사합니다', '강원도']);

test('the steps of a word are one per character and one for its end, and sum to its log-probability (property)', () => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...'서울맛집노태악선관위원장국감정사합니다강도뤈퀀x1'), { minLength: 1, maxLength: 12 }), (chars) => {
      const word = chars.join('');
      const steps = model.stepLogProbs(word);
      assert.equal(steps.length, chars.length + 1);
      for (const s of steps) assert.ok(s < 0 && Number.isFinite(s), `${word}: ${s}`);
      const sum = steps.reduce((a, b) => a + b, 0);
      assert.ok(Math.abs(sum - model.wordLogProb(word)) < 1e-9, `${word}: ${sum} against ${model.wordLogProb(word)}`);
    }),
    { numRuns: 500, seed: 5 },
  );
});

test('a syllable no word has is the least likely step, in and out (뤈 in 선관위뤈장)', () => {
  const word = '선관위뤈장';
  const steps = model.stepLogProbs(word);
  const at = [...word].indexOf('뤈');
  const around = [...word].map((_, i) => steps[i]! + steps[i + 1]!);
  assert.equal(around.indexOf(Math.min(...around)), at);
});

/**
 * Naive oracle: the model as its documentation states it (interpolated absolute discounting, D =
 * 0.75, over characters of distinct words with start and end markers), counted in maps of strings.
 */
function naiveLogProb(texts: readonly string[], word: string): number {
  const uni = new Map<string, number>();
  const bi = new Map<string, number>();
  const hist = new Map<string, { count: number; types: number }>();
  let total = 0;
  for (const w of new Set(texts.flatMap((t) => t.split(' ')).filter(Boolean))) {
    const cs = ['^', ...w, '$'];
    for (let i = 1; i < cs.length; i++) {
      uni.set(cs[i]!, (uni.get(cs[i]!) ?? 0) + 1);
      total++;
      const key = `${cs[i - 1]}\u0000${cs[i]}`;
      const before = bi.get(key) ?? 0;
      bi.set(key, before + 1);
      const h = hist.get(cs[i - 1]!) ?? { count: 0, types: 0 };
      h.count++;
      if (before === 0) h.types++;
      hist.set(cs[i - 1]!, h);
    }
  }
  const cs = ['^', ...word, '$'];
  let lp = 0;
  for (let i = 1; i < cs.length; i++) {
    const p = ((uni.get(cs[i]!) ?? 0) + 0.5) / (total + 0.5 * (uni.size + 1));
    const h = hist.get(cs[i - 1]!);
    lp += Math.log(h ? Math.max((bi.get(`${cs[i - 1]}\u0000${cs[i]}`) ?? 0) - 0.75, 0) / h.count + ((0.75 * h.types) / h.count) * p : p);
  }
  return lp;
}

test('a word is priced as the naive counting of characters prices it, emoji and odd characters too (property)', () => {
  const chars = fc.constantFrom(...'서울맛집노태악감사x1^$', '😀', '\ud800');
  const word = fc.array(chars, { minLength: 1, maxLength: 8 }).map((cs) => cs.join(''));
  fc.assert(
    fc.property(fc.array(fc.array(word, { minLength: 1, maxLength: 3 }).map((ws) => ws.join(' ')), { minLength: 1, maxLength: 6 }), word, (texts, w) => {
      const expected = naiveLogProb(texts, w);
      assert.ok(Math.abs(new SpellingModel(texts).wordLogProb(w) - expected) < 1e-9, `${w}: against ${expected}`);
    }),
    { numRuns: 300 },
  );
});
