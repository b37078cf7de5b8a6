/**
 * `npm run lm:prepare`: turns the shared corpora into the language model's training text.
 *
 * Everything is normalized exactly as the service normalizes (`normalize`) and decomposed into
 * 2-beolsik keystrokes (`toKeystrokes`) here, in TypeScript, so `lm/train.py` never re-implements
 * either: it reads one keystroke string per line and maps each character through `data/lm/vocab.json`.
 *
 * Writes into `.lm-work/` (git-ignored):
 * - `train.keys.txt`   training lines (queries repeated, lexicon entries, short texts), keystrokes
 * - `dev.txt`, `dev.keys.txt`         distinct logged queries kept out for model selection
 * - `heldout.txt`, `heldout.keys.txt` distinct held-out logged queries (`isHeldOutQuery`), never trained on
 * - `golden.tsv`       fixed strings (text \t keystrokes) for the golden outputs
 * - `manifest.json`    counts per source, for the model card
 *
 * Usage: `node --import tsx src/cli/lm-prepare.ts [--query-repeat N] [--text-keys N] [--word-run-keys N] [--word-run-spaces P]`
 * Environment: `BARO_CORPORA` (default `../shared/corpora`, relative to the repository root).
 */
import { createReadStream, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { createGunzip } from 'node:zlib';
import { normalize, toKeystrokes } from '../hangul/index.js';
import { fnv1a, HOLDOUT_MODULUS, isHeldOutQuery } from '../lexicon/holdout.js';
import { GOLDEN_TEXTS } from '../lm/golden.js';
import { wordRuns } from './word-runs.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

interface PrepareOptions {
  corpora: string;
  out: string;
  /** How many times each distinct training query is repeated: queries are short and are what we serve. */
  queryRepeat: number;
  /** Keystroke budget for the short-text sources (reviews, utterances, questions). */
  textKeys: number;
  /** Keystroke budget for runs of two or three words drawn from a word-frequency list (`wordRuns`); 0 for none. */
  wordRunKeys: number;
  /** The chance of a space between two words of a run (queries often leave it out). */
  wordRunSpaces: number;
}

/** Longest training line in keystrokes; longer reviews are dropped rather than cut mid-word. */
const MAX_KEYS = 128;
/** A line may have at most this share of characters outside the vocabulary (they become <unk>). */
const MAX_UNKNOWN_SHARE = 0.1;

function parseArgs(argv: readonly string[]): PrepareOptions {
  const options: PrepareOptions = {
    corpora: resolve(ROOT, process.env['BARO_CORPORA'] ?? '../shared/corpora'),
    out: join(ROOT, '.lm-work'),
    queryRepeat: 40,
    textKeys: 1_000_000,
    wordRunKeys: 0,
    wordRunSpaces: 1,
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = Number(argv[i + 1]);
    if (flag === '--word-run-spaces') {
      if (!(value >= 0 && value <= 1)) throw new TypeError(`${flag} needs a chance between 0 and 1, got ${argv[i + 1]}`);
      options.wordRunSpaces = value;
      i++;
    } else if (flag === '--query-repeat' || flag === '--text-keys' || flag === '--word-run-keys') {
      if (!Number.isInteger(value) || value < 0) throw new TypeError(`${flag} needs a non-negative integer, got ${argv[i + 1]}`);
      if (flag === '--query-repeat') options.queryRepeat = value;
      else if (flag === '--text-keys') options.textKeys = value;
      else options.wordRunKeys = value;
      i++;
    } else {
      throw new TypeError(`unknown argument ${flag}; expected --query-repeat N, --text-keys N, --word-run-keys N or --word-run-spaces P`);
    }
  }
  if (!existsSync(options.corpora)) throw new TypeError(`corpora folder not found: ${options.corpora} (set BARO_CORPORA)`);
  return options;
}

async function* lines(path: string): AsyncGenerator<string> {
  const input = path.endsWith('.gz') ? createReadStream(path).pipe(createGunzip()) : createReadStream(path);
  yield* createInterface({ input, crlfDelay: Infinity });
}

/** One column of a tab-separated file with a header row. */
async function* tsvColumn(path: string, column: string): AsyncGenerator<string> {
  let index = -1;
  for await (const line of lines(path)) {
    const fields = line.split('\t');
    if (index < 0) {
      index = fields.indexOf(column);
      if (index < 0) throw new TypeError(`${path}: no column ${column} in header ${fields.join(',')}`);
      continue;
    }
    const value = fields[index];
    if (value !== undefined) yield value;
  }
}

/** Fields of one CSV record (RFC 4180 quoting; records never span lines in our files). */
function csvFields(line: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') (field += '"'), i++;
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') fields.push(field), (field = '');
    else field += ch;
  }
  fields.push(field);
  return fields;
}

