/** The examples that were in the TSDoc of src/numeric/tolerance.ts (an internal module, not public API), as unit tests. */
import { describe, expect, it } from 'vitest';
import { floatRank } from '../../src/numeric/floatRank';
import { resolveTolerances, type Tolerances } from '../../src/numeric/tolerance';

const shown = (v: unknown): string => JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? x.toString() : x));

describe('tolerance (former TSDoc examples)', () => {
  it('example 1', async () => {
    const strict: Partial<Tolerances> = { minGapRatio: 1e9 };
    expect(shown(floatRank([[1, 0], [0, 1e-3]], { tolerances: strict }).status)).toBe(shown("ok"));
    expect(shown(floatRank([[1, 0], [0, 1e-12]], { tolerances: strict }).status)).toBe(shown("no-gap")); // : 1e-12 is too close to the tolerance
  });
  it('example 2', async () => {
    expect(resolveTolerances({ minGapRatio: 1e8 })).toEqual({ rankRelative: 2.220446049250313e-16, minGapRatio: 100000000 });
    expect(resolveTolerances()).toEqual({ rankRelative: 2.220446049250313e-16, minGapRatio: 1000000 });
  });
});
