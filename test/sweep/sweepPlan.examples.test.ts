/** The examples that were in the TSDoc of src/sweep/sweepPlan.ts (an internal module, not public API), as unit tests. */
import { describe, expect, it } from 'vitest';
import { parseShard, shardIndices, sweepArchitectures, sweepParameters, sweepSize } from '../../src/sweep/sweepPlan';

const shown = (v: unknown): string => JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? x.toString() : x));

describe('sweepPlan (former TSDoc examples)', () => {
  it('example 1', async () => {
    expect(shown(sweepArchitectures(sweepParameters({ family: 'profiles', maxWidth: 2, minDepth: 2, maxDepth: 2 })).length)).toBe(shown(8));
    expect(shown(sweepArchitectures(sweepParameters({ family: 'uniform', widths: [2, 1], minDepth: 2, maxDepth: 3 })))).toBe(shown([[1,1,1],[2,2,2],[1,1,1,1],[2,2,2,2]]));
  });
  it('example 2', async () => {
    expect(shown(sweepSize({ family: 'profiles', maxWidth: 3, minDepth: 2, maxDepth: 5, coverage: 'full' }))).toBe(shown(1080));
  });
  it('example 3', async () => {
    expect(shown(sweepArchitectures({ family: 'profiles', maxWidth: 2, minDepth: 2, maxDepth: 2, coverage: 'full' }).slice(0, 3))).toBe(shown([[1,1,1],[1,1,2],[1,2,1]]));
  });
  it('example 4', async () => {
    expect(shown(parseShard('3/16'))).toBe(shown({"index":3,"count":16}));
    try { parseShard('16/16', 'deeplin sweep'); } catch (e) { (e as Error).message; } // "deeplin sweep: --shard = \"16/16\" is out of range (allowed: i/n with integers 0 <= i < n <= 100000)"
  });
  it('example 5', async () => {
    expect(shown(shardIndices(10, { index: 1, count: 4 }))).toBe(shown([1,5,9]));
  });
});
