/**
 * Direct test of "critical point with vanishing Hessian": the exact gradient
 * and the exact full Hessian of L are both zero at the point.
 *
 * @example
 * ```ts
 * import { QQ, pointFromStrings, matFromStrings, hessianVanishesDirectly } from 'deeplin';
 * const X = matFromStrings(QQ, [['1']]);
 * hessianVanishesDirectly(QQ, pointFromStrings(QQ, [[['0']], [['0']]]), X, X).hessianZero; // false: depth 2, W = 0
 * ```
 */
import type { Field } from '../algebra/field';
import { matIsZero, type Matrix } from '../algebra/matrix';
import { lossGradient } from '../model/lossGradient';
import { lossHessian } from '../model/lossHessian';
import type { NetworkPoint } from '../model/networkPoint';

export interface DirectHessianResult {
  readonly gradientZero: boolean;
  readonly hessianZero: boolean;
  /** Both vanish: the point is in A_H for this data. */
  readonly holds: boolean;
}

export function hessianVanishesDirectly<T>(field: Field<T>, point: NetworkPoint<T>, X: Matrix<T>, Y: Matrix<T>): DirectHessianResult {
  const gradientZero = lossGradient(field, point, X, Y).every((G) => matIsZero(field, G));
  const hessianZero = matIsZero(field, lossHessian(field, point, X, Y));
  return { gradientZero, hessianZero, holds: gradientZero && hessianZero };
}
