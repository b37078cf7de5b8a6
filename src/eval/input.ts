/**
 * Evaluation input, read as a stream: labelled pairs for correction and query logs for replay.
 * Nothing here holds more than one line (and one read chunk) at a time, so a 1 GB log costs the
 * same memory as a 1 KB one. Odd lines are counted and described, never fatal.
 */
import { createReadStream, statSync } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import type { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { normalize } from '../hangul/index.js';

/** Longest line read; anything longer is counted bad instead of growing the buffer without end. */
export const MAX_LINE_CHARS = 4096;

/** Longest query evaluated, in code points — the service's default `BARO_MAX_QUERY_LENGTH`. */
export const MAX_EVAL_QUERY_CHARS = 100;

export interface Line {
  /** 1-based line number in the file */
  no: number;
  text: string;
  /** where the line ends in the file, in bytes (for .gz: compressed bytes read so far), for progress */
  bytes: number;
  /** set when the line was cut at MAX_LINE_CHARS */
  overlong?: true;
}

/** The file's size in bytes (compressed size for .gz), or undefined for stdin. */
export function inputSize(path: string): number | undefined {
  return path === '-' ? undefined : statSync(path).size;
}

/**
 * Lines of a file (`-` for stdin, `.gz` decompressed on the fly), without the line break. The
 * stream is pulled only as fast as the caller consumes lines, so a slow consumer bounds memory.
 * @example for await (const line of readLines('queries.txt')) console.log(line.no, line.text)
 */
export async function* readLines(path: string): AsyncGenerator<Line> {
  const file = path === '-' ? undefined : createReadStream(path, { highWaterMark: 64 * 1024 });
  const raw: Readable = file ?? process.stdin;
  const source: Readable = path.endsWith('.gz') ? raw.pipe(createGunzip()) : raw;
  const decoder = new StringDecoder('utf8');
  let pending = '';
  let dropping = false; // inside an overlong line: skip to its end
  let no = 0;
  // Position of the line's end: exact for plain files, the compressed bytes read so far for .gz.
  let offset = 0;
  const gz = source !== raw;
  const line = (text: string, newline: boolean): Line => {
    no++;
    offset += Buffer.byteLength(text) + (newline ? 1 : 0);
    const bytes = gz ? (file?.bytesRead ?? 0) : offset;
    return text.length > MAX_LINE_CHARS ? { no, text: text.slice(0, 80), bytes, overlong: true } : { no, text: stripCr(text), bytes };
  };
  for await (const chunk of source as AsyncIterable<Buffer>) {
    const text = pending + decoder.write(chunk);
    pending = '';
    let start = 0;
    for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', start)) {
      const piece = text.slice(start, nl);
      start = nl + 1;
      if (dropping) {
        dropping = false;
        offset += Buffer.byteLength(piece) + 1;
      } else yield line(piece, true);
    }
    const rest = text.slice(start);
    if (dropping) offset += Buffer.byteLength(rest);
    else if (rest.length > MAX_LINE_CHARS) {
      // Report the line now and skip the rest of it as it arrives, instead of buffering it.
      yield line(rest, false);
      dropping = true;
    } else pending = rest;
  }
  pending += decoder.end();
  if (pending && !dropping) yield line(pending, false);
}

function stripCr(s: string): string {
  return s.endsWith('\r') ? s.slice(0, -1) : s;
}

/** A labelled correction pair read from a file. */
export interface PairRecord {
  typed: string;
  intended: string;
  kind: string;
}

/** A logged query; `count` weighs it (how many searches it stands for). */
export interface QueryRecord {
  query: string;
  count: number;
}

export type Parsed<T> = { ok: T } | { bad: string } | { skip: true };

/** What a query log looks like, decided from its first line. */
export type LogFormat =
  | { name: 'plain' }
  /** a header row naming the query column (`query` or `keyword`) and maybe a `count` column */
  | { name: 'naver' | 'zum' | 'header'; queryColumn: number; countColumn: number | undefined; columns: number };

const QUERY_COLUMNS = ['query', 'keyword', 'q'];
const COUNT_COLUMNS = ['count', 'freq', 'frequency'];

