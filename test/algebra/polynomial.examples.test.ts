/** The examples that were in the TSDoc of src/algebra/polynomial.ts (an internal module, not public API), as unit tests. */
import { describe, expect, it } from 'vitest';
import { polyAdd, polyConstant, polyEq, polyEvaluate, polyFromTerms, polyIsZero, polyMapCoefficients, polyMul, polyNeg, polyOne, polyPartial, polyPow, polyScale, polySub, polySubstitute, polySum, polyTerms, polyTotalDegree, polyVariable, polyZero } from '../../src/algebra/polynomial';
import { polyToString } from '../../src/algebra/polynomialFormat';
import { polynomialRing } from '../../src/algebra/polynomialRing';
import { primeField } from '../../src/algebra/primeField';
import { ratToString, rational } from '../../src/algebra/rational';
import { QQ } from '../../src/algebra/rationalField';

const shown = (v: unknown): string => JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? x.toString() : x));

describe('polynomial (former TSDoc examples)', () => {
  it('example 1', async () => {
    const R = polynomialRing(QQ, ['x', 'y']);
    const p = polyAdd(polyVariable(R, 'x'), polyVariable(R, 'y'));
    expect(shown(p.terms.size)).toBe(shown(2));
  });
  it('example 2', async () => {
    expect(shown(polyIsZero(polyZero(polynomialRing(QQ, ['x']))))).toBe(shown(true));
  });
  it('example 3', async () => {
    expect(shown(polyTotalDegree(polyConstant(polynomialRing(QQ, ['x']), rational(1, 2))))).toBe(shown(0));
  });
  it('example 4', async () => {
    expect(shown(polyTerms(polyOne(polynomialRing(QQ, ['x', 'y'])))[0][0])).toBe(shown([0, 0]));
  });
  it('example 5', async () => {
    const R = polynomialRing(QQ, ['x', 'y']);
    expect(shown(polyEq(polyVariable(R, 'y'), polyVariable(R, 1)))).toBe(shown(true));
  });
  it('example 6', async () => {
    const R = polynomialRing(QQ, ['x', 'y']);
    expect(shown(polyToString(polyFromTerms(R, [[[2, 1], rational(3)], [[0, 0], rational(-1, 2)]]), 'm2'))).toBe(shown("3*x^2*y-1/2"));
  });
  it('example 7', async () => {
    const R = polynomialRing(QQ, ['x', 'y']);
    expect(shown(polyToString(polyAdd(polyVariable(R, 'x'), polyVariable(R, 'y')), 'plain'))).toBe(shown("x + y"));
  });
  it('example 8', async () => {
    expect(shown(polyToString(polyNeg(polyVariable(polynomialRing(QQ, ['x']), 'x')), 'plain'))).toBe(shown("-x"));
  });
  it('example 9', async () => {
    const x = polyVariable(polynomialRing(QQ, ['x']), 'x');
    expect(shown(polyIsZero(polySub(x, x)))).toBe(shown(true));
  });
  it('example 10', async () => {
    const R = polynomialRing(QQ, ['x', 'y']);
    const x = polyVariable(R, 'x');
    expect(shown(polyToString(polySum(R, [x, x, polyVariable(R, 'y')]), 'plain'))).toBe(shown("2*x + y"));
  });
  it('example 11', async () => {
    const x = polyVariable(polynomialRing(QQ, ['x']), 'x');
    expect(shown(polyToString(polyScale(rational(-1, 2), x), 'm2'))).toBe(shown("-1/2*x"));
  });
  it('example 12', async () => {
    const R = polynomialRing(QQ, ['x', 'y']);
    const [x, y] = [polyVariable(R, 'x'), polyVariable(R, 'y')];
    expect(shown(polyToString(polyMul(polyAdd(x, y), polySub(x, y)), 'plain'))).toBe(shown("x^2 - y^2"));
  });
  it('example 13', async () => {
    const R = polynomialRing(QQ, ['x', 'y']);
    expect(shown(polyToString(polyPow(polyAdd(polyVariable(R, 'x'), polyVariable(R, 'y')), 2), 'plain'))).toBe(shown("x^2 + 2*x*y + y^2"));
  });
  it('example 14', async () => {
    expect(shown(polyIsZero(polyOne(polynomialRing(QQ, []))))).toBe(shown(false));
  });
  it('example 15', async () => {
    const x = polyVariable(polynomialRing(QQ, ['x']), 'x');
    expect(shown(polyEq(polyAdd(x, x), polyScale(rational(2), x)))).toBe(shown(true));
  });
  it('example 16', async () => {
    const R = polynomialRing(QQ, ['x', 'y']);
    expect(shown(polyTotalDegree(polyFromTerms(R, [[[2, 3], rational(1)], [[4, 0], rational(1)]])))).toBe(shown(5));
  });
  it('example 17', async () => {
    const R = polynomialRing(QQ, ['x', 'y']);
    expect(polyTerms(polyPow(polyAdd(polyVariable(R, 'x'), polyVariable(R, 'y')), 2)).map(([e]) => e)).toEqual([[2, 0], [1, 1], [0, 2]]);
  });
  it('example 18', async () => {
    const R = polynomialRing(QQ, ['x', 'y']);
    const p = polyMul(polyVariable(R, 'x'), polyVariable(R, 'y'));
    expect(shown(ratToString(polyEvaluate(p, [rational(1, 2), rational(3)])))).toBe(shown("3/2"));
  });
  it('example 19', async () => {
    const R = polynomialRing(QQ, ['x', 'y']);
    const p = polyMul(polyPow(polyVariable(R, 'x'), 3), polyVariable(R, 'y'));
    expect(shown(polyToString(polyPartial(p, 0), 'plain'))).toBe(shown("3*x^2*y"));
  });
  it('example 20', async () => {
    const R = polynomialRing(QQ, ['x', 'y']);
    const S = polynomialRing(QQ, ['t']);
    const t = polyVariable(S, 't');
    const p = polyMul(polyVariable(R, 'x'), polyVariable(R, 'y'));
    expect(shown(polyToString(polySubstitute(p, [t, polyAdd(t, t)]), 'plain'))).toBe(shown("2*t^2"));
  });
  it('example 21', async () => {
    const F = primeField(7);
    const p = polyFromTerms(polynomialRing(QQ, ['x']), [[[1], rational(1, 2)], [[0], rational(7)]]);
    expect(shown(polyToString(polyMapCoefficients(p, polynomialRing(F, ['x']), (c) => F.fromRational(c)), 'plain'))).toBe(shown("4*x"));
  });
});
