import { test } from 'node:test';
import assert from 'node:assert/strict';
import { headwordWithParticle, standardWithEnding } from '../src/engine/forms.js';
import { servedEngine, sharedEngine } from './engine-fixture.js';

// Plain sentences people paste into a search box (utterances of the 3i4k set): every word in them
// is spelled right, and none of these may be changed or offered a "correction", by the service's
// engine (with the language model, whose own fixes of unknown words are asked for) or without it.
const engine = sharedEngine();
const shown = (r: { candidates: { text: string; score: number }[] }) => r.candidates.map((c) => `${c.text} ${c.score.toFixed(2)}`).join(', ');

test('a standard noun with the plural 들, alone or before a particle, is a standard word with its ending (다들, 사람들이)', () => {
  assert.equal(standardWithEnding(engine.lexicon, '다들'), true);
  assert.equal(standardWithEnding(engine.lexicon, '사람들이'), true);
  assert.equal(standardWithEnding(engine.lexicon, '닫들'), false, '닫 is a stem, not a noun');
});

test('a headword with a form of the copula (야유회입니다, 친구였다) or a particle after a bound word (정도씩만) is a standard word with its ending; a verb form or 아니 before 예요 is not (꺼예요, 아니예요, 오랬만에)', () => {
  for (const w of ['야유회입니다', '친구였다', '사람이었는데', '정도씩만', '사람들만']) assert.equal(standardWithEnding(engine.lexicon, w), true, w);
  for (const w of ['꺼예요', '아니예요', '오랬만에']) assert.equal(standardWithEnding(engine.lexicon, w), false, w);
});

test('a headword with the copula asking or exclaiming (영하이니, 영하인가, 학생이네요) is a standard word with its ending', () => {
  for (const w of ['영하이니', '영하인가', '학생이네요']) assert.equal(standardWithEnding(engine.lexicon, w), true, w);
});

test('아니다 with the copula\'s 에요, and its contraction, are standard forms (아니에요, 아녜요); an ㄹ stem with an ending whose ㄹ or ㄴ it takes is a standard word (불까, 만들까, 분다)', () => {
  for (const w of ['아니에요', '아녜요']) assert.equal(standardWithEnding(engine.lexicon, w), true, w);
  for (const w of ['불까', '만들까', '분다']) assert.equal(engine.lexicon.isStandard(w), true, w);
});

test('a stem of any length closed by an ending\'s ㄴ, ㄹ or ㅂ is a standard form (갑니다, 기다립니다, 기다린다, 기다릴게), and 씁니다 is not offered 습니다', async () => {
  // The longest endings too, which the search of heads stops at (`LONGEST_ENDING`).
  for (const w of ['갑니다', '삽니다', '기다립니다', '기다린다', '기다릴게', '돌아갑니다', '기다리셨습니다', '돌아가셨습니다']) assert.equal(engine.lexicon.isStandard(w), true, w);
  assert.equal((await engine.correct('씁니다', 5)).action, 'none');
});

for (const [sentence, not] of [
  ['다들 좋더라구요', '닫을'],
  ['이번주중 비오는 날 있으면 알려줄래', '비우는'],
  ['건강이 제일이야', '메일이야'],
  ['과제가 많아서 쉴 틈이 없어', '쉴틈이'],
  ['수고 많으셨습니다', '수고많으셨습니다'],
  ['냉장실 온도가 몇 도인지 알려줘', '몇도인지'],
  ['이번 달 말일에 회사 야유회입니다', '양회입니다'],
  ['한달에 한 십만원 정도씩만 해봐', '정도식만'],
  ['몇 번 했어요', '몇번 했어요'],
  ['안녕히 계세요', '안녕히계세요'],
  ['좋은꿈 꿔', '좋은꿈꿔'],
  ['내일 불쾌지수가 어느 정도인지 알려줘', '어느정도인지'],
  ['우유는 왔는지 보고와', '우윤근'],
  ['화장품 가게의 이름은 올리브영으로 설정해라', '가계의'],
  ['오늘 바람이 얼마나 불까', '불가'],
  ['알 거 아녜요', '아네요'],
  ['누가 먹는대', '먹는데'],
  ['오늘 아침 날씨는 영하이니', '영화이니'],
  ['날씨는 영하인가', '영화인가'],
  ['언제부터 배우가 감독을 깠냐고', '있냐고'],
  ['다시 학교 다닌다며 열심히 하렴', '다닌다면'],
  ['내시경 찍었다며 어떻다는데 위염이라고', '찍었다면'],
  ['누가 걔 간댔어', '안됐어'],
  ['티를 못냈지', '못했지'],
  ['의료보험으로는 치료비를 다 댈수 없습니다', '달수'],
  ['입이 바짝바짝 탄다', '반짝반짝'],
  ['회사 사람들이랑 야유회간다', '양회간다'],
] as const) {
  test(`${sentence} is left as typed (not ${not}), with the language model and without`, async () => {
    for (const e of [engine, await servedEngine()]) {
      const r = await e.correct(sentence, 5);
      assert.equal(r.action, 'none', `${sentence}: ${shown(r)}`);
      assert.equal(r.corrected, sentence);
    }
  });
}

