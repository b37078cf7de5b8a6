import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Engine, LM_LIMITS } from '../src/engine/index.js';
import { Scorer } from '../src/rank/index.js';
import { parseBlocklist } from '../src/lexicon/index.js';
import type { CompleteOptions, Completion, LanguageModel } from '../src/lm/index.js';
import { toKeystrokes } from '../src/hangul/index.js';
import { sharedEngine } from './engine-fixture.js';
import { FakeLm } from './fake-lm.js';

const base = sharedEngine();

/** An engine with `lm`, weighed by `lmWeight` in context and by `lmOneWord` for one word alone. */
function withLm(lm: LanguageModel, lmWeight: number, lmOneWord = 0): Engine {
  const s = base.scorer;
  const scorer = new Scorer(s.lexicon, s.channel, s.spelling, { ...s.weights, lm: lmWeight, lmOneWord });
  return new Engine({ lexicon: base.lexicon, scorer, lm, blocklist: parseBlocklist('개새*'), lmNextWords: 'any' });
}

test('the LM decides between close candidates in context: 아이아이 쭐장난 follows the model', async () => {
  const typed = '아이아이 쭐장난';
  const without = await base.correct(typed, 5);
  // The prior and the channel alone lead with one of two known words; the model prefers the other.
  const [lead, other] = without.candidates.map((c) => c.text);
  assert.deepEqual([lead, other].sort(), ['아이아이 물장난', '아이아이 불장난']);
  const lm = new FakeLm({ [other!]: -20, [lead!]: -60, [typed]: -70 });
  const r = await withLm(lm, 0.8).correct(typed, 5);
  assert.equal(r.candidates[0]?.text, other);
  // One batch: "as typed" plus the top candidates, bounded.
  assert.equal(lm.scored.length, 1);
  assert.ok(lm.scored[0]!.includes(typed), lm.scored[0]!.join(', '));
  assert.ok(lm.scored[0]!.length <= LM_LIMITS.rerank + 1);
});

test('a query of known words is at most suggested another real-word reading, however sure the model is (신시아 닉슨)', async () => {
  const typed = '신시아 닉슨';
  for (const w of typed.split(' ')) assert.ok(base.lexicon.get(w), `${w} is a known word`);
  const lm = new FakeLm({ '신시아 넥슨': -10, [typed]: -60 });
  const r = await withLm(lm, 0.8).correct(typed, 5);
  assert.equal(r.candidates[0]?.text, '신시아 넥슨');
  assert.ok(r.confidence >= base.scorer.weights.autocorrectAt, `confidence ${r.confidence}`);
  assert.equal(r.action, 'suggest');
  // With a word no lexicon knows, the same certainty applies the fix.
  const unknown = await withLm(new FakeLm({ '아이아이 불장난': -10, '아이아이 쭐장난': -60 }), 0.8).correct('아이아이 쭐장난', 5);
  assert.equal(unknown.action, 'autocorrect');
  assert.equal(unknown.corrected, '아이아이 불장난');
});

test('candidates that drop or change a digit or symbol typed (1%의 우정 → 1의 우정) are not put to the LM', async () => {
  const typed = '1%의 우쟈ㅓㅇ';
  // A model that, like ours, finds the rare % expensive.
  const lm = new FakeLm({ '1의 우정': -5, '1%의 우정': -40 });
  const engine = withLm(lm, 0.8);
  assert.ok(engine.hypotheses(typed).candidates.some((h) => h.text === '1의 우정'), 'the symbol-dropping candidate exists');
  const r = await engine.correct(typed, 5);
  // The rerank, then the model's own fixes of 우쟈ㅓㅇ, which keep the other words as typed.
  assert.ok(lm.scored.length >= 1);
  for (const batch of lm.scored) for (const text of batch) assert.ok(text.startsWith('1%'), text);
  assert.equal(r.candidates[0]?.text, '1%의 우정');
});

