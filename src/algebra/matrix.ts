/**
 * Dense matrices over any {@link Field}: construction and arithmetic.
 * A matrix is a readonly array of rows; functions never mutate their input.
 * Elimination (rank, RREF, nullspace) lives in its own files.
 *
 * @example
 * ```ts
 * import { QQ, matFromStrings, matMul, matToStrings } from 'deeplin';
 * const A = matFromStrings(QQ, [['1', '1/2'], ['0', '1']]);
 * matToStrings(QQ, matMul(QQ, A, A)); // [["1","1"],["0","1"]]
 * ```
 */
import { ArgumentError } from '../errors';
import type { Field } from './field';
import { parseRational } from './rational';

export type Matrix<T> = readonly (readonly T[])[];

export function matRows<T>(a: Matrix<T>): number {
  return a.length;
}
/** Number of columns; a matrix with no rows has `cols` 0 unless given via `matZeros`. */
export function matCols<T>(a: Matrix<T>): number {
  return a.length === 0 ? 0 : a[0].length;
}

export function matZeros<T>(field: Field<T>, rows: number, cols: number): T[][] {
  return Array.from({ length: rows }, () => new Array<T>(cols).fill(field.zero));
}

export function matIdentity<T>(field: Field<T>, n: number): T[][] {
  const m = matZeros(field, n, n);
  for (let i = 0; i < n; i++) m[i][i] = field.one;
  return m;
}

/** The `rows × cols` matrix with a single 1 at `(i, j)`. */
export function matUnit<T>(field: Field<T>, rows: number, cols: number, i: number, j: number): T[][] {
  const m = matZeros(field, rows, cols);
  m[i][j] = field.one;
  return m;
}

function sameShape<T>(fn: string, a: Matrix<T>, b: Matrix<T>): void {
  if (a.length !== b.length || matCols(a) !== matCols(b)) {
    throw new ArgumentError(fn, 'shapes', `${a.length}x${matCols(a)} and ${b.length}x${matCols(b)}`, 'equal shapes');
  }
}

export function matAdd<T>(field: Field<T>, a: Matrix<T>, b: Matrix<T>): T[][] {
  sameShape('matAdd', a, b);
  return a.map((row, i) => row.map((x, j) => field.add(x, b[i][j])));
}

export function matSub<T>(field: Field<T>, a: Matrix<T>, b: Matrix<T>): T[][] {
  sameShape('matSub', a, b);
  return a.map((row, i) => row.map((x, j) => field.sub(x, b[i][j])));
}

export function matScale<T>(field: Field<T>, c: T, a: Matrix<T>): T[][] {
  return a.map((row) => row.map((x) => field.mul(c, x)));
}

export function matNeg<T>(field: Field<T>, a: Matrix<T>): T[][] {
  return a.map((row) => row.map((x) => field.neg(x)));
}

/**
 * Product `a · b`. `inner` is needed only when `a` has no rows or `b` has no
 * columns and the shapes cannot be read off; pass `cols` for `b`'s width when `b` is empty.
 */
export function matMul<T>(field: Field<T>, a: Matrix<T>, b: Matrix<T>, cols: number = matCols(b)): T[][] {
  const n = b.length;
  if (a.length > 0 && a[0].length !== n) {
    throw new ArgumentError('matMul', 'shapes', `${a.length}x${a[0].length} times ${n}x${cols}`, 'inner dimensions equal');
  }
  const out = matZeros(field, a.length, cols);
  for (let i = 0; i < a.length; i++) {
    const ai = a[i];
    const oi = out[i];
    for (let k = 0; k < n; k++) {
      const aik = ai[k];
      if (field.isZero(aik)) continue;
      const bk = b[k];
      for (let j = 0; j < cols; j++) oi[j] = field.add(oi[j], field.mul(aik, bk[j]));
    }
  }
  return out;
}

/**
 * The transpose; `rows` (default: `a`'s column count) gives the shape of an empty `a`.
 *
 * @example
 * ```ts
 * import { matTranspose } from 'deeplin';
 * matTranspose([[1, 2, 3], [4, 5, 6]]); // [[1, 4], [2, 5], [3, 6]]
 * matTranspose([], 2);                 // [[], []]   a 0×2 matrix has a 2×0 transpose
 * ```
 */
export function matTranspose<T>(a: Matrix<T>, rows: number = matCols(a)): T[][] {
  return Array.from({ length: rows }, (_, j) => a.map((row) => row[j]));
}

export function matEq<T>(field: Field<T>, a: Matrix<T>, b: Matrix<T>): boolean {
  if (a.length !== b.length || matCols(a) !== matCols(b)) return false;
  return a.every((row, i) => row.every((x, j) => field.eq(x, b[i][j])));
}

export function matIsZero<T>(field: Field<T>, a: Matrix<T>): boolean {
  return a.every((row) => row.every((x) => field.isZero(x)));
}

/** Trace of a square matrix. */
export function matTrace<T>(field: Field<T>, a: Matrix<T>): T {
  let s = field.zero;
  for (let i = 0; i < a.length; i++) s = field.add(s, a[i][i]);
  return s;
}

/** Maps every entry (e.g. Q → F_p with `field.fromRational`). */
export function matMap<S, T>(a: Matrix<S>, f: (x: S, i: number, j: number) => T): T[][] {
  return a.map((row, i) => row.map((x, j) => f(x, i, j)));
}

/** Parses a matrix of exact rationals written as strings ("p" or "p/q") into `field`. */
export function matFromStrings<T>(field: Field<T>, rows: readonly (readonly string[])[]): T[][] {
  return rows.map((row) => row.map((s) => field.fromRational(parseRational(s))));
}

export function matToStrings<T>(field: Field<T>, a: Matrix<T>): string[][] {
  return a.map((row) => row.map((x) => field.toString(x)));
}

/** Stacks matrices vertically (all with `cols` columns). */
export function matVStack<T>(blocks: readonly Matrix<T>[]): T[][] {
  return blocks.flatMap((b) => b.map((row) => [...row]));
}

/** Concatenates matrices horizontally (all with the same number of rows). */
export function matHStack<T>(blocks: readonly Matrix<T>[], rows: number): T[][] {
  return Array.from({ length: rows }, (_, i) => blocks.flatMap((b) => [...b[i]]));
}
