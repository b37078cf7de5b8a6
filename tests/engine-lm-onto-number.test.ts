import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Engine } from '../src/engine/index.js';
import { sharedEngine } from './engine-fixture.js';
import { FakeLm } from './fake-lm.js';

const base = sharedEngine();
const lmTexts = async (typed: string, completions: { text: string; logProb: number }[]) => {
  const engine = new Engine({ lexicon: base.lexicon, scorer: base.scorer, lm: new FakeLm({}, completions), blocklist: undefined });
  return (await engine.suggest(typed, 10)).suggestions.filter((s) => s.kinds.includes('lm')).map((s) => s.text);
};

test('onto the number of a model\'s name (아이폰16) the model may write a known word (아이폰16프로), not a counter or particle no entry writes so (아이폰16년, 아이폰16위)', async () => {
  const texts = await lmTexts('아이폰16', [
    { text: '아이폰16년', logProb: -1 },
    { text: '아이폰16위', logProb: -1.1 },
    { text: '아이폰16프로', logProb: -1.2 },
    { text: '아이폰16프로맥스', logProb: -1.3 },
  ]);
  assert.ok(texts.includes('아이폰16프로'), texts.join(', '));
  assert.ok(!texts.includes('아이폰16년') && !texts.includes('아이폰16위'), texts.join(', '));
});

test('onto a code of Latin letters and a number (gs25, kt 5g, rtx 4090 with the number alone) the model writes nothing, not even a known word (rtx 4090시리즈)', async () => {
  assert.ok((base.lexicon.get('시리즈')?.weight ?? 0) >= 1, 'the premise: 시리즈 is a known word');
  assert.deepEqual(await lmTexts('rtx 4090', [
    { text: 'rtx 4090분', logProb: -1 },
    { text: 'rtx 40900', logProb: -1.05 },
    { text: 'rtx 4090시리즈', logProb: -1.1 },
  ]), []);
  assert.deepEqual(await lmTexts('gs25', [{ text: 'gs25일장', logProb: -1 }, { text: 'gs25편의점', logProb: -1.1 }]), []);
  assert.deepEqual(await lmTexts('kt 5g', [{ text: 'kt 5goo', logProb: -1 }, { text: 'kt 5g권', logProb: -1.1 }]), []);
  // A number after a Hangul word keeps its counters (서울 2025년).
  assert.deepEqual(await lmTexts('서울 2025', [{ text: '서울 2025년', logProb: -1 }]), ['서울 2025년']);
});

test('onto Hangul and a number (아이폰16) no form only running text has (아이폰16분이), nor Latin (아이폰16pro)', async () => {
  assert.ok(base.lexicon.get('분이')?.flags === 'c' && (base.lexicon.get('분이')?.weight ?? 0) >= 1, 'the premise: 분이 is a known word of running text alone');
  const texts = await lmTexts('아이폰16', [
    { text: '아이폰16분이', logProb: -1 },
    { text: '아이폰16pro', logProb: -1.1 },
    { text: '아이폰16프로', logProb: -1.2 },
  ]);
  assert.deepEqual(texts, ['아이폰16프로']);
});

test('what the lexicon writes onto a number stays (로또813회, as 로또827회당첨번호), and so do counters onto a number typed alone (2025년)', async () => {
  assert.ok(base.lexicon.numberForms.has('로또#회'), 'the premise: the lexicon writes 회 onto the number of 로또');
  assert.ok((await lmTexts('로또813', [{ text: '로또813회', logProb: -1 }])).includes('로또813회'));
  assert.deepEqual(await lmTexts('2025', [{ text: '2025년', logProb: -1 }]), ['2025년']);
});

test('the lexicon\'s number forms are every prefix of its words with a number, each run of digits as # (property over its entries)', () => {
  const forms = base.lexicon.numberForms;
  let checked = 0;
  for (const e of base.lexicon.entries) {
    if (e.blocked || !/\d/u.test(e.text) || checked++ % 7 !== 0) continue;
    for (const word of e.text.split(' ')) {
      if (!/\d/u.test(word)) continue;
      const form = word.replace(/\d+/gu, '#');
      for (let end = 1; end <= form.length; end++) assert.ok(forms.has(form.slice(0, end)), `${e.text}: ${form.slice(0, end)}`);
    }
  }
  assert.ok(checked > 100, `the premise: many entries with numbers (${checked})`);
  // Digits are never kept: a number is # whatever its value.
  assert.ok(forms.has('아이폰#') && ![...forms].some((form) => /\d/u.test(form)), 'numbers are written #');
});

test('onto a number typed as a word of its own (아이폰 16) the model writes what the lexicon writes onto numbers (16강), not syllables no number takes (16어, 16엉)', async () => {
  assert.ok(base.lexicon.numberForms.has('#강') && !base.lexicon.numberForms.has('#어') && !base.lexicon.numberForms.has('#엉'), 'the premise: 강 is written onto numbers, 어 and 엉 are not');
  assert.ok(base.lexicon.get('어') && base.lexicon.get('엉'), 'the premise: 어 and 엉 are known words');
  const texts = await lmTexts('아이폰 16', [
    { text: '아이폰 16어', logProb: -1 },
    { text: '아이폰 16엉', logProb: -1.05 },
    { text: '아이폰 16강', logProb: -1.1 },
  ]);
  assert.deepEqual(texts, ['아이폰 16강']);
});
