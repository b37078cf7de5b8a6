import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fnv1a } from '../lexicon/index.js';

/** A labelled correction pair. */
export interface LabelledPair {
  typed: string;
  intended: string;
  /** error kind, for accuracy by kind */
  kind: string;
}

/** Reads `typed \t intended [\t kind]` lines; blank and `#` lines are skipped. */
export function readPairs(path: string, defaultKind = 'real'): LabelledPair[] {
  const out: LabelledPair[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [typed, intended, kind] = line.split('\t');
    if (typed && intended) out.push({ typed, intended, kind: kind ?? defaultKind });
  }
  return out;
}

/** Reads one query per line (a `\t count` column is ignored). */
export function readQueries(path: string): string[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .map((l) => l.split('\t')[0]!.trim())
    .filter((l) => l && !l.startsWith('#'));
}

export function devPath(dataDir: string, name: string): string {
  return join(dataDir, 'dev', name);
}

/**
 * True for the half of the development sets that `npm run tune` tunes on (by the typed text, or the
 * query): bit 13 of its FNV-1a hash is clear. The low bit is only the parity of the character
 * codes, which `npm run data:channel` already used to split the real typos. The other half is
 * never tuned on, so figures on it are the fair ones.
 * @example isTuningHalf('무한도정') // true or false, the same on every run
 */
export function isTuningHalf(text: string): boolean {
  return ((fnv1a(text) >>> 13) & 1) === 0;
}