test('initials alone (ㅁㅊㅅ, ㅁㅊㅅ ㄱㄱ) are not put to the LM, which would favour any syllables over them', async () => {
  for (const typed of ['ㅁㅊㅅ', 'ㅁㅊㅅ ㄱㄱ']) {
    const engine = withLm(new FakeLm({}), 0.8, 0.8);
    const readings = engine.hypotheses(typed).candidates;
    assert.ok(readings.length >= 2, `${typed}: readings for a model to judge`);
    // A model that finds the reading ranked last far likelier than anything else.
    const last = readings.at(-1)!.text;
    const lm = new FakeLm({ [last]: -1 });
    const r = await withLm(lm, 0.8, 0.8).correct(typed, 5);
    assert.deepEqual(lm.scored, [], typed);
    assert.deepEqual(r.candidates, (await base.correct(typed, 5)).candidates, typed);
  }
  // A syllable typed with them is text the model reads: 맛ㅊㅅ goes to it.
  const lm = new FakeLm({});
  await withLm(lm, 0.8, 0.8).correct('맛ㅊㅅ', 5);
  assert.ok(lm.scored.length > 0);
});

test('long queries send the LM fewer texts, within the key budget', async () => {
  // A fake that knows nothing: every text is scored alike, so the batches are what the gate sends.
  // Both have nine texts within the margin; the longer one's nine would exceed the budget.
  const short = '끝까찌 간다';
  const long = '바르다 가ㅣㅁ선생';
  // Readings that also change the known word 간다 count too: with their cost, fewer are close.
  const rerankOf = async (typed: string): Promise<string[]> => {
    const lm = new FakeLm({});
    const engine = withLm(lm, 0.4);
    await engine.correct(typed, 5, { ...engine.scorer.weights, knownWordChangeCost: 0 });
    // One call: the rerank's texts first, then the model's own word fixes, if any, which are no
    // hypotheses (tests/engine-lm-word-fixes.test.ts).
    const hyps = engine.hypotheses(typed);
    const known = new Set([hyps.normalized, ...hyps.candidates.map((h) => h.text)]);
    assert.equal(lm.scored.length, 1);
    const batch = lm.scored[0]!;
    const rerank = batch.filter((t) => known.has(t));
    assert.deepEqual(batch.slice(0, rerank.length), rerank, 'the rerank comes first');
    return rerank;
  };
  const forShort = await rerankOf(short);
  const forLong = await rerankOf(long);
  for (const batch of [forShort, forLong]) {
    const columns = Math.max(...batch.map((t) => toKeystrokes(t).length)) + 2;
    assert.ok(batch.length === 2 || batch.length * columns <= LM_LIMITS.batchKeys, `${batch.length} texts of up to ${columns} keys`);
  }
  assert.equal(forShort.length, LM_LIMITS.rerank + 1);
  assert.ok(forLong.length < forShort.length, `${forLong.length} texts for the long query, ${forShort.length} for the short one`);
});

test('an LM that likes the input as typed keeps it', async () => {
  const lm = new FakeLm({ '아이아이 쭐장난': -5 });
  const r = await withLm(lm, 0.8).correct('아이아이 쭐장난', 5);
  assert.equal(r.action, 'none');
  assert.equal(r.corrected, '아이아이 쭐장난');
});

test('a leading spacing choice is put to the LM: 같이살래요 stays as typed when the model prefers it', async () => {
  const without = await base.correct('같이살래요', 5);
  assert.equal(without.candidates[0]?.text, '같이 살래요'); // the lexicon alone respaces it
  const lm = new FakeLm({ 같이살래요: -5, '같이 살래요': -60 });
  const r = await withLm(lm, 0.8).correct('같이살래요', 5);
  assert.equal(lm.scored.length, 1);
  assert.equal(r.action, 'none');
  assert.equal(r.corrected, '같이살래요');
});

test('with lmOneWord 0, single words and known queries are ranked without the LM', async () => {
  const lm = new FakeLm({ 아이콘: 0, '김연경 은퇴식': -90 });
  const engine = withLm(lm, 0.8, 0);
  const plain = withLm(new FakeLm({}), 0, 0);
  for (const q of ['아이혼', '롯데시내마', '김연경 은퇴식']) {
    const a = await engine.correct(q, 5);
    const b = await plain.correct(q, 5);
    assert.deepEqual(a.candidates.map((c) => c.text), b.candidates.map((c) => c.text), q);
  }
  assert.equal(lm.scored.length, 0);
});

