import { readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { LexiconEntry } from './entry.js';

const HEADER = '#baro-lexicon v1\ttext\tweight\tflags\tblocked';

/** Writes the lexicon as gzipped TSV, heaviest first (the order the loader relies on for ties). */
export function writeLexicon(path: string, entries: readonly LexiconEntry[]): void {
  const lines = [HEADER];
  for (const e of entries) lines.push(`${e.text}\t${e.weight.toPrecision(6)}\t${e.flags}\t${e.blocked ? 1 : 0}`);
  writeFileSync(path, gzipSync(lines.join('\n') + '\n', { level: 9 }));
}

/**
 * Reads a lexicon file written by `writeLexicon`. A malformed row is a build bug, so it throws with
 * the line number.
 */
export function readLexicon(path: string): LexiconEntry[] {
  const text = gunzipSync(readFileSync(path)).toString('utf8');
  const lines = text.split('\n');
  if (lines[0] !== HEADER) throw new Error(`${path}: not a baro lexicon (header ${JSON.stringify(lines[0])})`);
  const entries: LexiconEntry[] = [];
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i];
    if (!line) continue;
    const [entryText, weight, flags, blocked] = line.split('\t');
    const w = Number(weight);
    if (!entryText || !(w > 0) || flags === undefined) throw new Error(`${path}:${i + 1}: malformed row ${JSON.stringify(line)}`);
    entries.push({ text: entryText, weight: w, flags, blocked: blocked === '1' });
  }
  return entries;
}
