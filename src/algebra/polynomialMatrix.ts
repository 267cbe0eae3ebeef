/**
 * Symbolic matrices: dense arrays of {@link Polynomial} entries of one ring,
 * with the shapes and conventions of the numeric {@link Matrix} helpers
 * (readonly rows; functions never mutate their input). Used to write the
 * weight matrices W_i of a network with one variable per entry and to
 * multiply them out exactly.
 */
import { ArgumentError, requireInteger } from '../errors';
import type { Matrix } from './matrix';
import {
  type Polynomial, polyConstant, polyEvaluate, polyIsZero, polyMul, polyOne, polySub, polySum, polyVariable, polyZero,
} from './polynomial';
import { type PolynomialRing, sameRing } from './polynomialRing';

/**
 * A matrix of polynomials (a readonly array of rows).
 */
export type PolyMatrix<T> = readonly (readonly Polynomial<T>[])[];

function cols<T>(a: PolyMatrix<T>): number {
  return a.length === 0 ? 0 : a[0].length;
}

/** Checks rectangularity and that every entry lives in `ring`. */
function check<T>(fn: string, name: string, ring: PolynomialRing<T>, a: PolyMatrix<T>): void {
  if (!Array.isArray(a)) throw new ArgumentError(fn, name, a, 'a matrix (array of rows)');
  const c = cols(a);
  a.forEach((row, i) => {
    if (!Array.isArray(row) || row.length !== c) throw new ArgumentError(fn, `${name}[${i}].length`, row?.length, `${c} (rows of equal length)`);
    row.forEach((x, j) => {
      if (x === null || typeof x !== 'object' || !x.ring || !sameRing(x.ring, ring)) {
        throw new ArgumentError(fn, `${name}[${i}][${j}]`, x?.ring?.variables ?? x, 'a polynomial of the given ring');
      }
    });
  });
}

/**
 * The `rows × cols` matrix whose (i, j) entry is the variable number
 * `firstIndex + i*cols + j` of `ring` (row-major, consecutive variables).
 * Throws ArgumentError when the ring has too few variables.
 */
export function polyMatVariables<T>(ring: PolynomialRing<T>, firstIndex: number, rows: number, cols: number): Polynomial<T>[][] {
  requireInteger('polyMatVariables', 'rows', rows, 0);
  requireInteger('polyMatVariables', 'cols', cols, 0);
  const n = ring.variables.length;
  requireInteger('polyMatVariables', 'firstIndex', firstIndex, 0, Math.max(0, n - rows * cols));
  if (firstIndex + rows * cols > n) {
    throw new ArgumentError('polyMatVariables', 'rows*cols', rows * cols, `at most ${n - firstIndex} (variables left after firstIndex)`);
  }
  return Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => polyVariable(ring, firstIndex + i * cols + j)));
}

/**
 * The matrix of constant polynomials with the entries of `m`.
 */
export function polyMatFromConstants<T>(ring: PolynomialRing<T>, m: Matrix<T>): Polynomial<T>[][] {
  return m.map((row) => row.map((c) => polyConstant(ring, c)));
}

/**
 * The `n × n` identity matrix (the empty product of square matrices).
 */
export function polyMatIdentity<T>(ring: PolynomialRing<T>, n: number): Polynomial<T>[][] {
  requireInteger('polyMatIdentity', 'n', n, 0);
  return Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? polyOne(ring) : polyZero(ring))));
}

function sameShape<T>(fn: string, a: PolyMatrix<T>, b: PolyMatrix<T>): void {
  if (a.length !== b.length || cols(a) !== cols(b)) {
    throw new ArgumentError(fn, 'shapes', `${a.length}x${cols(a)} and ${b.length}x${cols(b)}`, 'equal shapes');
  }
}

/**
 * Entrywise sum `a + b` of two matrices of the same shape over `ring`.
 */
export function polyMatAdd<T>(ring: PolynomialRing<T>, a: PolyMatrix<T>, b: PolyMatrix<T>): Polynomial<T>[][] {
  check('polyMatAdd', 'a', ring, a);
  check('polyMatAdd', 'b', ring, b);
  sameShape('polyMatAdd', a, b);
  return a.map((row, i) => row.map((x, j) => polySum(ring, [x, b[i][j]])));
}

/**
 * Entrywise difference `a - b`.
 */
export function polyMatSub<T>(ring: PolynomialRing<T>, a: PolyMatrix<T>, b: PolyMatrix<T>): Polynomial<T>[][] {
  check('polyMatSub', 'a', ring, a);
  check('polyMatSub', 'b', ring, b);
  sameShape('polyMatSub', a, b);
  return a.map((row, i) => row.map((x, j) => polySub(x, b[i][j])));
}

/**
 * Product `a · b` (each entry summed in one pass by `polySum`). Pass `outCols`
 * (the width of `b`) when `b` has no rows and the width cannot be read off.
 */
export function polyMatMul<T>(ring: PolynomialRing<T>, a: PolyMatrix<T>, b: PolyMatrix<T>, outCols: number = cols(b)): Polynomial<T>[][] {
  check('polyMatMul', 'a', ring, a);
  check('polyMatMul', 'b', ring, b);
  const inner = b.length;
  if (a.length > 0 && cols(a) !== inner) {
    throw new ArgumentError('polyMatMul', 'shapes', `${a.length}x${cols(a)} times ${inner}x${outCols}`, 'inner dimensions equal');
  }
  if (inner > 0 && cols(b) !== outCols) throw new ArgumentError('polyMatMul', 'outCols', outCols, `${cols(b)} (the width of b)`);
  return a.map((row) =>
    Array.from({ length: outCols }, (_, j) => polySum(ring, row.map((x, k) => polyMul(x, b[k][j])))),
  );
}

/**
 * Transpose. `rows` (the number of columns of `a`) is needed only when `a`
 * has no rows.
 */
export function polyMatTranspose<T>(a: PolyMatrix<T>, rows: number = cols(a)): Polynomial<T>[][] {
  return Array.from({ length: rows }, (_, j) => a.map((row) => row[j]));
}

/**
 * The numeric matrix obtained by evaluating every entry at `point` (one
 * field element per variable of the entries' ring).
 */
export function polyMatEvaluate<T>(m: PolyMatrix<T>, point: readonly T[]): T[][] {
  return m.map((row) => row.map((p) => polyEvaluate(p, point)));
}

/**
 * True when every entry is the zero polynomial.
 */
export function polyMatIsZero<T>(m: PolyMatrix<T>): boolean {
  return m.every((row) => row.every((p) => polyIsZero(p)));
}
