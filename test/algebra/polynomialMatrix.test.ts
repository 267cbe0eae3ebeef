import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ArgumentError } from '../../src/errors';
import type { Field } from '../../src/algebra/field';
import { matAdd, matFromStrings, matMul, matSub, matToStrings, type Matrix } from '../../src/algebra/matrix';
import { primeField } from '../../src/algebra/primeField';
import { rational } from '../../src/algebra/rational';
import { QQ } from '../../src/algebra/rationalField';
import { type PolynomialRing, polynomialRing } from '../../src/algebra/polynomialRing';
import {
  type Polynomial, polyEq, polyFromTerms, polyIsZero, polyMul, polySub, polyTerms, polyTotalDegree, polyVariable,
} from '../../src/algebra/polynomial';
import { polyToString } from '../../src/algebra/polynomialFormat';
import {
  type PolyMatrix, polyMatAdd, polyMatEvaluate, polyMatFromConstants, polyMatIdentity, polyMatIsZero, polyMatMul,
  polyMatSub, polyMatTranspose, polyMatVariables,
} from '../../src/algebra/polynomialMatrix';

const R = polynomialRing(QQ, ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']);
const str = <T>(m: PolyMatrix<T>): string[][] => m.map((row) => row.map((p) => polyToString(p, 'plain')));
const det2 = <T>(m: PolyMatrix<T>): Polynomial<T> => polySub(polyMul(m[0][0], m[1][1]), polyMul(m[0][1], m[1][0]));

describe('construction', () => {
  it('lays consecutive variables out row-major from firstIndex', () => {
    expect(str(polyMatVariables(R, 1, 2, 3))).toEqual([
      ['b', 'c', 'd'],
      ['e', 'f', 'g'],
    ]);
    expect(str(polyMatVariables(R, 0, 0, 4))).toEqual([]);
    expect(() => polyMatVariables(R, 5, 2, 2)).toThrow(ArgumentError);
    expect(() => polyMatVariables(R, 5, 2, 2)).toThrow(/^polyMatVariables:/);
    expect(() => polyMatVariables(R, 0, 3, 3)).toThrow(/^polyMatVariables: rows\*cols = 9/);
    expect(() => polyMatVariables(R, -1, 1, 1)).toThrow(/^polyMatVariables: firstIndex = -1/);
    expect(() => polyMatVariables(R, 0, -1, 1)).toThrow(/^polyMatVariables: rows = -1/);
  });

  it('embeds constant matrices and the identity', () => {
    const M = polyMatFromConstants(R, matFromStrings(QQ, [['1/2', '0'], ['-3', '7']]));
    expect(str(M)).toEqual([['1/2', '0'], ['-3', '7']]);
    expect(polyIsZero(M[0][1])).toBe(true);
    expect(str(polyMatIdentity(R, 2))).toEqual([['1', '0'], ['0', '1']]);
    expect(polyMatIdentity(R, 0)).toEqual([]);
  });
});

describe('arithmetic: concrete values', () => {
  const A = polyMatVariables(R, 0, 2, 2); // [a b; c d]
  const B = polyMatVariables(R, 4, 2, 2); // [e f; g h]

  it('multiplies symbolic 2x2 matrices', () => {
    expect(str(polyMatMul(R, A, B))).toEqual([
      ['a*e + b*g', 'a*f + b*h'],
      ['c*e + d*g', 'c*f + d*h'],
    ]);
    expect(str(polyMatMul(R, polyMatIdentity(R, 2), A))).toEqual(str(A));
  });

  it('adds, subtracts, transposes', () => {
    expect(str(polyMatAdd(R, A, B))).toEqual([['a + e', 'b + f'], ['c + g', 'd + h']]);
    expect(str(polyMatSub(R, A, A))).toEqual([['0', '0'], ['0', '0']]);
    expect(polyMatIsZero(polyMatSub(R, A, A))).toBe(true);
    expect(polyMatIsZero(polyMatSub(R, A, B))).toBe(false);
    expect(str(polyMatTranspose(polyMatVariables(R, 0, 2, 3)))).toEqual([['a', 'd'], ['b', 'e'], ['c', 'f']]);
  });

  it('handles empty shapes', () => {
    const twoByZero: PolyMatrix<unknown> = [[], []];
    expect(str(polyMatMul(R, twoByZero as PolyMatrix<never>, [], 3))).toEqual([['0', '0', '0'], ['0', '0', '0']]);
    expect(polyMatTranspose(twoByZero)).toEqual([]);
    expect(polyMatTranspose([], 2)).toEqual([[], []]);
    expect(polyMatIsZero([])).toBe(true);
  });

  it('evaluates at a point', () => {
    const pt = ['1', '2', '3', '4', '1/2', '-1', '0', '5'].map((s) => matFromStrings(QQ, [[s]])[0][0]);
    expect(matToStrings(QQ, polyMatEvaluate(polyMatMul(R, A, B), pt))).toEqual([
      ['1/2', '9'],
      ['3/2', '17'],
    ]);
  });

  it('det(AB) = det(A) det(B) as a polynomial identity (3 factors)', () => {
    const S = polynomialRing(QQ, Array.from({ length: 12 }, (_, i) => `w${i}`));
    const [W1, W2, W3] = [0, 4, 8].map((k) => polyMatVariables(S, k, 2, 2));
    const P = polyMatMul(S, W3, polyMatMul(S, W2, W1));
    const lhs = det2(P);
    expect(P[0][0].terms.size).toBe(4);
    expect(lhs.terms.size).toBe(8); // 32 products of entries cancel down to 2 * 2 * 2 terms
    expect(polyEq(lhs, polyMul(det2(W3), polyMul(det2(W2), det2(W1))))).toBe(true);
    expect(polyEq(lhs, polyMul(det2(W3), det2(W2)))).toBe(false);
  });

  it('refuses mismatched shapes, ragged rows and foreign rings', () => {
    const row = polyMatVariables(R, 0, 1, 3);
    expect(() => polyMatMul(R, row, A)).toThrow(/^polyMatMul: shapes = "1x3 times 2x2"/);
    expect(() => polyMatAdd(R, A, row)).toThrow(/^polyMatAdd: shapes/);
    expect(() => polyMatSub(R, A, row)).toThrow(/^polyMatSub: shapes/);
    expect(() => polyMatAdd(R, [[A[0][0], A[0][1]], [A[1][0]]], A)).toThrow(/^polyMatAdd: a\[1\]\.length = 1/);
    const other = polynomialRing(QQ, ['a', 'b', 'c', 'd']);
    expect(() => polyMatMul(R, A, polyMatVariables(other, 0, 2, 2))).toThrow(/^polyMatMul: b\[0\]\[0\]/);
    expect(() => polyMatMul(R, A, B, 3)).toThrow(/^polyMatMul: outCols = 3/);
  });
});

function matricesOver<T>(F: Field<T>, S: PolynomialRing<T>) {
  const n = S.variables.length;
  const coeff = fc.integer({ min: -9, max: 9 }).chain((a) => fc.integer({ min: 1, max: 5 }).map((b) => F.fromRational(rational(a, b))));
  const poly = fc
    .array(fc.tuple(fc.array(fc.nat({ max: 2 }), { minLength: n, maxLength: n }), coeff), { maxLength: 4 })
    .map((ts) => polyFromTerms(S, ts));
  const mat = (r: number, c: number) => fc.array(fc.array(poly, { minLength: c, maxLength: c }), { minLength: r, maxLength: r });
  const point = fc.array(coeff, { minLength: n, maxLength: n });
  return { mat, point };
}

describe.each([
  ['QQ', QQ as Field<unknown>],
  ['ZZ/32003', primeField(32003) as Field<unknown>],
])('laws over %s', (_name, F) => {
  const S = polynomialRing(F, ['u', 'v', 't']);
  const { mat, point } = matricesOver(F, S);
  const matEqP = (X: PolyMatrix<unknown>, Y: PolyMatrix<unknown>): boolean =>
    X.length === Y.length && X.every((row, i) => row.length === Y[i].length && row.every((p, j) => polyEq(p, Y[i][j])));
  const matEqF = (X: Matrix<unknown>, Y: Matrix<unknown>): boolean => X.every((row, i) => row.every((v, j) => F.eq(v, Y[i][j])));

  it('evaluation commutes with +, -, * (dense matrix ops as reference)', () => {
    let nonzero = 0;
    fc.assert(
      fc.property(mat(2, 3), mat(2, 3), mat(3, 2), point, (A, A2, B, pt) => {
        const ev = (M: PolyMatrix<unknown>) => polyMatEvaluate(M, pt);
        const AB = polyMatMul(S, A, B);
        expect(matEqF(ev(AB), matMul(F, ev(A), ev(B)))).toBe(true);
        expect(matEqF(ev(polyMatAdd(S, A, A2)), matAdd(F, ev(A), ev(A2)))).toBe(true);
        expect(matEqF(ev(polyMatSub(S, A, A2)), matSub(F, ev(A), ev(A2)))).toBe(true);
        if (!polyMatIsZero(AB)) nonzero++;
      }),
      { seed: 7016, numRuns: 60 },
    );
    expect(nonzero).toBeGreaterThan(20);
  });

  it('(AB)C = A(BC) and (AB)^T = B^T A^T', () => {
    fc.assert(
      fc.property(mat(2, 2), mat(2, 3), mat(3, 1), (A, B, C) => {
        expect(matEqP(polyMatMul(S, polyMatMul(S, A, B), C), polyMatMul(S, A, polyMatMul(S, B, C)))).toBe(true);
        expect(matEqP(polyMatTranspose(polyMatMul(S, A, B)), polyMatMul(S, polyMatTranspose(B), polyMatTranspose(A)))).toBe(true);
      }),
      { seed: 7017, numRuns: 40 },
    );
  });
});

describe('the 16-fold product of symbolic 2x2 matrices', () => {
  it('has 2^15 multilinear terms per entry with coefficient 1, and evaluates like the dense product', () => {
    const F = primeField(2147483647);
    const N = 16;
    const names = Array.from({ length: N }, (_, k) => ['1_1', '1_2', '2_1', '2_2'].map((ij) => `w${k + 1}_${ij}`)).flat();
    const S = polynomialRing(F, names);
    const Ws = Array.from({ length: N }, (_, k) => polyMatVariables(S, 4 * k, 2, 2));
    let P = Ws[0];
    for (let k = 1; k < N; k++) P = polyMatMul(S, Ws[k], P); // W16 ⋯ W1
    for (const row of P) {
      for (const p of row) {
        expect(p.terms.size).toBe(2 ** 15);
        expect(polyTotalDegree(p)).toBe(16);
        expect([...p.terms.values()].every((v) => v === 1)).toBe(true);
      }
    }
    // one variable from each layer in every monomial of the (1,1) entry
    const [e] = polyTerms(P[0][0])[0];
    for (let k = 0; k < N; k++) expect(e.slice(4 * k, 4 * k + 4).reduce((s, x) => s + x, 0)).toBe(1);
    const pt = names.map((_, i) => F.fromInt(1000003 * i + 17));
    let dense: number[][] = polyMatEvaluate(Ws[0], pt);
    for (let k = 1; k < N; k++) dense = matMul(F, polyMatEvaluate(Ws[k], pt), dense);
    expect(polyMatEvaluate(P, pt)).toEqual(dense);
    expect(polyIsZero(polySub(P[0][0], polyVariable(S, 0)))).toBe(false);
  });
});
