import { test } from 'node:test';
import assert from 'node:assert/strict';
import { symbolsOf, WordFixes } from '../src/engine/word-fixes.js';
import { sharedEngine } from './engine-fixture.js';

const engine = sharedEngine();
const fixes = new WordFixes(engine.lexicon, engine.scorer, () => false);

test('a slip shows where a word one slip away is far likelier (혘대중, 노태악 선관위뤈장 ㄱ), not in words typed right (현대중, 경숮 on its way to 경수진)', () => {
  assert.equal(fixes.typedWithSlip('혘대중'), true);
  assert.equal(fixes.typedWithSlip('노태악 선관위뤈장 ㄱ'), true);
  assert.equal(fixes.typedWithSlip('현대중'), false);
  assert.equal(fixes.typedWithSlip('경숮'), false);
});

test('a one-typo guess sets right an unknown word typed out before the last (다훈아 ㅋ → 나훈아 콘서트), not a known one or one spaced otherwise', () => {
  assert.equal(fixes.setsTypedWordRight('다훈아 ㅋ', '나훈아 콘서트'), true);
  assert.equal(fixes.setsTypedWordRight('나훈아 ㅋ', '나훈아 콘서트'), false);
  assert.equal(fixes.setsTypedWordRight('주식거래 ㅅ', '주식 거래 수수료'), false);
});

test('the fixes of an unknown word keep the words around it and its digits and symbols', () => {
  const words = ['채해졍', '특검'];
  const texts = fixes.slipFixTexts(words, new Set());
  assert.ok(texts.length > 0);
  for (const t of texts) {
    assert.equal(t.word, 0);
    assert.equal(t.text.split(' ')[1], '특검', t.text);
  }
  // The lexicon's nearest words of an unknown word: 내냔 → 내는, the words around it kept.
  const nearest = fixes.lexiconFixTexts(['김하성', '내냔', '거취'], 2);
  assert.ok(nearest.length > 0);
  for (const t of nearest) assert.match(t.text, /^김하성 \S+ 거취$/u);
  assert.equal(symbolsOf('1%의 우정'), '1%');
});

test('a broken word (a stray jamo) has repairs, and shows a slip', () => {
  assert.ok(fixes.repairTexts(['국가장ㅎㄱ금']).length > 0);
  assert.equal(fixes.showsSlip('국가장ㅎㄱ금 신청'), true);
});
