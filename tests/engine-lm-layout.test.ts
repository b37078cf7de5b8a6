import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Engine } from '../src/engine/index.js';
import { hangulToLatin } from '../src/hangul/index.js';
import { sharedEngine } from './engine-fixture.js';
import { FakeLm, RecordingLm } from './fake-lm.js';

const base = sharedEngine();

const withLm = (lm: FakeLm): Engine => new Engine({ lexicon: base.lexicon, scorer: base.scorer, lmNextWords: 'any', lm, blocklist: undefined });

test('a new query typed in the English layout is completed by the model from what the layout reads (ghkrhrehd dnfls → 화곡동 우린…)', async () => {
  const lm = new RecordingLm({}, [{ text: '화곡동 우린 맛집', logProb: -3 }]);
  const typed = hangulToLatin('화곡동 우린');
  const r = await withLm(lm).suggest(typed, 10);
  assert.deepEqual(lm.prefixes, ['화곡동 우린']);
  assert.ok(r.suggestions.some((s) => s.text === '화곡동 우린 맛집' && s.kinds.includes('lm')), r.suggestions.map((s) => s.text).join(', '));
});

test('letters typed beside Hangul are completed as typed (ebs촏 stays ebs촏)', async () => {
  const lm = new RecordingLm({}, [{ text: 'ebs초등', logProb: -3 }]);
  await withLm(lm).suggest('ebs촏', 10);
  assert.deepEqual(lm.prefixes, ['ebs촏']);
});

test('a last word typed in the English layout after Hangul words is completed from what the layout reads (갤럭시 zpdl → 갤럭시 케이…)', async () => {
  const typed = `갤럭시 ${hangulToLatin('케이')}`;
  assert.equal(typed, '갤럭시 zpdl');
  assert.equal(base.lexicon.completion.find('zpdl'), -1, 'no entry begins with zpdl');
  const lm = new RecordingLm({}, [{ text: '갤럭시 케이스', logProb: -3 }]);
  const r = await withLm(lm).suggest(typed, 10);
  assert.deepEqual(lm.prefixes, ['갤럭시 케이']);
  assert.ok(r.suggestions.some((s) => s.text === '갤럭시 케이스'), r.suggestions.map((s) => s.text).join(', '));
});

test('a Latin word that begins an entry is completed as typed beside Hangul (아이폰 pr stays 아이폰 pr)', async () => {
  assert.notEqual(base.lexicon.completion.find('pr'), -1, 'entries begin with pr');
  const lm = new RecordingLm({}, [{ text: '아이폰 pro', logProb: -3 }]);
  await withLm(lm).suggest('아이폰 pr', 10);
  assert.deepEqual(lm.prefixes, ['아이폰 pr']);
});

test('Latin alone after known Latin words is completed as typed (sk 5 stays sk 5, not 나 5); after letters that are no word, as the layout reads it (dkdlvhs rkr → 아이폰 각)', async () => {
  assert.ok((base.lexicon.get('sk')?.weight ?? 0) >= 1 && (base.lexicon.get('skt')?.weight ?? 0) >= 1, 'the premise: sk and skt are known words');
  for (const typed of ['sk 5', 'skt rk']) {
    const lm = new RecordingLm({}, []);
    await withLm(lm).suggest(typed, 10);
    assert.deepEqual(lm.prefixes, [typed]);
  }
  const lm = new RecordingLm({}, []);
  await withLm(lm).suggest('dkdlvhs rkr', 10);
  assert.deepEqual(lm.prefixes, ['아이폰 각']);
});

test('onto a Latin word the model writes a known word (ssg landers야구장), not an ending (ssg landers었다)', async () => {
  assert.ok((base.lexicon.get('야구장')?.weight ?? 0) >= 1 && base.lexicon.get('야구장')?.flags !== 'c', 'the premise: 야구장 is a known word');
  const texts = async (typed: string, completions: { text: string; logProb: number }[]) =>
    (await withLm(new FakeLm({}, completions)).suggest(typed, 10)).suggestions.filter((s) => s.kinds.includes('lm')).map((s) => s.text);
  assert.deepEqual(await texts('ssg landers', [{ text: 'ssg landers었다', logProb: -1 }, { text: 'ssg landers었어요', logProb: -1.1 }, { text: 'ssg landers야구장', logProb: -1.2 }]), ['ssg landers야구장']);
});