test('one word alone is put to the LM with its own weight, lmOneWord, which settles a close call (첟원 → 청원)', async () => {
  const plain = await withLm(new FakeLm({}), 0, 0).correct('첟원', 5);
  assert.notEqual(plain.candidates[0]?.text, '청원'); // the prior alone ranks another word first
  assert.ok(plain.candidates.some((c) => c.text === '청원'));
  const lm = new FakeLm({ 청원: -10 });
  // The weight in context does not apply to one word: with lmOneWord 0 the model is not asked.
  await withLm(lm, 0.8, 0).correct('첟원', 5);
  assert.equal(lm.scored.length, 0);
  const r = await withLm(lm, 0, 0.3).correct('첟원', 5);
  assert.equal(r.candidates[0]?.text, '청원');
  assert.equal(lm.scored.length, 1);
  assert.ok(lm.scored[0]!.includes('첟원') && lm.scored[0]!.includes('청원'));
});

test('a word the lexicon knows is not put to the LM, whatever lmOneWord is', async () => {
  const lm = new FakeLm({ 아이돌: 0 });
  const a = await withLm(lm, 0.8, 0.5).correct('아이콘', 5);
  assert.equal(a.action, 'none');
  assert.equal(lm.scored.length, 0);
});

test('LM weight 0 leaves the ranking as without a model', async () => {
  const lm = new FakeLm({ '아이아이 불장난': 0 });
  const a = await withLm(lm, 0).correct('아이아이 쭐장난', 5);
  const b = await base.correct('아이아이 쭐장난', 5);
  assert.deepEqual(a.candidates.map((c) => c.text), b.candidates.map((c) => c.text));
  assert.equal(lm.scored.length, 0);
});

test('autocomplete adds LM completions (kinds lm) when the lexicon runs short, filtered', async () => {
  const prefix = '붕어빵 맛집 추';
  const lm = new FakeLm({}, [
    { text: `${prefix}천`, logProb: -1.5 },
    { text: `${prefix}천 개새끼`, logProb: -2 }, // blocked
    { text: `${prefix}ㅋㅋㅋㅋㅋ`, logProb: -60 }, // too unlikely
  ]);
  const r = await withLm(lm, 0.5).suggest(prefix, 10);
  const generated = r.suggestions.filter((s) => s.kinds.includes('lm'));
  assert.deepEqual(generated.map((s) => s.text), [`${prefix}천`]);
  // Below every match of the prefix as typed; among the one-typo guesses by score; the list stays
  // ordered by score.
  const firstLm = r.suggestions.findIndex((s) => s.kinds.includes('lm'));
  const lastTyped = r.suggestions.findLastIndex((s) => s.kinds.some((k) => k !== 'typo' && k !== 'infix' && k !== 'lm'));
  assert.ok(lastTyped < firstLm);
  const scores = r.suggestions.map((s) => s.score);
  assert.deepEqual(scores, [...scores].sort((a, b) => b - a));
});

test('an LM completion ranks among the one-typo guesses by score: below a strong one, above a weak one', async () => {
  const prefix = '아이퐁'; // no entry begins so; one keystroke from many (아이폰 …)
  const guesses = (await base.suggest(prefix, 10)).suggestions;
  assert.ok(guesses.length >= 9 && guesses.every((s) => s.kinds.includes('typo')), JSON.stringify(guesses));
  const strong = guesses[0]!;
  // Weak, but not so weak that a completion just above it falls under the model's least score per key.
  const weak = guesses[6]!;
  for (const [nudge, aboveWeak] of [[0.5, true], [-0.5, false]] as const) {
    // a log-probability that puts the completion just above (or below) the weak guess on the lexicon's scale
    const logProb = weak.score - LM_LIMITS.completionScoreOffset + nudge;
    assert.ok(logProb < 0 && logProb + LM_LIMITS.completionScoreOffset < strong.score);
    const r = await withLm(new FakeLm({}, [{ text: `${prefix}케이스`, logProb }]), 0.5).suggest(prefix, 10);
    const texts = r.suggestions.map((s) => s.text);
    const at = texts.indexOf(`${prefix}케이스`);
    if (aboveWeak) assert.ok(at > texts.indexOf(strong.text) && at < texts.indexOf(weak.text), texts.join(', '));
    else assert.ok(at === -1 || at > texts.indexOf(weak.text), texts.join(', '));
  }
});

test('no LM completions when the lexicon already has n exact matches', async () => {
  const lm = new FakeLm({}, [{ text: '멜론티켓팅 꿀팁', logProb: -1 }]);
  const r = await withLm(lm, 0.5).suggest('멜론', 5);
  assert.ok(!r.suggestions.some((s) => s.kinds.includes('lm')));
});

