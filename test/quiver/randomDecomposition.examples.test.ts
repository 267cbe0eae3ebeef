/** The examples that were in the TSDoc of src/quiver/randomDecomposition.ts (an internal module, not public API), as unit tests. */
import { describe, expect, it } from 'vitest';
import { dimensionVector, productRank } from '../../src/quiver/intervalDecomposition';
import { randomDecomposition } from '../../src/quiver/randomDecomposition';
import { Rng } from '../../src/random';

const shown = (v: unknown): string => JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? x.toString() : x));

describe('randomDecomposition (former TSDoc examples)', () => {
  it('example 1', async () => {
    const dec = randomDecomposition([2, 2, 2, 2, 2], [[2, 4]], new Rng(1));
    expect(shown(dimensionVector(dec))).toBe(shown([2, 2, 2, 2, 2]));
    expect(shown(productRank(dec, 2, 4))).toBe(shown(0));
  });
});
