// Hangul typed in the English layout with a slip (rofjrtl for 갤럭시, whose ㄹ is typed twice): the
// letters read as the Hangul keys they are, and a slip in those is set right as in Hangul typed so.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { hangulKeysOfLatin, queryInput } from '../src/candidates/index.js';
import { addTypo, drawKind, mulberry32, topCandidate } from '../src/eval/index.js';
import { fromKeystrokes, hangulToLatin, toKeystrokes } from '../src/hangul/index.js';
import { servedEngine, sharedEngine } from './engine-fixture.js';
import { SYLLABLES } from './slips.js';

test('the letters of any Hangul typed in the English layout read back as its keys (property)', () => {
  const lexicon = sharedEngine().lexicon;
  let read = 0;
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...SYLLABLES), { minLength: 2, maxLength: 5 }), fc.nat(12), (syllables, cut) => {
      // A word, or the keys of one cut short (the IME shows what they compose, stray jamo included).
      const keys = toKeystrokes(syllables.join(''));
      const typed = fromKeystrokes(keys.slice(0, Math.max(4, keys.length - cut)));
      const letters = hangulToLatin(typed);
      const back = hangulKeysOfLatin(queryInput(letters), lexicon);
      // Letters that are a known Latin word stay as typed (sbs, ebs); every other run is read.
      if (lexicon.get(letters.toLowerCase())) return;
      read++;
      assert.equal(back === undefined ? undefined : toKeystrokes(back), toKeystrokes(typed), `${typed}: ${letters} → ${back}`);
    }),
    { numRuns: 500, seed: 5 },
  );
  assert.ok(read > 400, `${read} read`);
});

test('the letters read as Hangul keys, composed or not; known Latin words and single letters stay', () => {
  const lexicon = sharedEngine().lexicon;
  assert.equal(hangulKeysOfLatin(queryInput('dlktdghk'), lexicon), '이ㅏㅅㅇ화');
  assert.equal(hangulKeysOfLatin(queryInput('rofjrtl'), lexicon), '개럭시');
  assert.equal(hangulKeysOfLatin(queryInput('iphone qkdxks'), lexicon), 'iphone 방탄');
  assert.equal(hangulKeysOfLatin(queryInput('qkdxks 2 k'), lexicon), '방탄 2 k');
  assert.equal(hangulKeysOfLatin(queryInput('iphone sbs'), lexicon), undefined);
  assert.equal(hangulKeysOfLatin(queryInput('갤럭시 노트'), lexicon), undefined);
});

for (const withModel of [false, true]) {
  const engineOf = async () => (withModel ? servedEngine() : sharedEngine());
  const label = withModel ? 'with the model' : 'without it';

  test(`a slip in Hangul typed in the English layout is set right, ${label}`, async () => {
    const engine = await engineOf();
    for (const [typed, meant] of [
      ['rofjrtl', '갤럭시'], // 개럭시: ㄹ once
      ['qntosgod', '부산행'], // 부샌행
      ['dlktdghk', '이상화'], // 이ㅏㅅㅇ화: the slip leaves keys no syllable takes
      ['tjdnftl rhdandnjw dnjstjwjqtn', '서울시 공무원 원서접수'], // 공무웢
      ['zkaqheldk eOtk chcl', '캄보디아 대사 초치'], // 댸사
    ] as const) {
      const r = await engine.correct(typed, 5);
      const shown = `${typed}: ${r.action} ${r.candidates.map((c) => c.text).join(', ')}`;
      assert.notEqual(r.action, 'none', shown);
      assert.equal(r.candidates[0]?.text, meant, shown);
      assert.ok(r.candidates[0]!.kinds.includes('layout'), shown);
    }
  });

  test(`the reading as typed stays where it is a known word, ${label}`, async () => {
    const engine = await engineOf();
    // 성채 is a word; 성체 one slip away is no likelier.
    assert.equal(topCandidate(await engine.correct('dkssud', 5)), '안녕');
    assert.equal(topCandidate(await engine.correct('tjdco', 5)), '성채');
  });

  test(`Latin no source has, typed as it is, is not read as Hangul one slip from a word, ${label}`, async () => {
    const engine = await engineOf();
    for (const word of ['kotlin', 'docker', 'figma', 'chatgpt', 'openai', 'nvidia', 'zoom', 'whool']) {
      const r = await engine.correct(word, 5);
      assert.ok(r.action === 'none' || !r.candidates[0]?.kinds.includes('layout'), `${word}: ${r.action} ${JSON.stringify(r.candidates[0])}`);
    }
    // Nor in autocomplete: the letters spell Latin (kotlin; docker, which reads 애찯ㄱ, is
    // written on as typed, not as 애찯고), or strand as many jamo as Latin does (zoom: 캐ㅐㅡ).
    for (const word of ['kotlin', 'docker', 'chatgpt', 'openai', 'nvidia', 'zoom', 'whool']) {
      const s = await engine.suggest(word, 10);
      assert.ok(!/[가-힣]/u.test(s.suggestions[0]?.text ?? ''), `${word}: ${JSON.stringify(s.suggestions.slice(0, 3))}`);
    }
  });
}

test('whatever one slip a logged query gets, where correction sets it right typed in Hangul, it offers the query typed in the English layout too (seeded sample)', async () => {
  const engine = sharedEngine();
  const rnd = mulberry32(7);
  const queries = engine.lexicon.entries.filter((e) => e.flags.includes('q') && /^[가-힣]{2,6}( [가-힣]{2,6})?$/u.test(e.text)).map((e) => e.text);
  let compared = 0;
  for (let i = 0; i < 120; i++) {
    const query = queries[Math.floor(rnd() * queries.length)]!;
    const slipped = addTypo(query, drawKind(rnd), rnd);
    if (!slipped) continue;
    const inHangul = await engine.correct(slipped, 5);
    if (inHangul.action === 'none' || topCandidate(inHangul) !== query) continue;
    compared++;
    const typed = hangulToLatin(slipped);
    const r = await engine.correct(typed, 5);
    assert.ok(
      r.action !== 'none' && r.candidates.some((c) => c.text === query),
      `${typed} (${slipped}) for ${query}: ${r.action} ${r.candidates.map((c) => c.text).join(', ')}`,
    );
  }
  assert.ok(compared >= 60, `${compared} compared`);
});

test('in autocomplete, a slip in the letters typed so far is read as in Hangul (rofjr → 갤럭시 …)', async () => {
  const engine = await servedEngine();
  for (const [typed, meant] of [
    ['rofjr', '갤럭시'], // 개럭: nothing goes on from it
    ['qntosg', '부산행'], // 부샌: the spelling model sees the slip
    ['kdgus', '장현수'], // ㅏㅇ현: keys no syllable took, ㅈ missed
    ['rhdandnj', '공무원'],
  ] as const) {
    const s = await engine.suggest(typed, 10);
    assert.ok(s.suggestions.some((x) => x.text === meant), `${typed}: ${s.suggestions.map((x) => x.text).join(', ')}`);
  }
});
