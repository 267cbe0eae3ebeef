/**
 * The gradient ∂L/∂W_k = 2 A_kᵀ R (B_k X)ᵀ (MATH §1), one matrix per layer.
 *
 * @example
 * ```ts
 * import { QQ, pointFromStrings, matFromStrings, lossGradient, matToStrings } from 'deeplin';
 * const W = pointFromStrings(QQ, [[['2']], [['3']]]);
 * const g = lossGradient(QQ, W, matFromStrings(QQ, [['1']]), matFromStrings(QQ, [['4']]));
 * g.map((G) => matToStrings(QQ, G)); // [[["12"]], [["8"]]]   (R = 2)
 * ```
 */
import type { Field } from '../algebra/field';
import { matMul, matScale, matTranspose, type Matrix } from '../algebra/matrix';
import { residual } from './loss';
import type { NetworkPoint } from './networkPoint';
import { partialProducts } from './partialProducts';

export function lossGradient<T>(field: Field<T>, point: NetworkPoint<T>, X: Matrix<T>, Y: Matrix<T>): Matrix<T>[] {
  const { A, B } = partialProducts(field, point);
  const R = residual(field, point, X, Y);
  const two = field.fromInt(2);
  return point.map((_, idx) => {
    const k = idx + 1;
    const BX = matMul(field, B[k], X);
    const G = matMul(field, matMul(field, matTranspose(A[k]), R), matTranspose(BX));
    return matScale(field, two, G);
  });
}
