/** The examples that were in the TSDoc of src/verify/genericDimension.ts (an internal module, not public API), as unit tests. */
import { describe, expect, it } from 'vitest';
import { architecture } from '../../src/model/architecture';
import { genericDimensionPoint } from '../../src/verify/genericDimension';

const shown = (v: unknown): string => JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? x.toString() : x));

describe('genericDimension (former TSDoc examples)', () => {
  it('example 1', async () => {
    const p = genericDimensionPoint(architecture([1, 3, 1]), 1, 101);
    expect(shown([p.length, p[0].length, p[0].every((row) => row[0] >= 0 && row[0] < 101)])).toBe(shown([2, 3, true]));
  });
});
