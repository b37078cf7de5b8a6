import { test } from 'node:test';
import assert from 'node:assert/strict';
import { layoutCandidates } from '../src/candidates/index.js';
import { getChoseong, hangulToLatin, latinToHangul, toKeystrokes } from '../src/hangul/index.js';
import { servedEngine, sharedEngine } from './engine-fixture.js';

const engine = sharedEngine();
const correct = (q: string) => engine.correct(q, 5);

test('Latin typed on the Korean layout as Hangul no one writes is read as the Latin query (뉸 → sbs, 퍄냣 → visit)', async () => {
  for (const latin of ['sbs', 'visit', 'fifa']) {
    const typed = latinToHangul(latin);
    assert.match(typed, /^[가-힣]+$/u, `${latin} types well-formed Hangul`);
    const r = await correct(typed);
    assert.notEqual(r.action, 'none', `${typed}: ${JSON.stringify(r.candidates)}`);
    assert.equal(r.candidates[0]?.text, latin, typed);
    assert.ok(r.candidates[0]!.kinds.includes('layout'));
  }
});

test('so is an English word that running text has, of three letters or more, no log (뇆 → show, 퍙대 → video), where the model agrees', async () => {
  const served = await servedEngine();
  for (const latin of ['show', 'video', 'digital']) {
    const typed = latinToHangul(latin);
    assert.match(typed, /^[가-힣]+$/u, `${latin} types well-formed Hangul`);
    assert.doesNotMatch(engine.lexicon.get(latin)!.flags, /[qp]/u, `the premise: no logged query has ${latin}`);
    const input = { raw: typed, normalized: typed, keys: toKeystrokes(typed) };
    assert.deepEqual(layoutCandidates(input, engine.lexicon), [{ text: latin, kinds: ['layout'] }], typed);
    const r = await served.correct(typed, 5);
    assert.notEqual(r.action, 'none', `${typed}: ${JSON.stringify(r.candidates)}`);
    assert.equal(r.candidates[0]?.text, latin, typed);
  }
});

test('every word of a query typed on the Korean layout is read as Latin, not only those with stray vowels', async () => {
  for (const latin of ['alan walker', 'iphone case', 'send in the clowns', 'm super concert']) {
    const typed = latinToHangul(latin);
    const r = await correct(typed);
    assert.equal(r.candidates[0]?.text, latin, `${typed}: ${JSON.stringify(r.candidates)}`);
    assert.notEqual(r.action, 'none', typed);
  }
});

test('Hangul words stay Hangul beside a Latin one (ㅑㅔㅙㅜㄷ 케이스), and initials alone stay a choseong query (ㅊㅎㅍ, not cgv)', async () => {
  assert.equal((await correct('ㅑㅔㅙㅜㄷ 케이스')).candidates[0]?.text, 'iphone 케이스');
  const initials = await correct(latinToHangul('cgv'));
  assert.ok(!initials.candidates.some((c) => c.text === 'cgv'), JSON.stringify(initials.candidates));
  // A slip in Hangul beside syllables is no layout (김하성 ㅐ년 거취 is 내년).
  const slip = await correct('김하성 ㅐ년 거취');
  assert.ok(!slip.candidates.some((c) => c.kinds.includes('layout')), JSON.stringify(slip.candidates));
});

test('no Hangul word the lexicon knows is read as Latin alone, whatever its Latin reading (every 25th)', () => {
  const words = engine.lexicon.entries.filter((e) => /^[가-힣]+$/u.test(e.text) && e.weight >= 1).filter((_, i) => i % 25 === 0);
  assert.ok(words.length > 1000);
  for (const { text } of words) {
    const input = { raw: text, normalized: text, keys: '' };
    assert.deepEqual(layoutCandidates(input, engine.lexicon), [], `${text} (${hangulToLatin(text)})`);
  }
});

test('Latin typed on the Korean layout as syllables with stray consonants, or consonants alone, is read as the Latin word (ㅇㄱㄷ므 → dream, ㄺㄷㄷ → free)', async () => {
  for (const latin of ['dream', 'free', 'first', 'great', 'service']) {
    const typed = latinToHangul(latin);
    assert.match(typed, /[ㄱ-ㅎ]/u, `${latin} types a stray consonant`);
    assert.doesNotMatch(typed, /[ㅏ-ㅣ]/u, `${latin} types no stray vowel`);
    const r = await correct(typed);
    assert.equal(r.candidates[0]?.text, latin, `${typed}: ${JSON.stringify(r.candidates)}`);
    assert.notEqual(r.action, 'none', typed);
  }
});

