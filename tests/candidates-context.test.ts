import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { contextCompletions } from '../src/candidates/index.js';
import { Engine, LM_LIMITS } from '../src/engine/index.js';
import { Lexicon, type LexiconEntry } from '../src/lexicon/index.js';
import { toKeystrokes } from '../src/hangul/index.js';
import type { CompleteOptions, Completion, LanguageModel, PrefixState } from '../src/lm/index.js';
import { sharedEngine } from './engine-fixture.js';

// The word being typed after other words is also completed by the words the logged queries wrote
// with those (평창올림픽 ㄱ → 평창올림픽 개막식), not only by the lexicon's heaviest words.

const base = sharedEngine();

test('the words the logged queries wrote with the words before, most often first, from the first key and after a space', () => {
  assert.deepEqual(contextCompletions(base.lexicon, '평창올림픽 ㄱ', 1), ['평창올림픽 개막식']);
  const after = contextCompletions(base.lexicon, '강서구 pc방 ', 3);
  assert.equal(after.length, 3);
  for (const text of after) assert.ok(text.startsWith('강서구 pc방 ') && !text.slice('강서구 pc방 '.length).includes(' '), text);
  assert.deepEqual(contextCompletions(base.lexicon, '평창올림픽', 3), [], 'one word has no context');
});

test('context completions count the entries that hold a word with each word before (property against a scan of the entries)', () => {
  const words = ['서울', '날씨', '내일', '맛집', '날짜', '서초', '마감'];
  const phrase = fc.uniqueArray(fc.constantFrom(...words), { minLength: 2, maxLength: 4 }).map((ws) => ws.join(' '));
  const entry = fc.record({ text: phrase, flags: fc.constantFrom('q', 'e', 'c', 'sw'), blocked: fc.boolean() });
  fc.assert(
    fc.property(fc.array(entry, { maxLength: 12 }), fc.uniqueArray(fc.constantFrom(...words), { minLength: 1, maxLength: 2 }), fc.constantFrom('', 'ㅅ', 'ㄴ', '나', '날', '마'), (rows, context, typed) => {
      const entries: LexiconEntry[] = rows.map((r) => ({ text: r.text, weight: 1, flags: r.flags, blocked: r.blocked }));
      const lexicon = new Lexicon(entries);
      const query = `${context.join(' ')} ${typed}`;
      // The naive count: per word that begins with the keys typed, the entries (logged or named,
      // not blocked) holding it together with each distinct word before.
      const counts = new Map<string, number>();
      for (const word of words) {
        if (context.includes(word) || !toKeystrokes(word).startsWith(toKeystrokes(typed))) continue;
        let count = 0;
        for (const c of context) count += entries.filter((e) => !e.blocked && /[qe]/u.test(e.flags) && e.text.split(' ').includes(c) && e.text.split(' ').includes(word)).length;
        if (count > 0) counts.set(word, count);
      }
      const expected = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([w]) => `${context.join(' ')} ${w}`);
      assert.deepEqual(contextCompletions(lexicon, query, 10), expected.slice(0, 10));
    }),
    { numRuns: 300 },
  );
});

/** A model that weighs the words it is given by a table and writes nothing of its own. */
class TableLm implements LanguageModel {
  readonly info = { name: 'table', bytes: 0, vocabSize: 0 };
  weighed: string[][] = [];
  constructor(private readonly after: Record<string, number>) {}
  async score(texts: readonly string[]): Promise<Float64Array> {
    return new Float64Array(texts.length).fill(-40);
  }
  async readPrefix(prefix: string): Promise<PrefixState> {
    return { keys: toKeystrokes(prefix) };
  }
  async complete(_prefix: string, _options: CompleteOptions): Promise<Completion[]> {
    return [];
  }
  async scoreAfter(_state: PrefixState, texts: readonly string[]): Promise<Float64Array> {
    this.weighed.push([...texts]);
    return Float64Array.from(texts.map((t) => this.after[t] ?? -60));
  }
}

test('the model weighs the context’s words beside the lexicon’s, and shows those it finds likely (북한군 구 → 북한군 귀순)', async () => {
  const typed = '북한군 구';
  const context = contextCompletions(base.lexicon, typed, LM_LIMITS.contextWords);
  assert.ok(context.includes('북한군 귀순'), context.join(', '));
  const lm = new TableLm({ '북한군 귀순': -3 });
  const engine = new Engine({ lexicon: base.lexicon, scorer: base.scorer, lm, completionBudgetMs: Infinity });
  const r = await engine.suggest(typed, 10);
  assert.ok(lm.weighed.some((texts) => texts.includes('북한군 귀순')), JSON.stringify(lm.weighed));
  assert.ok(r.suggestions.some((s) => s.text === '북한군 귀순' && s.kinds.includes('lm')), r.suggestions.map((s) => s.text).join(', '));
});
