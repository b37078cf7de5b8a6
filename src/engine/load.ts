import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_DIR, Lexicon, readLexicon } from '../lexicon/index.js';
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
import { Engine } from './engine.js';

export interface LoadOptions {
  dataDir?: string;
  lm?: LanguageModel | undefined;
  /** overrides data/rank.json */
  weights?: Partial<RankWeights>;
  log?: (line: string) => void;
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

/** Loads the lexicon and models from data/ and builds the engine. */
export function loadEngine(options: LoadOptions = {}): Engine {
  const dir = options.dataDir ?? DATA_DIR;
  const log = options.log ?? (() => {});
  let t = performance.now();
  const entries = readLexicon(join(dir, 'lexicon.tsv.gz'));
  const lexicon = new Lexicon(entries);
  log(`lexicon: ${lexicon.size} entries, ${lexicon.trie.size} trie nodes in ${(performance.now() - t).toFixed(0)} ms`);
  t = performance.now();
  const spelling = new SpellingModel(entries.map((e) => e.text));
  const channel = new ChannelModel(loadChannelWeights(join(dir, 'channel.json')));
  const rankPath = join(dir, 'rank.json');
  const fileWeights = existsSync(rankPath) ? parseRankWeights(JSON.parse(readFileSync(rankPath, 'utf8')), rankPath) : DEFAULT_RANK_WEIGHTS;
  const weights = { ...fileWeights, ...options.weights };
  log(`models: spelling and channel in ${(performance.now() - t).toFixed(0)} ms`);
  return new Engine({ lexicon, scorer: new Scorer(lexicon, channel, spelling, weights), lm: options.lm });
}
