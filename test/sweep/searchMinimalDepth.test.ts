import { mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { describe, expect, it } from 'vitest';
import { searchMinimalDepth, searchMinimalDepthInWorkers, type MinimalDepthResult } from '../../src/sweep/searchMinimalDepth';

/** The result without wall times (the only part that may differ between runs). */
const timeless = (r: MinimalDepthResult | null): unknown => r && { ...r, depths: r.depths.map((d) => ({ ...d, seconds: 0 })) };

describe('searchMinimalDepthInWorkers', () => {
  let reference: MinimalDepthResult | null = null;
  it('--jobs 2 and --jobs 1 give the same result: depths up to the first failure, its witness; later depths cancelled', async () => {
    const one = await searchMinimalDepthInWorkers(2, 8, { seed: 1, jobs: 1 });
    reference = one.result;
    expect([one.status, one.result?.minimalDepth, one.result?.smallerDepthsHold, one.result?.witness?.widths.length]).toEqual(['complete', 7, true, 8]);
    const order: number[] = [];
    const two = await searchMinimalDepthInWorkers(2, 8, { seed: 1, jobs: 2, onDepth: (v) => order.push(v.depth) });
    expect(two.status).toBe('complete');
    expect(JSON.stringify(timeless(two.result))).toBe(JSON.stringify(timeless(one.result)));
    expect(order).toEqual([2, 3, 4, 5, 6, 7]);
  });

  it('a checkpoint resumes an aborted search without redoing finished depths (and serves a larger --max-depth)', async () => {
    const checkpoint = join(mkdtempSync(join(tmpdir(), 'deeplin-search-')), 'search.jsonl');
    const controller = new AbortController();
    const first = await searchMinimalDepthInWorkers(2, 6, {
      seed: 1, jobs: 1, checkpoint, signal: controller.signal,
      onComputed: (v) => v.depth === 4 && controller.abort(),
    });
    expect([first.status, first.done, first.total]).toEqual(['aborted', 3, 5]);
    const computed: number[] = [];
    const depths: number[] = [];
    const second = await searchMinimalDepthInWorkers(2, 6, { seed: 1, jobs: 1, checkpoint, onComputed: (v) => computed.push(v.depth), onDepth: (v) => depths.push(v.depth) });
    expect([second.status, second.resumed, computed, depths]).toEqual(['complete', 3, [5, 6], [2, 3, 4, 5, 6]]);
    expect(timeless(second.result)?.valueOf()).toMatchObject({ minimalDepth: null, smallerDepthsHold: true });
    expect(second.result?.depths.map((d) => ({ ...d, seconds: 0 }))).toEqual(timeless(reference as MinimalDepthResult) && (reference as MinimalDepthResult).depths.slice(0, 5).map((d) => ({ ...d, seconds: 0 })));
    expect(searchMinimalDepth(2, 3, { seed: 1 }).depths.map((d) => ({ ...d, seconds: 0 }))).toEqual(second.result?.depths.slice(0, 2).map((d) => ({ ...d, seconds: 0 })));
    computed.length = 0;
    const larger = await searchMinimalDepthInWorkers(2, 7, { seed: 1, jobs: 1, checkpoint, onComputed: (v) => computed.push(v.depth) });
    expect([larger.result?.minimalDepth, computed]).toEqual([7, [7]]);
    await expect(searchMinimalDepthInWorkers(2, 7, { seed: 3, jobs: 1, checkpoint })).rejects.toThrow(/belongs to a different run \(seed: 1 there, 3 here\)/);
  });
});
