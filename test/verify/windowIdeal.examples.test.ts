/** The examples that were in the TSDoc of src/verify/windowIdeal.ts (an internal module, not public API), as unit tests. */
import { describe, expect, it } from 'vitest';
import { architecture } from '../../src/model/architecture';
import { windowIdeal, type WindowGenerator, type WindowIdeal } from '../../src/verify/windowIdeal';

const shown = (v: unknown): string => JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? x.toString() : x));

describe('windowIdeal (former TSDoc examples)', () => {
  it('example 1', async () => {
    const g: WindowGenerator = windowIdeal(architecture([2, 1, 1]), [[1, 2]]).quadratic[0];
    expect(shown(g.entry)).toBe(shown([1, 1]));
  });
  it('example 2', async () => {
    const I: WindowIdeal = windowIdeal(architecture([1, 1, 1, 1]), [[1, 3]]);
    expect(shown(I.higher)).toBe(shown(1));
  });
});
