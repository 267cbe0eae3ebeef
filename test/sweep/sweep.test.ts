import { appendFileSync, mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { describe, expect, it } from 'vitest';
import { mergeSweeps } from '../../src/sweep/mergeSweeps';
import { runSweep, sweepToJson, type SweepResult } from '../../src/sweep/runSweep';
import { MAX_SWEEP_ARCHITECTURES, parseShard, shardIndices, sweepArchitectures, sweepParameters, sweepSize } from '../../src/sweep/sweepPlan';

const tmp = (): string => mkdtempSync(join(tmpdir(), 'deeplin-sweep-'));
// uniform widths 1 and 2 at depths 2..5: 8 architectures, all holding, well under a second in all
const small = sweepParameters({ family: 'uniform', widths: [2, 1], minDepth: 2, maxDepth: 5 });

async function complete(p: Promise<{ status: string; result: SweepResult | null }>): Promise<SweepResult> {
  const run = await p;
  expect(run.status).toBe('complete');
  return run.result as SweepResult;
}

describe('sweep plan: canonical order, shards, size guard', () => {
  it('enumerates by depth then lexicographically; shard k mod n; one-line errors', () => {
    expect(sweepArchitectures(small).map((w) => w.join(''))).toEqual(['111', '222', '1111', '2222', '11111', '22222', '111111', '222222']);
    const profiles = sweepParameters({ family: 'profiles', maxWidth: 3, minDepth: 2, maxDepth: 3 });
    const all = sweepArchitectures(profiles);
    expect(all.length).toBe(27 + 81);
    expect(all.length).toBe(sweepSize(profiles));
    expect(all.slice(0, 4).map((w) => w.join(''))).toEqual(['111', '112', '113', '121']);
    expect(all.map((w) => w.join(',')).slice(0, 27)).toEqual([...all.slice(0, 27).map((w) => w.join(','))].sort());
    const shards = [0, 1, 2].map((i) => shardIndices(all.length, { index: i, count: 3 }));
    expect(shards.flat().sort((a, b) => a - b)).toEqual(all.map((_, k) => k));
    expect(parseShard('0/1')).toEqual({ index: 0, count: 1 });
    for (const bad of ['3/3', '-1/3', '1/0', 'a/b', '1', '1/2/3', '1.5/3']) expect(() => parseShard(bad, 'deeplin sweep')).toThrow(/^deeplin sweep: --shard = ".*" is out of range \(allowed: i\/n with integers 0 <= i < n/);
    expect(() => sweepParameters({ family: 'profiles', maxWidth: 5, minDepth: 2, maxDepth: 8 }, 'deeplin sweep')).toThrow(
      new RegExp(`^deeplin sweep: the sweep has 2441375 architectures, more than the limit ${MAX_SWEEP_ARCHITECTURES}`),
    );
  });
});

describe('runSweep', () => {
  it('--jobs 2 gives the same bytes as --jobs 1; the shards merged give the same bytes as the unsharded run', async () => {
    const one = sweepToJson(await complete(runSweep(small, { seed: 1, jobs: 1 })));
    const two = sweepToJson(await complete(runSweep(small, { seed: 1, jobs: 2 })));
    expect(two).toBe(one);
    const parsed = JSON.parse(one);
    expect(parsed).toMatchObject({ kind: 'deeplin/sweep', version: 1, seed: 1, shard: null, total: 8 });
    expect(parsed.results.map((r: { verdict: string }) => r.verdict)).toEqual(new Array(8).fill('holds'));

    const shards = await Promise.all([0, 1, 2].map((index) => complete(runSweep(small, { seed: 1, jobs: 1, shard: { index, count: 3 } }))));
    expect(shards.map((s) => s.results.length)).toEqual([3, 3, 2]);
    // merged from their files' text, in any order
    const files = shards.map((s, i) => ({ name: `shard-${i}.json`, json: JSON.parse(sweepToJson(s)) })).reverse();
    expect(sweepToJson(mergeSweeps(files))).toBe(one);

    expect(() => mergeSweeps(files.slice(0, 2))).toThrow(/^mergeSweeps: missing shard 0 of 3 \(have: 1, 2\); nothing written$/);
    expect(() => mergeSweeps([...files, files[0]])).toThrow(/are both shard 2 of 3/);
    const otherSeed = { name: 'other.json', json: { ...files[0].json, seed: 2 } };
    expect(() => mergeSweeps([otherSeed, files[1], files[2]])).toThrow(/shards of different sweeps \(their seed differ\)/);
    const truncated = { name: 'short.json', json: { ...files[0].json, results: files[0].json.results.slice(1) } };
    expect(() => mergeSweeps([truncated, files[1], files[2]])).toThrow(/short\.json has 1 results, but shard 2 of 3 has 2 architectures/);
  });

  it('a checkpoint resumes an aborted sweep without redoing finished work, and refuses another run', async () => {
    const dir = tmp();
    const checkpoint = join(dir, 'run.jsonl');
    const controller = new AbortController();
    let computed = 0;
    const first = await runSweep(small, {
      seed: 1, jobs: 1, checkpoint, signal: controller.signal,
      onComputed: () => ++computed === 3 && controller.abort(),
    });
    expect([first.status, first.done, first.total, first.result]).toEqual(['aborted', 3, 8, null]);
    expect(readFileSync(checkpoint, 'utf8').trim().split('\n')).toHaveLength(1 + 3);
    // a torn last line (killed while writing) is dropped
    appendFileSync(checkpoint, '{"index":5,"outp');
    const recomputed: string[] = [];
    const second = await runSweep(small, { seed: 1, jobs: 1, checkpoint, onComputed: (v) => recomputed.push(v.widths.join('')) });
    expect([second.status, second.resumed, second.done]).toEqual(['complete', 3, 8]);
    expect(recomputed).toEqual(['2222', '11111', '22222', '111111', '222222']);
    const reference = sweepToJson(await complete(runSweep(small, { seed: 1, jobs: 1 })));
    expect(sweepToJson(second.result as SweepResult)).toBe(reference);
    // a complete checkpoint: nothing to compute
    let again = 0;
    await runSweep(small, { seed: 1, jobs: 1, checkpoint, onComputed: () => again++ });
    expect(again).toBe(0);

    await expect(runSweep(small, { seed: 2, jobs: 1, checkpoint, label: 'deeplin sweep' })).rejects.toThrow(
      /^deeplin sweep: checkpoint .*run\.jsonl belongs to a different run \(seed: 1 there, 2 here\)/,
    );
    const other = sweepParameters({ family: 'uniform', widths: [1, 2], minDepth: 2, maxDepth: 6 });
    await expect(runSweep(other, { seed: 1, jobs: 1, checkpoint })).rejects.toThrow(/parameters\.maxDepth: 5 there, 6 here/);
    await expect(runSweep(small, { seed: 1, jobs: 1, checkpoint, shard: { index: 0, count: 2 } })).rejects.toThrow(/shard: null there/);
    writeFileSync(join(dir, 'notes.txt'), 'hello\n');
    await expect(runSweep(small, { checkpoint: join(dir, 'notes.txt') })).rejects.toThrow(/notes\.txt is not a deeplin checkpoint/);
  });
});
