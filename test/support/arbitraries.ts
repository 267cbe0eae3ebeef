/**
 * fast-check arbitraries shared by the linear-algebra tests. Every property
 * using them runs with a fixed `seed`, so failures replay exactly.
 */
import fc from 'fast-check';
import type { Field } from '../../src/algebra/field';
import { matMul } from '../../src/algebra/matrix';
import { rational, type Rational } from '../../src/algebra/rational';

/** A matrix with its shape (the width is needed when there are no rows). */
export interface Sized<T> {
  readonly rows: number;
  readonly cols: number;
  readonly A: T[][];
}

export function arbMatrix<T>(elem: fc.Arbitrary<T>, maxRows = 6, maxCols = 6, minRows = 0, minCols = 0): fc.Arbitrary<Sized<T>> {
  return fc
    .tuple(fc.integer({ min: minRows, max: maxRows }), fc.integer({ min: minCols, max: maxCols }))
    .chain(([rows, cols]) => arbMatrixOfShape(elem, rows, cols).map((A) => ({ rows, cols, A })));
}

export function arbMatrixOfShape<T>(elem: fc.Arbitrary<T>, rows: number, cols: number): fc.Arbitrary<T[][]> {
  return fc.array(fc.array(elem, { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows });
}

/** `U·V` with U (rows × inner) and V (inner × cols): rank at most `inner`. */
export function arbLowRank<T>(field: Field<T>, elem: fc.Arbitrary<T>, maxSide = 7): fc.Arbitrary<Sized<T> & { inner: number }> {
  return fc
    .tuple(fc.integer({ min: 0, max: maxSide }), fc.integer({ min: 0, max: maxSide }), fc.integer({ min: 0, max: maxSide }))
    .chain(([rows, inner, cols]) =>
      fc
        .tuple(arbMatrixOfShape(elem, rows, inner), arbMatrixOfShape(elem, inner, cols))
        .map(([U, V]) => ({ rows, cols, inner, A: matMul(field, U, V, cols) })),
    );
}

/** Elements of F_p, biased towards 0, 1, p − 1 and values near 2^31 for large p. */
export function arbFp(p: number): fc.Arbitrary<number> {
  return fc.oneof(
    { weight: 4, arbitrary: fc.integer({ min: 0, max: p - 1 }) },
    { weight: 1, arbitrary: fc.constantFrom(0, 1, p - 1) },
    { weight: 1, arbitrary: fc.integer({ min: Math.max(0, p - 65536), max: p - 1 }) },
  );
}

/** Small rationals with a fair share of zeros and integers. */
export function arbRational(maxNum = 20, maxDen = 12): fc.Arbitrary<Rational> {
  return fc.oneof(
    { weight: 1, arbitrary: fc.constant(rational(0n)) },
    { weight: 2, arbitrary: fc.integer({ min: -maxNum, max: maxNum }).map((a) => rational(a)) },
    {
      weight: 3,
      arbitrary: fc.tuple(fc.integer({ min: -maxNum, max: maxNum }), fc.integer({ min: 1, max: maxDen })).map(([a, b]) => rational(a, b)),
    },
  );
}

/** Transpose that keeps the width when the matrix has no rows. */
export function transpose<T>(s: Sized<T>): Sized<T> {
  return { rows: s.cols, cols: s.rows, A: Array.from({ length: s.cols }, (_, j) => s.A.map((row) => row[j])) };
}

/** Deep-frozen copy, to check that functions do not mutate their input. */
export function deepFreeze<T>(A: T[][]): readonly (readonly T[])[] {
  return Object.freeze(A.map((row) => Object.freeze([...row])));
}
