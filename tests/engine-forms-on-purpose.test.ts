import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { doubledStandardWord, exclaimsWithGun, modifierBeforeBoundNoun, nativeNumeral, nounBeforeGatda, numeralBeforeCounter, standardModifierBeforeBoundNoun, wordThenVerbForm, vowelsHeardApart } from '../src/engine/forms.js';
import { toKeystrokes } from '../src/hangul/index.js';
import { sharedEngine } from './engine-fixture.js';

// Forms of standard words that sound like a far commoner word. Such a form is usually typed as
// meant, so the commoner word may be offered ("did you mean") but is never applied: a false
// autocorrection costs a searcher more than a missed one.
const engine = sharedEngine();
const correct = (q: string) => engine.correct(q, 5);

for (const [typed, alike, what] of [
  ['세우', '새우', 'the stem of 세우다'],
  ['문제인', '문재인', '문제 with the copula 인'],
  ['에선', '예선', 'a particle of two syllables'],
] as const) {
  test(`${typed} (${what}) is offered ${alike} at most, never changed into it`, async () => {
    const entry = engine.lexicon.get(typed);
    assert.ok(entry && entry.weight >= engine.scorer.weights.knownWeight, `${typed} is a known word`);
    assert.ok(engine.hypotheses(typed).misspelled, `${typed} is read as a possible misspelling of ${alike}`);
    const r = await correct(typed);
    assert.equal(r.action, 'suggest');
    assert.equal(r.corrected, typed);
    assert.equal(r.candidates[0]?.text, alike);
  });
}

// The same checks must not protect real misspellings: a "name" rarer than the word typed with a
// particle is no reason to keep it, nor is a stem that is itself misspelled.
for (const [typed, meant] of [
  ['헤메는', '헤매는'],
  ['재밋게', '재밌게'],
  ['되요', '돼요'],
  ['왠만하면', '웬만하면'],
] as const) {
  test(`${typed} is still autocorrected to ${meant}`, async () => {
    const r = await correct(typed);
    assert.equal(r.action, 'autocorrect');
    assert.equal(r.corrected, meant);
  });
}

// A bare ㅣ is no sound-alike of ㅐ or ㅔ (only inside ㅚ, ㅙ and ㅞ are they confused), nor is one
// compound vowel of another outside those three, so a word people write is not taken for a
// misspelling of a word one such vowel away.
test('vowelsHeardApart: ㅣ against ㅐ or ㅔ outside a compound vowel, one compound against another outside ㅚ ㅙ ㅞ, and nothing else', () => {
  assert.equal(vowelsHeardApart(toKeystrokes('새차'), toKeystrokes('시차')), true);
  assert.equal(vowelsHeardApart(toKeystrokes('같애'), toKeystrokes('같이')), true);
  assert.equal(vowelsHeardApart(toKeystrokes('제일'), toKeystrokes('지일')), true);
  assert.equal(vowelsHeardApart(toKeystrokes('되요'), toKeystrokes('돼요')), false, '되/돼: inside ㅚ/ㅙ');
  assert.equal(vowelsHeardApart(toKeystrokes('왠지'), toKeystrokes('웬지')), false, 'ㅐ/ㅔ');
  assert.equal(vowelsHeardApart(toKeystrokes('새차'), toKeystrokes('새차')), false);
  assert.equal(vowelsHeardApart(toKeystrokes('새차'), toKeystrokes('시차다')), false, 'lengths differ');
  assert.equal(vowelsHeardApart(toKeystrokes('뒤면'), toKeystrokes('되면')), true, 'ㅟ/ㅚ');
  assert.equal(vowelsHeardApart(toKeystrokes('시의'), toKeystrokes('시위')), true, 'ㅢ/ㅟ');
  assert.equal(vowelsHeardApart(toKeystrokes('쉘'), toKeystrokes('쉴')), true, 'ㅞ/ㅟ');
  assert.equal(vowelsHeardApart(toKeystrokes('웬일'), toKeystrokes('왠일')), false, 'ㅞ/ㅙ, both merged');
  assert.equal(vowelsHeardApart(toKeystrokes('웬'), toKeystrokes('왼')), false, 'ㅞ/ㅚ, both merged');
  assert.equal(vowelsHeardApart(toKeystrokes('그래두'), toKeystrokes('그래도')), false, 'ㅜ/ㅗ outside a compound');
});

