/**
 * The loss L(W_a) = ‖W_N ⋯ W_1 X − Y‖_F² over any field (exact over Q, or floats).
 *
 * @example
 * ```ts
 * import { QQ, pointFromStrings, matFromStrings, loss } from 'deeplin';
 * const W = pointFromStrings(QQ, [[['2']], [['3']]]);
 * QQ.toString(loss(QQ, W, matFromStrings(QQ, [['1']]), matFromStrings(QQ, [['4']]))); // "4"
 * ```
 */
import type { Field } from '../algebra/field';
import { matMul, matSub, type Matrix } from '../algebra/matrix';
import { layerProduct } from './layerProduct';
import type { NetworkPoint } from './networkPoint';

export function loss<T>(field: Field<T>, point: NetworkPoint<T>, X: Matrix<T>, Y: Matrix<T>): T {
  const R = residual(field, point, X, Y);
  return frobeniusSquare(field, R);
}

/** R = W X − Y. */
export function residual<T>(field: Field<T>, point: NetworkPoint<T>, X: Matrix<T>, Y: Matrix<T>): Matrix<T> {
  const W = layerProduct(field, point, 1, point.length);
  return matSub(field, matMul(field, W, X), Y);
}

/** ‖M‖_F² = Σ M_ij². */
export function frobeniusSquare<T>(field: Field<T>, M: Matrix<T>): T {
  let s = field.zero;
  for (const row of M) for (const x of row) s = field.add(s, field.mul(x, x));
  return s;
}
