import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { Engine } from '../src/engine/index.js';
import { keystrokePrefixes } from '../src/eval/index.js';
import { sharedEngine } from './engine-fixture.js';
import { FakeLm } from './fake-lm.js';

const base = sharedEngine();
const unspaced = (text: string) => text.replaceAll(' ', '');

test('one query logged in two spacings (저수지 게임, 저수지게임) is suggested once', async () => {
  const [spaced, joined] = [base.lexicon.get('저수지 게임'), base.lexicon.get('저수지게임')];
  assert.ok(spaced && joined, 'the premise: both spellings are entries');
  const commoner = spaced.weight >= joined.weight ? '저수지 게임' : '저수지게임';
  for (const prefix of ['저수', '저수지', '저수지 ㄱ']) {
    const texts = (await base.suggest(prefix, 10)).suggestions.map((s) => s.text);
    assert.equal(texts.filter((t) => unspaced(t) === '저수지게임').length, 1, `${prefix}: ${texts.join(', ')}`);
    assert.ok(texts.includes(commoner), `${prefix}: ${texts.join(', ')}`);
  }
});

test("the model's completion of a query shown in another spacing is not shown again, and spells it as typed (네이버 웹: 네이버 웹툰)", async () => {
  const lm = new FakeLm({}, [{ text: '네이버 웹툰', logProb: -0.5 }, { text: '네이버 웹소설', logProb: -1 }]);
  const engine = new Engine({ lexicon: base.lexicon, scorer: base.scorer, lm, completionBudgetMs: Infinity });
  const without = (await base.suggest('네이버 웹', 10)).suggestions;
  assert.ok(without.some((s) => s.text === '네이버웹툰'), 'the premise: the lexicon has it joined');
  const suggestions = (await engine.suggest('네이버 웹', 10)).suggestions;
  const texts = suggestions.map((s) => s.text);
  assert.equal(texts.filter((t) => unspaced(t) === '네이버웹툰').length, 1, texts.join(', '));
  // in the lexicon's place, spaced as typed
  const shown = suggestions.find((s) => unspaced(s.text) === '네이버웹툰')!;
  assert.equal(shown.text, '네이버 웹툰');
  assert.ok(!shown.kinds.includes('lm'), JSON.stringify(shown));
  assert.ok(texts.includes('네이버 웹소설'), texts.join(', '));
});

test('a query typed with a space is suggested with it where the lexicon has both spellings (영화 ㅊ춴: 영화 추천, not 영화추천)', async () => {
  assert.ok(base.lexicon.get('영화추천') && (base.lexicon.get('영화추천')!.weight > (base.lexicon.get('영화 추천')?.weight ?? 0)), 'the premise: the joined spelling is commoner');
  const texts = (await base.suggest('영화 ㅊ춴', 10)).suggestions.map((s) => s.text);
  assert.ok(texts.includes('영화 추천') && !texts.includes('영화추천'), texts.join(', '));
});

test('no two suggestions are one text spaced two ways, typing logged queries key by key (property)', async () => {
  const logged = base.lexicon.entries.filter((e) => e.flags.includes('q') && e.text.includes(' ')).map((e) => e.text);
  await fc.assert(
    fc.asyncProperty(fc.constantFrom(...logged.slice(0, 3000)), async (query) => {
      for (const prefix of keystrokePrefixes(query)) {
        const texts = (await base.suggest(prefix, 10)).suggestions.map((s) => unspaced(s.text));
        assert.equal(new Set(texts).size, texts.length, `${prefix}: ${texts.join(', ')}`);
      }
    }),
    { numRuns: 60 },
  );
});
