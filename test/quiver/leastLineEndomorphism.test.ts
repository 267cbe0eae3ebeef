import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cycleStringHomDimension } from '../../src/quiver/cycleOrbitDimension';
import { enumerateDecompositions } from '../../src/quiver/enumerateDecompositions';
import type { IntervalDecomposition } from '../../src/quiver/intervalDecomposition';
import { leastLineEndomorphism } from '../../src/quiver/leastLineEndomorphism';
import { locallyMaximalDecompositions } from '../../src/quiver/locallyMaximalDecompositions';

/** dim End by the Hom formula of strings (intervals are strings that do not pass C). */
const endDimension = (M: IntervalDecomposition): number => {
  const strings = M.intervals.map(([a, b]) => ({ start: a, length: b - a + 1 }));
  let sum = 0;
  for (const U of strings) for (const V of strings) sum += cycleStringHomDimension(U, V, M.depth + 1);
  return sum;
};

describe('leastLineEndomorphism', () => {
  it('is the least dim End over every interval decomposition avoiding the windows, attained by a locally maximal one (random small lines)', () => {
    const line = fc.integer({ min: 1, max: 5 }).chain((N) =>
      fc.record({
        widths: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: N + 1, maxLength: N + 1 }),
        conditions: fc.array(fc.integer({ min: 1, max: N }).chain((a) => fc.tuple(fc.constant(a), fc.integer({ min: a, max: N }))), { maxLength: 3 }),
      }),
    );
    fc.assert(
      fc.property(line, ({ widths, conditions }) => {
        const all = [...enumerateDecompositions(widths, conditions)].map(endDimension);
        const least = Math.min(...all);
        expect(leastLineEndomorphism(widths, conditions)).toBe(least);
        expect(Math.min(...[...locallyMaximalDecompositions(widths, conditions)].map(endDimension))).toBe(least);
      }),
      { seed: 12, numRuns: 150 },
    );
  });

  it('examples: the generic line (2,2,2) is [0,2] twice (End 4); W_2 W_1 = 0 forces two pieces per string', () => {
    expect(leastLineEndomorphism([2, 2, 2], [])).toBe(4);
    expect(leastLineEndomorphism([1, 1, 1], [[1, 2]])).toBe(2); // [0,1] + [2,2] or [0,0] + [1,2]: End 2
    expect(leastLineEndomorphism([1, 0, 1], [])).toBe(2);
  });
});
