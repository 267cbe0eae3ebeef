import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Field } from '../../src/algebra/field';
import { leftKernel } from '../../src/algebra/leftKernel';
import { matFromStrings, matIsZero, matMul, matToStrings } from '../../src/algebra/matrix';
import { primeField } from '../../src/algebra/primeField';
import { rank } from '../../src/algebra/rank';
import { QQ } from '../../src/algebra/rationalField';
import { ArgumentError } from '../../src/errors';
import { arbFp, arbLowRank, arbMatrix, arbRational, deepFreeze, type Sized } from '../support/arbitraries';

function checkLeftKernel<T>(field: Field<T>, s: Sized<T>): void {
  const Y = leftKernel(field, deepFreeze(s.A));
  // with no rows the shape is 0 × cols and the left kernel is {0}
  const r = rank(field, s.A, s.cols);
  expect(Y.length).toBe(s.rows - r);
  for (const y of Y) expect(y.length).toBe(s.rows);
  expect(matIsZero(field, matMul(field, Y, s.A, s.cols))).toBe(true);
  expect(rank(field, Y, s.rows)).toBe(Y.length);
}

describe('leftKernel', () => {
  it('finds the relation row 2 = 2 · row 1', () => {
    const A = matFromStrings(QQ, [['1', '2'], ['2', '4'], ['0', '1']]);
    expect(matToStrings(QQ, leftKernel(QQ, A))).toEqual([['-2', '1', '0']]);
  });

  it('of the classic singular 3x3 matrix is spanned by (1, −2, 1)', () => {
    const A = matFromStrings(QQ, [['1', '2', '3'], ['4', '5', '6'], ['7', '8', '9']]);
    expect(matToStrings(QQ, leftKernel(QQ, A))).toEqual([['1', '-2', '1']]);
  });

  it('is everything when there are no columns and nothing when there are no rows', () => {
    expect(matToStrings(QQ, leftKernel(QQ, [[], []]))).toEqual([['1', '0'], ['0', '1']]);
    expect(leftKernel(QQ, [])).toEqual([]);
  });

  it('refuses ragged matrices', () => {
    expect(() => leftKernel(QQ, [[QQ.one], [QQ.one, QQ.one]])).toThrow(ArgumentError);
  });

  for (const p of [3, 2147483647]) {
    it(`yA = 0, #basis = rows − rank, independent, over F_${p}`, () => {
      const F = primeField(p);
      fc.assert(fc.property(arbMatrix(arbFp(p), 7, 7), (s) => checkLeftKernel(F, s)), { seed: 700 + (p % 997), numRuns: 150 });
      fc.assert(fc.property(arbLowRank(F, arbFp(p), 7), (s) => checkLeftKernel(F, s)), { seed: 710 + (p % 997), numRuns: 100 });
    });
  }

  it('yA = 0, #basis = rows − rank, independent, over QQ', () => {
    fc.assert(fc.property(arbLowRank(QQ, arbRational(5, 4), 5), (s) => checkLeftKernel(QQ, s)), { seed: 720, numRuns: 60 });
  });
});