test('the LM also runs when the only matches of the prefix are entries nobody searches or writes (박깁 → 박기배, 박기봉)', async () => {
  const prefix = '박깁';
  const typed = (await base.suggest(prefix, 10)).suggestions.filter((s) => s.kinds.includes('completion'));
  assert.ok(typed.length > 0);
  // only dictionaries and entity lists know them
  for (const s of typed) assert.ok(base.lexicon.get(s.text)!.weight < LM_LIMITS.goodMatchWeight, `${s.text} ${base.lexicon.get(s.text)!.weight}`);
  assert.equal(base.lexicon.get('박기범'), undefined, 'the premise: a name the lexicon lacks');
  const r = await withLm(new FakeLm({}, [{ text: '박기범', logProb: -1 }]), 0.5).suggest(prefix, 10);
  const texts = r.suggestions.map((s) => s.text);
  assert.ok(texts.includes('박기범'), texts.join(', '));
  // still below the matches of the prefix as typed
  for (const s of typed) assert.ok(texts.indexOf(s.text) < texts.indexOf('박기범'), texts.join(', '));
});

test('no LM completions for a prefix longer than LM_LIMITS.maxKeys (reading it is one unbounded model run)', async () => {
  let asked = 0;
  const lm = new (class extends FakeLm {
    override async complete(prefix: string, options: CompleteOptions): Promise<Completion[]> {
      asked++;
      return [{ text: `${prefix}다`, logProb: -1 }].slice(0, options.n);
    }
  })({});
  const engine = withLm(lm, 0.5);
  // Long-tail prefixes the lexicon has no match for: one at the limit, one a syllable over it.
  const syllables = '붕어빵맛집추천하는사람들의모임에서나온이야기를모아봤습니다';
  const upTo = (max: number) => [...syllables].reduce((p, c) => (toKeystrokes(p + c).length <= max ? p + c : p), '');
  const atLimit = upTo(LM_LIMITS.maxKeys);
  const over = [...syllables].slice(0, [...atLimit].length + 1).join('');
  assert.ok(toKeystrokes(over).length > LM_LIMITS.maxKeys);
  assert.ok((await engine.suggest(atLimit, 10)).suggestions.some((s) => s.kinds.includes('lm')));
  assert.equal(asked, 1);
  assert.ok(!(await engine.suggest(over, 10)).suggestions.some((s) => s.kinds.includes('lm')));
  assert.equal(asked, 1);
});

test('queries longer than LM_LIMITS.maxKeys are ranked without the LM (its cost grows with the longest text)', async () => {
  const lm = new FakeLm({});
  const engine = withLm(lm, 0.4);
  // Two mistyped words the LM would rescore, then known words until the query is over the limit.
  const typo = '끝까찌 간다';
  let long = typo;
  while (toKeystrokes(long).length <= LM_LIMITS.maxKeys) long += ' 서울 날씨';
  await engine.correct(typo, 5);
  assert.equal(lm.scored.length, 1);
  const r = await engine.correct(long, 5);
  assert.equal(lm.scored.length, 1);
  assert.ok(r.candidates.length > 0);
});

test('a known word typed right is not swapped for a commoner one while another word is unknown (김하성 내년 거치ㅜ)', async () => {
  // A model that, like the real one, much prefers the commoner name.
  const lm = new FakeLm({ '김혜성 내년 거취': -20, '김하성 내년 거취': -32 });
  const engine = withLm(lm, 0.6);
  const typed = '김하성 내년 거치ㅜ';
  const costly = { ...engine.scorer.weights, knownWordChangeCost: 8 };
  const free = { ...engine.scorer.weights, knownWordChangeCost: 0 };
  assert.equal((await engine.correct(typed, 5, costly)).candidates[0]?.text, '김하성 내년 거취');
  // Without the cost the model's preference for the commoner name wins.
  assert.equal((await engine.correct(typed, 5, free)).candidates[0]?.text, '김혜성 내년 거취');
});

