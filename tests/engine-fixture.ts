import assert from 'node:assert/strict';
import { join } from 'node:path';
import { Engine, loadEngine, loadRankSetting } from '../src/engine/index.js';
import { DATA_DIR } from '../src/lexicon/index.js';
import { DEFAULT_LM_DIR, loadLanguageModel } from '../src/lm/index.js';
import { Scorer } from '../src/rank/index.js';

let engine: Engine | undefined;

/** The engine over the committed data/, loaded once per test process (about 5 s). */
export function sharedEngine(): Engine {
  engine ??= loadEngine();
  return engine;
}

let served: Promise<Engine> | undefined;

/** The service's engine: the committed model, weighed as data/rank.json says for it, on the shared engine's lexicon; loaded once per test process. */
export function servedEngine(): Promise<Engine> {
  served ??= loadServedEngine();
  return served;
}

async function loadServedEngine(): Promise<Engine> {
  const lm = await loadLanguageModel(DEFAULT_LM_DIR, { logger: (line) => assert.fail(line) });
  assert.ok(lm);
  const weights = loadRankSetting(join(DATA_DIR, 'rank.json'), '_withLm');
  assert.ok(weights);
  const base = sharedEngine();
  const s = base.scorer;
  return new Engine({ lexicon: base.lexicon, scorer: new Scorer(s.lexicon, s.channel, s.spelling, weights), lm, completionBudgetMs: Infinity });
}

/** Asserts that correction of `typed` acts (offers or applies) with `meant` first, a misspelling fix. */
export async function assertMisspellingFixFirst(engine: Engine, typed: string, meant: string): Promise<void> {
  const r = await engine.correct(typed, 5);
  const shown = r.candidates.map((c) => `${c.text} ${c.score}`).join(', ');
  assert.notEqual(r.action, 'none', `${typed}: ${shown}`);
  assert.equal(r.candidates[0]?.text, meant, `${typed}: ${shown}`);
  assert.ok(r.candidates[0]!.kinds.includes('misspelling'), `${typed}: ${JSON.stringify(r.candidates[0])}`);
}
