import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Engine, LM_LIMITS } from '../src/engine/index.js';
import { Scorer } from '../src/rank/index.js';
import { parseBlocklist } from '../src/lexicon/index.js';
import { slipFixes } from '../src/candidates/index.js';
import { toKeystrokes } from '../src/hangul/index.js';
import type { LanguageModel } from '../src/lm/index.js';
import { sharedEngine } from './engine-fixture.js';
import { FakeLm } from './fake-lm.js';

const base = sharedEngine();
const typed = '채해졍 특검 박성웅';
const meant = '채해병 특검 박성웅';

function withLm(lm: LanguageModel, lmWeight = 0.5, lmOneWord = 0.3, blocked = ''): Engine {
  const s = base.scorer;
  const scorer = new Scorer(s.lexicon, s.channel, s.spelling, { ...s.weights, lm: lmWeight, lmOneWord });
  return new Engine({ lexicon: base.lexicon, scorer, lm, blocklist: parseBlocklist(blocked) });
}

/** The texts of an LM batch that are not among the query's hypotheses: the model's own word fixes. */
function editsIn(engine: Engine, query: string, batch: readonly string[]): string[] {
  const hyps = engine.hypotheses(query);
  const known = new Set([hyps.normalized, ...hyps.candidates.map((h) => h.text)]);
  return batch.filter((t) => !known.has(t));
}

test('a word the lexicon lacks is fixed as the model knows it (채해졍 특검 박성웅 → 채해병 특검 박성웅)', async () => {
  assert.equal(base.lexicon.get('채해병'), undefined);
  assert.ok(!base.hypotheses(typed).candidates.some((h) => h.text === meant), 'the typo search cannot offer it');
  const lm = new FakeLm({ [meant]: -24, [typed]: -38 });
  const r = await withLm(lm).correct(typed, 5);
  assert.equal(r.candidates[0]?.text, meant);
  assert.deepEqual(r.candidates[0]?.kinds, ['lm']);
  assert.notEqual(r.action, 'none');
  // One run, and its fixes change only the unknown word, each one slip from it.
  assert.equal(lm.scored.length, 1);
  const edits = editsIn(withLm(lm), typed, lm.scored[0]!);
  assert.ok(edits.includes(meant));
  assert.ok(edits.length <= LM_LIMITS.fixesScored, `${edits.length} edits`);
  const words = new Set(slipFixes('채해졍'));
  for (const e of edits) {
    const [first, ...rest] = e.split(' ');
    assert.deepEqual(rest, ['특검', '박성웅'], e);
    assert.ok(words.has(first!), e);
  }
});

test('new names typed right before the typo do not use up the words whose fixes are scored', async () => {
  // 유재명 and 이민웅: no entry knows them, and no slip fix of them reads likelier to the spelling model.
  const query = '유재명 이민웅 채해졍 특검';
  for (const w of ['유재명', '이민웅', '채해졍']) assert.equal(base.lexicon.get(w), undefined, w);
  assert.ok(LM_LIMITS.fixWords <= 2, 'the two names alone would take every slot if they counted');
  const want = '유재명 이민웅 채해병 특검';
  const lm = new FakeLm({ [want]: -30, [query]: -50 });
  const r = await withLm(lm).correct(query, 5);
  assert.equal(r.candidates[0]?.text, want);
  // But the words whose fixes are built at all are bounded, whatever the query.
  const many = '유재명 이민웅 강민호준 문태오 채해졍 특검';
  assert.equal(LM_LIMITS.fixWordsTried, 4);
  for (const w of many.split(' ').slice(0, 4)) assert.equal(base.lexicon.get(w), undefined, w);
  const none = new FakeLm({ '유재명 이민웅 강민호준 문태오 채해병 특검': -30, [many]: -50 });
  const engine = withLm(none);
  await engine.correct(many, 5);
  assert.deepEqual(none.scored.flatMap((batch) => editsIn(engine, many, batch)), []);
});

test('fixes keep the digits and symbols typed (쥬라기 워륻: 폴른 킹덤 never loses its colon)', async () => {
  const query = '쥬라기 워륻: 폴른 킹덤';
  const lm = new FakeLm({});
  const engine = withLm(lm);
  await engine.correct(query, 5);
  const edits = lm.scored.flatMap((batch) => editsIn(engine, query, batch));
  assert.ok(edits.length > 0, 'the unknown word 워륻: gets fixes');
  for (const e of edits) assert.ok(e.split(' ')[1]!.endsWith(':'), e);
});

test('a fix the blocklist covers is neither put to the model nor proposed', async () => {
  const lm = new FakeLm({ [meant]: -24, [typed]: -38 });
  const r = await withLm(lm, 0.5, 0.3, '채해*').correct(typed, 5);
  assert.ok(!r.candidates.some((c) => c.text === meant), r.candidates.map((c) => c.text).join(', '));
  for (const batch of lm.scored) assert.ok(!batch.includes(meant), batch.join(', '));
});