test('changed known words are counted for every reading of a query of several words with a known one', () => {
  const h = base.hypotheses('김하성 내년 거치ㅜ');
  const by = new Map(h.candidates.map((c) => [c.text, c]));
  assert.equal(by.get('김혜성 내년 거취')?.changedKnownWords, 1);
  assert.equal(by.get('김하성 내년 거취')?.changedKnownWords, undefined);
  // Every word known: a reading that changes one of them pays for it too.
  const allKnown = new Map(base.hypotheses('김하성 내년 거취').candidates.map((c) => [c.text, c]));
  assert.equal(allKnown.get('김혜성 내년 거취')?.changedKnownWords, 1);
  // No known word at all: nothing to count.
  assert.ok(base.hypotheses('쀍뛟 궯꿹').candidates.every((c) => c.changedKnownWords === undefined));
});

test('no LM completion of a prefix with a vowel key standing alone (ㅑㅔㅙㅜㄷ is iphone in the other layout)', async () => {
  const lm = new FakeLm({}, [{ text: 'ㅑㅔㅙㅜ데이', logProb: -3 }, { text: '화곡동 어린이집', logProb: -3 }]);
  const engine = withLm(lm, 0.5);
  const odd = await engine.suggest('ㅑㅔㅙㅜㄷ', 10);
  assert.ok(odd.suggestions.every((s) => !s.kinds.includes('lm')), odd.suggestions.map((s) => s.text).join(', '));
  // A Hangul prefix the lexicon barely knows still gets the model's completions.
  const tail = await engine.suggest('화곡동 어린ㅇ', 10);
  assert.ok(tail.suggestions.some((s) => s.kinds.includes('lm')), tail.suggestions.map((s) => s.text).join(', '));
});

/** The LM completions shown for `prefix` when the model offers exactly `completions`. */
async function shownFromModel(prefix: string, completions: readonly string[]): Promise<string[]> {
  const lm = new FakeLm({}, completions.map((text, i) => ({ text, logProb: -3 - 0.2 * i })));
  return (await withLm(lm, 0.5).suggest(prefix, 10)).suggestions.filter((s) => s.kinds.includes('lm')).map((s) => s.text);
}

test('an LM completion that runs a typed-out known word on into a word nobody wrote is dropped (마일리지 → 마일리지역)', async () => {
  const texts = await shownFromModel('쀍뛟 마일리지', ['쀍뛟 마일리지역', '쀍뛟 마일리지 적립']);
  assert.ok(!texts.includes('쀍뛟 마일리지역'), texts.join(', '));
  // A next word after a space stays.
  assert.ok(texts.includes('쀍뛟 마일리지 적립'), texts.join(', '));
});

test('an LM completion that only writes a particle or a form of 하다/되다 onto the word typed out is dropped (시간 → 시간을, 교체 → 교체하다)', async () => {
  const completions = ['쀍뛟 마일리지는', '쀍뛟 마일리지에서', '쀍뛟 마일리지의 적립', '쀍뛟 마일리지하다', '쀍뛟 마일리지합니다.', '쀍뛟 마일리지 적립'];
  const texts = await shownFromModel('쀍뛟 마일리지', completions);
  for (const gone of completions.slice(0, 5)) assert.ok(!texts.includes(gone), `${gone}: ${texts.join(', ')}`);
  for (const kept of completions.slice(5)) assert.ok(texts.includes(kept), `${kept}: ${texts.join(', ')}`);
  // Once a key of the particle is typed (마일리진, on the way to 마일리지는), it is what comes next;
  // a known word finished from fewer keys takes no particle of the model's (마일ㄹ → 마일리지는).
  const typing = await shownFromModel('쀍뛟 마일리진', ['쀍뛟 마일리지는']);
  assert.deepEqual(typing, ['쀍뛟 마일리지는']);
  const finished = await shownFromModel('쀍뛟 마일ㄹ', ['쀍뛟 마일리지는', '쀍뛟 마일리지에서', '쀍뛟 마일리지']);
  assert.deepEqual(finished, ['쀍뛟 마일리지']);
  // A dictionary word that ends like a particle is a word (어린 → 어린이), not 어린 with 이.
  const word = await shownFromModel('쀍뛟 어린', ['쀍뛟 어린이', '쀍뛟 어린을']);
  assert.deepEqual(word, ['쀍뛟 어린이']);
  // After a word the lexicon does not know, one syllable may be how the word ends (티켓베 → 티켓베이);
  // a longer particle or a verb form is still only an ending.
  const unknown = await shownFromModel('쀍뛟 뷁뛟', ['쀍뛟 뷁뛟이', '쀍뛟 뷁뛟과', '쀍뛟 뷁뛟에서', '쀍뛟 뷁뛟하다']);
  assert.deepEqual(unknown.sort(), ['쀍뛟 뷁뛟과', '쀍뛟 뷁뛟이']);
  // Two known words typed together are a word typed out (서울맛집 → 서울맛집을).
  const compound = await shownFromModel('쀍뛟 마일리지적립', ['쀍뛟 마일리지적립이', '쀍뛟 마일리지적립 카드']);
  assert.deepEqual(compound, ['쀍뛟 마일리지적립 카드']);
});

