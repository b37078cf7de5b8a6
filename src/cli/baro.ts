/**
 * The `baro` command: `baro eval …` evaluates on your query logs, `baro serve` starts the service
 * (as `npm start` does). Run through bin/baro.mjs, which sets up the TypeScript loader.
 */
import { readFileSync } from 'node:fs';
import { evalCommand } from './eval.js';

const USAGE = `usage: baro <command> [options]

commands:
  eval     evaluate correction and autocomplete on labelled typos and query logs (baro eval --help)
  serve    start the HTTP service (configured by environment variables, as npm start)`;

const [command, ...rest] = process.argv.slice(2);
switch (command) {
  case 'eval':
    process.exitCode = await evalCommand(rest);
    break;
  case 'serve':
    // serve.ts starts the service when imported.
    await import('./serve.js');
    break;
  case '--version':
  case '-v': {
    // src/cli/ in a checkout, dist/src/cli/ in an installed package.
    const up = import.meta.url.includes('/dist/') ? '../../../' : '../../';
    const pkg = JSON.parse(readFileSync(new URL(`${up}package.json`, import.meta.url), 'utf8')) as { version: string };
    process.stdout.write(`${pkg.version}\n`);
    break;
  }
  case undefined:
  case 'help':
  case '--help':
  case '-h':
    process.stdout.write(`${USAGE}\n`);
    if (command === undefined) process.exitCode = 2;
    break;
  default:
    process.stderr.write(`baro: unknown command ${JSON.stringify(command)}\n\n${USAGE}\n`);
    process.exitCode = 2;
}
