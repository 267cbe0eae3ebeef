/** The examples that were in the TSDoc of src/algebra/polynomialFormat.ts (an internal module, not public API), as unit tests. */
import { describe, expect, it } from 'vitest';
import { polyFromTerms } from '../../src/algebra/polynomial';
import { m2VariableName, polyToString } from '../../src/algebra/polynomialFormat';
import { polynomialRing } from '../../src/algebra/polynomialRing';
import { rational } from '../../src/algebra/rational';
import { QQ } from '../../src/algebra/rationalField';

const shown = (v: unknown): string => JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? x.toString() : x));

describe('polynomialFormat (former TSDoc examples)', () => {
  it('example 2', async () => {
    expect(shown(m2VariableName('w3_1_2'))).toBe(shown("w_(3,1,2)"));
    expect(shown(m2VariableName('x'))).toBe(shown("x"));
  });
  it('example 3', async () => {
    const R = polynomialRing(QQ, ['x', 'y', 'z']);
    const p = polyFromTerms(R, [[[2, 1, 0], rational(3)], [[0, 0, 1], rational(-1, 2)]]);
    expect(shown(polyToString(p, 'm2'))).toBe(shown("3*x^2*y-1/2*z"));
    expect(shown(polyToString(p, 'latex'))).toBe(shown("3x^{2}y - \\frac{1}{2}z"));
  });
});