async function* csvColumns(path: string, columns: readonly string[]): AsyncGenerator<string> {
  let indexes: number[] | undefined;
  for await (const raw of lines(path)) {
    const fields = csvFields(raw.replace(/^\ufeff/u, ''));
    if (!indexes) {
      indexes = columns.map((c) => fields.indexOf(c));
      if (indexes.some((i) => i < 0)) throw new TypeError(`${path}: missing one of ${columns.join(',')} in ${fields.join(',')}`);
      continue;
    }
    for (const i of indexes) {
      const value = fields[i];
      if (value !== undefined) yield value;
    }
  }
}

async function* field(path: string, index: number, separator: string | RegExp): AsyncGenerator<string> {
  for await (const line of lines(path)) {
    const value = line.split(separator)[index];
    if (value !== undefined) yield value;
  }
}

/** Characters the model has a token for, from the shared vocabulary file. */
function loadVocabChars(): Set<string> {
  const vocab = JSON.parse(readFileSync(join(ROOT, 'data/lm/vocab.json'), 'utf8')) as { tokens: string[] };
  return new Set(vocab.tokens.filter((t) => [...t].length === 1));
}

/** Keystrokes of a normalized text, or undefined when the line is unusable for training. */
function keysOf(text: string, vocab: ReadonlySet<string>): string | undefined {
  if (text.length === 0 || text.includes('\ufffd')) return undefined;
  const keys = toKeystrokes(text);
  const chars = [...keys];
  if (chars.length > MAX_KEYS) return undefined;
  let unknown = 0;
  for (const ch of chars) if (!vocab.has(ch)) unknown++;
  return unknown > chars.length * MAX_UNKNOWN_SHARE ? undefined : keys;
}