test('an LM completion that runs past the known word being typed into a word nobody wrote is dropped (마일ㄹ → 마일리지역), compounds of known words stay', async () => {
  const texts = await shownFromModel('쀍뛟 마일ㄹ', ['쀍뛟 마일리지역', '쀍뛟 마일리지카드', '쀍뛟 마일리지 적립']);
  assert.ok(!texts.includes('쀍뛟 마일리지역'), texts.join(', '));
  // The known word with another known word, and a next word after a space stay.
  for (const kept of ['쀍뛟 마일리지카드', '쀍뛟 마일리지 적립']) assert.ok(texts.includes(kept), `${kept}: ${texts.join(', ')}`);
  // A word the model writes that runs past no known word is the model's to offer (a new name).
  const named = await shownFromModel('쀍뛟 마일ㄹ', ['쀍뛟 마일뤼뷁']);
  assert.ok(named.includes('쀍뛟 마일뤼뷁'), named.join(', '));
});

test('an LM completion with a word after the one being typed needs LM_LIMITS.minLogProbPerKeyNextWord a key and minLogProbNextWord in all, one that finishes the word only minLogProbPerKey', async () => {
  assert.ok(LM_LIMITS.minLogProbPerKeyNextWord > LM_LIMITS.minLogProbPerKey);
  // Halfway between the two minimums, a key: enough to finish the word, not to write the next one.
  const perKey = (LM_LIMITS.minLogProbPerKey + LM_LIMITS.minLogProbPerKeyNextWord) / 2;
  const shown = async (prefix: string, text: string, logProb: number) => {
    const r = await withLm(new FakeLm({}, [{ text, logProb }]), 0.5).suggest(prefix, 10);
    return r.suggestions.some((s) => s.text === text && s.kinds.includes('lm'));
  };
  const added = (prefix: string, text: string) => toKeystrokes(text).length - toKeystrokes(prefix).length;
  // the next word after a space, and after the word typed
  for (const [prefix, text] of [['쀍뛟 마일리지 ', '쀍뛟 마일리지 적립'], ['쀍뛟 마일ㄹ', '쀍뛟 마일리지 적립']] as const) {
    const keys = added(prefix, text);
    assert.ok(!(await shown(prefix, text, perKey * keys)), `${prefix} → ${text}`);
    // Enough a key and in all; enough a key but not in all (a long word is cheap key by key).
    assert.ok(await shown(prefix, text, Math.max((LM_LIMITS.minLogProbPerKeyNextWord + 0.05) * keys, LM_LIMITS.minLogProbNextWord + 0.05)), `${prefix} → ${text}`);
  }
  // Enough a key, not in all: a long next word is cheap key by key once begun.
  const long = '쀍뛟 마일리지 적립금 사용내역';
  const under = LM_LIMITS.minLogProbNextWord - 0.05;
  assert.ok(under / added('쀍뛟 마일리지 ', long) > LM_LIMITS.minLogProbPerKeyNextWord, 'the premise: enough a key');
  assert.ok(!(await shown('쀍뛟 마일리지 ', long, under)), long);
  // the word being typed, finished
  assert.ok(await shown('쀍뛟 마일ㄹ', '쀍뛟 마일리지', perKey * added('쀍뛟 마일ㄹ', '쀍뛟 마일리지')));
});

