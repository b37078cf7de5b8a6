import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_DIR, Lexicon, MISSPELLED_FILE, parseBlocklist, readLexicon, readMisspelled } from '../lexicon/index.js';
import {
  ChannelModel,
  DEFAULT_CHANNEL,
  DEFAULT_RANK_WEIGHTS,
  EDIT_KINDS,
  parseRankWeights,
  Scorer,
  SpellingModel,
  type ChannelWeights,
  type RankWeights,
} from '../rank/index.js';
import type { LanguageModel } from '../lm/language-model.js';
import { Engine, type LmNextWords } from './engine.js';

export interface LoadOptions {
  dataDir?: string;
  lm?: LanguageModel | undefined;
  /** overrides data/rank.json */
  weights?: Partial<RankWeights>;
  log?: (line: string) => void;
  /** see `EngineParts.completionBudgetMs` */
  completionBudgetMs?: number;
  /** see `EngineParts.lmBelowExact` */
  lmBelowExact?: number;
  /** see `EngineParts.lmShortList` */
  lmShortList?: number;
  /** see `EngineParts.lmNextWords` */
  lmNextWords?: LmNextWords;
  /** see `EngineParts.onLmError` */
  onLmError?: (error: unknown) => void;
  /** entries of the lexicon to leave out, as if no source had them (benchmarks of unknown words) */
  leaveOut?: (text: string) => boolean;
}

/** Reads data/channel.json, validating every cost. */
export function loadChannelWeights(path: string): ChannelWeights {
  if (!existsSync(path)) return DEFAULT_CHANNEL;
  const raw = JSON.parse(readFileSync(path, 'utf8')) as { matchLogProb?: unknown; cost?: Record<string, unknown> };
  const cost = { ...DEFAULT_CHANNEL.cost };
  for (const kind of EDIT_KINDS) {
    const v = raw.cost?.[kind];
    if (typeof v !== 'number' || !(v > 0)) throw new TypeError(`${path}: cost.${kind} must be a positive number`);
    cost[kind] = v;
  }
  const match = raw.matchLogProb;
  if (typeof match !== 'number' || !(match <= 0)) throw new TypeError(`${path}: matchLogProb must be a number ≤ 0`);
  return { matchLogProb: match, cost };
}

/**
 * Reads data/rank.json. It holds the weights tuned with the language model at the top level and
 * those tuned without it under `_withoutLm`, so a service without a model ranks with weights that
 * were tuned for that case, not with the LM's weights minus the LM.
 */
export function loadRankWeights(path: string, withLm: boolean): RankWeights {
  const raw = readRankFile(path);
  if (!raw) return DEFAULT_RANK_WEIGHTS;
  const chosen = !withLm && typeof raw['_withoutLm'] === 'object' ? raw['_withoutLm'] : raw;
  return parseRankWeights(chosen, path);
}

/**
 * One of the two settings `npm run tune` writes into data/rank.json whichever the service uses:
 * `_withoutLm` (tuned without the model) or `_withLm` (the LM weight tuned on top); undefined when
 * the file or the setting is missing. The ablation compares them.
 */
export function loadRankSetting(path: string, setting: '_withoutLm' | '_withLm'): RankWeights | undefined {
  const value = readRankFile(path)?.[setting];
  return typeof value === 'object' ? parseRankWeights(value, `${path} ${setting}`) : undefined;
}

function readRankFile(path: string): Record<string, unknown> | undefined {
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>) : undefined;
}

/** Loads the lexicon and models from data/ and builds the engine. */
export function loadEngine(options: LoadOptions = {}): Engine {
  const dir = options.dataDir ?? DATA_DIR;
  const log = options.log ?? (() => {});
  let t = performance.now();
  const leaveOut = options.leaveOut;
  const read = readLexicon(join(dir, 'lexicon.tsv.gz'));
  const entries = leaveOut ? read.filter((e) => !leaveOut(e.text)) : read;
  const lexicon = new Lexicon(entries, readMisspelled(join(dir, MISSPELLED_FILE)));
  log(`lexicon: ${lexicon.size} entries, ${lexicon.trie.size} trie nodes in ${(performance.now() - t).toFixed(0)} ms`);
  t = performance.now();
  const spelling = new SpellingModel(entries.map((e) => e.text));
  const channel = new ChannelModel(loadChannelWeights(join(dir, 'channel.json')));
  const fileWeights = loadRankWeights(join(dir, 'rank.json'), !!options.lm);
  const weights = { ...fileWeights, ...options.weights };
  log(`models: spelling and channel in ${(performance.now() - t).toFixed(0)} ms`);
  const blocklistPath = join(dir, 'blocklist.txt');
  const blocklist = existsSync(blocklistPath) ? parseBlocklist(readFileSync(blocklistPath, 'utf8')) : undefined;
  // Without a model the LM weight must be 0, whatever rank.json says: ranking falls back cleanly.
  const scorer = new Scorer(lexicon, channel, spelling, options.lm ? weights : { ...weights, lm: 0 });
  log(`ranker: ${options.lm ? 'with' : 'without'} language model, weights ${JSON.stringify(scorer.weights)}`);
  return new Engine({ lexicon, scorer, lm: options.lm, blocklist, completionBudgetMs: options.completionBudgetMs, lmBelowExact: options.lmBelowExact, lmShortList: options.lmShortList, lmNextWords: options.lmNextWords, onLmError: options.onLmError });
}
