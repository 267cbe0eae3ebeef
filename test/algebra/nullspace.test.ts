import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Field } from '../../src/algebra/field';
import { matFromStrings, matIsZero, matMul, matToStrings, matTranspose } from '../../src/algebra/matrix';
import { nullspace } from '../../src/algebra/nullspace';
import { primeField } from '../../src/algebra/primeField';
import { rank } from '../../src/algebra/rank';
import { QQ } from '../../src/algebra/rationalField';
import { ArgumentError } from '../../src/errors';
import { RR } from '../../src/numeric/floatField';
import { arbFp, arbLowRank, arbMatrix, arbRational, deepFreeze, type Sized } from '../support/arbitraries';

function checkKernel<T>(field: Field<T>, s: Sized<T>): void {
  const K = nullspace(field, deepFreeze(s.A), s.cols);
  const r = rank(field, s.A, s.cols);
  expect(K.length).toBe(s.cols - r);
  for (const v of K) expect(v.length).toBe(s.cols);
  // A · v = 0 for every basis vector (as the columns of Kᵀ)
  expect(matIsZero(field, matMul(field, s.A, matTranspose(K, s.cols), K.length))).toBe(true);
  // the vectors are independent
  expect(rank(field, K, s.cols)).toBe(K.length);
}

describe('nullspace', () => {
  it('of the classic singular 3x3 matrix is spanned by (1, −2, 1)', () => {
    const A = matFromStrings(QQ, [['1', '2', '3'], ['4', '5', '6'], ['7', '8', '9']]);
    expect(matToStrings(QQ, nullspace(QQ, A))).toEqual([['1', '-2', '1']]);
  });

  it('of a single row has one vector per free column', () => {
    const A = matFromStrings(QQ, [['0', '2', '1/2', '3']]);
    expect(matToStrings(QQ, nullspace(QQ, A))).toEqual([
      ['1', '0', '0', '0'],
      ['0', '-1/4', '1', '0'],
      ['0', '-3/2', '0', '1'],
    ]);
  });

  it('over F_5', () => {
    const F = primeField(5);
    // x + 2y = 0 → (−2, 1) = (3, 1)
    expect(nullspace(F, [[1, 2], [2, 4]])).toEqual([[3, 1]]);
  });

  it('is empty for invertible matrices and everything for no equations', () => {
    expect(nullspace(QQ, matFromStrings(QQ, [['1', '2'], ['3', '4']]))).toEqual([]);
    expect(matToStrings(QQ, nullspace(QQ, [], 3))).toEqual([['1', '0', '0'], ['0', '1', '0'], ['0', '0', '1']]);
    expect(nullspace(QQ, [[], []])).toEqual([]);
    expect(matToStrings(QQ, nullspace(QQ, matFromStrings(QQ, [['0', '0']])))).toEqual([['1', '0'], ['0', '1']]);
  });

  it('refuses ragged matrices and floating point', () => {
    expect(() => nullspace(QQ, [[QQ.one, QQ.one], [QQ.one]])).toThrow(ArgumentError);
    expect(() => nullspace(RR, [[1, 1]])).toThrow(ArgumentError);
  });

  for (const p of [2, 32003, 2147483647]) {
    it(`A·v = 0, #basis = cols − rank, independent, over F_${p}`, () => {
      const F = primeField(p);
      fc.assert(fc.property(arbMatrix(arbFp(p), 7, 7), (s) => checkKernel(F, s)), { seed: 600 + (p % 997), numRuns: 150 });
      fc.assert(fc.property(arbLowRank(F, arbFp(p), 7), (s) => checkKernel(F, s)), { seed: 610 + (p % 997), numRuns: 100 });
    });
  }

  it('A·v = 0, #basis = cols − rank, independent, over QQ', () => {
    fc.assert(fc.property(arbMatrix(arbRational(), 5, 6), (s) => checkKernel(QQ, s)), { seed: 620, numRuns: 80 });
    fc.assert(fc.property(arbLowRank(QQ, arbRational(5, 4), 5), (s) => checkKernel(QQ, s)), { seed: 621, numRuns: 60 });
  });
});
