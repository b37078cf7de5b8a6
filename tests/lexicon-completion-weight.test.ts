import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { Lexicon, RUNNING_TEXT_COMPLETION, type LexiconEntry } from '../src/lexicon/index.js';
import { prefixCompletions, typoCompletions } from '../src/candidates/index.js';
import { toKeystrokes } from '../src/hangul/index.js';
import { sharedEngine } from './engine-fixture.js';

const entry = (text: string, weight: number, flags: string, blocked = false): LexiconEntry => ({ text, weight, flags, blocked });

test('a word only running text has completes at a hundredth of its weight, a blocked or misspelled one (or one beginning with a misspelled word) at none, the rest as they weigh', () => {
  const flags = fc.constantFrom('c', 'cw', 'ce', 'cp', 'q', 'e', 'sw', 'csw', 'w', 'cswx', 'cx');
  fc.assert(
    fc.property(fc.array(fc.record({ weight: fc.double({ min: 0.01, max: 1e6, noNaN: true }), flags, blocked: fc.boolean() }), { minLength: 1, maxLength: 8 }), (rows) => {
      const texts = rows.map((_, i) => `가${'나'.repeat(i)}`);
      const lexicon = new Lexicon(rows.map((r, i) => entry(texts[i]!, r.weight, r.flags, r.blocked)));
      // Words a dictionary marks as misspelled, of two syllables or more, that a text begins with.
      const marked = texts.filter((t, i) => rows[i]!.flags.includes('x') && t.length >= 2);
      rows.forEach((r, id) => {
        // The naive oracle: the rule as the data card states it.
        const misspelled = r.flags.includes('x') || marked.some((m) => texts[id]!.startsWith(m));
        const expected = r.blocked || misspelled ? 0 : r.flags === 'c' ? r.weight / 100 : r.weight;
        assert.ok(Math.abs(lexicon.completionWeight(id) - expected) <= 1e-9 * Math.max(1, expected), `${r.flags} ${r.weight}`);
      });
    }),
  );
  assert.equal(RUNNING_TEXT_COMPLETION, 0.01);
});

test('a word with 되 uncontracted (안되요, 잘됬네) is never completed, however often running text writes it; the contracted spelling is', () => {
  const lexicon = new Lexicon([entry('안되요', 500, 'c'), entry('안돼요', 50, 'c'), entry('잘됬네', 80, 'c'), entry('되도록', 40, 'csw'), entry('오늘 안되요', 30, 'q')]);
  const weights = lexicon.entries.map((_, id) => lexicon.completionWeight(id));
  assert.deepEqual(weights.map((w) => w > 0), [false, true, false, true, false]);
});

test('prefix and one-typo completions rank what people search above forms of running text (커피: 커피숍 before 커피라도)', () => {
  const lexicon = new Lexicon([
    entry('커피', 300, 'csw'),
    entry('커피숍', 8, 'w'),
    entry('커피라도', 50, 'c'),
    entry('커피요', 40, 'c'),
  ]);
  const texts = (found: { id: number }[]) => found.map((f) => lexicon.entries[f.id]!.text);
  assert.deepEqual(texts(prefixCompletions(lexicon, toKeystrokes('커피'), 3)), ['커피', '커피숍', '커피라도']);
  // A slip in the first keys (커ㅠㅣ) finds the same order.
  assert.deepEqual(texts(typoCompletions(lexicon, 'ㅋㅓㅍㅠ', 4)).slice(0, 2), ['커피', '커피숍']);
  // Where nothing else begins with the keys, the form is still found (어떻 → 어떻게).
  assert.deepEqual(texts(prefixCompletions(lexicon, toKeystrokes('커피라'), 3)), ['커피라도']);
});

test('the service: a form of running text comes before a word people search only when a hundredth of its weight is more', async () => {
  const engine = sharedEngine();
  const weight = (text: string) => engine.lexicon.get(text)?.weight ?? 0;
  const onlyText = (text: string) => engine.lexicon.get(text)?.flags === 'c';
  for (const typed of ['커피', '뉴스', '사랑', '주식', '날씨']) {
    const r = await engine.suggest(typed, 10);
    const completions = r.suggestions.filter((s) => s.text !== typed && s.kinds.length === 1 && s.kinds[0] === 'completion').map((s) => s.text);
    completions.forEach((upper, i) => {
      if (!onlyText(upper)) return;
      for (const lower of completions.slice(i + 1)) {
        if (!onlyText(lower)) assert.ok(weight(upper) * RUNNING_TEXT_COMPLETION >= weight(lower), `${typed}: ${upper} above ${lower} in ${completions.join(', ')}`);
      }
    });
  }
  // A spelling the dictionary marks as wrong is not offered: 며ㅊ showed 몇일.
  assert.equal(engine.lexicon.get('몇일')?.flags.includes('x'), true);
  assert.ok(!(await engine.suggest('며ㅊ', 10)).suggestions.some((s) => s.text === '몇일'));
  // And they no longer take the list: 커피 once showed 커피나, 커피라도 and 커피요.
  const coffee = await engine.suggest('커피', 10);
  assert.ok(!coffee.suggestions.some((s) => onlyText(s.text)), coffee.suggestions.map((s) => s.text).join(', '));
});
