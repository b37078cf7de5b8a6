/**
 * `npm run data:channel`: fits the channel model's edit costs on half of the real internet-typo
 * list and writes the other half as a development set, so the real-typo accuracy we report is
 * never measured on pairs the weights were fitted on.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { normalize } from '../hangul/index.js';
import { fnv1a } from '../lexicon/holdout.js';
import { DATA_DIR } from '../lexicon/paths.js';
import { fitChannel } from '../rank/fit-channel.js';

const root = resolve(process.env['BARO_CORPORA'] ?? '../shared/corpora');
const fit: [string, string][] = [];
const dev: [string, string][] = [];
for (const line of readFileSync(join(root, 'typos', 'okt_internet_typos.txt'), 'utf8').split('\n')) {
  const [typed, intended] = line.trim().split(/\s+/).map((s) => normalize(s));
  if (!typed || !intended || typed === intended) continue;
  (fnv1a(typed) % 2 === 0 ? fit : dev).push([typed, intended]);
}
const result = fitChannel(fit);
mkdirSync(join(DATA_DIR, 'dev'), { recursive: true });
writeFileSync(
  join(DATA_DIR, 'channel.json'),
  JSON.stringify(
    {
      source: 'okt_internet_typos.txt (open-korean-text, Apache-2.0), pairs with even FNV-1a hash of the typed form',
      pairs: result.pairs,
      keystrokes: result.keystrokes,
      errorRate: result.errorRate,
      counts: result.counts,
      ...result.weights,
    },
    null,
    2,
  ) + '\n',
);
writeFileSync(join(DATA_DIR, 'dev', 'real-typos.tsv'), dev.map(([t, i]) => `${t}\t${i}`).join('\n') + '\n');
console.log(`fitted on ${fit.length} pairs (error rate ${result.errorRate.toFixed(3)}/keystroke); ${dev.length} held for dev`);
console.log(result.counts, result.weights);