test('a fix the model prefers by less than the margin is not proposed', async () => {
  const lm = new FakeLm({ [meant]: -38 + LM_LIMITS.fixMargin - 1, [typed]: -38 });
  const r = await withLm(lm).correct(typed, 5);
  assert.ok(!r.candidates.some((c) => c.kinds.includes('lm')), r.candidates.map((c) => c.text).join(', '));
});

test("the ranker's own choice must be beaten too, not just the query as typed", async () => {
  // 아이아이 쭐장난: the lexicon offers 아이아이 물장난; a fix the model likes no better than that
  // is not proposed, however far it is above the text typed.
  const query = '아이아이 쭐장난';
  const leader = base.hypotheses(query).candidates.find((h) => h.text === '아이아이 물장난');
  assert.ok(leader, 'the typo search offers 물장난');
  const edit = '아이아이 쫄장난';
  assert.ok(slipFixes('쭐장난').includes('쫄장난'));
  const lm = new FakeLm({ [edit]: -30, '아이아이 물장난': -31, [query]: -60 });
  const r = await withLm(lm).correct(query, 5);
  assert.ok(!r.candidates.some((c) => c.text === edit), r.candidates.map((c) => c.text).join(', '));
});

test('without the model weighing the query, its proposals are not ranked', async () => {
  const engine = withLm(new FakeLm({ [meant]: -24, [typed]: -38 }));
  const hyps = engine.hypotheses(typed);
  await engine.attachLanguageModel(hyps, engine.scorer.weights);
  assert.ok(hyps.candidates.some((h) => h.generated && h.text === meant));
  const off = engine.decide(hyps, 5, { ...engine.scorer.weights, lm: 0, lmOneWord: 0 });
  assert.ok(!off.candidates.some((c) => c.text === meant), off.candidates.map((c) => c.text).join(', '));
});

test('one word alone gets no fixes put to the model; a long query gets fewer, within the key budget', async () => {
  const alone = new FakeLm({});
  await withLm(alone).correct('채해졍', 5);
  for (const batch of alone.scored) assert.deepEqual(editsIn(withLm(alone), '채해졍', batch), []);

  const lm = new FakeLm({});
  const long = '채해졍 특검 박성웅 청문회 증인 출석 거부 논란';
  assert.ok(toKeystrokes(long).length <= LM_LIMITS.maxKeys);
  const engine = withLm(lm);
  await engine.correct(long, 5);
  const edits = lm.scored.flatMap((batch) => editsIn(engine, long, batch));
  const cap = Math.floor(LM_LIMITS.fixBatchKeys / (toKeystrokes(long).length + 4));
  assert.ok(cap < LM_LIMITS.fixesScored, `cap ${cap}`);
  assert.ok(edits.length > 0 && edits.length <= cap, `${edits.length} edits, cap ${cap}`);
});

test('words typed without spaces get the fixes of several words, from fixOneWordChars characters on (채해졍특검사 → 채해병특검사)', async () => {
  assert.equal(LM_LIMITS.fixOneWordChars, 6);
  const joined = '채해졍특검사';
  const lm = new FakeLm({ 채해병특검사: -24, [joined]: -38 });
  const r = await withLm(lm).correct(joined, 5);
  assert.equal(r.candidates[0]?.text, '채해병특검사');
  assert.deepEqual(r.candidates[0]?.kinds, ['lm']);
  // One character fewer is a word typed alone: no fixes put to the model.
  const short = new FakeLm({ 채해병특검: -24, 채해졍특검: -38 });
  const engine = withLm(short);
  await engine.correct('채해졍특검', 5);
  for (const batch of short.scored) assert.deepEqual(editsIn(engine, '채해졍특검', batch), []);
});

test('a long run of words typed without spaces is fixed where the slip left a rare syllable (노태악선관위뤈장국감)', async () => {
  const typed = '노태악선관위뤈장국감';
  const want = '노태악선관위원장국감';
  assert.ok(!base.hypotheses(typed).candidates.some((h) => h.text === want), 'the typo search cannot offer it');
  const lm = new FakeLm({ [want]: -52, [typed]: -66 });
  const engine = withLm(lm);
  const r = await engine.correct(typed, 5);
  assert.equal(r.candidates[0]?.text, want);
  // Its fixes put to the model change the rare syllable 뤈 (and may recompose the one before it), nothing else.
  const edits = lm.scored.flatMap((batch) => editsIn(engine, typed, batch));
  assert.ok(edits.length > 0 && edits.length <= LM_LIMITS.fixesScored, edits.join(', '));
  for (const e of edits) assert.ok(e.startsWith('노태악선관') && e.endsWith('장국감'), e);
});
