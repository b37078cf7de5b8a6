import { existsSync, readFileSync, writeFileSync } from 'node:fs';
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
  // Walk the text line by line rather than splitting it: one 20 MB string plus a 450k-element
  // array of line copies would raise the process's memory high-water mark for good.
  let start = text.indexOf('\n');
  const header = text.slice(0, start < 0 ? text.length : start);
  if (header !== HEADER) throw new Error(`${path}: not a baro lexicon (header ${JSON.stringify(header)})`);
  const entries: LexiconEntry[] = [];
  let lineNo = 1;
  while (start >= 0 && start < text.length - 1) {
    const end = text.indexOf('\n', start + 1);
    const line = text.slice(start + 1, end < 0 ? text.length : end);
    start = end;
    lineNo++;
    if (!line) continue;
    const t1 = line.indexOf('\t');
    const t2 = line.indexOf('\t', t1 + 1);
    const t3 = line.indexOf('\t', t2 + 1);
    const w = Number(line.slice(t1 + 1, t2));
    if (t1 <= 0 || t2 < 0 || t3 < 0 || !(w > 0)) throw new Error(`${path}:${lineNo}: malformed row ${JSON.stringify(line)}`);
    entries.push({ text: line.slice(0, t1), weight: w, flags: line.slice(t2 + 1, t3), blocked: line.charCodeAt(t3 + 1) === 49 /* '1' */ });
  }
  return entries;
}

/** The file in data/ that lists the dictionary's marked misspellings (`readMisspelled`). */
export const MISSPELLED_FILE = 'misspelled.txt';

/**
 * The spellings listed in a file written by `npm run data:build` (one per line, `#` comments), or
 * none where there is no such file: a lexicon built before it knows its misspellings by the `x`
 * flag alone.
 * @example readMisspelled('data/misspelled.txt') // ['깨끗히', '나지막히', …, '화일']
 */
export function readMisspelled(path: string): string[] {
  if (!existsSync(path)) return [];
  return readFileSync(path, 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}