test('vowelsHeardApart is symmetric, and false wherever the words differ in no vowel', () => {
  const syllable = fc.constantFrom(...'되돼뒤웨왜외위의시새세쉬쉐소수스면요괴귀먹멱');
  const word = fc.array(syllable, { minLength: 1, maxLength: 3 }).map((s) => s.join(''));
  fc.assert(
    fc.property(word, word, (a, b) => {
      const [ka, kb] = [toKeystrokes(a), toKeystrokes(b)];
      assert.equal(vowelsHeardApart(ka, kb), vowelsHeardApart(kb, ka));
      const differ = [...ka].map((k, i) => (k === kb[i] ? '' : k + (kb[i] ?? ''))).join('');
      if (ka.length === kb.length && !/[ㅏ-ㅣ]/u.test(differ)) assert.equal(vowelsHeardApart(ka, kb), false);
    }),
  );
});
for (const [typed, alike] of [
  ['새차', '시차'],
  ['같애', '같이'],
  ['정치', '정체'],
  ['뒤면', '되면'],
  ['시의', '시위'],
  ['쉘', '쉴'],
] as const) {
  test(`${typed} (a word people write) is not taken for ${alike} misspelled`, async () => {
    assert.ok(engine.lexicon.get(typed));
    const reading = engine.hypotheses(typed).candidates.find((h) => h.text === alike);
    assert.ok(reading && !reading.kinds.includes('misspelling'), `${alike} is at most a typo reading`);
    const r = await correct(typed);
    assert.equal(r.action, 'none');
    assert.equal(r.corrected, typed);
  });
}
test('a native numeral (열두) and a verb’s honorific form (만드신, from 만들다) stay as typed, not offered 열도 or 많으신', async () => {
  for (const [typed, alike] of [['열두', '열도'], ['만드신', '많으신']] as const) {
    const r = await correct(typed);
    assert.equal(r.action, 'none', `${typed}: ${r.action} ${r.candidates[0]?.text} (${alike} before)`);
    assert.equal(r.corrected, typed);
  }
});

test('괭장히 (ㅙ for ㅚ) is still autocorrected to 굉장히', async () => {
  const r = await correct('괭장히');
  assert.equal(r.action, 'autocorrect');
  assert.equal(r.corrected, '굉장히');
});

test('a word spelled right with its particle is no misspelling of another so spelled that sounds the same, however commoner (꽃을 and 곳을, 매일을 and 메일을, 곳이다 and 것이다)', async () => {
  for (const [typed, alike] of [['꽃을', '곳을'], ['매일을', '메일을'], ['곳이다', '것이다'], ['쥐를', '죄를']] as const) {
    const [t, a] = [engine.lexicon.get(typed), engine.lexicon.get(alike)];
    assert.ok(t && a && a.weight >= 5 * t.weight, `the premise: ${alike} is far commoner than ${typed}`);
    const r = await correct(typed);
    assert.equal(r.action, 'none', `${typed}: ${r.candidates.map((c) => c.text).join(', ')}`);
  }
  // A standard word that only sounds like a particle's form is still a habit's fix (일부로 → 일부러).
  const r = await correct('일부로');
  assert.equal(r.action, 'suggest');
  assert.equal(r.candidates[0]?.text, '일부러');
});

