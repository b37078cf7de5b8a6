import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { lastWordFixes } from '../src/candidates/index.js';
import { NUMBER_PART } from '../src/candidates/compound.js';
import { toKeystrokes } from '../src/hangul/index.js';
import { Engine } from '../src/engine/index.js';
import { sharedEngine } from './engine-fixture.js';
import { FakeLm } from './fake-lm.js';
import { osa } from './edit-distance.js';
import { numberTyped } from './number-typed.js';

const engine = sharedEngine();
const lexicon = engine.lexicon;
const texts = (q: string, k = 3) => lastWordFixes(lexicon, q, k).map((f) => f.text);

test('a mistyped last word that begins no known word is set right, the words before kept (카카오 텍시 → 카카오 택시)', () => {
  for (const [typed, meant] of [
    ['카카오 텍시', '카카오 택시'],
    ['18대 대선 투표듈', '18대 대선 투표율'],
    ['인천공항 주차쟝', '인천공항 주차장'],
  ] as const) {
    assert.ok(texts(typed).includes(meant), `${typed}: ${texts(typed).join(', ')}`);
  }
});

test('no fix where a known word begins with the last word, for one word, after a space, or for a short last word', () => {
  assert.deepEqual(texts('카카오 택시'), [], 'a known word as typed');
  assert.deepEqual(texts('카카오 택'), [], 'the start of known words');
  assert.deepEqual(texts('텍시'), [], 'one word: the lexicon corrects whole entries itself');
  assert.deepEqual(texts('카카오 텍시 '), [], 'a trailing space');
  assert.deepEqual(texts('카카오 텍'), [], 'fewer keys than LAST_WORD_MIN_KEYS');
});

test('every fix keeps the words before and begins within one keystroke of the typed last word (property against the naive distance)', () => {
  const heads = ['카카오', '18대 대선', '인천공항', '서울'];
  const lasts = ['텍시', '투표듈', '주차쟝', '맛칩', '낳씨', '콘써트', '몬서트', '날시'];
  fc.assert(
    fc.property(fc.constantFrom(...heads), fc.constantFrom(...lasts), fc.integer({ min: 1, max: 5 }), (head, last, k) => {
      const fixes = lastWordFixes(lexicon, `${head} ${last}`, k);
      assert.ok(fixes.length <= k);
      const typedKeys = toKeystrokes(last);
      for (const { text } of fixes) {
        assert.ok(text.startsWith(`${head} `), text);
        const word = text.slice(head.length + 1);
        assert.ok(!word.includes(' '), text);
        const keys = toKeystrokes(word);
        // Some beginning of the word is within one edit of what was typed.
        const near = [...Array(keys.length + 1).keys()].some((n) => osa(typedKeys, keys.slice(0, n)) <= 1);
        assert.ok(near, `${last} → ${word}`);
        assert.ok(keys !== typedKeys);
      }
    }),
    { numRuns: 60 },
  );
});

test("suggest shows the fix above the model's completions of the mistyped word", async () => {
  const lm = new FakeLm({}, [{ text: '카카오 텍시코', logProb: -1 }]);
  const withModel = new Engine({ lexicon, scorer: engine.scorer, lm });
  const items = (await withModel.suggest('카카오 텍시', 10)).suggestions;
  const fix = items.findIndex((s) => s.text === '카카오 택시');
  const junk = items.findIndex((s) => s.text === '카카오 텍시코');
  assert.ok(fix >= 0, items.map((s) => s.text).join(', '));
  assert.ok(junk < 0 || fix < junk, items.map((s) => s.text).join(', '));
  assert.ok(items.every((s, i) => i === 0 || s.score <= items[i - 1]!.score), 'best first');
});

test('a last word typed as a known word and a mistyped one together is fixed in its second part, spacing kept (부산맛칩 → 부산맛집)', () => {
  for (const [typed, meant] of [
    ['부산맛칩', '부산맛집'],
    ['아이폰가걱', '아이폰가격'],
    ['부산 홍대맛칩', '부산 홍대맛집'],
  ] as const) {
    assert.ok(texts(typed).includes(meant), `${typed}: ${texts(typed).join(', ')}`);
  }
  // still being typed: the whole word, or its second part, begins a known word
  assert.deepEqual(texts('아시안게'), []);
  assert.deepEqual(texts('부산맛'), []);
});

