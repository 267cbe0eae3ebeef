/**
 * Reduced row echelon form by Gauss–Jordan elimination over an exact field.
 */
import { ArgumentError } from '../errors';
import type { Field } from './field';
import type { Matrix } from './matrix';
import { matrixShape } from './matrixShape';

/**
 * Result of {@link rref}: the reduced matrix and its pivot columns (increasing).
 */
export interface RrefResult<T> {
  /** The reduced row echelon form, same shape as the input (zero rows last). */
  readonly matrix: T[][];
  /** `pivots[i]` is the column of the leading 1 of row `i`; its length is the rank. */
  readonly pivots: number[];
}

/**
 * Reduced row echelon form of `A` over the exact field `field`
 * (Gauss–Jordan: each pivot is scaled to 1 and cleared above and below).
 * `cols` gives the width when `A` has no rows. The input is not modified.
 * Throws ArgumentError for a ragged matrix or an inexact field (use
 * `floatRank` for floating point).
 */
export function rref<T>(field: Field<T>, A: Matrix<T>, cols?: number): RrefResult<T> {
  requireExact('rref', field);
  const { rows: m, cols: n } = matrixShape('rref', A, cols);
  const M = A.map((row) => [...row]);
  const pivots: number[] = [];
  let r = 0;
  for (let c = 0; c < n && r < m; c++) {
    let p = r;
    while (p < m && field.isZero(M[p][c])) p++;
    if (p === m) continue;
    if (p !== r) [M[p], M[r]] = [M[r], M[p]];
    const pivotRow = M[r];
    const inv = field.inv(pivotRow[c]);
    pivotRow[c] = field.one;
    for (let j = c + 1; j < n; j++) pivotRow[j] = field.mul(inv, pivotRow[j]);
    for (let i = 0; i < m; i++) {
      if (i === r) continue;
      const row = M[i];
      const f = row[c];
      if (field.isZero(f)) continue;
      row[c] = field.zero;
      for (let j = c + 1; j < n; j++) {
        if (!field.isZero(pivotRow[j])) row[j] = field.sub(row[j], field.mul(f, pivotRow[j]));
      }
    }
    pivots.push(c);
    r++;
  }
  return { matrix: M, pivots };
}

function requireExact<T>(functionName: string, field: Field<T>): void {
  if (!field.exact) {
    throw new ArgumentError(functionName, 'field', field.name, 'an exact field such as QQ or primeField(p); use floatRank for floating point');
  }
}