test('the initials of logged queries stay a choseong query, never read as Latin (every 10th query, 3 to 5 initials)', async () => {
  const queries = engine.lexicon.entries.filter((e) => e.flags.includes('q') && /^[가-힣 ]+$/u.test(e.text) && e.weight >= 10).filter((_, i) => i % 10 === 0);
  assert.ok(queries.length > 300, `${queries.length}`);
  for (const { text } of queries) {
    const syllables = [...text.replaceAll(' ', '')];
    for (const n of [3, 4, 5]) {
      if (syllables.length < n) continue;
      const initials = getChoseong(syllables.slice(0, n).join(''));
      const top = (await correct(initials)).candidates[0];
      assert.ok(!top?.kinds.includes('layout'), `${initials} → ${top?.text}`);
    }
  }
});

test('a model name\'s letter typed on the Korean layout before its number is read as Latin, the words around it as typed (갤럭시 ㄴ9 → 갤럭시 s9, lg ㅎ7 → lg g7)', async () => {
  for (const [typed, meant] of [
    ['갤럭시 ㄴ9', '갤럭시 s9'],
    ['lg ㅎ7', 'lg g7'],
  ] as const) {
    const r = await correct(typed);
    assert.equal(r.candidates[0]?.text, meant, `${typed}: ${JSON.stringify(r.candidates)}`);
    assert.ok(r.candidates[0]!.kinds.includes('layout'), typed);
    assert.notEqual(r.action, 'none', typed);
  }
  // Jamo after a digit, or with a syllable, is not such a name: 2ㄴ, 가ㄴ9 are left to the other rules.
  for (const typed of ['2ㄴ', '가ㄴ9']) {
    const candidates = layoutCandidates({ raw: typed, normalized: typed, keys: toKeystrokes(typed) }, engine.lexicon);
    assert.ok(!candidates.some((c) => /[a-z]/u.test(c.text)), `${typed}: ${JSON.stringify(candidates)}`);
  }
});

test('autocomplete of a query typed in the other layout that completes nothing shows what the layout reads (ㅑㅔㅙㅜㄷ 16 → iphone 16, dkdlvhs 16 → 아이폰 16)', async () => {
  for (const [typed, meant] of [['ㅑㅔㅙㅜㄷ 16', 'iphone 16'], ['dkdlvhs 16', '아이폰 16']] as const) {
    assert.ok(!engine.lexicon.entries.some((e) => e.text.replaceAll(' ', '').startsWith(meant.replaceAll(' ', ''))), `the premise: no entry begins with ${meant}`);
    const r = await engine.suggest(typed, 10);
    assert.equal(r.suggestions[0]?.text, meant, `${typed}: ${JSON.stringify(r.suggestions)}`);
    assert.ok(r.suggestions[0]!.kinds.includes('layout'));
  }
});

test('Latin typed on the Korean layout with a vowel key left standing alone is offered whenever its reading leads the query as typed, below the suggest threshold too (ㅑㅜ → in, ㅑㅅ → it)', async () => {
  for (const latin of ['in', 'it']) {
    const typed = latinToHangul(latin);
    assert.match(typed, /[ㅏ-ㅣ]/u, `${latin} leaves a vowel key standing alone`);
    const r = await correct(typed);
    assert.equal(r.candidates[0]?.text, latin, `${typed}: ${JSON.stringify(r.candidates)}`);
    assert.ok(r.candidates[0]!.score < engine.scorer.weights.suggestAt, `the premise: ${typed} reads as ${latin} below the threshold (${r.candidates[0]!.score})`);
    assert.equal(r.action, 'suggest', typed);
  }
});

test('a vowel key standing alone in Hangul typed on purpose (ㅠㅠ, ㅡㅡ, ㅠㅠ 슬퍼) is no layout slip: nothing is offered', async () => {
  for (const typed of ['ㅠㅠ', 'ㅡㅡ', 'ㅠㅠ 슬퍼']) assert.equal((await correct(typed)).action, 'none', typed);
});

test('in autocomplete, Latin typed on the Korean layout (ㅐㅕㅅ: out) lists what its reading begins above one-typo guesses of the keys as Hangul (여수 돌문어)', async () => {
  const engine = sharedEngine();
  for (const [typed, meant] of [['ㅐㅕㅅ', 'out'], ['ㅠㅕㅅ', 'but'], ['ㅜㅐㅈ', 'now']] as const) {
    const s = (await engine.suggest(typed, 10)).suggestions;
    assert.equal(s[0]?.text, meant, `${typed}: ${s.map((x) => x.text).join(', ')}`);
    // The guesses are still listed, below.
    assert.ok(s.some((x) => /[가-힣]/u.test(x.text)), `${typed}: ${s.map((x) => x.text).join(', ')}`);
  }
  // A slip in Hangul that strands as many jamo (ㅛㅏ망: two keys of 사망 swapped) keeps its Hangul fix first.
  assert.equal((await engine.suggest('ㅛㅏ망', 10)).suggestions[0]?.text, '사망');
});
