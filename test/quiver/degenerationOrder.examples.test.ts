/** The examples that were in the TSDoc of src/quiver/degenerationOrder.ts (an internal module, not public API), as unit tests. */
import { describe, expect, it } from 'vitest';
import { degenerates, maximalDecompositions } from '../../src/quiver/degenerationOrder';
import { intervalDecomposition } from '../../src/quiver/intervalDecomposition';

const shown = (v: unknown): string => JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? x.toString() : x));

describe('degenerationOrder (former TSDoc examples)', () => {
  it('example 1', async () => {
    const zero = intervalDecomposition(2, [[0, 0], [1, 1], [2, 2]]);
    const full = intervalDecomposition(2, [[0, 2]]);
    expect(shown(degenerates(zero, full))).toBe(shown(true)); // : W = 0 lies in the closure of every orbit
    expect(shown(maximalDecompositions([zero, full]).length)).toBe(shown(1));
  });
});