/** Logged queries that are neither held out nor dev go to training; dev is the next hash bucket. */
function isDevQuery(normalizedQuery: string): boolean {
  return fnv1a(normalizedQuery) % HOLDOUT_MODULUS === 1;
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const vocab = loadVocabChars();
  const c = (p: string): string => join(options.corpora, p);
  const manifest: Record<string, { lines: number; keys: number }> = {};

  // 1. Logged queries: distinct normalized texts, split train / dev / held-out.
  const queries = new Set<string>();
  const querySources: [string, AsyncGenerator<string>][] = [
    ['queries/naver_realtime_top20_daily.tsv', tsvColumn(c('queries/naver_realtime_top20_daily.tsv'), 'query')],
    ['queries/zum_realtime_top10_5min.tsv', tsvColumn(c('queries/zum_realtime_top10_5min.tsv'), 'keyword')],
  ];
  for (const f of readdirSync(c('queries')).filter((f) => /^naver_age_.*\.txt$/u.test(f)).sort()) {
    querySources.push([`queries/${f}`, lines(c(`queries/${f}`))]);
  }
  for (const [, source] of querySources) {
    for await (const raw of source) {
      const q = normalize(raw);
      if (q) queries.add(q);
    }
  }
  const heldout = [...queries].filter(isHeldOutQuery).sort();
  const dev = [...queries].filter((q) => !isHeldOutQuery(q) && isDevQuery(q)).sort();
  const excluded = new Set([...heldout, ...dev]);
  const trainQueries = [...queries].filter((q) => !excluded.has(q)).sort();

  const out: string[] = [];
  const add = (name: string, keys: string, times = 1): void => {
    const m = (manifest[name] ??= { lines: 0, keys: 0 });
    for (let i = 0; i < times; i++) out.push(keys);
    m.lines += times;
    m.keys += times * [...keys].length;
  };
  for (const q of trainQueries) {
    const keys = keysOf(q, vocab);
    if (keys) add('queries (distinct, repeated)', keys, options.queryRepeat);
  }

  // 2. Lexicon entries: distinct across all lists; an entry equal to a held-out/dev query is dropped too.
  const lexicon = new Map<string, string>();
  const lexiconSources: [string, AsyncGenerator<string>][] = [];
  const FRAGMENT_LISTS = /josa|eomi|verb_prefix|suffix/u; // endings and particles are not queries
  for (const f of readdirSync(c('lexicon/okt')).filter((f) => f.endsWith('.txt') && !FRAGMENT_LISTS.test(f)).sort()) {
    lexiconSources.push([`lexicon/okt/${f}`, lines(c(`lexicon/okt/${f}`))]);
  }
  for (const f of readdirSync(c('lexicon/mecab_ko_dic')).filter((f) => f.endsWith('.csv')).sort()) {
    lexiconSources.push([`lexicon/mecab_ko_dic/${f}`, field(c(`lexicon/mecab_ko_dic/${f}`), 0, ',')]);
  }
  for (const f of readdirSync(c('lexicon/songys_entity')).filter((f) => f.endsWith('.tsv')).sort()) {
    lexiconSources.push([`lexicon/songys_entity/${f}`, field(c(`lexicon/songys_entity/${f}`), 0, '\t')]);
  }
  lexiconSources.push(
    ['lexicon/krdict_headwords.tsv', tsvColumn(c('lexicon/krdict_headwords.tsv'), 'headword')],
    ['lexicon/wordfreq_ko_small.tsv', tsvColumn(c('lexicon/wordfreq_ko_small.tsv'), 'word')],
    ['lexicon/opensubtitles_ko_50k.txt', field(c('lexicon/opensubtitles_ko_50k.txt'), 0, ' ')],
    ['lexicon/okt_entity_freq.tsv.gz', field(c('lexicon/okt_entity_freq.tsv.gz'), 0, '\t')],
  );
  for (const [name, source] of lexiconSources) {
    for await (const raw of source) {
      // krdict numbers homographs ("사과01"); the digits are not part of the word.
      const entry = normalize(name.includes('krdict') ? raw.replace(/\d+$/u, '') : raw);
      if (!entry || excluded.has(entry) || lexicon.has(entry)) continue;
      const keys = keysOf(entry, vocab);
      if (keys) lexicon.set(entry, keys);
    }
  }
  for (const keys of lexicon.values()) add('lexicon entries (distinct)', keys);

  // 3. Short texts, up to the keystroke budget: the same hash-chosen share of every source (the
  //    movie reviews are most of it), so the choice is deterministic and keeps the sources' mix.
  const textSources: [string, AsyncGenerator<string>][] = [
    ['text/3i4k_utterances.tsv', field(c('text/3i4k_utterances.tsv'), 1, '\t')],
    ['text/parakqc_questions.tsv', field(c('text/parakqc_questions.tsv'), 2, '\t')],
    ['text/songys_chatbot.csv', csvColumns(c('text/songys_chatbot.csv'), ['Q'])],
    ['text/songys_question_pairs.csv', csvColumns(c('text/songys_question_pairs.csv'), ['question1', 'question2'])],
    ['text/okt_example_tweets.txt', lines(c('text/okt_example_tweets.txt'))],
    ['text/nsmc_reviews.tsv.gz', tsvColumn(c('text/nsmc_reviews.tsv.gz'), 'review')],
  ];
  const texts: { name: string; text: string; keys: string; length: number }[] = [];
  const seen = new Set<string>();
  let available = 0;
  for (const [name, source] of textSources) {
    for await (const raw of source) {
      const text = normalize(raw);
      if (seen.has(text) || excluded.has(text)) continue;
      seen.add(text);
      const keys = keysOf(text, vocab);
      if (!keys) continue;
      const length = [...keys].length;
      texts.push({ name, text, keys, length });
      available += length;
    }
  }
  const share = Math.min(1, options.textKeys / Math.max(available, 1));
  for (const t of texts) if ((fnv1a(t.text) % 100_000) / 100_000 < share) add(t.name, t.keys);

  // 4. Runs of common words, off by default: the queries this model judges most (화곡동 어린이집,
  //    포항 약국) are new pairs of common words, and the logs teach it mostly which trending names
  //    follow which. With them the model is better on held-out queries (2.354 → 2.280 bits a key)
  //    but no better in correction, and offers more respacings (data/lm/README.md, "Runs of words").
  if (options.wordRunKeys > 0) {
    for (const text of await wordRuns(lines(c('lexicon/wordfreq_ko_small.tsv')), options.wordRunKeys, options.wordRunSpaces, excluded)) {
      const keys = keysOf(text, vocab);
      if (keys) add('lexicon/wordfreq_ko_small.tsv (runs of 2-3 words, sampled)', keys);
    }
  }

  mkdirSync(options.out, { recursive: true });
  const write = (name: string, rows: readonly string[]): void => writeFileSync(join(options.out, name), rows.join('\n') + '\n');
  write('train.keys.txt', out);
  write('heldout.txt', heldout);
  write('heldout.keys.txt', heldout.map(toKeystrokes));
  write('dev.txt', dev);
  write('dev.keys.txt', dev.map(toKeystrokes));
  write('golden.tsv', GOLDEN_TEXTS.map((t) => `${t}\t${toKeystrokes(normalize(t))}`));
  const summary = {
    corpora: options.corpora,
    queryRepeat: options.queryRepeat,
    textKeys: options.textKeys,
    wordRunKeys: options.wordRunKeys,
    wordRunSpaces: options.wordRunSpaces,
    distinctQueries: queries.size,
    trainQueries: trainQueries.length,
    devQueries: dev.length,
    heldoutQueries: heldout.length,
    trainLines: out.length,
    trainKeys: Object.values(manifest).reduce((s, m) => s + m.keys, 0),
    sources: manifest,
  };
  writeFileSync(join(options.out, 'manifest.json'), JSON.stringify(summary, null, 2) + '\n');
  console.log(JSON.stringify(summary, null, 2));
}

await main();
