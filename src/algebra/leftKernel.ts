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
 *
 * @example
 * ```ts
 * import { QQ, matFromStrings, matToStrings, leftKernel } from 'deeplin';
 * const A = matFromStrings(QQ, [['1', '2'], ['2', '4'], ['0', '1']]);
 * matToStrings(QQ, leftKernel(QQ, A)); // [["-2","1","0"]]
 * ```
 */
export function leftKernel<T>(field: Field<T>, A: Matrix<T>): T[][] {
  const { rows: m, cols: n } = matrixShape('leftKernel', A);
  return nullspace(field, matTranspose(A, n), m);
}
