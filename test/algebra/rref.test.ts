import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Field } from '../../src/algebra/field';
import { matFromStrings, matToStrings, matVStack } from '../../src/algebra/matrix';
import { primeField } from '../../src/algebra/primeField';
import { rank } from '../../src/algebra/rank';
import { QQ } from '../../src/algebra/rationalField';
import { rref } from '../../src/algebra/rref';
import { ArgumentError } from '../../src/errors';
import { RR } from '../../src/numeric/floatField';
import { arbFp, arbLowRank, arbMatrix, arbRational, deepFreeze, type Sized } from '../support/arbitraries';

const SINGULAR = [['1', '2', '3'], ['4', '5', '6'], ['7', '8', '9']];

/** Checks the defining shape of a reduced row echelon form with the given pivots. */
function isRref<T>(field: Field<T>, R: T[][], pivots: number[], cols: number): boolean {
  for (let i = 0; i < R.length; i++) {
    const row = R[i];
    if (row.length !== cols) return false;
    const lead = row.findIndex((x) => !field.isZero(x));
    if (i >= pivots.length) {
      if (lead !== -1) return false; // zero rows last
      continue;
    }
    if (lead !== pivots[i] || !field.eq(row[lead], field.one)) return false;
    if (i > 0 && pivots[i] <= pivots[i - 1]) return false;
    for (let k = 0; k < R.length; k++) if (k !== i && !field.isZero(R[k][pivots[i]])) return false;
  }
  return true;
}

function checkRrefProperties<T>(field: Field<T>, s: Sized<T>): void {
  const { matrix: R, pivots } = rref(field, deepFreeze(s.A), s.cols);
  expect(R.length).toBe(s.rows);
  expect(isRref(field, R, pivots, s.cols)).toBe(true);
  // same row space: stacking does not increase the rank
  const r = rank(field, s.A, s.cols);
  expect(pivots.length).toBe(r);
  expect(rank(field, matVStack([s.A, R]), s.cols)).toBe(r);
  // idempotent
  const again = rref(field, R, s.cols);
  expect(again.pivots).toEqual(pivots);
  expect(again.matrix.every((row, i) => row.every((x, j) => field.eq(x, R[i][j])))).toBe(true);
}

describe('rref', () => {
  it('reduces the classic singular 3x3 matrix over QQ', () => {
    const { matrix, pivots } = rref(QQ, matFromStrings(QQ, SINGULAR));
    expect(matToStrings(QQ, matrix)).toEqual([['1', '0', '-1'], ['0', '1', '2'], ['0', '0', '0']]);
    expect(pivots).toEqual([0, 1]);
  });

  it('reduces a matrix with fractions and a skipped column', () => {
    const A = matFromStrings(QQ, [['2', '4', '1/2', '1'], ['1', '2', '1', '1/3']]);
    const { matrix, pivots } = rref(QQ, A);
    expect(pivots).toEqual([0, 2]);
    expect(matToStrings(QQ, matrix)).toEqual([['1', '2', '0', '5/9'], ['0', '0', '1', '-2/9']]);
  });

  it('computes over F_7 (where 3 * 5 = 1)', () => {
    const F = primeField(7);
    const { matrix, pivots } = rref(F, [[3, 1], [6, 2]]);
    expect(pivots).toEqual([0]);
    expect(matrix).toEqual([[1, 5], [0, 0]]);
  });

  it('handles empty and zero matrices', () => {
    expect(rref(QQ, [], 3)).toEqual({ matrix: [], pivots: [] });
    expect(rref(QQ, [[], []])).toEqual({ matrix: [[], []], pivots: [] });
    const Z = matFromStrings(QQ, [['0', '0'], ['0', '0']]);
    expect(rref(QQ, Z).pivots).toEqual([]);
    expect(matToStrings(QQ, rref(QQ, Z).matrix)).toEqual([['0', '0'], ['0', '0']]);
  });

  it('refuses ragged matrices, a wrong cols and inexact fields', () => {
    expect(() => rref(QQ, [[QQ.one], [QQ.one, QQ.zero]])).toThrow(ArgumentError);
    expect(() => rref(QQ, [[QQ.one]], 2)).toThrow(ArgumentError);
    expect(() => rref(QQ, [], -1)).toThrow(ArgumentError);
    expect(() => rref(RR, [[1, 2]])).toThrow(/exact field/);
  });

  for (const p of [2, 32003, 2147483647]) {
    it(`is a reduced echelon form with the same row space over F_${p}`, () => {
      const F = primeField(p);
      fc.assert(fc.property(arbMatrix(arbFp(p)), (s) => checkRrefProperties(F, s)), { seed: 101 + p, numRuns: 150 });
      fc.assert(fc.property(arbLowRank(F, arbFp(p)), (s) => checkRrefProperties(F, s)), { seed: 102 + p, numRuns: 100 });
    });
  }

  it('is a reduced echelon form with the same row space over QQ', () => {
    fc.assert(fc.property(arbMatrix(arbRational(), 5, 5), (s) => checkRrefProperties(QQ, s)), { seed: 103, numRuns: 100 });
    fc.assert(fc.property(arbLowRank(QQ, arbRational(5, 4), 5), (s) => checkRrefProperties(QQ, s)), { seed: 104, numRuns: 60 });
  });
});
