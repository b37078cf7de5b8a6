/**
 * `npm run data:build`: reads the raw corpora and writes the derived lexicon, the dictionary's
 * marked misspellings, blocklist and held-out query list into data/. Corpora path: BARO_CORPORA
 * or `--corpora PATH` (default ../shared/corpora).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildLexicon } from '../lexicon/build.js';
import { MISSPELLED_FILE, writeLexicon } from '../lexicon/artifact.js';
import { formatBlocklist, parseBlocklist } from '../lexicon/blocklist.js';
import { blocklistSeeds, dictionaries, frequencyLists, queryLogs, textCorpora } from '../lexicon/sources.js';
import { DATA_DIR } from '../lexicon/paths.js';

function corporaRoot(argv: string[]): string {
  const i = argv.indexOf('--corpora');
  const fromArg = i >= 0 ? argv[i + 1] : undefined;
  return resolve(fromArg ?? process.env['BARO_CORPORA'] ?? '../shared/corpora');
}

const root = corporaRoot(process.argv.slice(2));
const started = Date.now();
// Our own additions to the seed lists: terms the seeds miss but a search box must never suggest.
const extraBlocked = readFileSync(join(DATA_DIR, 'blocklist-extra.txt'), 'utf8');
const blocklist = parseBlocklist(
  [...blocklistSeeds(root).map((p) => readFileSync(p, 'utf8')), extraBlocked].join('\n'),
);
const result = await buildLexicon({
  queryLogs: queryLogs(root),
  texts: textCorpora(root),
  frequencyLists: frequencyLists(root),
  dictionaries: dictionaries(root),
  blocklist,
  log: (line) => console.log(line),
});
mkdirSync(join(DATA_DIR, 'dev'), { recursive: true });
writeLexicon(join(DATA_DIR, 'lexicon.tsv.gz'), result.entries);
writeFileSync(join(DATA_DIR, 'blocklist.txt'), `# derived from okt filters (Apache-2.0) and data/blocklist-extra.txt by npm run data:build\n${formatBlocklist(blocklist)}\n`);
writeFileSync(join(DATA_DIR, MISSPELLED_FILE), `# spellings the dictionary data (krdict_headwords, CC-BY-SA-4.0) marks as 금지어, by npm run data:build\n${result.misspelled.join('\n')}\n`);
writeFileSync(join(DATA_DIR, 'dev', 'heldout-queries.txt'), result.heldOutQueries.join('\n') + '\n');
writeFileSync(join(DATA_DIR, 'lexicon-stats.json'), JSON.stringify(result.stats, null, 2) + '\n');
console.log(`wrote ${result.entries.length} entries (${result.stats['blocked']} blocked), ${result.heldOutQueries.length} held-out queries in ${((Date.now() - started) / 1000).toFixed(1)} s`);
