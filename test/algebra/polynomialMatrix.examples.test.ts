/** The examples that were in the TSDoc of src/algebra/polynomialMatrix.ts (an internal module, not public API), as unit tests. */
import { describe, expect, it } from 'vitest';
import { matFromStrings, matToStrings } from '../../src/algebra/matrix';
import { polyIsZero } from '../../src/algebra/polynomial';
import { polyToString } from '../../src/algebra/polynomialFormat';
import { polyMatAdd, polyMatEvaluate, polyMatFromConstants, polyMatIdentity, polyMatIsZero, polyMatMul, polyMatSub, polyMatTranspose, polyMatVariables, type PolyMatrix } from '../../src/algebra/polynomialMatrix';
import { polynomialRing } from '../../src/algebra/polynomialRing';
import { type Rational } from '../../src/algebra/rational';
import { QQ } from '../../src/algebra/rationalField';

const shown = (v: unknown): string => JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? x.toString() : x));

describe('polynomialMatrix (former TSDoc examples)', () => {
  it('example 1', async () => {
    const W: PolyMatrix<Rational> = polyMatVariables(polynomialRing(QQ, ['a', 'b']), 0, 1, 2);
    expect(shown(W[0].length)).toBe(shown(2));
  });
  it('example 2', async () => {
    const R = polynomialRing(QQ, ['a', 'b', 'c', 'd', 'e']);
    expect(shown(polyMatVariables(R, 1, 2, 2).map((row) => row.map((p) => polyToString(p, 'plain'))))).toBe(shown([["b","c"],["d","e"]]));
  });
  it('example 3', async () => {
    const M = polyMatFromConstants(polynomialRing(QQ, ['x']), matFromStrings(QQ, [['1/2', '0']]));
    expect(shown(M[0].map((p) => polyToString(p, 'plain')))).toBe(shown(["1/2","0"]));
  });
  it('example 4', async () => {
    expect(shown(polyIsZero(polyMatIdentity(polynomialRing(QQ, ['x']), 2)[0][1]))).toBe(shown(true));
  });
  it('example 5', async () => {
    const R = polynomialRing(QQ, ['a', 'b']);
    const A = polyMatVariables(R, 0, 1, 2);
    expect(shown(polyMatAdd(R, A, A)[0].map((p) => polyToString(p, 'plain')))).toBe(shown(["2*a","2*b"]));
  });
  it('example 6', async () => {
    const R = polynomialRing(QQ, ['a', 'b']);
    const A = polyMatVariables(R, 0, 1, 2);
    expect(shown(polyMatIsZero(polyMatSub(R, A, A)))).toBe(shown(true));
  });
  it('example 7', async () => {
    const R = polynomialRing(QQ, ['a', 'b', 'c', 'd']);
    const row = polyMatVariables(R, 0, 1, 2);   // [a b]
    const col = polyMatVariables(R, 2, 2, 1);   // [c; d]
    expect(shown(polyToString(polyMatMul(R, row, col)[0][0], 'plain'))).toBe(shown("a*c + b*d"));
  });
  it('example 8', async () => {
    const R = polynomialRing(QQ, ['a', 'b']);
    expect(shown(polyMatTranspose(polyMatVariables(R, 0, 1, 2)).map((r) => r.map((p) => polyToString(p, 'plain'))))).toBe(shown([["a"],["b"]]));
  });
  it('example 9', async () => {
    const R = polynomialRing(QQ, ['a', 'b']);
    const M = polyMatEvaluate(polyMatVariables(R, 0, 1, 2), [QQ.fromInt(3), QQ.fromInt(-1)]);
    expect(shown(matToStrings(QQ, M))).toBe(shown([["3","-1"]]));
  });
  it('example 10', async () => {
    expect(shown(polyMatIsZero(polyMatIdentity(polynomialRing(QQ, []), 1)))).toBe(shown(false));
  });
});
