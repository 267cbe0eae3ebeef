import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Polynomial, polyAdd, polyEq, polyFromTerms, polyIsZero, polySub, polyVariable, polyZero } from '../../src/algebra/polynomial';
import { primeField } from '../../src/algebra/primeField';
import { polynomialRing } from '../../src/algebra/polynomialRing';
import { derivativeAlong, evaluateField, fieldDegree, lieBracket, type VectorField } from '../../src/conservation/vectorField';

const F = primeField(101);
const R = polynomialRing(F, ['x', 'y', 'z']);
const poly = fc
  .array(fc.tuple(fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 3, maxLength: 3 }), fc.integer({ min: 0, max: 100 })), { maxLength: 4 })
  .map((ts) => polyFromTerms(R, ts));
const field = fc.array(poly, { minLength: 3, maxLength: 3 });
const fieldEq = (a: VectorField<number>, b: VectorField<number>): boolean => a.every((c, i) => polyEq(c, b[i]));

describe('lieBracket', () => {
  it('is antisymmetric, bilinear and satisfies the Jacobi identity', () => {
    fc.assert(
      fc.property(field, field, field, (X, Y, Z) => {
        const zero = (V: VectorField<number>): boolean => V.every(polyIsZero);
        const [XY, YX] = [lieBracket(X, Y), lieBracket(Y, X)];
        expect(zero(XY.map((c, i) => polyAdd(c, YX[i])))).toBe(true);
        const sum = X.map((c, i) => polyAdd(c, Y[i]));
        expect(fieldEq(lieBracket(sum, Z), lieBracket(X, Z).map((c, i) => polyAdd(c, lieBracket(Y, Z)[i])))).toBe(true);
        const jacobi = [lieBracket(X, lieBracket(Y, Z)), lieBracket(Y, lieBracket(Z, X)), lieBracket(Z, lieBracket(X, Y))];
        expect(zero(jacobi[0].map((c, i) => polyAdd(polyAdd(c, jacobi[1][i]), jacobi[2][i])))).toBe(true);
      }),
      { numRuns: 25, seed: 1 },
    );
  });

  it('is the commutator of derivations: [X, Y](h) = X(Y(h)) − Y(X(h))', () => {
    fc.assert(
      fc.property(field, field, poly, (X, Y, h) => {
        const lhs = derivativeAlong(lieBracket(X, Y), h);
        const rhs = polySub(derivativeAlong(X, derivativeAlong(Y, h)), derivativeAlong(Y, derivativeAlong(X, h)));
        expect(polyEq(lhs, rhs)).toBe(true);
      }),
      { numRuns: 60, seed: 2 },
    );
  });

  it('pins a known bracket: [y∂x, x∂y] = −x∂x + y∂y (the sl2 relation [e, f] = h)', () => {
    const [x, y] = [polyVariable(R, 0), polyVariable(R, 1)];
    const z0 = polyZero(R);
    const h = lieBracket([y, z0, z0], [z0, x, z0]);
    expect(evaluateField(h, [3, 5, 7])).toEqual([F.neg(3), 5, 0]);
    expect(fieldDegree(h)).toBe(1);
    expect(fieldDegree([z0, z0, z0] as Polynomial<number>[])).toBe(-1);
  });
});
