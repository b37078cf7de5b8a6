import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Engine, LM_LIMITS } from '../src/engine/index.js';
import { lastWordCompletions } from '../src/candidates/index.js';
import { fromKeystrokes, toKeystrokes } from '../src/hangul/index.js';
import type { CompleteOptions, Completion, LanguageModel, PrefixState } from '../src/lm/index.js';
import { sharedEngine } from './engine-fixture.js';

const base = sharedEngine();

/** A model whose search writes two texts of its own, and which weighs known words by a table. */
class WordLm implements LanguageModel {
  readonly info = { name: 'words', bytes: 0, vocabSize: 0 };
  weighed: string[][] = [];
  searches: CompleteOptions[] = [];
  /** what the search writes after the prefix */
  constructor(
    private readonly after: Record<string, number>,
    private readonly writes: readonly string[] = [' 후기', ' 가격'],
  ) {}
  async score(texts: readonly string[]): Promise<Float64Array> {
    return new Float64Array(texts.length).fill(-40);
  }
  async readPrefix(prefix: string): Promise<PrefixState> {
    return { keys: toKeystrokes(prefix) };
  }
  async complete(prefix: string, options: CompleteOptions): Promise<Completion[]> {
    this.searches.push(options);
    return this.writes.map((w) => prefix + w).slice(0, options.n).map((text, i) => ({ text, logProb: -1 - i }));
  }
  async scoreAfter(state: PrefixState, texts: readonly string[]): Promise<Float64Array> {
    for (const t of texts) assert.ok(toKeystrokes(t).startsWith(state.keys), `${t} extends the prefix`);
    this.weighed.push([...texts]);
    return Float64Array.from(texts.map((t) => this.after[t] ?? -30));
  }
}

// 붕어빵 맛집 추처: the lexicon has no entry that begins so, so every keystroke asks the model.
const typed = '붕어빵 맛집 추처';

test('the last word completed by known words joins the search\'s completions, best by the model first, marked lm', async () => {
  const words = lastWordCompletions(base.lexicon, typed, LM_LIMITS.lastWords);
  assert.ok(words.length >= 2, words.join(', '));
  // The model likes the lexicon's second word best; the first falls under the per-key minimum.
  const lm = new WordLm({ [words[1]!]: -2, [words[0]!]: -100 });
  const engine = new Engine({ lexicon: base.lexicon, scorer: base.scorer, lmNextWords: 'any', lm, completionBudgetMs: Infinity });
  const r = await engine.suggest(typed, 10);
  assert.deepEqual(lm.weighed, [words]);
  const lmTexts = r.suggestions.filter((s) => s.kinds.includes('lm')).map((s) => s.text);
  // The words and the search's completions alternate, a word first.
  assert.deepEqual(lmTexts.slice(0, 3), [words[1], `${typed} 후기`, `${typed} 가격`]);
  assert.ok(!lmTexts.includes(words[0]!), 'a word the model finds unlikely here is left out');
});

test('known words are weighed before the search, so a spent budget still has them', async () => {
  const words = lastWordCompletions(base.lexicon, typed, LM_LIMITS.lastWords);
  const lm = new WordLm({ [words[0]!]: -2 });
  const engine = new Engine({ lexicon: base.lexicon, scorer: base.scorer, lmNextWords: 'any', lm, completionBudgetMs: 1e-6 });
  const r = await engine.suggest(typed, 10);
  assert.deepEqual(lm.weighed, [words]);
  assert.ok(r.suggestions.some((s) => s.text === words[0]), 'the word is shown');
  assert.ok(r.suggestions.some((s) => s.text === `${typed} 후기`), 'and the search\'s completions');
  // One word will be shown, so past its deadline the search need finish only two of its own.
  assert.equal(lm.searches[0]!.finishBeforeDeadline, 2);
});

test('a model that scores known words as no log-probability costs the request the model, counted, not a bad answer', async () => {
  const lm = new WordLm({});
  lm.scoreAfter = async (_state, texts) => new Float64Array(texts.length).fill(Number.NaN);
  const errors: unknown[] = [];
  const engine = new Engine({ lexicon: base.lexicon, scorer: base.scorer, lmNextWords: 'any', lm, completionBudgetMs: Infinity, onLmError: (e) => errors.push(e) });
  const r = await engine.suggest(typed, 10);
  assert.equal(errors.length, 1);
  assert.equal(engine.stats.lmErrors, 1);
  assert.ok(r.suggestions.every((s) => !s.kinds.includes('lm') && Number.isFinite(s.score)));
});

/** The same model answering both at once, as the ONNX model does in one search. */
class TogetherLm extends WordLm {
  together = 0;
  async completeAndScore(state: PrefixState, texts: readonly string[], options: CompleteOptions): Promise<{ completions: Completion[]; scores: Float64Array }> {
    this.together++;
    return { completions: await this.complete(fromKeystrokes(state.keys), options), scores: await this.scoreAfter(state, texts) };
  }
}

