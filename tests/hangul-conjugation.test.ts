import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { isVerbalizingForm, mustContract, stemSyllableBeforeFinal, stemSyllablesMergedInto, stemsBeforeEnding, writesUncontracted, contracted } from '../src/hangul/index.js';
import { composeSyllable, syllableParts } from '../src/hangul/syllable.js';

for (const [merged, stems] of [
  ['갔', ['가']],
  ['섰', ['서', '스']],
  ['봐', ['보']],
  ['봤', ['보']],
  ['줬', ['주']],
  ['겼', ['겨', '기']],
  ['돼', ['되']],
  ['됐', ['되']],
  ['해', ['하']],
  ['했', ['해', '하']],
  ['써', ['쓰']],
  ['썼', ['써', '쓰']],
  ['가', []],
  ['됬', []],
  ['햇', []],
] as const) {
  test(`an 아/어 ending merges ${stems.length ? stems.join(' or ') : 'no stem'} into ${merged}`, () => {
    assert.deepEqual(stemSyllablesMergedInto(merged), [...stems]);
  });
}

test('a stem’s ㄹ does not drop before the honorific’s 셔 and 셨: 부셨다 is 부쉈다 (부수다) misspelled far more often than 불다’s honorific', () => {
  assert.ok(!stemsBeforeEnding('부셨다', 1).includes('불'));
  assert.ok(!stemsBeforeEnding('부셔서', 1).includes('불'));
  assert.ok(stemsBeforeEnding('부시면', 1).includes('불'));
});

test('every stem syllable is found again from what its 아/어 and past-tense endings make of it', () => {
  // Forward, the way a grammar states it: the vowel the ending becomes, then ㅆ for the past.
  const forward = (stem: string): string[] => {
    const p = syllableParts(stem)!;
    const merged = stem === '하' ? 1 : ({ 8: 9, 13: 14, 20: 6, 11: 10, 18: 4 } as Record<number, number>)[p.vowel];
    const out = [0, 1, 4, 5, 6].includes(p.vowel) ? [composeSyllable({ ...p, final: 20 })] : [];
    if (merged !== undefined) out.push(composeSyllable({ ...p, vowel: merged }), composeSyllable({ ...p, vowel: merged, final: 20 }));
    return out;
  };
  const stem = fc.record({ onset: fc.integer({ min: 0, max: 18 }), vowel: fc.integer({ min: 0, max: 20 }), final: fc.constant(0) }).map(composeSyllable);
  fc.assert(
    fc.property(stem, (s) => {
      for (const m of forward(s)) assert.ok(stemSyllablesMergedInto(m).includes(s), `${s} → ${m}`);
      for (const t of stemSyllablesMergedInto(s)) assert.equal(syllableParts(t)!.final, 0);
    }),
    { numRuns: 2000 },
  );
});

test('an adnominal ㄴ or ㄹ, or the nominal ㅁ, closing a stem syllable gives the stem back (an ㄹ stem keeps its ㄹ before ㅁ: ㄻ); any other final gives nothing', () => {
  const parts = fc.record({ onset: fc.integer({ min: 0, max: 18 }), vowel: fc.integer({ min: 0, max: 20 }), final: fc.integer({ min: 0, max: 27 }) });
  fc.assert(
    fc.property(parts, (p) => {
      const got = stemSyllableBeforeFinal(composeSyllable(p));
      // ㄴ, ㄹ and ㅁ are finals 4, 8 and 16; ㄻ is 10, ㄹ 8.
      const expected = [4, 8, 16].includes(p.final) ? composeSyllable({ ...p, final: 0 }) : p.final === 10 ? composeSyllable({ ...p, final: 8 }) : undefined;
      assert.equal(got, expected);
    }),
    { numRuns: 2000 },
  );
  assert.equal(stemSyllableBeforeFinal('룬'), '루');
  assert.equal(stemSyllableBeforeFinal('듦'), '들');
  assert.equal(stemSyllableBeforeFinal('a'), undefined);
});

