// English typed as meant beside Hangul words (figma 무료, slack 알림): what the other layout reads
// from the letters (랴흠, 님차) is a word no source has, and the model, which saw little Latin,
// priced it far above the English; correction offered 랴흠 무료 at 0.83. Letters that spell Latin
// as English does and read as a word no source has are an unknown reading: priced as one and never
// applied, as Latin read from jamo (ㅜㄷㅅ리ㅑㅌ) is.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mulberry32 } from '../src/eval/index.js';
import { hangulToLatin } from '../src/hangul/index.js';
import { servedEngine, sharedEngine } from './engine-fixture.js';

const ENGLISH_BESIDE_HANGUL = ['figma 무료', 'slack 알림', 'notion 사용법', 'kotlin 강의', 'vercel 배포', 'obsidian 플러그인', 'supabase 요금', 'grafana 설치'];

test('English no source has beside Hangul words is left as typed, with the model and without (figma 무료, slack 알림)', async () => {
  for (const engine of [sharedEngine(), await servedEngine()]) {
    for (const query of ENGLISH_BESIDE_HANGUL) {
      assert.equal(engine.lexicon.get(query.split(' ')[0]!), undefined, `the premise: ${query} has a Latin word no source has`);
      const r = await engine.correct(query, 5);
      assert.equal(r.action, 'none', `${query}: ${r.action} ${r.candidates.map((c) => `${c.text} ${c.score}`).join(', ')}`);
    }
  }
});

test('(guard) Hangul typed in the English layout beside Hangul is still applied (dkssud 맛집 → 안녕 맛집, rlatjdgns 배우 → 김성훈 배우)', async () => {
  const engine = await servedEngine();
  assert.equal((await engine.correct('dkssud 맛집', 5)).corrected, '안녕 맛집');
  assert.equal((await engine.correct('rlatjdgns 배우', 5)).corrected, '김성훈 배우');
});

test('(guard) logged queries of two Hangul words with the first typed in the English layout are read as typed (seeded sample)', async () => {
  const engine = await servedEngine();
  const queries = engine.lexicon.entries.filter((e) => e.flags.includes('q') && /^[가-힣]{2,} [가-힣]{2,}$/u.test(e.text)).map((e) => e.text);
  const rnd = mulberry32(41);
  let read = 0;
  let tried = 0;
  for (let i = 0; i < 150; i++) {
    const query = queries[Math.floor(rnd() * queries.length)]!;
    const [first, second] = query.split(' ') as [string, string];
    const letters = hangulToLatin(first);
    if (engine.lexicon.get(letters.toLowerCase())) continue;
    tried++;
    const r = await engine.correct(`${letters} ${second}`, 5);
    if (r.action !== 'none' && r.candidates[0]?.text === query) read++;
  }
  assert.ok(tried >= 120, `${tried} tried`);
  assert.ok(read / tried >= 0.95, `${read} of ${tried} read as the query`);
});
