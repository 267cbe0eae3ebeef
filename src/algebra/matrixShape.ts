/**
 * Shape validation shared by the elimination routines (rank, RREF, nullspace).
 *
 * A matrix with no rows cannot tell its number of columns, so every
 * elimination routine takes an optional `cols` argument; this helper reads
 * the shape, checks that the rows are arrays of one common length and that
 * `cols`, when given, agrees with it.
 */
import { ArgumentError, requireInteger } from '../errors';
import type { Matrix } from './matrix';

/**
 * Rows and columns of a validated matrix.
 */
export interface MatrixShape {
  readonly rows: number;
  readonly cols: number;
}

/**
 * Shape of `A` after checking it is a rectangular array of rows; throws an
 * {@link ArgumentError} naming `functionName` otherwise.
 */
export function matrixShape<T>(functionName: string, A: Matrix<T>, cols?: number): MatrixShape {
  if (!Array.isArray(A)) throw new ArgumentError(functionName, 'A', describe(A), 'an array of rows');
  if (cols !== undefined) requireInteger(functionName, 'cols', cols, 0);
  const rows = A.length;
  if (rows === 0) return { rows: 0, cols: cols ?? 0 };
  const first: unknown = A[0];
  if (!Array.isArray(first)) throw new ArgumentError(functionName, 'A[0]', describe(first), 'an array (a row)');
  const width = first.length;
  for (let i = 1; i < rows; i++) {
    const row: unknown = A[i];
    if (!Array.isArray(row)) throw new ArgumentError(functionName, `A[${i}]`, describe(row), 'an array (a row)');
    if (row.length !== width) {
      throw new ArgumentError(functionName, `A[${i}].length`, row.length, `${width} (the length of A[0]; rows must have equal length)`);
    }
  }
  if (cols !== undefined && cols !== width) {
    throw new ArgumentError(functionName, 'cols', cols, `${width} (the length of the rows of A)`);
  }
  return { rows, cols: width };
}

function describe(x: unknown): unknown {
  return x === undefined ? 'undefined' : x;
}
