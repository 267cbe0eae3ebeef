/**
 * Left kernel of a matrix over an exact field.
 */
import type { Field } from './field';
import { type Matrix, matTranspose } from './matrix';
import { matrixShape } from './matrixShape';
import { nullspace } from './nullspace';

/**
 * A basis of the left kernel `{y : y A = 0}` of the `m × n` matrix `A` over
 * the exact field `field`: `m − rank(A)` row vectors of length `m`
 * (the nullspace of `Aᵀ`). A matrix with rows but no columns has the whole
 * of `field^m` as its left kernel.
 */
export function leftKernel<T>(field: Field<T>, A: Matrix<T>): T[][] {
  const { rows: m, cols: n } = matrixShape('leftKernel', A);
  return nullspace(field, matTranspose(A, n), m);
}