test('an LM completion with a word it wrote whole, none of its keys typed, that no one vouches for is dropped (부산 전국체전 → 국정장)', async () => {
  const completions = ['쀍뛟 마일리지 적립', '쀍뛟 마일리지 뷁뛟', '쀍뛟 마일리지 2024', '쀍뛟 마일리지 적립 뷁뛟', '쀍뛟 마일리지 2024년', '쀍뛟 마일리지 3연뷁뛟'];
  // After a space: the next word is the model's whole.
  const spaced = await shownFromModel('쀍뛟 마일리지 ', completions);
  for (const kept of ['쀍뛟 마일리지 적립', '쀍뛟 마일리지 2024', '쀍뛟 마일리지 2024년']) assert.ok(spaced.includes(kept), `${kept}: ${spaced.join(', ')}`);
  // A number passes, but not with a made-up word written onto it.
  for (const gone of ['쀍뛟 마일리지 뷁뛟', '쀍뛟 마일리지 적립 뷁뛟', '쀍뛟 마일리지 3연뷁뛟']) assert.ok(!spaced.includes(gone), `${gone}: ${spaced.join(', ')}`);
  // A word begun by the typist is the model's to finish, known or not; only what follows it is tested.
  const begun = await shownFromModel('쀍뛟 마일리지 뷁', completions);
  assert.ok(begun.includes('쀍뛟 마일리지 뷁뛟'), begun.join(', '));
});

test('an LM completion that finishes a word begun with fewer than LM_LIMITS.newWordMinKeys keys into a word no one vouches for is dropped (아임 ㅆ → 아임 싸카이)', async () => {
  assert.equal(LM_LIMITS.newWordMinKeys, 4);
  const completions = ['쀍뛟 마일리지 갉뷁', '쀍뛟 마일리지 가격', '쀍뛟 마일리지 가격비교', '쀍뛟 마일리지 가뷁 적립'];
  // 가 is two keys: only known words, compounds of them, and the words of a known word's reading stay.
  const short = await shownFromModel('쀍뛟 마일리지 가', completions);
  for (const kept of ['쀍뛟 마일리지 가격', '쀍뛟 마일리지 가격비교']) assert.ok(short.includes(kept), `${kept}: ${short.join(', ')}`);
  for (const gone of ['쀍뛟 마일리지 갉뷁', '쀍뛟 마일리지 가뷁 적립']) assert.ok(!short.includes(gone), `${gone}: ${short.join(', ')}`);
  // 갉 is four keys: the model may finish it into a new word (a name, often).
  const longer = await shownFromModel('쀍뛟 마일리지 갉', completions);
  assert.ok(longer.includes('쀍뛟 마일리지 갉뷁'), longer.join(', '));
  // A number begun is finished as the model likes (2 → 2024).
  const number = await shownFromModel('쀍뛟 마일리지 2', ['쀍뛟 마일리지 2024', '쀍뛟 마일리지 2쀍']);
  assert.ok(number.includes('쀍뛟 마일리지 2024'), number.join(', '));
  assert.ok(!number.includes('쀍뛟 마일리지 2쀍'), number.join(', '));
});

test('lmBelowExact: the model also completes a prefix the lexicon has fewer good matches of than it (대선 ㅈ has one)', async () => {
  const prefix = '대선 ㅈ';
  const lexiconOnly = (await base.suggest(prefix, 10)).suggestions;
  const good = lexiconOnly.filter((s) => s.kinds.includes('completion') && base.lexicon.get(s.text)!.weight >= LM_LIMITS.goodMatchWeight);
  assert.equal(good.length, 1, good.map((s) => s.text).join(', '));
  // And a list long enough for the default engine to leave the model out (`LM_LIMITS.shortList`).
  assert.ok(lexiconOnly.length >= LM_LIMITS.shortList, lexiconOnly.map((s) => s.text).join(', '));
  const completions = [{ text: '대선 지역별 득표율', logProb: -1 }];
  const s = base.scorer;
  const engine = (lmBelowExact?: number) =>
    new Engine({ lexicon: base.lexicon, scorer: s, lm: new FakeLm({}, completions), blocklist: undefined, lmNextWords: 'any', ...(lmBelowExact === undefined ? {} : { lmBelowExact }) });
  const generated = async (e: Engine, n: number) => (await e.suggest(prefix, n)).suggestions.filter((x) => x.kinds.includes('lm')).map((x) => x.text);
  assert.deepEqual(await generated(engine(), 10), []);
  assert.deepEqual(await generated(engine(2), 10), ['대선 지역별 득표율']);
  assert.deepEqual(await generated(engine(2).withCompletionBudget(Infinity), 10), ['대선 지역별 득표율'], 'kept by withCompletionBudget');
  // n caps it: asked for one suggestion, the lexicon's match fills it.
  assert.deepEqual(await generated(engine(2), 1), []);
  assert.throws(() => engine(0), /lmBelowExact must be a positive integer/);
});
