import { strict as assert } from 'node:assert';
import { readdirSync } from 'node:fs';
import { getPriority } from 'node:os';
import { describe, it } from 'node:test';
import { lowerHelperThreads, threadPolicy, type ThreadOps } from '../src/service/threads.js';

interface FakeThread {
  nice: number;
  policy: number;
}

/** A process of fake threads by id; `refuse` lists ids whose nice or policy cannot be set. */
function fakeThreads(threads: Record<number, FakeThread>, refuse: { nice?: number[]; idle?: number[] } = {}): ThreadOps {
  const get = (id: number): FakeThread => {
    const t = threads[id];
    if (!t) throw new Error(`ESRCH ${id}`);
    return t;
  };
  return {
    threadIds: () => Object.keys(threads).map(Number),
    getNice: (id) => get(id).nice,
    setNice: (id, nice) => {
      if (refuse.nice?.includes(id)) throw new Error(`EACCES ${id}`);
      get(id).nice = nice;
    },
    policy: (id) => get(id).policy,
    setIdle: async (id) => {
      if (refuse.idle?.includes(id)) throw new Error(`chrt: failed to set pid ${id}'s policy`);
      get(id).policy = 5;
    },
  };
}

const normal = (): FakeThread => ({ nice: 0, policy: 0 });

describe('lowerHelperThreads', () => {
  it('idle: every thread but the main one at nice 19 and under SCHED_IDLE', async () => {
    const threads = { 100: normal(), 101: normal(), 102: normal(), 103: { nice: 5, policy: 0 } };
    assert.deepEqual(await lowerHelperThreads('idle', fakeThreads(threads), 100), { low: 3, idle: 3 });
    assert.deepEqual(threads, { 100: normal(), 101: { nice: 19, policy: 5 }, 102: { nice: 19, policy: 5 }, 103: { nice: 19, policy: 5 } });
  });

  it('low: nice 19 only; normal: nothing', async () => {
    const threads = { 100: normal(), 101: normal() };
    assert.deepEqual(await lowerHelperThreads('normal', fakeThreads(threads), 100), { low: 0, idle: 0 });
    assert.deepEqual(threads[101], normal());
    assert.deepEqual(await lowerHelperThreads('low', fakeThreads(threads), 100), { low: 1, idle: 0 });
    assert.deepEqual(threads, { 100: normal(), 101: { nice: 19, policy: 0 } });
  });

  it('counts threads already lowered without setting them again', async () => {
    const threads = { 100: normal(), 101: { nice: 19, policy: 5 } };
    const ops = fakeThreads(threads, { nice: [101], idle: [101] });
    assert.deepEqual(await lowerHelperThreads('idle', ops, 100), { low: 1, idle: 1 });
  });

  it('skips threads that refuse or have ended, and says why SCHED_IDLE failed', async () => {
    const threads = { 100: normal(), 101: normal(), 102: normal(), 103: normal() };
    const ops = fakeThreads(threads, { nice: [101], idle: [102] });
    const listed = { ...ops, threadIds: () => [100, 101, 102, 103, 104] }; // 104 has ended
    const lowered = await lowerHelperThreads('idle', listed, 100);
    assert.deepEqual([lowered.low, lowered.idle], [2, 1]);
    assert.match(lowered.idleError ?? '', /chrt: failed to set pid 102/);
    assert.deepEqual(threads, { 100: normal(), 101: normal(), 102: { nice: 19, policy: 0 }, 103: { nice: 19, policy: 5 } });
  });

  it('does nothing without thread operations (not Linux) or without a thread list', async () => {
    assert.deepEqual(await lowerHelperThreads('idle', null, 100), { low: 0, idle: 0 });
    const unlisted: ThreadOps = { ...fakeThreads({ 100: normal() }), threadIds: () => { throw new Error('ENOENT /proc/self/task'); } };
    assert.deepEqual(await lowerHelperThreads('idle', unlisted, 100), { low: 0, idle: 0 });
  });

  it('on Linux, lowers this process\'s own helper threads and not its main thread', { skip: process.platform !== 'linux' }, async () => {
    const main = getPriority(process.pid);
    const lowered = await lowerHelperThreads('low');
    const helpers = readdirSync('/proc/self/task').map(Number).filter((id) => id !== process.pid);
    assert.ok(lowered.low > 0 && helpers.length > 0, 'a Node process runs helper threads');
    for (const id of helpers) {
      try {
        assert.equal(getPriority(id), 19, `thread ${id}`);
      } catch (err) {
        if (!String(err).includes('ESRCH')) throw err; // a thread that ended since the listing
      }
    }
    assert.equal(getPriority(process.pid), main);
    // Its policy as /proc reports it: still the normal one, since `low` does not ask for SCHED_IDLE.
    assert.equal(threadPolicy(helpers[0]!), 0);
  });
});