// Speech respells some vowels, and people write them so (그래두, 구럼, 이뿌다), but only one way
// round and not in a word's first syllable: there the other vowel makes another word, one more
// popular than the word typed perhaps, but not what was meant (스지 is not 수지 misspelled).
for (const [typed, alike] of [
  ['스지', '수지'],
  ['하르만', '하루만'],
  ['두달', '도달'],
  ['웁니다', '옵니다'],
  ['소장님', '서장님'],
  ['어판', '오판'],
  ['머금', '모금'],
] as const) {
  test(`${typed} (a word people write) is not taken for ${alike} respelled as spoken`, async () => {
    assert.ok(engine.lexicon.get(typed));
    const reading = engine.hypotheses(typed).candidates.find((h) => h.text === alike);
    assert.ok(reading && !reading.kinds.includes('misspelling'), `${alike} is at most a typo reading`);
    const r = await correct(typed);
    assert.equal(r.action, 'none');
  });
}
test('respellings as spoken are still set right where speech makes them (그래두 → 그래도, 구럼 → 그럼, 이뿌다 → 이쁘다)', async () => {
  for (const [typed, meant, action] of [['그래두', '그래도', 'autocorrect'], ['구럼', '그럼', 'autocorrect'], ['이뿌다', '이쁘다', 'suggest']] as const) {
    const r = await correct(typed);
    assert.equal(r.action, action, typed);
    assert.equal(r.candidates[0]?.text, meant, typed);
  }
});

// A standard word keeps its final before a particle (빚이, 앞도); the same sounds with the final
// moved on (비지, 연음) or written as it sounds (압도) are another word, not how it is spelled; and
// so is the word a tensed consonant makes of its ending (명에 and 명예, 이야기군 and 이야기꾼).
for (const [typed, alike] of [
  ['명에', '명예'],
  ['이야기군', '이야기꾼'],
  ['앞도', '압도'],
  ['빚이', '비지'],
  ['검이', '거미'],
  ['뿔이', '뿌리'],
] as const) {
  test(`${typed} (a standard word with its particle or ending) is not taken for ${alike} misspelled`, async () => {
    const reading = engine.hypotheses(typed).candidates.find((h) => h.text === alike);
    assert.ok(reading && !reading.kinds.includes('misspelling'), `${alike} is at most a typo reading`);
    const r = await correct(typed);
    assert.equal(r.action, 'none');
  });
}

