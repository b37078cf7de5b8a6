import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { sharedEngine } from './engine-fixture.js';
import { isBlocked, parseBlocklist } from '../src/lexicon/index.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_DIR } from '../src/lexicon/index.js';

const engine = sharedEngine();

test('아잎 (half-typed 아이폰) completes to 아이폰…', async () => {
  const r = await engine.suggest('아잎', 10);
  assert.ok(r.suggestions.length > 0);
  // Exact keystroke-prefix matches all continue 아이ㅍ…; one-typo matches follow, marked as such.
  for (const s of r.suggestions) {
    if (s.kinds.includes('completion')) assert.ok(/^아이[파-핗]/u.test(s.text), s.text); // 파 … 핗: every syllable that begins with ㅍ
    else assert.ok(s.kinds.includes('typo'), s.text);
  }
  assert.ok(r.suggestions[0]!.text.startsWith('아이폰'));
});

test('every half-typed state of 아이폰 keeps 아이폰-prefixed suggestions', async () => {
  for (const state of ['아이', '아잎', '아이포', '아이폰']) {
    const r = await engine.suggest(state, 10);
    assert.ok(r.suggestions.some((s) => s.text.startsWith('아이폰')), state);
  }
});

test('suggestions are deduplicated, ranked, and at most n', async () => {
  const r = await engine.suggest('서', 7);
  assert.ok(r.suggestions.length <= 7);
  assert.equal(new Set(r.suggestions.map((s) => s.text)).size, r.suggestions.length);
  for (let i = 1; i < r.suggestions.length; i++) assert.ok(r.suggestions[i - 1]!.score >= r.suggestions[i]!.score);
});

test('a trailing space means the next word: "서울 " completes to "서울 …"', async () => {
  const r = await engine.suggest('서울 ', 10);
  assert.ok(r.suggestions.length > 0);
  assert.ok(r.suggestions[0]!.text.startsWith('서울 '));
  for (const s of r.suggestions) {
    if (s.kinds.includes('completion')) assert.ok(s.text.startsWith('서울 '), s.text);
    else assert.deepEqual(s.kinds, ['infix'], s.text); // word-start matches fill the rest
  }
});

test('blocked entries are never suggested (prefixes of profanity, any mode)', async () => {
  const blocklist = parseBlocklist(readFileSync(join(DATA_DIR, 'blocklist.txt'), 'utf8'));
  for (const q of ['개새', '시발', 'ㅅㅂ', 'tlqkf', '섹', '야동', '존나']) {
    const r = await engine.suggest(q, 20);
    for (const s of r.suggestions) assert.ok(!isBlocked(s.text, blocklist), `${q} suggested ${s.text}`);
  }
});

test('blocked words are recognized but not offered as corrections', async () => {
  const r = await engine.correct('개새끼', 5);
  assert.equal(r.action, 'none');
  assert.ok(!r.candidates.some((c) => c.text === '개새끼'));
});

test('suggest never throws and stays bounded on arbitrary input (property)', async () => {
  await fc.assert(
    fc.asyncProperty(fc.oneof(fc.string({ unit: 'binary', maxLength: 120 }), fc.string({ unit: fc.constantFrom(...'ㄱㄴㅁㅏㅣ가나 aZ1'.split('')), maxLength: 30 })), async (s) => {
      const r = await engine.suggest(s, 10);
      assert.ok(r.suggestions.length <= 10);
    }),
    { numRuns: 200 },
  );
});

test('a known word typed whole ranks above guesses that read one of its keys as a slip, however popular (기준, not 이준호 성동일 부자)', async () => {
  for (const word of ['기준', '다리', '인정', '구조']) {
    assert.ok(engine.lexicon.get(word)!.weight >= engine.scorer.weights.knownWeight, word);
    const r = await engine.suggest(word, 10);
    const own = r.suggestions.findIndex((s) => s.text === word);
    const guesses = r.suggestions.flatMap((s, i) => (s.kinds.every((k) => k === 'typo' || k === 'infix') ? [i] : []));
    // Guesses as unlikely as 이준호 성동일 부자 for 기준 are not shown at all (`dropUnlikelyGuesses`).
    assert.ok(own >= 0, `${word}: ${r.suggestions.map((s) => s.text).join(', ')}`);
    assert.ok(guesses.every((i) => i > own), `${word}: ${r.suggestions.map((s) => `${s.text} (${s.kinds.join('+')})`).join(', ')}`);
  }
  // A slip that makes no word is still read as one: 아이퐁 is 아이폰 mistyped.
  assert.equal(engine.lexicon.get('아이퐁'), undefined);
  const typo = await engine.suggest('아이퐁', 10);
  assert.ok(typo.suggestions[0]?.text.startsWith('아이폰') && typo.suggestions[0].kinds.includes('typo'), JSON.stringify(typo.suggestions[0]));
});