test('a model that completes and scores at once is asked once, and the suggestions are the same as asked apart', async () => {
  const words = lastWordCompletions(base.lexicon, typed, LM_LIMITS.lastWords);
  const table = { [words[1]!]: -2, [words[0]!]: -100 };
  const apart = await new Engine({ lexicon: base.lexicon, scorer: base.scorer, lmNextWords: 'any', lm: new WordLm(table), completionBudgetMs: Infinity }).suggest(typed, 10);
  const lm = new TogetherLm(table);
  const together = await new Engine({ lexicon: base.lexicon, scorer: base.scorer, lmNextWords: 'any', lm, completionBudgetMs: Infinity }).suggest(typed, 10);
  assert.equal(lm.together, 1);
  assert.equal(lm.searches.length, 1, 'no separate search');
  assert.deepEqual(together.suggestions, apart.suggestions);
});

test('searching and scoring at once, the known words count toward the three a spent budget still finishes, before their minimum', async () => {
  const words = lastWordCompletions(base.lexicon, typed, LM_LIMITS.lastWords);
  // Every word under the per-key minimum: none is shown, but the search was told of all of them.
  const lm = new TogetherLm({});
  const r = await new Engine({ lexicon: base.lexicon, scorer: base.scorer, lmNextWords: 'any', lm, completionBudgetMs: 1e-6 }).suggest(typed, 10);
  assert.equal(lm.searches[0]!.finishBeforeDeadline, Math.max(1, 3 - words.length));
  assert.ok(!r.suggestions.some((s) => words.includes(s.text) && s.kinds.includes('lm')));
  assert.ok(r.suggestions.some((s) => s.text === `${typed} 후기`));
});

test('beside known words that finish the word being typed, the search\'s made-up finishes of it are not shown', async () => {
  const words = lastWordCompletions(base.lexicon, typed, LM_LIMITS.lastWords);
  // 추처천 and 추처석 are no one's words; 추처 후기 keeps the word as typed.
  const lm = new WordLm({ [words[0]!]: -2 }, ['천', '석', ' 후기']);
  const r = await new Engine({ lexicon: base.lexicon, scorer: base.scorer, lmNextWords: 'any', lm, completionBudgetMs: Infinity }).suggest(typed, 10);
  const lmTexts = r.suggestions.filter((s) => s.kinds.includes('lm')).map((s) => s.text);
  assert.deepEqual(lmTexts, [words[0], `${typed} 후기`]);
});

test('where no known word finishes the word being typed, the model\'s new word for it is shown', async () => {
  // A made-up last word (넓쥭) that no known word begins with: the model may well know better.
  const prefix = '붕어빵 맛집 넓쥭';
  assert.deepEqual(lastWordCompletions(base.lexicon, prefix, LM_LIMITS.lastWords), []);
  const lm = new WordLm({}, ['이']);
  const r = await new Engine({ lexicon: base.lexicon, scorer: base.scorer, lmNextWords: 'any', lm, completionBudgetMs: Infinity }).suggest(prefix, 10);
  assert.ok(r.suggestions.some((s) => s.text === `${prefix}이` && s.kinds.includes('lm')), r.suggestions.map((s) => s.text).join(', '));
});

test('a known word\'s minimum is per key the model predicts, the end of the word counted: one key from done, it is judged by two', async () => {
  // 추처 → 추천 is one key and the end; 추첨시간 six keys and the end.
  const words = lastWordCompletions(base.lexicon, typed, LM_LIMITS.lastWords);
  const oneKey = words.find((w) => toKeystrokes(w).length === toKeystrokes(typed).length + 1)!;
  const sixKeys = words.find((w) => toKeystrokes(w).length === toKeystrokes(typed).length + 6)!;
  assert.ok(oneKey && sixKeys, words.join(', '));
  const min = LM_LIMITS.minLogProbPerKnownKey;
  const shown = async (scores: Record<string, number>): Promise<string[]> => {
    const r = await new Engine({ lexicon: base.lexicon, scorer: base.scorer, lmNextWords: 'any', lm: new WordLm(scores), completionBudgetMs: Infinity }).suggest(typed, 10);
    return r.suggestions.filter((s) => s.kinds.includes('lm') && words.includes(s.text)).map((s) => s.text);
  };
  // Just above the minimum over two events (the key and the end), and over seven.
  assert.deepEqual(await shown({ [oneKey]: 2 * min + 0.1, [sixKeys]: 7 * min + 0.1 }), [oneKey, sixKeys]);
  // Just under it.
  assert.deepEqual(await shown({ [oneKey]: 2 * min - 0.1, [sixKeys]: 7 * min - 0.1 }), []);
});
