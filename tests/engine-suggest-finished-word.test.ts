import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { finishedWordFixes } from '../src/candidates/index.js';
import { devPath, readPairs } from '../src/eval/index.js';
import { toKeystrokes } from '../src/hangul/index.js';
import { DATA_DIR } from '../src/lexicon/index.js';
import { osa } from './edit-distance.js';
import { numberTyped } from './number-typed.js';
import { sharedEngine } from './engine-fixture.js';

const engine = sharedEngine();
const suggest = async (q: string) => (await engine.suggest(q, 10)).suggestions;

test('a word typed out with a slip and ended by a space is completed from its fix (아이퐁␣ → 아이폰 xs, 손흥미␣ → 손흥민 …)', async () => {
  for (const [typed, fixed] of [['아이퐁 ', '아이폰 '], ['손흥미 ', '손흥민 '], ['삼성저자 ', '삼성전자 ']] as const) {
    const list = await suggest(typed);
    assert.ok(list.length > 0 && list.every((s) => s.text.startsWith(fixed)), `${typed}: ${list.map((s) => s.text).join(', ')}`);
    assert.ok(list.every((s) => s.kinds.includes('typo')), `${typed}: guesses, not matches`);
  }
  // A known word ended by a space is no slip: what goes on from it, as before.
  assert.ok((await suggest('아이폰 ')).every((s) => s.text.startsWith('아이폰 ') && !s.kinds.includes('typo')));
});

test('the fixes of a word ended by a space are known single words one keystroke from it, heaviest first, its number kept, letters written onto it too (property against edit distance)', () => {
  const typed = readPairs(devPath(DATA_DIR, 'unseen-typos.tsv')).flatMap((p) => p.typed.split(' '));
  // Codes a model is named by, some one key from a known word with the number alone (k8강: 8강).
  const codes = ['s24', 'v3', 'a30', 'u20', 'top4', 'ufc21', 'b1a3', 'k8강', 'a3월', 'x16강'];
  fc.assert(
    fc.property(fc.constantFrom(...typed, ...codes), (word) => {
      const fixes = finishedWordFixes(engine.lexicon, word, 2);
      for (const f of fixes) {
        assert.ok(!f.text.includes(' ') && osa(toKeystrokes(word), toKeystrokes(f.text)) === 1, `${word} → ${f.text}`);
        assert.equal(numberTyped(f.text), numberTyped(word), `${word} → ${f.text}`);
        assert.ok((engine.lexicon.get(f.text)?.weight ?? 0) >= 1);
      }
      for (let i = 1; i < fixes.length; i++) assert.ok(fixes[i - 1]!.weight >= fixes[i]!.weight);
      if ((engine.lexicon.get(word)?.weight ?? 0) >= 1) assert.deepEqual(fixes, [], `${word} is a known word`);
    }),
    { numRuns: 300 },
  );
});

test('over the dev typos in a word before the last, typed up to that word and a space, most lists have the words meant (they had almost none)', async () => {
  let prefixes = 0;
  let found = 0;
  for (const p of [...readPairs(devPath(DATA_DIR, 'unseen-typos.tsv')), ...readPairs(devPath(DATA_DIR, 'synthetic-typos.tsv'))]) {
    const typed = p.typed.split(' ');
    const meant = p.intended.split(' ');
    const at = typed.findIndex((w, i) => w !== meant[i]);
    if (typed.length !== meant.length || at < 0 || at === typed.length - 1) continue;
    prefixes++;
    const head = meant.slice(0, at + 1).join(' ') + ' ';
    if ((await suggest(typed.slice(0, at + 1).join(' ') + ' ')).some((s) => (s.text + ' ').startsWith(head))) found++;
  }
  assert.ok(prefixes > 100, `the premise: many such prefixes (${prefixes})`);
  assert.ok(found > prefixes / 2, `${found} of ${prefixes}`);
});

test('where nothing goes on from the fix, the word set right is offered (김연야␣ → 김연아); a dictionary word typed whole is typed right, however rare (바르다␣ gets no 다르다)', async () => {
  const fixed = await suggest('김연야 ');
  assert.ok(fixed.some((s) => s.text === '김연아' && s.kinds.includes('typo')), fixed.map((s) => s.text).join(', '));
  assert.ok(engine.lexicon.isStandard('바르다'), 'the premise: 바르다 is a dictionary word');
  assert.deepEqual(finishedWordFixes(engine.lexicon, '바르다', 2), []);
  assert.ok(!(await suggest('바르다 ')).some((s) => s.kinds.includes('typo')));
});
