/** The examples that were in the TSDoc of src/quiver/enumerateCycleStrings.ts (an internal module, not public API), as unit tests. */
import { describe, expect, it } from 'vitest';
import { cycleStringsToString } from '../../src/quiver/cycleString';
import { enumerateCycleStrings } from '../../src/quiver/enumerateCycleStrings';

const shown = (v: unknown): string => JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? x.toString() : x));

describe('enumerateCycleStrings (former TSDoc examples)', () => {
  it('example 1', async () => {
    // depth 1, widths (2,2), C of full rank 2: W_1 of rank 1 or 0
    expect(shown([...enumerateCycleStrings([2, 2])].map(cycleStringsToString))).toBe(shown(["[1,0,1,0]","[1,0]+[1,0]"]));
    expect(shown([...enumerateCycleStrings([2, 2], { forbidden: [[0, 1]] })].length)).toBe(shown(1 )); // (W_1 = 0)
    expect(shown([...enumerateCycleStrings([1, 1], { cRank: 0 })].map(cycleStringsToString))).toBe(shown(["[0,1]","[0]+[1]"] )); // (C = 0: intervals)
    expect(shown([...enumerateCycleStrings([1, 2, 2, 2], { forbidden: [[1, 2], [0, 2]] })].length)).toBe(shown(15));
  });
});
