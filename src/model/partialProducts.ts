/**
 * The partial products of MATH §1: `A_k = W_N ⋯ W_{k+1}` (d_N × d_k) and
 * `B_k = W_{k-1} ⋯ W_1` (d_{k-1} × d_0), empty products being identities.
 * Computed once in O(N) matrix products and shared by the loss, gradient and Hessian.
 */
import type { Field } from '../algebra/field';
import { matIdentity, matMul, type Matrix } from '../algebra/matrix';
import type { NetworkPoint } from './networkPoint';

export interface PartialProducts<T> {
  /** A[k] = W_N ⋯ W_{k+1} for k = 1..N (index 0 unused). */
  readonly A: readonly Matrix<T>[];
  /** B[k] = W_{k-1} ⋯ W_1 for k = 1..N+1 (B[N+1] = W, index 0 unused). */
  readonly B: readonly Matrix<T>[];
}

export function partialProducts<T>(field: Field<T>, point: NetworkPoint<T>): PartialProducts<T> {
  const N = point.length;
  const A: Matrix<T>[] = new Array(N + 1);
  const B: Matrix<T>[] = new Array(N + 2);
  B[1] = matIdentity(field, point[0][0].length);
  for (let k = 2; k <= N + 1; k++) B[k] = matMul(field, point[k - 2], B[k - 1]);
  A[N] = matIdentity(field, point[N - 1].length);
  for (let k = N - 1; k >= 1; k--) A[k] = matMul(field, A[k + 1], point[k]);
  return { A, B };
}
