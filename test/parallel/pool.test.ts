import { describe, expect, it } from 'vitest';
import { DeeplinError } from '../../src/errors';
import { defineJob, loadJob } from '../../src/parallel/job';
import { poolSelftest, poolSelftestJob } from '../../src/parallel/poolSelftest';
import { defaultJobs, mapInWorkers } from '../../src/parallel/pool';

describe('mapInWorkers', () => {
  it('jobs 1 runs in-process, in index order, with the same job function', async () => {
    const seen: number[] = [];
    const r = await mapInWorkers(poolSelftestJob, [3, 1, 2].map((value) => ({ value })), { jobs: 1, onResult: (i) => seen.push(i) });
    expect(r).toEqual({ status: 'complete', outputs: [3, 1, 2].map((value) => poolSelftest({ value })), stoppedAt: null, completed: 3 });
    expect(seen).toEqual([0, 1, 2]);
    expect(loadJob(poolSelftestJob.module, 'pool-selftest').run({ value: 5 })).toEqual({ value: 5, square: 25 });
    expect(defaultJobs()).toBeGreaterThanOrEqual(1);
  });

  it('worker threads: results delivered in index order whatever the completion order; errors of the smallest index; stop discards later outputs', async () => {
    // input 0 sleeps: the other worker finishes 1, 2, 3 first
    const inputs = [{ value: 1, sleepMs: 600 }, { value: 2 }, { value: 3 }, { value: 4 }];
    const order: number[] = [];
    const completion: number[] = [];
    const r = await mapInWorkers(poolSelftestJob, inputs, { jobs: 2, onResult: (i) => order.push(i), onComplete: (i) => completion.push(i) });
    expect(r.status).toBe('complete');
    expect(r.outputs.map((o) => o?.square)).toEqual([1, 4, 9, 16]);
    expect(order).toEqual([0, 1, 2, 3]);
    expect(completion[completion.length - 1]).toBe(0);

    const stop = await mapInWorkers(poolSelftestJob, [{ value: 1, sleepMs: 300 }, { value: 2 }, { value: 3 }, { value: 4 }, { value: 5 }], {
      jobs: 2,
      shouldStop: (_i, o) => o.square === 4,
    });
    expect([stop.status, stop.stoppedAt, stop.outputs.map((o) => o?.square)]).toEqual(['stopped', 1, [1, 4, undefined, undefined, undefined]]);

    await expect(mapInWorkers(poolSelftestJob, [{ value: 1, sleepMs: 300, fail: 'first' }, { value: 2, fail: 'second' }], { jobs: 2 })).rejects.toThrow(/first/);
  });

  it('abort: resolves "aborted" with every finished output, and refuses bad jobs values', async () => {
    const controller = new AbortController();
    const r = await mapInWorkers(poolSelftestJob, [1, 2, 3, 4, 5].map((value) => ({ value, sleepMs: 20 })), {
      jobs: 1,
      signal: controller.signal,
      onComplete: (i) => i === 1 && controller.abort(),
    });
    expect([r.status, r.completed, r.outputs.map((o) => o?.square)]).toEqual(['aborted', 2, [1, 4, undefined, undefined, undefined]]);
    await expect(mapInWorkers(poolSelftestJob, [], { jobs: 0 })).rejects.toThrow(/^mapInWorkers: jobs = 0 is out of range/);
    expect(() => loadJob(poolSelftestJob.module, 'nope')).toThrow(DeeplinError);
    expect(() => defineJob(poolSelftestJob.module, 'pool-selftest', (x: number) => x)).toThrow(/already registered/);
  });

  it('progress a job reports reaches onProgress with the input index, in-process and from worker threads (the last of a phase always)', async () => {
    for (const jobs of [1, 2]) {
      const seen: { index: number; done: number; total: number }[] = [];
      const r = await mapInWorkers(poolSelftestJob, [{ value: 1, progressSteps: 3 }, { value: 2, progressSteps: 2 }], {
        jobs,
        onProgress: (index, p) => seen.push({ index, done: p.done, total: p.total }),
      });
      expect(r.outputs.map((o) => o?.square)).toEqual([1, 4]);
      // in-process every report arrives; a worker posts at most one per 200 ms but always the final one
      for (const [index, total] of [[0, 3], [1, 2]]) {
        const mine = seen.filter((s) => s.index === index);
        expect(mine.length).toBeGreaterThanOrEqual(jobs === 1 ? total : 1);
        expect(mine[mine.length - 1]).toEqual({ index, done: total, total });
      }
    }
  });
});
