/** The examples that were in the TSDoc of src/dimension/restrictedDeltaJacobianBanded.ts (an internal module, not public API), as unit tests. */
import { describe, expect, it } from 'vitest';
import { bandedRankModP } from '../../src/algebra/bandedRankModP';
import { restrictedDeltaJacobianBanded } from '../../src/dimension/restrictedDeltaJacobianBanded';

const shown = (v: unknown): string => JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? x.toString() : x));

describe('restrictedDeltaJacobianBanded (former TSDoc examples)', () => {
  it('example 1', async () => {
    // widths (1,1,1): the orbit of a generic point has δ-image of dimension 1
    expect(shown(bandedRankModP(restrictedDeltaJacobianBanded([[[3]], [[5]]], 101)))).toBe(shown(1));
  });
});
