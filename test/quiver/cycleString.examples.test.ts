/** The examples that were in the TSDoc of src/quiver/cycleString.ts (an internal module, not public API), as unit tests. */
import { describe, expect, it } from 'vitest';
import { cycleDimensionVector, cyclePathRank, cycleProductRank, cycleRankOfC, cycleStringDecomposition, cycleStringsToString } from '../../src/quiver/cycleString';

const shown = (v: unknown): string => JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? x.toString() : x));

describe('cycleString (former TSDoc examples)', () => {
  it('example 1', async () => {
    // depth 3, widths (1,2,2,2): W_1 = W_2 = 0, W_3 of rank 1, C of rank 1, C W_3 = 0
    const dec = cycleStringDecomposition(3, [[3, 2], [2, 2], [1, 1], [1, 1], [2, 1]]);
    expect(shown(cycleDimensionVector(dec))).toBe(shown([1, 2, 2, 2]));
    expect(shown(cycleStringsToString(dec))).toBe(shown("[1]+[1]+[2]+[2,3]+[3,0]"));
    expect(shown(cycleProductRank(dec, 3, 3))).toBe(shown(1  )); // (rank W_3)
    expect(shown(cycleRankOfC(dec))).toBe(shown(1));
    expect(shown(cyclePathRank(dec, 2, 2))).toBe(shown(0  )); // (C W_3 = 0: the path 2 → 3 → 0)
  });
});
