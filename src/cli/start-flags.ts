import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The Node flags `npm start` runs the server with: package.json's start script, between `node` and
 * `--import`. The HTTP benchmark and the server's own tests start it the same way, so a flag changed
 * in package.json is what they measure and test.
 * @example npmStartFlags(root) // ['--expose-gc', '--max-semi-space-size=32', '--heap-growing-percent=100']
 */
export function npmStartFlags(root: string): string[] {
  const start = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts?: { start?: string } }).scripts?.start ?? '';
  const words = start.split(/\s+/u);
  const end = words.indexOf('--import');
  if (words[0] !== 'node' || end < 0) throw new Error(`package.json's start script is not "node … --import …": ${start}`);
  return words.slice(1, end);
}
