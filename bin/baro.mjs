#!/usr/bin/env node
// The `baro` bin: starts src/cli/baro.ts under `node --import <tsx>` (tsx is a dependency, resolved
// from this package, so it works from any directory), or the compiled dist/ when there are no sources.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { constants } from 'node:os';
import { fileURLToPath } from 'node:url';

// In a checkout run the sources (never a stale build); an installed package ships only dist/.
const source = fileURLToPath(new URL('../src/cli/baro.ts', import.meta.url));
const built = fileURLToPath(new URL('../dist/src/cli/baro.js', import.meta.url));
const args = existsSync(source) ? ['--import', import.meta.resolve('tsx'), source] : [built];
const child = spawn(process.execPath, [...args, ...process.argv.slice(2)], { stdio: 'inherit' });
// Ctrl-C reaches the child through the terminal's process group; pass on signals sent to us alone.
for (const signal of ['SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal));
process.on('SIGINT', () => {});
child.on('exit', (code, signal) => {
  process.exit(signal ? 128 + (constants.signals[signal] ?? 0) : (code ?? 1));
});
