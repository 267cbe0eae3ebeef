/** The examples that were in the TSDoc of src/dimension/deltaRankModP.ts (an internal module, not public API), as unit tests. */
import { describe, expect, it } from 'vitest';
import { deltaRankModP } from '../../src/dimension/deltaRankModP';

const shown = (v: unknown): string => JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? x.toString() : x));

describe('deltaRankModP (former TSDoc examples)', () => {
  it('example 1', async () => {
    const point = [[[1, 2], [3, 4]], [[5, 6], [7, 8]], [[1, 0], [2, 1]]];
    expect(shown([deltaRankModP(point, 101), deltaRankModP(point, 101, { orbit: true })])).toBe(shown([6, 6]));
  });
});