test('property: a compound fix keeps its known first words as typed and ends in a known word one keystroke from the rest (typos of held-out queries, spaces left out)', async () => {
  const { devPath, readPairs } = await import('../src/eval/index.js');
  const { DATA_DIR } = await import('../src/lexicon/index.js');
  const typed = readPairs(devPath(DATA_DIR, 'unseen-typos.tsv')).map((p) => p.typed.replaceAll(' ', ''));
  let fixed = 0;
  for (const t of typed) {
    for (const { text } of lastWordFixes(lexicon, t, 3)) {
      fixed++;
      // some split: the typed word's first i characters, as typed and known words (of two
      // characters or more, or numbers: checked by naive recursion), then a known word
      const knownPart = (p: string) => NUMBER_PART.test(p) || (p.length >= 2 && (lexicon.get(p)?.weight ?? 0) >= 1);
      const knownRun = (s: string): boolean => s === '' || [...Array(s.length + 1).keys()].some((j) => j >= 1 && knownPart(s.slice(0, j)) && knownRun(s.slice(j)));
      const ok = [...Array(t.length).keys()].some((i) => {
        if (i < 2 || text.slice(0, i) !== t.slice(0, i) || !knownRun(t.slice(0, i))) return false;
        const word = lexicon.get(text.slice(i));
        if (!word || word.weight < 1) return false;
        const rest = toKeystrokes(t.slice(i));
        const keys = toKeystrokes(text.slice(i));
        return [...Array(keys.length + 1).keys()].some((n) => osa(rest, keys.slice(0, n)) === 1);
      });
      assert.ok(ok, `${t} → ${text}`);
    }
  }
  assert.ok(fixed > 0);
});

test('suggest offers the compound fix of a one-word query (부산맛칩 → 부산맛집)', async () => {
  const items = (await engine.suggest('부산맛칩', 10)).suggestions;
  const fix = items.find((s) => s.text === '부산맛집');
  assert.ok(fix, items.map((s) => s.text).join(', '));
  assert.deepEqual(fix.kinds, ['typo']);
});

test('a compound typed out gets its mistyped part fixed as a word as long as typed, not a longer popular one (부산맛집, not 부산맛집오늘)', () => {
  const fixes = texts('부산맛칩');
  assert.ok(fixes.includes('부산맛집'), fixes.join(', '));
  assert.ok(!fixes.includes('부산맛집오늘'), fixes.join(', '));
});

test('a number typed last is no slip to fix (전망 2025 is not set right to 전망 2015년)', () => {
  for (const typed of ['삼성전자 주가 전망 2025', '아이폰 2029', '프로야구 2017 개막젼']) {
    const digits = typed.slice(typed.lastIndexOf(' ') + 1).replace(/\D/gu, '');
    for (const fix of lastWordFixes(engine.lexicon, typed, 3)) {
      assert.ok(fix.text.slice(fix.text.lastIndexOf(' ') + 1).replace(/\D/gu, '').startsWith(digits), `${typed} → ${fix.text}`);
    }
  }
  // A mistyped word after a number is still set right.
  assert.ok(lastWordFixes(engine.lexicon, '프로야구 2017 개막젼', 3).some((f) => f.text === '프로야구 2017 개막전'));
});

test('nor the letters written onto a number: 갤럭시 s24 is a model, not 갤럭시 240번버스 (property over codes typed)', () => {
  assert.ok((lexicon.get('240번버스')?.weight ?? 0) >= 1, 'the premise: a known word one key from s24 without its letter');
  assert.deepEqual(texts('갤럭시 s24'), []);
  fc.assert(
    fc.property(fc.constantFrom('갤럭시', '엘지', '노트북 rtx'), fc.stringMatching(/^[a-z]{1,3}[0-9]{1,4}$/u), (head, code) => {
      const typed = `${head} ${code}`;
      for (const fix of lastWordFixes(lexicon, typed, 5)) {
        const last = fix.text.slice(head.length + 1);
        assert.ok(numberTyped(last).startsWith(numberTyped(code)), `${typed} → ${fix.text}`);
      }
    }),
    { numRuns: 200 },
  );
});
