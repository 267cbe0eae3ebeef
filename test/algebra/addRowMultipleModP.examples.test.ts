/** The examples that were in the TSDoc of src/algebra/addRowMultipleModP.ts (an internal module, not public API), as unit tests. */
import { describe, expect, it } from 'vitest';
import { addRowMultipleModP } from '../../src/algebra/addRowMultipleModP';

const shown = (v: unknown): string => JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? x.toString() : x));

describe('addRowMultipleModP (former TSDoc examples)', () => {
  it('example 1', async () => {
    const row = new Float64Array([1, 2, 3]);
    addRowMultipleModP(row, 0, new Float64Array([4, 5, 6]), 0, 2, 0, 3, 7);
    expect(shown(Array.from(row))).toBe(shown([2, 5, 1]));
  });
});