for (const [word, headLength, stems] of [
  ['늙어서', 1, ['늙']], // a stem closed by a consonant, with an 어-ending
  ['읽은', 1, ['읽']],
  ['찍음', 1, ['찍']],
  ['먹고', 1, ['먹']],
  ['보는', 1, ['보']], // an open stem, with an ending that begins with a consonant
  ['가서', 1, ['가']], // the ending's 아 absorbed by the stem's vowel
  ['갔네', 1, ['가']], // the past tense merged into the stem
  ['봐서', 1, ['보']],
  ['했다', 1, ['하']],
  ['부는지', 1, ['불']], // the stem's ㄹ dropped before ㄴ
  ['아는', 1, ['알']],
  ['아네요', 1, ['알']], // and before 네
  ['만드신', 2, ['만들']], // and before the honorific 시
  ['주긴', 1, ['주']], // 기는 and 기를 run together
  ['먹길', 1, ['먹']],
  ['아시면', 1, ['알']],
  ['아나요', 1, ['알']],
  ['애써서', 2, ['애쓰']],
  ['괜찮아서', 2, ['괜찮']],
  ['끌어다가', 1, ['끌']],
  ['뛴다', 1, ['뛰']], // an open stem closed by what is left of the ending after a vowel: ㄴ of ㄴ다
  ['올래', 1, ['오']], // ㄹ of 을래
  ['갈까', 1, ['가']], // ㄹ of 을까
  ['불까', 1, ['불']], // an ㄹ stem takes the ending's ㄹ into its own
  ['만들까', 2, ['만들']],
  ['알래', 1, ['알']],
  ['분다', 1, ['불']], // and gives way to its ㄴ
  ['갑니다', 1, ['가']], // ㅂ of ㅂ니다
  ['삽니다', 1, ['살']], // before which an ㄹ stem's ㄹ drops
  ['먹는대', 1, ['먹']], // what one heard said: -다고 해 run together
  ['먹는다고', 1, ['먹']], // said or asked, quoted
  ['간다고', 1, ['가']], // ㄴ다고 after a vowel
  ['깠냐고', 1, ['까']],
  ['다닌다며', 2, ['다니', '다닐']], // said, then a clause on it: ㄴ다며 after a vowel (or an ㄹ stem's ㄹ dropped)
  ['먹는다면서', 1, ['먹']],
  ['찍었다며', 1, ['찍']],
  ['간댔어', 1, ['가']], // said, run together: -다고 했어, the ㄴ of ㄴ다 after a vowel
  ['보쟀는데', 1, ['보']], // asked for: -자고 했는데
  ['터졌대', 2, ['터지']],
  ['좋은대', 1, []], // an adjective's 은데 misspelled, not a verb's ㄴ대
  ['만든데', 2, ['만들']],
  ['주러', 1, ['주']], // the ending's 으 gone after an open stem
  ['뛰어야', 1, ['뛰']], // an 어-ending the stem's vowel does not absorb, whole
  ['되었어', 1, ['되']], // and the past tense so
  ['갔을까', 1, ['가']], // the past tense merged into the stem, then 을까
  ['죽겠는데', 1, ['죽']],
  ['빨간', 2, ['빨갛']], // an ㅎ-irregular adjective drops its ㅎ before ㄴ
  ['빨가면', 2, ['빨갛']], // and before an ending that lost its 으
  ['그랬어', 2, ['그렇']], // and merges it with 어 into ㅐ, the past tense too
  ['하얘', 2, ['하얗']], // into ㅒ after ㅑ
  ['좋소', 1, ['좋']], // the old plain-polite 소
  ['갔소', 1, ['가']],
  ['바빠서', 2, ['바쁘']], // 으 merged into 아 after ㅏ or ㅗ
  ['고팠다', 2, ['고프']], // and into the past tense so
  ['몰라서', 2, ['모르']], // a 르-irregular stem: 르 loses ㅡ before 아/어 and its ㄹ doubles
  ['불러요', 2, ['부르']], // ㅓ after a vowel other than ㅏ or ㅗ
  ['빨랐다', 2, ['빠르']], // and the past tense so
  ['서둘러서', 3, ['서두르']],
  ['세우', 1, []], // 우 is no ending
  ['하서', 1, []], // 하 takes 여: 해서
  ['되서', 1, []], // 되 takes 어 as 돼: 돼서
  ['좋앗다', 1, []], // 앗 is a slip for 았
  ['갈께', 1, []],
  ['늙고양이', 1, []], // a stem and any three syllables is not a form
  ['되시길', 1, ['되']], // the honorific 시 after a vowel
  ['읽으셨다', 1, ['읽']], // and with 으 after a consonant
  ['읽시길', 1, []],
] as const) {
  // The stems a form may come from; the lexicon then says which of them are verbs.
  test(`stemsBeforeEnding(${word}, ${headLength}) ${stems.length ? `includes ${stems.join(' and ')}` : 'is empty'}`, () => {
    const found = stemsBeforeEnding(word, headLength);
    if (stems.length === 0) assert.deepEqual(found, []);
    for (const stem of stems) assert.ok(found.includes(stem), `${found.join(', ')}`);
    for (const stem of found) assert.equal([...stem].length, headLength);
  });
}

test('a stem closed by a consonant, followed by its own common endings, is found as that stem (property)', () => {
  const endings = ['어', '어서', '었다', '았는데', '은', '을', '음', '으면', '고', '지만', '는데', '습니다', '겠다'];
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 18 }), fc.integer({ min: 0, max: 20 }), fc.integer({ min: 1, max: 27 }), fc.constantFrom(...endings), (onset, vowel, final, ending) => {
      const stem = composeSyllable({ onset, vowel, final });
      assert.ok(stemsBeforeEnding(stem + ending, 1).includes(stem), stem + ending);
    }),
  );
});

