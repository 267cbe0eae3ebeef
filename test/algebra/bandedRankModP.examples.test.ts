/** The examples that were in the TSDoc of src/algebra/bandedRankModP.ts (an internal module, not public API), as unit tests. */
import { describe, expect, it } from 'vitest';
import { bandedMatrix } from '../../src/algebra/bandedMatrix';
import { bandedRankModP } from '../../src/algebra/bandedRankModP';

const shown = (v: unknown): string => JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? x.toString() : x));

describe('bandedRankModP (former TSDoc examples)', () => {
  it('example 1', async () => {
    // rows (1 2 0), (0 1 1), (1 3 1): the third is the sum of the first two
    const B = bandedMatrix(101, 3, [{ start: 0, values: [1, 2] }, { start: 1, values: [1, 1] }, { start: 0, values: [1, 3, 1] }]);
    expect(shown(bandedRankModP(B))).toBe(shown(2));
  });
});
