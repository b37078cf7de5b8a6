/**
 * The event loop's thread first. A Node process runs helper threads beside it: V8's (optimizing
 * compiles, garbage-collection helpers), libuv's pool, a loader's worker. On a machine of few cores
 * (a 2-vCPU VM, a container limited to one or two CPUs) a helper's job of some milliseconds takes
 * a core just when a request arrives or an answer leaves, and the scheduler then queues that
 * wake-up behind it for up to a time slice while another core may sit idle. Measured on this
 * project's 2-vCPU machine (benchmarks/RESULTS.md, 2026-12-04 23:10 – 2026-12-05 00:37):
 * half-typed suggest 3.9–4.8 ms at the p99 of a client on the same machine as is, ~3.2–4.0 with
 * the helpers at nice 19 (the scheduler still lets a running helper finish its slice now and then),
 * and 2.8–2.9 in six runs of ten (3.3–4.9 in the others) with them under Linux's
 * SCHED_IDLE policy, which any waking thread of normal policy preempts at once; the helpers still
 * get every core nobody else wants.
 *
 * Linux only: there `setpriority` on a thread id sets that thread's nice value, `/proc/self/task`
 * lists the threads, and util-linux's `chrt` sets a thread's policy (Node has no call for it).
 */
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { getPriority, setPriority } from 'node:os';
import type { HelperPriority } from '../config/index.js';

/** The lowest priority a nice value gives (the highest nice value). */
const LOWEST_NICE = 19;
/** Linux's number for SCHED_IDLE, as `/proc/<tid>/stat` reports a thread's policy. */
const SCHED_IDLE = 5;

export interface ThreadOps {
  /** ids of this process's threads, the main thread's among them (its id is the process id) */
  threadIds(): number[];
  getNice(id: number): number;
  setNice(id: number, nice: number): void;
  /** the thread's scheduling policy (0 normal, 5 SCHED_IDLE) */
  policy(id: number): number;
  /** puts the thread under SCHED_IDLE; rejects when that cannot be done (no `chrt`, no such thread) */
  setIdle(id: number): Promise<void>;
}

/**
 * A thread's scheduling policy (0 normal, 5 SCHED_IDLE): field 41 of `/proc/<pid>/task/<id>/stat`,
 * counted after the `(name)` field, which may hold spaces. Linux only.
 * @example threadPolicy(process.pid) // 0
 */
export function threadPolicy(id: number, pid: number | 'self' = 'self'): number {
  const stat = readFileSync(`/proc/${pid}/task/${id}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return Number(fields[41 - 3]);
}

/** Set once `chrt` is found missing, so that later calls do not try to start it for every thread. */
let chrtMissing: Error | undefined;

export const LINUX_THREADS: ThreadOps = {
  threadIds: () => readdirSync('/proc/self/task').map(Number).filter(Number.isInteger),
  getNice: getPriority,
  setNice: setPriority,
  policy: (id) => threadPolicy(id),
  setIdle: (id) =>
    new Promise((resolve, reject) => {
      if (chrtMissing) return reject(chrtMissing);
      execFile('chrt', ['--idle', '--pid', '0', String(id)], { timeout: 5000 }, (err) => {
        if (err && (err as NodeJS.ErrnoException).code === 'ENOENT') chrtMissing = new Error('chrt not found (util-linux)');
        if (err) reject(chrtMissing ?? err);
        else resolve();
      });
    }),
};

export interface Lowered {
  /** helper threads at nice 19 (or above) after the call */
  low: number;
  /** helper threads under SCHED_IDLE after the call */
  idle: number;
  /** why some could not be put under SCHED_IDLE (the first error), when `idle` was asked */
  idleError?: string;
}

/**
 * Lowers every thread of this process but the main one to `priority`: nice 19 for `low` and
 * `idle`, and SCHED_IDLE too for `idle`. Threads that end meanwhile or refuse are skipped; threads
 * already there are left alone, so a long-lived caller repeats this now and then for the threads
 * started since (they start at the main thread's priority). `ops` null (not Linux): nothing.
 * @example await lowerHelperThreads('idle') // { low: 12, idle: 12 } on a fresh Node 20 process on Linux
 */
export async function lowerHelperThreads(priority: HelperPriority, ops: ThreadOps | null = process.platform === 'linux' ? LINUX_THREADS : null, mainId = process.pid): Promise<Lowered> {
  const out: Lowered = { low: 0, idle: 0 };
  if (!ops || priority === 'normal') return out;
  let ids: number[];
  try {
    ids = ops.threadIds().filter((id) => id !== mainId);
  } catch {
    // No /proc (a sandbox): nothing to go by.
    return out;
  }
  for (const id of ids) {
    try {
      // Raising a nice value needs no privilege; a thread already at 19 stays.
      if (ops.getNice(id) < LOWEST_NICE) ops.setNice(id, LOWEST_NICE);
      out.low++;
    } catch {
      // The thread ended between listing and setting, or the system refused: leave it.
      continue;
    }
    if (priority !== 'idle') continue;
    try {
      if (ops.policy(id) !== SCHED_IDLE) await ops.setIdle(id);
      out.idle++;
    } catch (err) {
      out.idleError ??= err instanceof Error ? err.message : String(err);
    }
  }
  return out;
}
