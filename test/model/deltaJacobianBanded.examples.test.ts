/** The examples that were in the TSDoc of src/model/deltaJacobianBanded.ts (an internal module, not public API), as unit tests. */
import { describe, expect, it } from 'vitest';
import { bandedToDense } from '../../src/algebra/bandedMatrix';
import { deltaJacobianBanded } from '../../src/model/deltaJacobianBanded';

const shown = (v: unknown): string => JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? x.toString() : x));

describe('deltaJacobianBanded (former TSDoc examples)', () => {
  it('example 1', async () => {
    // W_1 = (1), W_2 = (2): Δ_1 = W_2² − W_1², dΔ_1 = (−2·1, 2·2)
    expect(shown(bandedToDense(deltaJacobianBanded([[[1]], [[2]]], 101)))).toBe(shown([[99, 4]]));
  });
});