test('forms of 하다, 되다 and 시키다 written onto a noun are found, and other syllables are not', () => {
  const forms = ['하다', '해', '했다', '하는', '하게', '해서', '해요', '했어요', '하셨다', '한', '할', '함', '한다', '한데', '할게', '합니다', '합니까', '되다', '돼', '돼서', '됐다', '되는', '된', '될', '됨', '된다', '됩니다', '시키다', '시켜', '시켰다', '시킨'];
  for (const form of forms) assert.ok(isVerbalizingForm(form), form);
  // Not an ending of the list (하마, 되돌리다), a stem with none (하, 시키), 되 taking 서 uncontracted, other words.
  for (const other of ['하마', '되돌리다', '하', '되', '시키', '되서', '한국', '합', '함께', '이', '는', '']) assert.ok(!isVerbalizingForm(other), other);
});

test('a form of 하다 or 되다 begins with a syllable of 하, 되 or 시 (the contracted 해, 했, 돼, 됐 included)', () => {
  const firsts = new Set('하해했한할함합되돼됐된될됨됩시');
  fc.assert(
    fc.property(fc.string({ unit: fc.constantFrom(...'하해했한할함합되돼됐된될됨됩시키켜켰킨다는게서요어셨니까가이은을데'), maxLength: 5 }), (rest) => {
      if (isVerbalizingForm(rest)) assert.ok(firsts.has(rest.charAt(0)), rest);
    }),
  );
});

test('되 and 뵈 before an ending that begins with 어 must be contracted (되요, 뵈요, 되서); other stems and endings need not (되면, 뵈러, 쇠도)', () => {
  for (const [stem, next] of [['되', '요'], ['뵈', '요'], ['되', '서'], ['뵈', '도']] as const) assert.equal(mustContract(stem, next), true, stem + next);
  for (const [stem, next] of [['되', '면'], ['뵈', '러'], ['쇠', '도'], ['회', '요'], ['가', '요']] as const) assert.equal(mustContract(stem, next), false, stem + next);
});

test('a word writes 되 uncontracted when it ends on a stem and an ending that must contract with it (안되요, 뵈요) or has 됬, 되서 or 되요 (잘됬네, 되서야); 되도록, 되라고, 안돼요 do not; contracted sets it right (property against the pairs)', () => {
  for (const word of ['안되요', '되서', '뵈요', '걱정되야', '잘됬네', '됬다', '되서야']) assert.equal(writesUncontracted(word), true, word);
  for (const word of ['되도록', '되라고', '되면', '안돼요', '돼서', '됐다', '되', '회요']) assert.equal(writesUncontracted(word), false, word);
  // Each word of a text at once.
  assert.equal(writesUncontracted('잘 되요'), true);
  assert.equal(writesUncontracted('되도 돼'), true);
  assert.equal(writesUncontracted('되도록 빨리'), false);
  for (const [word, right] of [['보게되서', '보게돼서'], ['잘됬네', '잘됐네'], ['되서야', '돼서야'], ['걱정되야', '걱정돼야'], ['뵈요', '봬요']] as const) assert.equal(contracted(word), right);
  fc.assert(
    fc.property(fc.string({ unit: fc.constantFrom(...'되뵈돼봬됐됬서요도야라버면러가쇠회'), minLength: 1, maxLength: 5 }), (word) => {
      const last = word.length >= 2 && mustContract(word.charAt(word.length - 2), word.charAt(word.length - 1));
      const inside = ['됬', '되서', '되요', '뵈서', '뵈요'].some((s) => word.includes(s));
      assert.equal(writesUncontracted(word), last || inside, word);
      // Set right, it writes 되 contracted everywhere, and only 되 and 뵈 changed.
      assert.equal(writesUncontracted(contracted(word)), false, `${word} → ${contracted(word)}`);
      assert.equal(contracted(word).length, word.length);
      for (let i = 0; i < word.length; i++) if (contracted(word)[i] !== word[i]) assert.ok('되뵈됬'.includes(word[i]!), `${word} → ${contracted(word)}`);
    }),
  );
});

test('an ㄹ stem gives way to an ending\'s ㄴ or ㅂ only before more of the ending: 갑다 and 잡 are no forms of 갈다 or 잘다', () => {
  assert.ok(!stemsBeforeEnding('갑다', 1).includes('갈'));
  assert.ok(!stemsBeforeEnding('잡', 1).includes('잘'));
});

test('a 르-irregular stem takes the vowel its last vowel calls for: 몰라 is of 모르다, 몰러 is not', () => {
  assert.ok(stemsBeforeEnding('몰라', 2).includes('모르'));
  assert.ok(!stemsBeforeEnding('몰러', 2).includes('모르'));
  assert.ok(!stemsBeforeEnding('불라', 2).includes('부르'));
});