// A modifier written against the bound noun after it (갈때 for 갈 때) is spacing left out: the word
// it sounds like (갈대) is no fix, however common; a misspelled modifier is still set right.
test('modifierBeforeBoundNoun: a modifier in -ㄴ or -ㄹ spelled as meant, then a bound noun', () => {
  assert.equal(modifierBeforeBoundNoun(engine.lexicon, '갈때'), true);
  assert.equal(modifierBeforeBoundNoun(engine.lexicon, '있는곳'), true);
  assert.equal(modifierBeforeBoundNoun(engine.lexicon, '갈대'), false, '대 is no bound noun');
  assert.equal(modifierBeforeBoundNoun(engine.lexicon, '할께'), false, '께 is an ending misspelled');
  assert.equal(modifierBeforeBoundNoun(engine.lexicon, '어렷을적'), false, '어렷을 is misspelled');
  assert.equal(modifierBeforeBoundNoun(engine.lexicon, '사과것'), false, '사과 is no modifier');
});
test('doubledStandardWord: a standard word said twice (바짝바짝, 쿵쿵), not two different halves nor a word that is none', () => {
  assert.ok((engine.lexicon.get('바짝바짝')?.weight ?? 0) < 1, 'the premise: 바짝바짝 has next to no weight of its own');
  assert.equal(doubledStandardWord(engine.lexicon, '바짝바짝'), true);
  assert.equal(doubledStandardWord(engine.lexicon, '쿵쿵'), true);
  assert.equal(doubledStandardWord(engine.lexicon, '바짝바싹'), false, 'two halves');
  assert.equal(doubledStandardWord(engine.lexicon, '뱌짝뱌짝'), false, '뱌짝 is no word');
  assert.equal(doubledStandardWord(engine.lexicon, '바짝바'), false);
});
test('wordThenVerbForm: a standard word and a verb form, the space left out (야유회간다, 해약할까), not a slip in one (야유회갇다), a word and a syllable (야유회가) nor two headwords (언제가지, 언제까지 misspelled)', () => {
  assert.equal(wordThenVerbForm(engine.lexicon, '야유회간다'), true);
  assert.equal(wordThenVerbForm(engine.lexicon, '해약할까'), true);
  assert.equal(wordThenVerbForm(engine.lexicon, '야유회갇다'), false);
  assert.equal(wordThenVerbForm(engine.lexicon, '야유회가'), false);
  assert.ok(engine.lexicon.isStandard('언제') && engine.lexicon.isStandard('가지'), 'the premise: 언제가지 reads as two headwords');
  assert.equal(wordThenVerbForm(engine.lexicon, '언제가지'), false);
});
test('standardModifierBeforeBoundNoun: the modifier a standard form (댈수: 댈 of 대다), not a name that ends in ㄴ (남안적, a slip for 낭만적)', () => {
  assert.equal(standardModifierBeforeBoundNoun(engine.lexicon, '댈수'), true);
  assert.equal(standardModifierBeforeBoundNoun(engine.lexicon, '갈때'), true);
  assert.ok(modifierBeforeBoundNoun(engine.lexicon, '남안적'), 'the premise: 남안, a name, is spelled as meant');
  assert.equal(standardModifierBeforeBoundNoun(engine.lexicon, '남안적'), false);
  assert.equal(standardModifierBeforeBoundNoun(engine.lexicon, '할께'), false, '께 is no bound noun');
});
for (const [typed, alike] of [
  ['갈때', '갈대'],
  ['있는곳', '있는것'],
] as const) {
  test(`${typed} (a modifier and a bound noun written together) is left as typed, not changed into ${alike}`, async () => {
    assert.ok(engine.hypotheses(typed).candidates.some((h) => h.text === alike), `the premise: ${alike} is a reading of ${typed}`);
    const r = await correct(typed);
    assert.equal(r.action, 'none', `${typed}: ${r.candidates.map((c) => c.text).join(', ')}`);
  });
}
test('a misspelled modifier before a bound noun (어렷을적) and a misspelled ending (할께) are still offered their fix', async () => {
  for (const [typed, meant] of [['어렷을적', '어렸을적'], ['할께', '할게']] as const) {
    const r = await correct(typed);
    assert.notEqual(r.action, 'none', typed);
    assert.equal(r.candidates[0]?.text, meant, typed);
  }
});

// A word written against a form of 같다 after it (나같으면 for 나 같으면) is spacing left out: the
// commoner word it sounds like with a final swapped (나갔으면) is no fix.
test('nounBeforeGatda: a word spelled as meant, then a standard form of 같다', () => {
  assert.equal(nounBeforeGatda(engine.lexicon, '나같으면'), true);
  assert.equal(nounBeforeGatda(engine.lexicon, '바보같은'), true);
  assert.equal(nounBeforeGatda(engine.lexicon, '나갔으면'), false, 'no 같');
  assert.equal(nounBeforeGatda(engine.lexicon, '같으면'), false, 'no word before it');
  assert.equal(nounBeforeGatda(engine.lexicon, '나같애'), false, '같애 is no standard form');
});
test('나같으면 is left as typed, not changed into 나갔으면, alone or in a sentence', async () => {
  assert.ok(engine.hypotheses('나같으면').candidates.some((h) => h.text === '나갔으면'), 'the premise: 나갔으면 is a reading of 나같으면');
  for (const typed of ['나같으면', '나같으면 안해']) {
    const r = await correct(typed);
    assert.equal(r.action, 'none', `${typed}: ${r.candidates.map((c) => c.text).join(', ')}`);
  }
});

