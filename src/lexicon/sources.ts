import { createReadStream, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';

/**
 * Readers for the raw corpora in `../shared/corpora`. Each yields raw strings (not yet normalized);
 * the build decides weights. Kept apart from the build so a new source is one function here.
 */

/** Lines of a (possibly gzipped) text file. */
export async function* readLines(path: string): AsyncGenerator<string> {
  const input = path.endsWith('.gz') ? createReadStream(path).pipe(createGunzip()) : createReadStream(path);
  const rl = createInterface({ input, crlfDelay: Infinity });
  for await (const line of rl) yield line;
}

/** One column of a TSV file with a header row, by column name. */
export async function* tsvColumn(path: string, column: string): AsyncGenerator<string> {
  let index = -1;
  for await (const line of readLines(path)) {
    const cells = line.split('\t');
    if (index < 0) {
      index = cells.indexOf(column);
      if (index < 0) throw new Error(`${path}: no column "${column}" in header ${JSON.stringify(cells)}`);
      continue;
    }
    const cell = cells[index];
    if (cell) yield cell;
  }
}

/** The n-th field of a simple CSV file (fields here never contain quoted commas we need). */
export async function* csvField(path: string, field: number, skipHeader: boolean): AsyncGenerator<string> {
  let first = true;
  for await (const line of readLines(path)) {
    if (first && skipHeader) {
      first = false;
      continue;
    }
    first = false;
    const cell = line.split(',')[field];
    if (cell) yield cell.replace(/^"|"$/g, '');
  }
}

/** Every line of a plain word list (first whitespace-separated field). */
export async function* wordList(path: string): AsyncGenerator<string> {
  for await (const line of readLines(path)) {
    const word = line.split(/[\t ]/)[0];
    if (word) yield word;
  }
}

export interface QueryLogSource {
  name: string;
  /** Rows of the log in order; one row = one appearance of the query. */
  rows: () => AsyncGenerator<string>;
}

/** The real query logs. */
export function queryLogs(root: string): QueryLogSource[] {
  const dir = join(root, 'queries');
  const ageFiles = existsSync(dir) ? readdirSync(dir).filter((f) => /^naver_age_.*\.txt$/.test(f)).sort() : [];
  return [
    { name: 'naver_realtime_top20_daily', rows: () => tsvColumn(join(dir, 'naver_realtime_top20_daily.tsv'), 'query') },
    { name: 'zum_realtime_top10_5min', rows: () => tsvColumn(join(dir, 'zum_realtime_top10_5min.tsv'), 'keyword') },
    {
      name: 'naver_age',
      rows: async function* () {
        for (const f of ageFiles) yield* lines(join(dir, f));
      },
    },
  ];
}

async function* lines(path: string): AsyncGenerator<string> {
  for await (const line of readLines(path)) if (line.trim()) yield line;
}

export interface TextSource {
  name: string;
  texts: () => AsyncGenerator<string>;
}

/** Running text: reviews, utterances, questions. Word counts come from here. */
export function textCorpora(root: string): TextSource[] {
  const dir = join(root, 'text');
  return [
    { name: 'nsmc_reviews', texts: () => tsvColumn(join(dir, 'nsmc_reviews.tsv.gz'), 'review') },
    { name: '3i4k_utterances', texts: async function* () { for await (const l of readLines(join(dir, '3i4k_utterances.tsv'))) { const t = l.split('\t')[1]; if (t) yield t; } } },
    { name: 'parakqc_questions', texts: async function* () { for await (const l of readLines(join(dir, 'parakqc_questions.tsv'))) { const t = l.split('\t')[2]; if (t) yield t; } } },
    { name: 'songys_chatbot', texts: () => csvField(join(dir, 'songys_chatbot.csv'), 0, true) },
    { name: 'okt_example_tweets', texts: () => lines(join(dir, 'okt_example_tweets.txt')) },
  ];
}

export interface FrequencyList {
  name: string;
  /** word and its frequency per million tokens */
  entries: () => AsyncGenerator<[string, number]>;
}

/** Word lists that carry their own frequencies. */
export function frequencyLists(root: string): FrequencyList[] {
  const dir = join(root, 'lexicon');
  return [
    {
      name: 'wordfreq_ko_small',
      entries: async function* () {
        let header = true;
        for await (const line of readLines(join(dir, 'wordfreq_ko_small.tsv'))) {
          if (header) { header = false; continue; }
          const [word, , freq] = line.split('\t');
          if (word && freq) yield [word, Number(freq) * 1e6];
        }
      },
    },
    {
      name: 'opensubtitles_ko_50k',
      entries: async function* () {
        const rows: [string, number][] = [];
        let total = 0;
        for await (const line of readLines(join(dir, 'opensubtitles_ko_50k.txt'))) {
          const [word, count] = line.split(' ');
          if (!word || !count) continue;
          rows.push([word, Number(count)]);
          total += Number(count);
        }
        // The list is the top 50k only, so this slightly overstates per-million rates; all rows
        // are scaled alike, which is what ranking needs.
        for (const [word, count] of rows) yield [word, (count / total) * 1e6];
      },
    },
    {
      name: 'okt_entity_freq',
      entries: async function* () {
        for await (const line of readLines(join(dir, 'okt_entity_freq.tsv.gz'))) {
          const [word, score] = line.split('\t');
          // Scores are 0..1 popularity from tweets, not rates; map to a modest per-million scale.
          if (word && score) yield [word, Number(score) * 10];
        }
      },
    },
  ];
}

export interface DictionaryList {
  name: string;
  /**
   * 'entity' for names and titles, 'word' for common vocabulary, 'standard' for headwords of the
   * standard dictionary, 'nonstandard' for forms that dictionary marks as misspellings (금지어).
   */
  kind: 'entity' | 'word' | 'standard' | 'nonstandard';
  entries: () => AsyncGenerator<string>;
}

/**
 * The word a krdict cell names, as it is written, or undefined for what is no word. Rows from the
 * 표준국어대사전 mark their structure: a homograph number (사과01, 째깍01), hyphens between the
 * parts of a derived word (웬-만치, 기반-하다, 관광-업계) and ^ where it is spaced by the rule and
 * may be written together (가변^저항). Affixes and endings (-는가, 가-) are no words, nor are idioms
 * with optional or alternative parts (가방끈(이) 길다).
 * @example dictionaryWord('기반-하다') // '기반하다'; dictionaryWord('째깍01') // '째깍'
 */
export function dictionaryWord(cell: string): string | undefined {
  const word = cell.trim();
  if (!word || word.startsWith('-') || word.endsWith('-') || /[()[\],]/u.test(word)) return undefined;
  return word.replace(/(?<=\p{Script=Hangul})\d+$/u, '').replaceAll('-', '').replaceAll('^', ' ');
}

/**
 * krdict's words, split into standard and 금지어 (misspelling) lists. Besides each headword, a
 * standard row names a related dictionary word in its keyword column (뚜렷하다's row names
 * 또렷하다, its variant), which may be a headword of no row of its own: a standard word too.
 */
async function* krdict(path: string, nonstandard: boolean): AsyncGenerator<string> {
  let header = true;
  for await (const line of readLines(path)) {
    if (header) { header = false; continue; }
    const [headword = '', pos, , , keyword = ''] = line.split('\t');
    if ((pos === '특수:금지어') !== nonstandard) continue;
    const cells = nonstandard ? [headword] : [headword, keyword.split('__')[0] ?? ''];
    for (const cell of cells) {
      const word = dictionaryWord(cell);
      if (word) yield word;
    }
  }
}

/** Dictionaries and entity lists: presence only. */
export function dictionaries(root: string): DictionaryList[] {
  const dir = join(root, 'lexicon');
  const okt = (file: string, kind: 'entity' | 'word'): DictionaryList => ({
    name: `okt/${file}`,
    kind,
    entries: () => wordList(join(dir, 'okt', file)),
  });
  const mecab = (file: string): DictionaryList => ({
    name: `mecab_ko_dic/${file}`,
    kind: 'entity',
    entries: () => csvField(join(dir, 'mecab_ko_dic', file), 0, false),
  });
  const songys = (file: string): DictionaryList => ({
    name: `songys_entity/${file}`,
    kind: 'entity',
    entries: () => lines(join(dir, 'songys_entity', file)),
  });
  return [
    { name: 'krdict_headwords', kind: 'standard', entries: () => krdict(join(dir, 'krdict_headwords.tsv'), false) },
    { name: 'krdict_headwords (금지어)', kind: 'nonstandard', entries: () => krdict(join(dir, 'krdict_headwords.tsv'), true) },
    okt('noun_nouns.txt', 'word'),
    okt('adverb_adverb.txt', 'word'),
    okt('noun_entities.txt', 'entity'),
    okt('noun_wikipedia_title_nouns.txt', 'entity'),
    okt('noun_brand.txt', 'entity'),
    okt('noun_company_names.txt', 'entity'),
    okt('noun_congress.txt', 'entity'),
    okt('noun_fashion.txt', 'entity'),
    okt('noun_foreign.txt', 'entity'),
    okt('noun_geolocations.txt', 'entity'),
    okt('noun_kpop.txt', 'entity'),
    okt('noun_lol.txt', 'entity'),
    okt('noun_names.txt', 'entity'),
    okt('noun_neologism.txt', 'word'),
    okt('noun_pokemon.txt', 'entity'),
    okt('noun_slangs.txt', 'word'),
    okt('noun_bible.txt', 'entity'),
    mecab('Wikipedia.csv'),
    mecab('Place.csv'),
    mecab('Place-address.csv'),
    mecab('Place-station.csv'),
    mecab('Group.csv'),
    mecab('Foreign.csv'),
    mecab('NNP.csv'),
    mecab('CoinedWord.csv'),
    songys('ner_dic.song.PS.tsv'),
    songys('ner_dic.song.LC.tsv'),
    songys('ner_dic.song.TI.tsv'),
  ];
}

/** Seeds of the suggestion blocklist. */
export function blocklistSeeds(root: string): string[] {
  return ['okt_profane.txt', 'okt_spam.txt'].map((f) => join(root, 'filters', f));
}
