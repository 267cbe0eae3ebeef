/** The examples that were in the TSDoc of src/sweep/searchMinimalDepth.ts (an internal module, not public API), as unit tests. */
import { describe, expect, it } from 'vitest';
import { architectureVerdict } from '../../src/sweep/architectureVerdict';
import { depthVerdict } from '../../src/sweep/searchMinimalDepth';

const shown = (v: unknown): string => JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? x.toString() : x));

describe('searchMinimalDepth (former TSDoc examples)', () => {
  it('example 1', async () => {
    const v = depthVerdict(architectureVerdict({ widths: [2, 2, 2, 2], seed: 1, coverage: 'full' }));
    expect(shown([v.depth, v.verdict, v.genericDimension])).toBe(shown([3,"holds",6]));
  });
});
