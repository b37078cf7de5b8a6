/**
 * Hunspell with the Korean dictionary (Debian hunspell-ko, from spellcheck-ko/hunspell-dict-ko),
 * driven through `hunspell -a` pipe mode: each misspelled word of the query is replaced by its
 * first suggestion, as a spell checker's "correct all" would.
 *
 * Installed by setup.sh (apt-get install hunspell hunspell-ko).
 */
import { spawn } from 'node:child_process';
import { normalize } from '../../src/hangul/index.js';
import type { Peer, PeerAnswer } from './peer.js';

/**
 * Starts `hunspell -d ko -a` and waits for its banner (the dictionary load, ~1 s).
 * @example const peer = await createHunspellKo(); await peer.correct('무한도정') // { top: '무한 도정', … }
 */
export async function createHunspellKo(dictionary = 'ko'): Promise<Peer> {
  const child = spawn('hunspell', ['-d', dictionary, '-a', '-i', 'utf-8'], { stdio: ['pipe', 'pipe', 'pipe'] });
  child.stdout.setEncoding('utf8');
  let buffer = '';
  let banner = '';
  let stderr = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (d: string) => (stderr += d));
  // One request at a time: hunspell answers a line with one line per word, then a blank line.
  let pending: { lines: string[]; resolve: (lines: string[]) => void; reject: (err: Error) => void } | undefined;
  const ready = new Promise<void>((resolve, reject) => {
    child.once('error', (err) => reject(new Error(`hunspell: ${err.message} (run bash benchmarks/peers/setup.sh)`)));
    child.once('exit', (code) => reject(new Error(`hunspell exited with ${code}: ${stderr.trim()}`)));
    child.stdout.on('data', (chunk: string) => {
      buffer += chunk;
      for (let nl = buffer.indexOf('\n'); nl >= 0; nl = buffer.indexOf('\n')) {
        const line = buffer.slice(0, nl);
        buffer = buffer.slice(nl + 1);
        if (!banner) {
          banner = line;
          resolve();
        } else if (pending && line === '') {
          const p = pending;
          pending = undefined;
          p.resolve(p.lines);
        } else pending?.lines.push(line);
      }
    });
  });
  await ready;
  child.on('exit', (code) => {
    const p = pending;
    pending = undefined;
    p?.reject(new Error(`hunspell exited with ${code}: ${stderr.trim()}`));
  });
  const ask = (text: string): Promise<string[]> =>
    new Promise((resolve, reject) => {
      if (child.exitCode !== null) throw new Error(`hunspell has exited (${child.exitCode})`);
      pending = { lines: [], resolve, reject };
      // '^' makes hunspell read the rest of the line as text, never as a command.
      child.stdin.write(`^${text}\n`);
    });

  return {
    name: 'hunspell-ko',
    about: `${banner.replace(/^@\(#\) /, '')}, dictionary ${dictionary} (hunspell-ko), pipe mode, each misspelled word replaced by its first suggestion`,
    async correct(query: string): Promise<PeerAnswer> {
      const typed = normalize(query).replace(/\n/g, ' ');
      const lines = await ask(typed);
      // `& word count offset: first, second, …`; the offset counts characters from the line's start,
      // the '^' included, so the word starts at offset − 1 in the query. Words hunspell knows
      // (`*`, `+`, `-`) and those it has no suggestion for (`#`) stay as typed.
      const edits: { at: number; word: string; replacement: string }[] = [];
      for (const line of lines) {
        const m = /^& (\S+) \d+ (\d+): ([^,]+)/.exec(line);
        if (m) edits.push({ word: m[1]!, at: Number(m[2]) - 1, replacement: m[3]!.trim() });
      }
      const top = [...typed];
      for (const e of edits.sort((a, b) => b.at - a.at)) top.splice(e.at, [...e.word].length, ...e.replacement);
      const out = top.join('');
      return { top: out, autocorrect: out !== typed };
    },
    async close() {
      child.stdin.end();
      await new Promise<void>((resolve) => {
        if (child.exitCode !== null) resolve();
        else child.once('exit', () => resolve());
      });
    },
  };
}