/**
 * Reads the format from a log's first line: the shared Naver daily log (`date rank query`), the
 * Zum log (a `keyword` column), any TSV header with a `query`/`keyword` column, or plain lines
 * (`query` or `query \t count`, no header).
 * @example detectLogFormat('date\trank\tquery') // { name: 'naver', queryColumn: 2, … }
 */
export function detectLogFormat(firstLine: string): LogFormat {
  const fields = firstLine.replace(/^\ufeff/, '').split('\t').map((f) => f.trim().toLowerCase());
  const queryColumn = fields.findIndex((f) => QUERY_COLUMNS.includes(f));
  // A plain `q \t 5` line is data, not a header: headers have no numbers.
  if (queryColumn < 0 || fields.length < 2 || fields.some((f) => /^[0-9]+$/.test(f))) return { name: 'plain' };
  const countColumn = fields.findIndex((f) => COUNT_COLUMNS.includes(f));
  const name = fields.join('\t') === 'date\trank\tquery' ? 'naver' : fields[queryColumn] === 'keyword' ? 'zum' : 'header';
  return { name, queryColumn, countColumn: countColumn >= 0 ? countColumn : undefined, columns: fields.length };
}

/**
 * One log line in a known format. Blank lines are skipped; `#` comments too in plain logs.
 * @example parseLogLine({ name: 'plain' }, '무한도전\t12') // { ok: { query: '무한도전', count: 12 } }
 */
export function parseLogLine(format: LogFormat, line: string): Parsed<QueryRecord> {
  if (!line.trim()) return { skip: true };
  let query: string;
  let count: string | undefined;
  if (format.name === 'plain') {
    if (line.startsWith('#')) return { skip: true };
    const fields = line.split('\t');
    if (fields.length > 2) return { bad: `${fields.length} tab-separated fields (want query or query\\tcount)` };
    query = fields[0]!;
    count = fields[1];
  } else {
    const fields = line.split('\t');
    if (fields.length < format.columns) return { bad: `${fields.length} fields (the header has ${format.columns})` };
    query = fields[format.queryColumn]!;
    count = format.countColumn === undefined ? undefined : fields[format.countColumn];
  }
  const checked = checkText(query, 'query');
  if ('bad' in checked) return checked;
  let weight = 1;
  if (count !== undefined) {
    if (!/^\s*[0-9]+\s*$/.test(count) || Number(count) < 1) return { bad: `count ${JSON.stringify(count.slice(0, 20))} is not a positive integer` };
    weight = Number(count);
  }
  return { ok: { query: checked.ok, count: weight } };
}

/**
 * One `typed \t intended [\t kind]` line. Blank and `#` lines are skipped.
 * @example parsePairLine('무한도정\t무한도전') // { ok: { typed: '무한도정', intended: '무한도전', kind: 'unlabelled' } }
 */
export function parsePairLine(line: string, defaultKind = 'unlabelled'): Parsed<PairRecord> {
  if (!line.trim() || line.startsWith('#')) return { skip: true };
  const fields = line.split('\t');
  if (fields.length < 2) return { bad: 'no tab: want typed\\tintended[\\tkind]' };
  if (fields.length > 3) return { bad: `${fields.length} tab-separated fields (want 2 or 3)` };
  const typed = checkText(fields[0]!, 'typed');
  if ('bad' in typed) return typed;
  const intended = checkText(fields[1]!, 'intended');
  if ('bad' in intended) return intended;
  const kind = fields[2]?.trim() || defaultKind;
  return { ok: { typed: typed.ok, intended: intended.ok, kind } };
}

function checkText(text: string, what: string): { ok: string } | { bad: string } {
  const t = text.trim();
  if (!t) return { bad: `empty ${what}` };
  if (t.includes('\ufffd')) return { bad: `${what} is not valid UTF-8` };
  if ([...t].length > MAX_EVAL_QUERY_CHARS) return { bad: `${what} longer than ${MAX_EVAL_QUERY_CHARS} characters` };
  if (!normalize(t)) return { bad: `${what} is empty after normalization` };
  return { ok: t };
}
