import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import fc from 'fast-check';
import { Engine, loadRankSetting } from '../src/engine/index.js';
import { DATA_DIR } from '../src/lexicon/index.js';
import { devPath, readPairs } from '../src/eval/index.js';
import { DEFAULT_LM_DIR, loadLanguageModel } from '../src/lm/index.js';
import { Scorer } from '../src/rank/index.js';
import { typoCandidates } from '../src/candidates/index.js';
import { normalize, toKeystrokes } from '../src/hangul/index.js';
import { sharedEngine } from './engine-fixture.js';

const base = sharedEngine();
const scorer = base.scorer;
const lexicon = base.lexicon;

const input = (text: string) => {
  const normalized = normalize(text);
  return { raw: text, normalized, keys: toKeystrokes(normalized) };
};

test('a one-word query typed as two known words together, one with a slip, gets the compound fixed (부산맛칩 → 부산맛집)', () => {
  for (const [typed, want] of [
    ['부산맛칩', '부산맛집'],
    ['아이폰가걱', '아이폰가격'],
    // known words before and after the slip
    ['격투기선수긐밀수', '격투기선수금밀수'],
    // a number with its counter is a part as typed
    ['18대대선투표듈', '18대대선투표율'],
    ['국가장학금소득분위금얙', '국가장학금소득분위금액'],
  ] as const) {
    assert.equal(lexicon.get(typed), undefined, typed);
    const texts = typoCandidates(scorer, input(typed), 1).map((c) => c.text);
    assert.ok(texts.includes(want), `${typed}: ${texts.join(', ')}`);
  }
});

test('compound fixes only where no whole word is one edit away: one-word candidates are all entries or all compounds (dev-set typos)', () => {
  // one-word typos of words, and typos of held-out queries with the spaces left out
  const typed = [
    ...readPairs(devPath(DATA_DIR, 'synthetic-typos.tsv')).map((p) => p.typed).filter((t) => !t.includes(' ')).slice(0, 300),
    ...readPairs(devPath(DATA_DIR, 'unseen-typos.tsv')).map((p) => p.typed.replaceAll(' ', '')).slice(0, 150),
  ].filter((t) => !lexicon.get(normalize(t)));
  let compounds = 0;
  for (const t of typed) {
    const texts = typoCandidates(scorer, input(t), 1).map((c) => c.text);
    const entries = texts.filter((t) => lexicon.get(t));
    if (entries.length > 0) assert.equal(entries.length, texts.length, `${t}: ${texts.join(', ')}`);
    else compounds += texts.length;
  }
  assert.ok(compounds > 0, 'some typed words have compound fixes only');
  // a known query is never taken apart
  const known = lexicon.entries.find((e) => e.flags.includes('q') && /^[가-힣]{4,8}$/u.test(e.text) && !e.blocked)!;
  assert.ok(typoCandidates(scorer, input(known.text), 1).every((c) => c.text !== known.text));
});

test('property: a new word written as lexicon words together is priced at least as the pair side by side, by its best reading', () => {
  const words = lexicon.entries.filter((e) => !e.blocked && /^[가-힣]{2,4}$/u.test(e.text) && e.weight >= 1).slice(0, 3000);
  const word = fc.constantFrom(...words);
  fc.assert(
    fc.property(word, word, (a, b) => {
      const joined = a.text + b.text;
      fc.pre(!lexicon.get(joined) && [...joined].length <= 10);
      const part = scorer.priorParts(joined).words[0]!;
      assert.equal(part.entry, undefined);
      const pair = lexicon.wordLogPrior(a) + lexicon.wordLogPrior(b);
      assert.ok(part.compound !== undefined && part.compound >= pair - 1e-9, `${joined}: ${part.compound} < ${pair}`);
      // naive oracle: every reading as two or more entries of up to 8 characters, by recursion
      const readings = (text: string, first: boolean): number => {
        let best = -Infinity;
        for (let i = 1; i <= Math.min(8, text.length); i++) {
          if (first && i === text.length) continue;
          const e = lexicon.get(text.slice(0, i));
          if (!e || e.blocked) continue;
          const rest = i === text.length ? 0 : readings(text.slice(i), false);
          best = Math.max(best, lexicon.wordLogPrior(e) + rest);
        }
        return best;
      };
      assert.ok(Math.abs(part.compound - readings(joined, true)) < 1e-9, `${joined}: ${part.compound} vs ${readings(joined, true)}`);
      // asked again (remembered), the same
      assert.deepEqual(scorer.priorParts(joined), scorer.priorParts(joined));
    }),
    { numRuns: 200 },
  );
});

test('a new word that reads as no lexicon words keeps the spelling model alone', () => {
  const part = scorer.priorParts('뷁쀍쌻').words[0]!; // 쀍 and 쌻 are no entries
  assert.equal(part.compound, undefined);
});

test('served with the model: the compound fix is offered for 부산맛칩 and 홍대맛칩, and a right one-word compound is left alone', async () => {
  const lm = await loadLanguageModel(DEFAULT_LM_DIR, { logger: (line) => assert.fail(line) });
  assert.ok(lm);
  const weights = loadRankSetting(join(DATA_DIR, 'rank.json'), '_withLm');
  assert.ok(weights);
  const engine = new Engine({ lexicon, scorer: new Scorer(scorer.lexicon, scorer.channel, scorer.spelling, weights), lm, completionBudgetMs: Infinity });
  for (const [typed, want] of [
    ['부산맛칩', '부산맛집'],
    ['홍대맛칩', '홍대맛집'],
  ] as const) {
    const r = await engine.correct(typed, 5);
    assert.notEqual(r.action, 'none', typed);
    assert.equal(r.candidates[0]?.text, want, typed);
  }
  for (const typed of ['부산맛집', '아이폰가격']) assert.equal((await engine.correct(typed, 5)).action, 'none', typed);
});
