/** The examples that were in the TSDoc of src/algebra/polynomialRing.ts (an internal module, not public API), as unit tests. */
import { describe, expect, it } from 'vitest';
import { polynomialRing, sameRing } from '../../src/algebra/polynomialRing';
import { QQ } from '../../src/algebra/rationalField';

const shown = (v: unknown): string => JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? x.toString() : x));

describe('polynomialRing (former TSDoc examples)', () => {
  it('example 1', async () => {
    expect(shown(sameRing(polynomialRing(QQ, ['x', 'y']), polynomialRing(QQ, ['x', 'y'])))).toBe(shown(true));
    expect(shown(sameRing(polynomialRing(QQ, ['x', 'y']), polynomialRing(QQ, ['y', 'x'])))).toBe(shown(false));
  });
});
