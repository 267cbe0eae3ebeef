/**
 * Membership in A_H at an exact point by the theorem's conditions (MATH §3.1),
 * for the given data X, Y. Compare {@link hessianVanishesDirectly}, which checks the
 * gradient and the full Hessian directly; the two agree (tested).
 *
 * @example
 * ```ts
 * import { QQ, pointFromStrings, matFromStrings, inHessianVariety } from 'deeplin';
 * const zero = pointFromStrings(QQ, [[['0']], [['0']], [['0']]]);
 * const X = matFromStrings(QQ, [['1']]);
 * inHessianVariety(QQ, zero, X, X).holds; // true (depth 3, W = 0)
 * ```
 */
import type { Field } from '../algebra/field';
import { matIsZero, matMul, matTranspose, type Matrix } from '../algebra/matrix';
import { layerProduct } from '../model/layerProduct';
import type { NetworkPoint } from '../model/networkPoint';
import { partialProducts } from '../model/partialProducts';
import { hessianConditions, type HessianConditionsResult } from './hessianConditions';

export function inHessianVariety<T>(field: Field<T>, point: NetworkPoint<T>, X: Matrix<T>, Y: Matrix<T>): HessianConditionsResult {
  const { A, B } = partialProducts(field, point);
  const C = matMul(field, X, matTranspose(Y));
  const BX = B.map((b) => (b ? matMul(field, b, X) : b));
  return hessianConditions(point.length, {
    productZero: (a, b) => matIsZero(field, layerProduct(field, point, a, b)),
    inputZero: (k) => matIsZero(field, BX[k]),
    cycleZero: (k, j) => matIsZero(field, matMul(field, matMul(field, B[k], C), A[j])),
  });
}
