import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Engine, LM_LIMITS } from '../src/engine/index.js';
import type { LanguageModel } from '../src/lm/index.js';
import { REPAIR_LIMITS } from '../src/candidates/index.js';
import { toKeystrokes } from '../src/hangul/index.js';
import { sharedEngine } from './engine-fixture.js';
import { RecordingLm } from './fake-lm.js';

const base = sharedEngine();

function withLm(lm: LanguageModel): Engine {
  return new Engine({ lexicon: base.lexicon, scorer: base.scorer, lm, completionBudgetMs: Infinity });
}

const typedOut = '노태악 선관위뤈장';
const fixed = '노태악 선관위원장';

test('completion writes on from a slip in a word typed out, set right (노태악 선관위뤈장 ㄱ → 노태악 선관위원장 ㄱ…)', async () => {
  assert.equal(base.lexicon.get('선관위뤈장'), undefined);
  const lm = new RecordingLm({ [fixed]: -30, [typedOut]: -50 }, [{ text: '노태악 선관위원장 국정감사', logProb: -2 }]);
  const r = await withLm(lm).suggest(`${typedOut} ㄱ`, 10);
  assert.deepEqual(lm.prefixes, [`${fixed} ㄱ`]);
  const item = r.suggestions.find((s) => s.text === '노태악 선관위원장 국정감사');
  assert.deepEqual(item?.kinds, ['typo', 'lm'], r.suggestions.map((s) => `${s.text} ${s.kinds}`).join(', '));
  // After a space too, and the same words typed out are weighed once: one model run for both keystrokes.
  await withLm(lm).suggest(`${typedOut} `, 10);
  const counted = new RecordingLm({ [fixed]: -30, [typedOut]: -50 });
  const engine = withLm(counted);
  await engine.suggest(`${typedOut} ㄱ`, 10);
  await engine.suggest(`${typedOut} 구`, 10);
  await engine.suggest(`${typedOut} `, 10);
  assert.equal(counted.scored.length, 1, counted.scored.map((b) => b.join(', ')).join(' / '));
  assert.ok(counted.scored[0]!.includes(typedOut) && counted.scored[0]!.includes(fixed), counted.scored[0]!.join(', '));
  assert.deepEqual(counted.prefixes, [`${fixed} ㄱ`, `${fixed} 구`, `${fixed} `]);
});

test('a fix the model prefers by less than the margin leaves the words as typed, and so does the model preferring them', async () => {
  for (const [fix, asTyped] of [
    [-50 + LM_LIMITS.fixMargin - 1, -50],
    [-60, -30],
  ] as const) {
    const lm = new RecordingLm({ [fixed]: fix, [typedOut]: asTyped });
    const r = await withLm(lm).suggest(`${typedOut} ㄱ`, 10);
    assert.deepEqual(lm.prefixes, [`${typedOut} ㄱ`]);
    assert.ok(!r.suggestions.some((s) => s.kinds.includes('typo') && s.kinds.includes('lm')));
  }
});

test('new names typed right are kept: weighed once at most against their fixes, they stay as typed; the word being typed is not fixed here', async () => {
  // 유재명 and 이민웅: new names, each a keystroke from a known name (이재명, 이민우).
  const typed = '유재명 이민웅';
  for (const w of typed.split(' ')) assert.equal(base.lexicon.get(w), undefined, w);
  const lm = new RecordingLm({ [typed]: -40 });
  const engine = withLm(lm);
  for (const key of ['ㅊ', '추', '춘']) await engine.suggest(`${typed} ${key}`, 10);
  assert.ok(lm.scored.length <= 1, `${lm.scored.length} runs`);
  assert.deepEqual(lm.prefixes, [`${typed} ㅊ`, `${typed} 추`, `${typed} 춘`]);
  // One word (the one being typed) has no words typed out before it.
  const alone = new RecordingLm({ 선관위원장: -10, 선관위뤈장: -50 });
  await withLm(alone).suggest('선관위뤈장', 10);
  assert.deepEqual(alone.scored, []);
});

