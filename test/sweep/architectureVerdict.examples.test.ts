/** The examples that were in the TSDoc of src/sweep/architectureVerdict.ts (an internal module, not public API), as unit tests. */
import { describe, expect, it } from 'vitest';
import { sweepEntry } from '../../src/sweep/architectureVerdict';

describe('architectureVerdict (former TSDoc examples)', () => {
  it('sweepEntry keeps the canonical fields in the canonical order', () => {
    const entry = sweepEntry({ seconds: 1, witness: null, widths: [1, 1, 1], depth: 2, verdict: 'holds', coverage: 'full',
      restrictedDimension: 0, genericDimension: 1, genericExact: true, components: 0, failureProbability: 0 } as Parameters<typeof sweepEntry>[0]);
    expect(Object.keys(entry).join(',')).toBe('widths,depth,verdict,coverage,restrictedDimension,genericDimension,genericExact,components,failureProbability,witness');
  });
});
