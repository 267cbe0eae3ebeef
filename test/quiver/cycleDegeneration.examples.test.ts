/** The examples that were in the TSDoc of src/quiver/cycleDegeneration.ts (an internal module, not public API), as unit tests. */
import { describe, expect, it } from 'vitest';
import { cycleDegenerates, cycleRankDominated, maximalCycleDecompositions } from '../../src/quiver/cycleDegeneration';
import { cycleStringDecomposition } from '../../src/quiver/cycleString';

const shown = (v: unknown): string => JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? x.toString() : x));

describe('cycleDegeneration (former TSDoc examples)', () => {
  it('example 1', async () => {
    const lower = cycleStringDecomposition(1, [[1, 2], [1, 2]]); // [1,0]+[1,0]
    const upper = cycleStringDecomposition(1, [[1, 4]]);         // [1,0,1,0]
    expect(shown(cycleRankDominated(lower, upper))).toBe(shown(true));
    expect(shown(cycleDegenerates(lower, upper))).toBe(shown(true));
    expect(shown(cycleDegenerates(upper, lower))).toBe(shown(false));
    expect(shown(maximalCycleDecompositions([lower, upper]).length)).toBe(shown(1));
  });
});
