import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Engine, LM_LIMITS } from '../src/engine/index.js';
import { DEFAULT_LM_DIR, loadLanguageModel } from '../src/lm/index.js';
import { sharedEngine } from './engine-fixture.js';
import { RecordingLm } from './fake-lm.js';
import type { CompleteOptions } from '../src/lm/index.js';

const base = sharedEngine();
const withLm = (lm: RecordingLm) => new Engine({ lexicon: base.lexicon, scorer: base.scorer, lm, lmNextWords: 'any' });
/** One engine with the committed model, unbudgeted, for the tests that need its own judgement. */
let realLm: Promise<Engine> | undefined;
const withRealLm = () =>
  (realLm ??= loadLanguageModel(DEFAULT_LM_DIR, { logger: (line) => assert.fail(line) }).then(
    (lm) => new Engine({ lexicon: base.lexicon, scorer: base.scorer, lm, completionBudgetMs: Infinity }),
  ));
const good = (text: string) => (base.lexicon.get(text)?.weight ?? 0) >= LM_LIMITS.goodMatchWeight;

test('the model also writes where the list before it is short, though the lexicon has a good match (로또당ㅊ → 로또당첨번호)', async () => {
  const prefix = '로또당ㅊ';
  const alone = (await base.suggest(prefix, 10)).suggestions;
  // The premise: without a model, a good match and fewer than LM_LIMITS.shortList lines.
  assert.ok(alone.some((s) => good(s.text)), alone.map((s) => s.text).join(', '));
  assert.ok(alone.length < LM_LIMITS.shortList, alone.map((s) => s.text).join(', '));
  const lm = new RecordingLm({}, [{ text: '로또당첨번호', logProb: -2 }]);
  const r = await withLm(lm).suggest(prefix, 10);
  assert.deepEqual(lm.prefixes, [prefix]);
  assert.ok(r.suggestions.some((s) => s.text === '로또당첨번호' && s.kinds.includes('lm')), r.suggestions.map((s) => s.text).join(', '));
});

test('lmShortList 0 (BARO_LM_SHORT_LIST=0) leaves the model to the lexicon\'s good-match test alone', async () => {
  const lm = new RecordingLm({}, [{ text: '로또당첨번호', logProb: -2 }]);
  await new Engine({ lexicon: base.lexicon, scorer: base.scorer, lm, lmNextWords: 'any', lmShortList: 0 }).suggest('로또당ㅊ', 10);
  assert.deepEqual(lm.prefixes, []);
  assert.throws(() => new Engine({ lexicon: base.lexicon, scorer: base.scorer, lmShortList: -1 }), /lmShortList must be a non-negative integer/);
});

test('where the list is long enough and has a good match, the model is not asked (멜론)', async () => {
  const alone = (await base.suggest('멜론', 10)).suggestions;
  assert.ok(alone.length >= LM_LIMITS.shortList && alone.some((s) => good(s.text)));
  const lm = new RecordingLm({}, [{ text: '멜론티켓팅 꿀팁', logProb: -1 }]);
  await withLm(lm).suggest('멜론', 10);
  assert.deepEqual(lm.prefixes, []);
});

test('with a good match of the keys as typed, no word typed out is "set right" for the model to write on (손흥민공백la)', async () => {
  // The real model: its judgement proposes the fix (손흥민공백la → 손흥민공백a once the list was short).
  const engine = await withRealLm();
  for (const prefix of ['손흥민공백la', '이소미뷰익lp']) {
    const r = await engine.suggest(prefix, 10);
    assert.ok(!r.suggestions.some((s) => s.kinds.includes('typo') && s.kinds.includes('lm')), `${prefix}: ${r.suggestions.map((s) => s.text).join(', ')}`);
  }
});

test('a search run for a short list alone has the shorter budget and no time past it; one for a prefix without a good match, the full one and a little more', async () => {
  class DeadlineLm extends RecordingLm {
    deadlines: (number | undefined)[] = [];
    /** how far past its deadline each search may run */
    overruns: (number | undefined)[] = [];
    override async complete(prefix: string, options: CompleteOptions) {
      this.deadlines.push(options.deadline);
      this.overruns.push(options.hardDeadline === undefined || options.deadline === undefined ? undefined : options.hardDeadline - options.deadline);
      return super.complete(prefix, options);
    }
  }
  const budget = (lm: DeadlineLm) => new Engine({ lexicon: base.lexicon, scorer: base.scorer, lm, lmNextWords: 'any', completionBudgetMs: 2 });
  const shortOnly = new DeadlineLm({}, []);
  const before = performance.now();
  await budget(shortOnly).suggest('로또당ㅊ', 10);
  const after = performance.now();
  assert.equal(shortOnly.deadlines.length, 1);
  assert.ok(shortOnly.deadlines[0]! >= before + LM_LIMITS.shortListBudgetMs && shortOnly.deadlines[0]! <= after + LM_LIMITS.shortListBudgetMs);
  // The list has lines already: the search owes the keystroke none.
  assert.deepEqual(shortOnly.overruns, [0]);
  // 박깁: no good match at all (see engine-lm.test.ts), the model's own case.
  const noGood = new DeadlineLm({}, []);
  const start = performance.now();
  await budget(noGood).suggest('박깁', 10);
  assert.equal(noGood.deadlines.length, 1);
  assert.ok(noGood.deadlines[0]! >= start + 2, `${noGood.deadlines[0]! - start}`);
  assert.equal(noGood.overruns.length, 1);
  assert.ok(Math.abs(noGood.overruns[0]! - LM_LIMITS.completionOverrunMs) < 1e-6, `${noGood.overruns[0]}`);
});

test('run for a short list alone, the model writes only words the lexicon knows, alone or together (넷플: not 넷플린; 로또당ㅊ: 로또당첨번호)', async () => {
  const engine = await withRealLm();
  const known = (w: string) => (base.lexicon.get(w)?.weight ?? 0) >= base.scorer.weights.knownWeight;
  // The naive oracle: a known word, or one that splits into known words of two syllables or more.
  const together = (w: string): boolean => [...w].length >= 4 && [...Array([...w].length - 3).keys()].some((i) => known([...w].slice(0, i + 2).join('')) && (known([...w].slice(i + 2).join('')) || together([...w].slice(i + 2).join(''))));
  let shown = 0;
  for (const prefix of ['넷플', '로또당ㅊ', '대선 지']) {
    const r = await engine.suggest(prefix, 10);
    assert.ok(r.suggestions.some((s) => good(s.text)), `the premise: ${prefix} has a good match`);
    for (const s of r.suggestions.filter((x) => x.kinds.includes('lm'))) {
      shown++;
      const last = s.text.slice(s.text.lastIndexOf(' ') + 1);
      assert.ok(known(last) || together(last), `${prefix}: ${s.text}`);
    }
  }
  assert.ok(shown >= 3, `${shown}`);
  assert.ok((await engine.suggest('로또당ㅊ', 10)).suggestions.some((s) => s.text === '로또당첨번호'));
});