test('a broken word typed out is repaired as well (국가장ㅎㄱ금 소득분위 ㄱ → 국가장학금 소득분위 ㄱ…)', async () => {
  const typed = '국가장ㅎㄱ금 소득분위';
  const lm = new RecordingLm({ '국가장학금 소득분위': -30, [typed]: -70 });
  await withLm(lm).suggest(`${typed} ㄱ`, 10);
  assert.deepEqual(lm.prefixes, ['국가장학금 소득분위 ㄱ']);
  // A query full of stray jamo puts repairs of REPAIR_LIMITS.maxBrokenWords words at most to the
  // model, within correction's key budget for its fixes.
  const noisy = new RecordingLm({});
  const words = '강ㅎㄱ나 당ㅎㄱ라 망ㅎㄱ바 상ㅎㄱ아';
  await withLm(noisy).suggest(`${words} ㅈ`, 10);
  assert.equal(noisy.scored.length, 1);
  const [asTyped, ...repairs] = noisy.scored[0]!;
  assert.equal(asTyped, words);
  const changed = new Set(repairs.map((t) => t.split(' ').findIndex((w, i) => w !== words.split(' ')[i])));
  assert.ok(changed.size <= REPAIR_LIMITS.maxBrokenWords, [...changed].join(', '));
  assert.ok(repairs.length <= Math.floor(LM_LIMITS.fixBatchKeys / (toKeystrokes(words).length + 4)), `${repairs.length}`);
});

test('typed without spaces, all but the syllable being typed is weighed, with joinedFixMargin (노태악선관위뤈장국 → 노태악선관위원장국…)', async () => {
  const typed = '노태악선관위뤈장국';
  assert.ok([...typed].length > LM_LIMITS.fixOneWordChars);
  const lm = new RecordingLm({ 노태악선관위원장: -40, 노태악선관위뤈장: -40 - LM_LIMITS.joinedFixMargin });
  await withLm(lm).suggest(typed, 10);
  assert.deepEqual(lm.prefixes, ['노태악선관위원장국']);
  // By fixMargin alone, less than joinedFixMargin: as typed.
  assert.ok(LM_LIMITS.joinedFixMargin > LM_LIMITS.fixMargin);
  const close = new RecordingLm({ 노태악선관위원장: -40, 노태악선관위뤈장: -40 - LM_LIMITS.fixMargin });
  await withLm(close).suggest(typed, 10);
  assert.deepEqual(close.prefixes, [typed]);
  // A shorter text is one word being typed: nothing is weighed.
  const short = new RecordingLm({ 위원장: -10, 위뤈장: -50 });
  await withLm(short).suggest('위뤈장국', 10);
  assert.deepEqual(short.scored, []);
});

test("an unknown word typed out is weighed against the lexicon's nearest word, keeping its symbols (김하성 내냔 ㄱ → 김하성 내년 ㄱ)", async () => {
  const typed = '김하성 내냔';
  assert.equal(base.lexicon.get('내냔'), undefined);
  const lm = new RecordingLm({ '김하성 내년': -30, [typed]: -50 });
  await withLm(lm).suggest(`${typed} ㄱ`, 10);
  assert.deepEqual(lm.prefixes, ['김하성 내년 ㄱ']);
  // 월드: is no entry; 월드 is, one keystroke away, but a fix keeps the colon typed.
  const colon = new RecordingLm({});
  await withLm(colon).suggest('쥬라기 월드: ㅍ', 10);
  for (const batch of colon.scored) for (const text of batch) assert.ok(text.includes(':'), text);
});

test("the lexicon's nearest word needs only lexiconFixMargin, less than the model's own fixes need (샤이디 종ㅎ → 샤이니 종ㅎ)", async () => {
  assert.ok(LM_LIMITS.lexiconFixMargin < LM_LIMITS.fixMargin);
  const typed = '샤이디';
  assert.equal(base.lexicon.get(typed), undefined);
  assert.ok(base.lexicon.get('샤이니'));
  for (const [lead, written] of [
    [LM_LIMITS.lexiconFixMargin, '샤이니 종ㅎ'],
    [LM_LIMITS.lexiconFixMargin - 0.5, `${typed} 종ㅎ`],
  ] as const) {
    const lm = new RecordingLm({ 샤이니: -40 + lead, [typed]: -40 });
    await withLm(lm).suggest(`${typed} 종ㅎ`, 10);
    assert.deepEqual(lm.prefixes, [written], `lead ${lead}`);
  }
});

test('fixes are built for the first typedOutWordsTried unknown words typed out, whatever follows', async () => {
  assert.equal(LM_LIMITS.typedOutWordsTried, 2);
  // Four unknown words with a slip each (졍, 뤈, 틋, 얙); only the first two get fixes put to the model.
  const words = ['채해졍', '선관위뤈장', '틋검', '재계얙'];
  for (const w of words) assert.equal(base.lexicon.get(w), undefined, w);
  const lm = new RecordingLm({});
  await withLm(lm).suggest(`${words.join(' ')} ㄱ`, 10);
  assert.equal(lm.scored.length, 1);
  const [asTyped, ...fixes] = lm.scored[0]!;
  assert.equal(asTyped, words.join(' '));
  assert.ok(fixes.length > 0);
  for (const text of fixes) {
    const changed = text.split(' ').flatMap((w, i) => (w === words[i] ? [] : [i]));
    assert.ok(changed.length === 1 && changed[0]! < 2, text);
  }
});