test('a word with a particle that only running text has is not suggested (날씨 → not 날씨가, 날씨는), unless it is what was typed', async () => {
  for (const form of ['날씨가', '날씨는', '날씨를']) assert.equal(engine.lexicon.get(form)?.flags, 'c', `${form} is an entry of running text only`);
  const texts = (await engine.suggest('날씨', 10)).suggestions.map((s) => s.text);
  assert.ok(texts.includes('날씨'), texts.join(', '));
  for (const form of ['날씨가', '날씨는', '날씨를']) assert.ok(!texts.includes(form), `${form}: ${texts.join(', ')}`);
  const typed = (await engine.suggest('날씨가', 10)).suggestions.map((s) => s.text);
  assert.ok(typed.includes('날씨가'), typed.join(', '));
  // The same for a form of 하다 only running text has; the dictionary's 탄탄하다 is a word.
  const verb = (await engine.suggest('탄탄', 10)).suggestions.map((s) => s.text);
  for (const form of ['탄탄하고', '탄탄하게']) assert.ok(!verb.includes(form), `${form}: ${verb.join(', ')}`);
  // And for the plural 들, alone or before a particle.
  for (const form of ['친구들', '사람들', '사람들이']) assert.equal(engine.lexicon.get(form)?.flags, 'c', `${form} is an entry of running text only`);
  for (const [word, forms] of [['친구', ['친구들']], ['사람', ['사람들', '사람들이']]] as const) {
    const shown = (await engine.suggest(word, 10)).suggestions.map((s) => s.text);
    assert.ok(shown.includes(word), shown.join(', '));
    for (const form of forms) assert.ok(!shown.includes(form), `${form}: ${shown.join(', ')}`);
  }
});

test('a word with a particle or form that only running text has is suggested once the keys go two or more past the word (감사합니 → 감사합니다, 언제까 → 언제까지)', async () => {
  for (const form of ['감사합니다', '감사합니당', '언제까지']) assert.equal(engine.lexicon.get(form)?.flags, 'c', `${form} is an entry of running text only`);
  // The form being typed leads, not a rarer running-text word that goes on from it.
  const thanks = (await engine.suggest('감사합니', 10)).suggestions.map((s) => s.text);
  assert.equal(thanks[0], '감사합니다', thanks.join(', '));
  const until = (await engine.suggest('언제까', 10)).suggestions.map((s) => s.text);
  assert.ok(until.includes('언제까지'), until.join(', '));
  // The word alone is no start of its forms, and one key past it may be a stray key (날씨ㄱ).
  const word = (await engine.suggest('감사', 10)).suggestions.map((s) => s.text);
  assert.ok(!word.includes('감사합니다'), word.join(', '));
  const stray = (await engine.suggest('날씨ㄱ', 10)).suggestions.map((s) => s.text);
  assert.ok(!stray.includes('날씨가'), stray.join(', '));
  // Nor after a space: the word was ended there (장나라 ㄴ is no 장나라는).
  const spaced = (await engine.suggest('감사 합니', 10)).suggestions.map((s) => s.text);
  assert.ok(!spaced.includes('감사합니다'), spaced.join(', '));
});

test('a known word typed whole and the next key is set right to the word only, not to its compounds with a slip (차주혁ㅊ, 크라임씮)', async () => {
  for (const [typed, word, junk] of [
    ['차주혁ㅊ', '차주혁', '차주현충일'],
    ['크라임씮', '크라임씬', '크라임민희진'],
  ] as const) {
    const texts = (await engine.suggest(typed, 10)).suggestions.map((s) => s.text);
    assert.ok(texts.includes(word), `${typed}: ${texts.join(', ')}`);
    assert.ok(!texts.includes(junk), `${typed}: ${texts.join(', ')}`);
    // every suggestion goes on from the word typed
    for (const text of texts) assert.ok(text.startsWith(word), `${typed}: ${text}`);
  }
  // after other words too: the word is the fix (오태석 성추행ㄹ → 오태석 성추행)
  assert.ok((await engine.suggest('오태석 성추행ㄹ', 10)).suggestions.some((s) => s.text === '오태석 성추행'));
});
