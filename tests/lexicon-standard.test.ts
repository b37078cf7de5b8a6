import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sharedEngine } from './engine-fixture.js';

const lexicon = sharedEngine().lexicon;

test('an inflection of a standard verb is standard (걱정되다: 걱정되면, 걱정되는, 걱정되어서)', () => {
  assert.ok(lexicon.isStandard('걱정되다'));
  for (const w of ['걱정되면', '걱정되는', '걱정되어서']) assert.ok(lexicon.isStandard(w), w);
});

test('되 contracted with an 어-ending is spelled 돼 (걱정돼서, 기대돼요 standard; 걱정되서, 기대되요 not)', () => {
  for (const w of ['걱정돼서', '걱정돼요', '기대돼요', '걱정돼도']) assert.ok(lexicon.isStandard(w), w);
  for (const w of ['걱정되서', '걱정되요', '기대되요', '걱정되도']) assert.ok(!lexicon.isStandard(w), w);
});

test('돼 vouches for nothing without a standard 되다 stem (걱정돼 yes, 무돼서 no)', () => {
  assert.ok(lexicon.isStandard('걱정돼'));
  assert.ok(!lexicon.isStandard('무돼서'));
});

test('the past tense and 아/어 forms of a standard verb are standard (들어갔어, 나타났어, 공부했어, 걱정됐어, 기다려서, 감싸)', () => {
  for (const w of ['들어갔어', '나타났어', '공부했어', '걱정됐어', '기다려서']) assert.ok(lexicon.isStandard(w), w);
  // A stem whose vowel absorbs 아/어 is its own 아/어 form (감싸 안다, 나서 주다), unlike 세우 (세워).
  for (const w of ['감싸', '나서', '보내']) assert.ok(lexicon.isStandard(w), w);
  // the typed shapes of those slips are not: 됬 for 됐, 햇 for 했
  for (const w of ['걱정됬어', '공부햇어']) assert.ok(!lexicon.isStandard(w), w);
});

test('a standard stem closed by an adnominal or nominal ending is standard (다룬, 따른, 욕할, 맛남), a bare stem is not (세우)', () => {
  for (const w of ['다룬', '따른', '다룰', '욕할', '맛난', '맛남']) assert.ok(lexicon.isStandard(w), w);
  for (const w of ['세우', '다릅']) assert.ok(!lexicon.isStandard(w), w);
});

test('an open stem closed by what is left of an ending after a vowel is standard (뛴다, 둔다, 올래, 갈까), and so is one whose ending lost its 으 (주러, 보니까); the habits spelled so are not (갈께)', () => {
  for (const w of ['뛴다', '둔다', '올래', '갈까', '주러', '보니까']) assert.ok(lexicon.isStandard(w), w);
  // An 어-ending or the past tense after a vowel that does not absorb it (뛰어야, 되었어), and a few more endings after the past tense or 겠.
  for (const w of ['뛰어야', '되었어', '갔을까', '갔으니', '죽겠는데']) assert.ok(lexicon.isStandard(w), w);
  // Forms of ㅎ-irregular adjectives (빨갛다, 그렇다, 하얗다); a regular one's slip is not (조은 for 좋은).
  for (const w of ['빨간', '노란', '빨개', '그랬어', '하얘']) assert.ok(lexicon.isStandard(w), w);
  assert.ok(!lexicon.isStandard('조은'), '조은');
  for (const w of ['갈께', '뛴디']) assert.ok(!lexicon.isStandard(w), w);
});

test('the nominal form of a standard ㄹ-stem verb keeps the ㄹ and is standard (힘듦, 만듦); written as heard it is not (힘듬, 만듬)', () => {
  for (const w of ['힘듦', '만듦']) assert.ok(lexicon.isStandard(w), w);
  for (const w of ['힘듬', '만듬']) assert.ok(!lexicon.isStandard(w), w);
});

test('the root of a standard 하다 word is standard (허전, 진솔, 쏠쏠), of two syllables at least (흔 of 흔하다 is not)', () => {
  for (const w of ['허전', '진솔', '쏠쏠']) assert.ok(lexicon.isStandard(w), w);
  assert.ok(lexicon.isStandard('흔하다'));
  assert.ok(!lexicon.isStandard('흔'));
});

test('forms of one-syllable verbs are standard (늙어서, 읽어서, 찍음, 갔네, 봐서, 부는지), their usual slips are not (좋앗다, 됬어, 갈께, 되서)', () => {
  for (const w of ['늙어서', '읽어서', '찍음', '갔네', '갔습니다', '봐서', '부는지', '먹고', '가서']) assert.ok(lexicon.isStandard(w), w);
  for (const w of ['좋앗다', '됬어', '갈께', '되서', '되요', '하서', '늙고양이']) assert.ok(!lexicon.isStandard(w), w);
});

test('forms of two-syllable stems with a common ending are standard (애써서, 괜찮아서), their slips are not (괜찬아서)', () => {
  for (const w of ['애써서', '괜찮아서', '괜찮았다']) assert.ok(lexicon.isStandard(w), w);
  for (const w of ['괜찬아서', '괜찮앗다']) assert.ok(!lexicon.isStandard(w), w);
});

test('honorific forms are standard, with 으 after a consonant (되시길, 가셨다, 읽으셨다; not 읽시길), and so are questions (됐나요)', () => {
  for (const w of ['되시길', '가셨다', '읽으셨다', '먹으세요', '됐나요', '갔나요']) assert.ok(lexicon.isStandard(w), w);
  for (const w of ['읽시길', '먹시길', '됬나요']) assert.ok(!lexicon.isStandard(w), w);
});