test('the same habits stay habits where the typed form is no standard word with its ending: 다행이 → 다행히 (the adverb far commoner), 그래두 → 그래도, 아니예요 → 아니에요, 꺼예요 → 거예요; 비우는 stays', async () => {
  for (const [typed, meant] of [['다행이', '다행히'], ['그래두 그렇지', '그래도 그렇지'], ['아니예요', '아니에요'], ['꺼예요', '거예요']] as const) {
    const r = await engine.correct(typed, 5);
    assert.notEqual(r.action, 'none', `${typed}: ${shown(r)}`);
    assert.equal(r.candidates[0]?.text, meant);
  }
  assert.equal((await engine.correct('비우는', 5)).action, 'none');
});

test('a join into what a name, title, logged query or headword writes as one is still offered (아이 폰 → 아이폰, 무한 도전 → 무한도전, and a headword across the space with its particle: 첫 눈이 → 첫눈이); one into what only running text or a word list writes so is not (몇번, 안녕히계세요), nor one that only makes a particle of a word (누구 와)', async () => {
  for (const [typed, joined] of [['아이 폰', '아이폰'], ['무한 도전', '무한도전'], ['첫 눈이 오니', '첫눈이 오니']] as const) {
    const r = await engine.correct(typed, 5);
    assert.equal(r.action, 'suggest', typed);
    assert.equal(r.candidates[0]?.text, joined);
  }
  assert.equal((await engine.correct('누구 와', 5)).action, 'none');
  for (const joined of ['몇번', '안녕히계세요', '좋은꿈꿔']) assert.ok(!/[eqs]/u.test(engine.lexicon.get(joined)?.flags ?? ''), `the premise: ${joined} is only running text or a word list's`);
});

test('headwordWithParticle: a dictionary headword and a particle (우유는, 가게의, 속에는), not a verb form with more on it (캘어) nor an unknown head', () => {
  for (const w of ['우유는', '가게의', '속에는', '사람들이']) assert.equal(headwordWithParticle(engine.lexicon, w), true, w);
  for (const w of ['캘어', '깠어', '우윤는', '우유']) assert.equal(headwordWithParticle(engine.lexicon, w), false, w);
});

test('a typo that makes a standard form or a headword with its particle in a query of several words is still set right when nothing standard was typed there (김무성 캘어 → 김무성 캐리어 leads)', async () => {
  const r = await (await servedEngine()).correct('김무성 캘어', 5);
  assert.equal(r.candidates[0]?.text, '김무성 캐리어', shown(r));
});

test('a bare stem typed apart from its ending (거의 없 잖아요) is joined to it (없잖아요), not read as another word its final simplified makes (업), with the language model and without', async () => {
  for (const e of [engine, await servedEngine()]) {
    for (const [typed, joined] of [['거의 없 잖아요', '거의 없잖아요'], ['있 잖아', '있잖아']] as const) {
      const r = await e.correct(typed, 5);
      assert.equal(r.candidates[0]?.text, joined, `${typed}: ${shown(r)}`);
      assert.notEqual(r.action, 'autocorrect', typed);
    }
  }
});

test('the bare stem of a standard verb or adjective typed alone is no misspelling of the word its final simplified makes (없 is not 업, 읽 not 일, 싫 not 실, 수많 not 수만); a shift slip in one still is (시간 잇 → 시간 있)', async () => {
  for (const [typed, not] of [['없', '업'], ['읽', '일'], ['싫', '실'], ['수많', '수만'], ['시간 없', '시간 업']] as const) {
    const r = await engine.correct(typed, 5);
    assert.equal(r.action, 'none', `${typed}: ${shown(r)}`);
    assert.ok(!r.candidates.some((c) => c.text === not && c.kinds.includes('misspelling')), `${typed} → ${not} as a misspelling: ${shown(r)}`);
  }
  const r = await engine.correct('시간 잇', 5);
  assert.equal(r.candidates[0]?.text, '시간 있', shown(r));
});
