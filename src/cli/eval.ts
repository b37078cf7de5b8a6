/**
 * `baro eval`: run a query log and/or labelled typos through baro (in-process or a running service)
 * and report correction accuracy, false autocorrections, autocomplete replay and latency.
 *
 *   baro eval --pairs typos.tsv --log queries.tsv [--url http://host:port] [--json] [--html report.html]
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { formatHtml } from '../eval/report-html.js';
import { formatText } from '../eval/report-text.js';
import { EvalUsageError, runEval } from '../eval/run.js';

export const EVAL_USAGE = `usage: baro eval [--pairs FILE] [--log FILE] [options]

inputs (at least one; "-" reads stdin; .gz is decompressed):
  --pairs FILE        typed<TAB>intended[<TAB>error kind] per line: correction accuracy
  --log FILE          query log: "query", "query<TAB>count", or a TSV with a header naming a
                      query/keyword column (the shared Naver and Zum logs): autocomplete replay
                      and the false-autocorrect rate

where it runs:
  --url URL           evaluate a running service (http://host:port) instead of in-process
  --concurrency N     requests in flight with --url (default 8)
  --workers N         worker threads in-process, each with its own engine (~450 MB);
                      default one per core as memory allows; 0 = this thread
  --data-dir DIR      lexicon directory (default data/)
  --lm auto|off       load the language model in-process like the service (default auto)

what it does:
  --limit N           stop each input after N records
  --skip-replay       no autocomplete replay for the log
  --skip-false        no false-autocorrect check for the log

output:
  --json              print the report as JSON instead of the summary table
  --html FILE         also write a self-contained HTML report with charts
  -h, --help          this text`;

export interface CommandIo {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown; isTTY?: boolean; columns?: number };
}

/**
 * Runs `baro eval` with the arguments after `eval`; resolves to the exit code
 * (0 done, 1 failed, 2 usage error).
 * @example process.exitCode = await evalCommand(['--pairs', 'typos.tsv', '--json'])
 */
export async function evalCommand(argv: string[], io: CommandIo = { stdout: process.stdout, stderr: process.stderr }): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        pairs: { type: 'string' },
        log: { type: 'string' },
        url: { type: 'string' },
        workers: { type: 'string' },
        concurrency: { type: 'string' },
        'data-dir': { type: 'string' },
        lm: { type: 'string' },
        limit: { type: 'string' },
        'skip-replay': { type: 'boolean' },
        'skip-false': { type: 'boolean' },
        json: { type: 'boolean' },
        html: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (err) {
    io.stderr.write(`baro eval: ${(err as Error).message}\n\n${EVAL_USAGE}\n`);
    return 2;
  }
  if (values.help) {
    io.stdout.write(`${EVAL_USAGE}\n`);
    return 0;
  }
  try {
    const lm = values.lm ?? 'auto';
    if (lm !== 'auto' && lm !== 'off') throw new EvalUsageError(`--lm must be auto or off, got ${JSON.stringify(lm)}`);
    if (values.url !== undefined && values.workers !== undefined) throw new EvalUsageError('--workers is for in-process runs; with --url use --concurrency');
    const report = await runEval({
      pairs: values.pairs,
      log: values.log,
      url: values.url,
      workers: count('workers', values.workers, 0),
      concurrency: count('concurrency', values.concurrency, 1),
      limit: count('limit', values.limit, 1),
      dataDir: values['data-dir'] !== undefined ? resolve(values['data-dir']) : undefined,
      lm,
      tasks: { replay: !values['skip-replay'], falseAutocorrect: !values['skip-false'] },
      progress: io.stderr,
    });
    if (values.html !== undefined) writeFileSync(values.html, formatHtml(report));
    io.stdout.write(values.json ? `${JSON.stringify(report, null, 2)}\n` : `${formatText(report)}\n`);
    if (values.html !== undefined) io.stderr.write(`baro eval: wrote ${values.html}\n`);
    return 0;
  } catch (err) {
    if (err instanceof EvalUsageError) {
      io.stderr.write(`baro eval: ${err.message}\n`);
      return 2;
    }
    io.stderr.write(`baro eval: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    return 1;
  }
}

/** A whole-number option at least `min`, or undefined when absent. */
function count(name: string, value: string | undefined, min: number): number | undefined {
  if (value === undefined) return undefined;
  if (!/^[0-9]+$/.test(value) || Number(value) < min) throw new EvalUsageError(`--${name} must be a whole number ≥ ${min}, got ${JSON.stringify(value)}`);
  return Number(value);
}

// `node --import tsx src/cli/eval.ts …` (npm run eval) runs the command directly.
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = await evalCommand(process.argv.slice(2));
}
