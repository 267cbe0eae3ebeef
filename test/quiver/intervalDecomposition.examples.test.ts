/** The examples that were in the TSDoc of src/quiver/intervalDecomposition.ts (an internal module, not public API), as unit tests. */
import { describe, expect, it } from 'vitest';
import { dimensionVector, intervalDecomposition, productRank } from '../../src/quiver/intervalDecomposition';

const shown = (v: unknown): string => JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? x.toString() : x));

describe('intervalDecomposition (former TSDoc examples)', () => {
  it('example 1', async () => {
    const dec = intervalDecomposition(3, [[0, 1], [1, 3], [2, 2]]);
    expect(shown(dimensionVector(dec))).toBe(shown([1, 2, 2, 1]));
    productRank(dec, 2, 3);   // rank(W_3 W_2) = #intervals ⊇ [1, 3] = 1
  });
});