// A 르-irregular verb's forms (몰라서 of 모르다) are standard: 몰라서요 is no misspelling of the
// commoner 몰랐어요, and 몰랏는데, a shift slip, is set right to a standard form.
test('몰라서요 is left as typed, not offered 몰랐어요; 몰랏는데 is set to 몰랐는데', async () => {
  assert.ok(engine.hypotheses('몰라서요').candidates.some((h) => h.text === '몰랐어요'), 'the premise: 몰랐어요 is a reading of 몰라서요');
  const asTyped = await correct('몰라서요');
  assert.equal(asTyped.action, 'none', asTyped.candidates.map((c) => c.text).join(', '));
  const slip = await correct('몰랏는데');
  assert.equal(slip.action, 'autocorrect');
  assert.equal(slip.corrected, '몰랐는데');
});

// The old plain-polite 소 after a stem (갔소, 싫소) is a form of its verb, not a misspelling of the
// word it sounds like.
for (const [typed, alike] of [
  ['갔소', '같소'],
  ['싫소', '실소'],
] as const) {
  test(`${typed} (a verb with the plain-polite 소) is left as typed, not offered ${alike}`, async () => {
    assert.ok(engine.hypotheses(typed).candidates.some((h) => h.text === alike), `the premise: ${alike} is a reading of ${typed}`);
    const r = await correct(typed);
    assert.equal(r.action, 'none', `${typed}: ${r.candidates.map((c) => c.text).join(', ')}`);
  });
}

// A numeral written against its counter (두개 for 두 개) is spacing left out, not 두게 misspelled;
// a form a dictionary marks (몇일 for 며칠) is not excused by reading so.
test('numeralBeforeCounter: a native numeral then a counter, not a form a dictionary marks', () => {
  assert.equal(numeralBeforeCounter(engine.lexicon, '두개'), true);
  assert.equal(numeralBeforeCounter(engine.lexicon, '다섯명'), true);
  assert.equal(numeralBeforeCounter(engine.lexicon, '두게'), false);
  assert.equal(numeralBeforeCounter(engine.lexicon, '사과'), false);
  assert.ok(engine.lexicon.get('몇일')?.flags.includes('x'), 'the premise: 몇일 is marked misspelled');
  assert.equal(numeralBeforeCounter(engine.lexicon, '몇일'), false);
});
test('두개 is left as typed, not offered 두게; 몇일 is still set to 며칠', async () => {
  assert.ok(engine.hypotheses('두개').candidates.some((h) => h.text === '두게'), 'the premise: 두게 is a reading of 두개');
  assert.equal((await correct('두개')).action, 'none');
  const r = await correct('몇일');
  assert.equal(r.action, 'autocorrect');
  assert.equal(r.corrected, '며칠');
});

test('exclaimsWithGun: a standard word or stem with the exclamation -군, nothing else', () => {
  assert.equal(exclaimsWithGun(engine.lexicon, '이야기군'), true);
  assert.equal(exclaimsWithGun(engine.lexicon, '좋군'), true, '좋다 is standard');
  assert.equal(exclaimsWithGun(engine.lexicon, '이야기꾼'), false);
  assert.equal(exclaimsWithGun(engine.lexicon, '군'), false, 'no word before it');
});
test('a tensed consonant is still a habit where the typed word is no standard word with its ending (할께 → 할게, 재밋다 → 재밌다)', async () => {
  for (const [typed, meant] of [['할께', '할게'], ['재밋다', '재밌다']] as const) {
    const r = await correct(typed);
    assert.notEqual(r.action, 'none', typed);
    assert.equal(r.candidates[0]?.text, meant, typed);
  }
});

test('nativeNumeral: the native numerals before a noun, tens and units written together (두, 열두, 스물세, 스무), not 몇 nor a numeral with its counter', () => {
  for (const w of ['두', '열두', '스물세', '서른한', '스무', '열']) assert.equal(nativeNumeral(w), true, w);
  for (const w of ['몇', '두개', '열도', '스물스물', '둘']) assert.equal(nativeNumeral(w), false, w);
});
