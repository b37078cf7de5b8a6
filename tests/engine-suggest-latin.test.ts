import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { layoutPrefix } from '../src/candidates/index.js';
import { devPath, keystrokePrefixes, readQueries } from '../src/eval/index.js';
import { hangulToLatin, latinToHangul } from '../src/hangul/index.js';
import { DATA_DIR } from '../src/lexicon/index.js';
import { sharedEngine } from './engine-fixture.js';

const engine = sharedEngine();
const suggest = async (q: string) => (await engine.suggest(q, 10)).suggestions;
const KNOWN = 1;

test('a known Latin word typed as it is comes before what the Korean layout reads from its keys (god: god 콘서트, not 행복을 주는 사람)', async () => {
  for (const typed of ['god', 'the', 'dj']) {
    const meant = layoutPrefix(engine.input(typed));
    assert.ok(meant, `the premise: ${typed} reads as Hangul`);
    assert.ok((engine.lexicon.get(typed)?.weight ?? 0) >= KNOWN, `the premise: ${typed} is a known word`);
    const list = await suggest(typed);
    assert.ok(list.some((s) => s.kinds.includes('layout')), `the premise: ${typed} has readings to weigh: ${JSON.stringify(list)}`);
    assert.ok(!list[0]!.kinds.includes('layout'), `${typed}: ${list.map((s) => s.text).join(', ')}`);
    const own = list.findIndex((s) => s.text === typed);
    const firstReading = list.findIndex((s) => s.kinds.includes('layout'));
    assert.ok(own >= 0 && own < firstReading, `${typed}: ${list.map((s) => s.text).join(', ')}`);
  }
});

test('after a space a Latin word is finished in either reading: no reading of its keys runs on without one (skt␣ is no 낫다)', async () => {
  for (const typed of ['skt ', 'ebs ']) {
    for (const s of await suggest(typed)) {
      if (s.kinds.includes('layout')) assert.match(s.text, / /u, `${JSON.stringify(typed)}: ${s.text}`);
    }
  }
  // Where the Latin is no word, the reading is what was meant, finished with the space too.
  const seoul = await suggest('tjdnf ');
  assert.ok(seoul.length > 0 && seoul.every((s) => s.text.startsWith('서울 ')), seoul.map((s) => s.text).join(', '));
});

test('a word begun with a vowel key is no Hangul in the wrong layout: it stays Latin (skt k is no 나사, dkdlvhs k is 아이폰 k)', async () => {
  assert.equal(latinToHangul('skt k'), '낫 ㅏ', 'the premise: the keys read as a syllable and a vowel alone');
  assert.ok(engine.lexicon.get('나사'), 'the premise: 나사 is an entry, which 낫ㅏ run together completes to');
  const skt = await suggest('skt k');
  assert.deepEqual(skt.filter((s) => s.kinds.includes('layout')), [], skt.map((s) => s.text).join(', '));
  assert.equal(layoutPrefix(engine.input('dkdlvhs k')), '아이폰 k');
  assert.equal(layoutPrefix(engine.input('k')), undefined);
});

test('Hangul typed with the English layout on is still read as Hangul (dkdlvhs → 아이폰, rkdska → 강남)', async () => {
  for (const [typed, meant] of [['dkdlvhs', '아이폰'], ['rkdska', '강남']] as const) {
    const list = await suggest(typed);
    assert.ok(list[0]?.kinds.includes('layout') && list[0].text.startsWith(meant), `${typed}: ${list.map((s) => s.text).join(', ')}`);
  }
});

test('no Korean-layout reading ranks above a known Latin word typed whole that is suggested (property over the Latin entries)', async () => {
  const latin = engine.lexicon.entries.filter((e) => /^[a-z][a-z0-9]*$/u.test(e.text) && e.weight >= KNOWN && layoutPrefix(engine.input(e.text))).map((e) => e.text);
  assert.ok(latin.length > 100, `the premise: many Latin words read as Hangul (${latin.length})`);
  await fc.assert(
    fc.asyncProperty(fc.constantFrom(...latin.slice(0, 2000)), async (word) => {
      const list = await suggest(word);
      const own = list.findIndex((s) => s.text === word);
      if (own < 0) return;
      const readingsAbove = list.slice(0, own).filter((s) => s.kinds.includes('layout'));
      assert.deepEqual(readingsAbove, [], `${word}: ${list.map((s) => s.text).join(', ')}`);
    }),
    { numRuns: 150 },
  );
});

test('several words typed in the English layout: a last word that begins nothing is fixed as the layout reads it, no suggestion keeps letters typed that are no word (rhrudvy akr: 고경표 막…, never rhrudvy kard) (property over held-out queries)', async () => {
  const queries = readQueries(devPath(DATA_DIR, 'heldout-queries.txt')).filter((q) => /^[가-힣]+( [가-힣]+)+$/u.test(q));
  const typed = queries.flatMap((q) => {
    const prefixes = keystrokePrefixes(q);
    return prefixes.slice(Math.floor(prefixes.length * 0.3)).map(hangulToLatin);
  });
  assert.ok(typed.length > 1000, `the premise: many prefixes (${typed.length})`);
  await fc.assert(
    fc.asyncProperty(fc.constantFrom(...typed), async (latin) => {
      const letters = new Set(latin.split(' ').filter((w) => !engine.lexicon.get(w)));
      for (const s of await suggest(latin)) {
        assert.ok(!s.text.split(' ').some((w) => letters.has(w)), `${latin}: ${s.text} (${s.kinds})`);
      }
    }),
    { numRuns: 200 },
  );
  // And the reading is what is suggested (격투기 선, not rurxnrl test).
  const list = await suggest('rurxnrl tjs');
  assert.ok(list.length > 0 && list.every((s) => s.text.startsWith('격투기 선')), list.map((s) => s.text).join(', '));
});

test('Latin typed on the Korean layout key by key: no suggestion keeps a word of it as typed (ㅑㅔㅙㅜㄷ ㅊㅁㄴ never shows ㅑㅔㅙㅜㄷ 천년초, nor ㅛㅐㅕ셔ㅠㄷ ㅡㅕㄴ ㅛㅐㅕ셔ㅠㄷ 편성표)', async () => {
  for (const query of ['iphone case', 'youtube music', 'big hit shop', 'send in the clowns']) {
    for (let cut = query.indexOf(' ') + 2; cut <= query.length; cut++) {
      const typed = latinToHangul(query.slice(0, cut));
      const head = typed.split(' ').slice(0, -1).filter((w) => /[ㄱ-ㅣ]/u.test(w));
      for (const s of await suggest(typed)) {
        assert.ok(!s.text.split(' ').some((w) => head.includes(w)), `${typed}: ${s.text} (${s.kinds})`);
      }
    }
  }
});

test('what the Korean layout reads from a known Latin word is dropped as a one-typo guess is, when far lighter than what the word completes to (sbs: not 뉴뉴, 뉸), and kept when not (sk: 나혼자산다)', async () => {
  const sbs = await suggest('sbs');
  assert.ok(sbs.length > 0 && sbs.every((s) => !s.kinds.includes('layout')), sbs.map((s) => s.text).join(', '));
  assert.ok(engine.lexicon.get('뉴뉴') && layoutPrefix(engine.input('sbs')) === '뉸', 'the premise: sbs reads as 뉸, which 뉴뉴 goes on from');
  const sk = await suggest('sk');
  assert.ok(sk.some((s) => s.kinds.includes('layout') && s.text === '나혼자산다'), sk.map((s) => s.text).join(', '));
});
