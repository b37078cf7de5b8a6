import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { Engine } from '../src/engine/index.js';
import { withinOneKey, withoutMisspellings, type WordStanding } from '../src/engine/misspelled.js';
import type { ResultItem } from '../src/engine/index.js';
import type { LanguageModel } from '../src/lm/index.js';
import { toKeystrokes } from '../src/hangul/index.js';
import { osa } from './edit-distance.js';
import { sharedEngine } from './engine-fixture.js';
import { FakeLm } from './fake-lm.js';

const base = sharedEngine();

test('withinOneKey agrees with the naive restricted Damerau–Levenshtein distance', () => {
  const text = fc.string({ unit: fc.constantFrom('ㄱ', 'ㅏ', 'ㄴ', ' ', 'a'), maxLength: 7 });
  fc.assert(
    fc.property(text, text, (a, b) => {
      assert.equal(withinOneKey(a, b), osa(a, b) <= 1, `${JSON.stringify(a)} ${JSON.stringify(b)}`);
    }),
    { numRuns: 3000 },
  );
  // One-edit neighbours, which random pairs rarely are.
  const edited = text.chain((a) => fc.tuple(fc.constant(a), fc.nat(a.length), fc.constantFrom('ㄱ', 'ㅏ', 'x'), fc.constantFrom('sub', 'ins', 'del', 'swap')));
  fc.assert(
    fc.property(edited, ([a, at, key, kind]) => {
      const b =
        kind === 'sub' ? a.slice(0, at) + key + a.slice(at + 1)
        : kind === 'ins' ? a.slice(0, at) + key + a.slice(at)
        : kind === 'del' ? a.slice(0, at) + a.slice(at + 1)
        : a.slice(0, at) + a.slice(at + 1, at + 2) + a.slice(at, at + 1) + a.slice(at + 2);
      assert.equal(withinOneKey(a, b), true, `${JSON.stringify(a)} ${JSON.stringify(b)}`);
      assert.equal(withinOneKey(b, a), true);
    }),
  );
});

test('withoutMisspellings drops exactly the unknown words one key from, or the start of, a common one the model also wrote', () => {
  // Texts that share, extend, cut short or slip on 추천, and one that starts a new word after it.
  const texts = ['추천', '추처', '추천서', '추쳔', '추', '춪', '주천', '추천ㄴ', '추천 맛집', '추천 맛', '추천 ㅁ'].map((w) => `맛집 ${w}`);
  const last = (t: string) => t.slice(t.lastIndexOf(' ') + 1);
  const words = [...new Set(texts.map(last))];
  const item = fc.record({ text: fc.constantFrom(...texts), score: fc.integer({ min: -40, max: 0 }), kinds: fc.constant<ResultItem['kinds']>(['lm']) });
  const standings = fc.array(fc.constantFrom<WordStanding>('unknown', 'rare', 'common'), { minLength: words.length, maxLength: words.length });
  fc.assert(
    fc.property(fc.uniqueArray(item, { selector: (i) => i.text, maxLength: 8 }), standings, (generated: ResultItem[], s) => {
      const standing = (w: string): WordStanding => s[words.indexOf(w)]!;
      const expected = generated.filter(
        (g) =>
          standing(last(g.text)) !== 'unknown' ||
          !generated.some((o) => {
            if (o.text === g.text || standing(last(o.text)) !== 'common') return false;
            const [ko, kg] = [toKeystrokes(o.text), toKeystrokes(g.text)];
            // one key off, or the same word cut short
            return osa(ko, kg) <= 1 || (ko.startsWith(kg) && !ko.slice(kg.length).includes(' '));
          }),
      );
      assert.deepEqual(withoutMisspellings(generated, standing), expected);
    }),
  );
});

const withLm = (lm: LanguageModel) => new Engine({ lexicon: base.lexicon, scorer: base.scorer, lmNextWords: 'any', lm });
const lmTexts = (items: readonly ResultItem[]) => items.filter((s) => s.kinds.includes('lm')).map((s) => s.text);

test('autocomplete does not offer a misspelling of a word the model also completed (추첮 beside 추천)', async () => {
  // Four keys of the word typed (ㅊㅜㅊㅓ), so the model may finish it into a new word.
  const prefix = '붕어빵 맛집 추처';
  // 추천 is common, 추첮 (one key from it) and 추처쿄 are no word the lexicon has.
  assert.ok(base.lexicon.get('추천')!.weight >= base.scorer.weights.knownWeight);
  assert.equal(base.lexicon.get('추첮'), undefined);
  assert.equal(base.lexicon.get('추처쿄'), undefined);
  const lm = new FakeLm({}, [
    { text: '붕어빵 맛집 추천', logProb: -1 },
    { text: '붕어빵 맛집 추첮', logProb: -1.5 },
    { text: '붕어빵 맛집 추처쿄', logProb: -2 },
  ]);
  const r = await withLm(lm).suggest(prefix, 10);
  assert.deepEqual(lmTexts(r.suggestions), ['붕어빵 맛집 추천', '붕어빵 맛집 추처쿄']);
});

test('a new name one key from a famous one the lexicon suggests stays (유재명 beside 이재명)', async () => {
  const prefix = '유재며';
  const lexicon = (await base.suggest(prefix, 10)).suggestions.map((s) => s.text);
  assert.ok(lexicon.includes('이재명'), lexicon.join(', '));
  assert.equal(base.lexicon.get('유재명'), undefined);
  assert.ok(withinOneKey(toKeystrokes('이재명'), toKeystrokes('유재명')));
  const r = await withLm(new FakeLm({}, [{ text: '유재명', logProb: -1 }])).suggest(prefix, 10);
  assert.ok(lmTexts(r.suggestions).includes('유재명'), JSON.stringify(r.suggestions));
});

test('a form only running text has, and rarely, does not vouch for itself (콘섵 beside 콘서트), nor does a word cut short (콘서)', async () => {
  const prefix = 'hot 콘';
  const form = base.lexicon.get('콘섵')!;
  assert.equal(form.flags, 'c');
  assert.ok(form.weight < base.scorer.weights.knownWeight);
  // and the word cut short, which no entry spells
  assert.equal(base.lexicon.get('콘서'), undefined);
  const lm = new FakeLm({}, [
    { text: 'hot 콘서트', logProb: -1 },
    { text: 'hot 콘섵', logProb: -1.2 },
    { text: 'hot 콘서', logProb: -1.3 },
    { text: 'hot 콘서트 투어', logProb: -1.4 },
  ]);
  const r = await withLm(lm).suggest(prefix, 10);
  assert.deepEqual(lmTexts(r.suggestions), ['hot 콘서트', 'hot 콘서트 투어']);
});
