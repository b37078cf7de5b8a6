import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import fc from 'fast-check';
import { loadRankSetting } from '../src/engine/index.js';
import { DATA_DIR } from '../src/lexicon/index.js';
import { priorFromParts, type PriorParts } from '../src/rank/index.js';
import { sharedEngine } from './engine-fixture.js';

const engine = sharedEngine();
const scorer = engine.scorer;
const rankPath = join(DATA_DIR, 'rank.json');
const settings = (['_withoutLm', '_withLm'] as const).map((s) => {
  const w = loadRankSetting(rankPath, s);
  assert.ok(w, `${rankPath} has ${s}`);
  return [s, w] as const;
});

// Known one-word entries, common and rare, and strings the lexicon lacks (typos of them).
const known = engine.lexicon.entries.filter((e) => !e.text.includes(' ') && !e.blocked && e.weight > 0).map((e) => e.text);
const knownWord = fc.integer({ min: 0, max: known.length - 1 }).map((i) => known[i]!);
const syllable = fc.integer({ min: 0xac00, max: 0xd7a3 }).map((c) => String.fromCharCode(c));
const word = fc.oneof(knownWord, fc.array(syllable, { minLength: 1, maxLength: 4 }).map((s) => s.join('')));

test('in a query of several words, a known word is never priced below the same word as a new string', () => {
  fc.assert(
    fc.property(fc.array(word, { minLength: 2, maxLength: 4 }), (words) => {
      const text = words.join(' ');
      const parts = scorer.priorParts(text);
      for (const [i, w] of words.entries()) {
        if (parts.words[i]!.entry === undefined) continue;
        // The naive oracle: the same text with this one word unknown to the lexicon.
        const asNew: PriorParts = { entry: parts.entry, words: parts.words.map((p, j) => (j === i ? { entry: undefined, spelling: scorer.spelling.wordLogProb(w) } : p)) };
        for (const [name, weights] of settings) {
          assert.ok(priorFromParts(parts, weights) >= priorFromParts(asNew, weights), `${name}: ${text}, word ${w}`);
        }
      }
    }),
    { numRuns: 300 },
  );
});

test('a one-word query is priced by popularity alone: a known word is not given a new string’s price', () => {
  for (const text of ['유통', '어린이집', '약국']) {
    const parts = scorer.priorParts(text);
    assert.ok(parts.words[0]!.entry !== undefined, `${text} is known`);
    assert.equal(parts.words[0]!.spelling, -Infinity);
  }
});

test('typed alone, a name only the entity lists hold, of 3+ characters, is priced at least as a new string; other known words by popularity', () => {
  const listedOnly = (text: string) => {
    const e = engine.lexicon.get(text)!;
    return e.flags.includes('e') && !/[cqpw]/u.test(e.flags) && [...text].length >= 3;
  };
  fc.assert(
    fc.property(knownWord, (text) => {
      const typed = scorer.priorParts(text, true);
      const untyped = scorer.priorParts(text);
      // The naive oracle: the same word unknown to the lexicon, the whole text still an entry.
      const asNew: PriorParts = { entry: untyped.entry, words: [{ entry: undefined, spelling: scorer.spelling.wordLogProb(text) }] };
      for (const [name, weights] of settings) {
        const got = priorFromParts(typed, weights);
        const byPopularity = priorFromParts(untyped, weights);
        if (listedOnly(text)) assert.ok(got >= Math.max(byPopularity, priorFromParts(asNew, weights)) - 1e-9, `${name}: ${text}`);
        else assert.equal(got, byPopularity, `${name}: ${text}`);
      }
    }),
    { numRuns: 500 },
  );
  // Both sides are drawn: the lexicon holds such names (박주원) and words that are not (유통, 제파).
  assert.ok(listedOnly('박주원') && !listedOnly('유통') && !listedOnly('제파'));
});

test('without the LM, a typo that leaves a new string one edit from a common word is fixed to the word (대포통장 ㅇㅎ통 → 유통)', async () => {
  const [, withoutLm] = settings[0]!;
  for (const [typed, want, rival] of [
    ['캄보디아 대포통장 ㅇㅎ통', '캄보디아 대포통장 유통', '캄보디아 대포통장 오통'],
    ['포항 약ㄱ구', '포항 약국', '포항 약구'],
    ['화곡동 ㅇ린이집', '화곡동 어린이집', '화곡동 인이집'],
  ] as const) {
    for (const w of want.split(' ')) assert.ok(engine.lexicon.get(w), `${w} is known`);
    assert.equal(engine.lexicon.get(rival.split(' ').at(-1)!), undefined, `${rival} ends in a new string`);
    const r = await engine.correct(typed, 5, withoutLm);
    assert.equal(r.candidates[0]?.text, want, `${typed}: ${r.candidates.map((c) => c.text).join(', ')}`);
  }
});
