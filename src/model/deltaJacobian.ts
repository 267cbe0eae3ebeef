/**
 * The Jacobian matrix of δ at a point: rows are δ's coordinates (upper
 * triangles of Δ_1..Δ_{N-1}), columns the parameters (W_1 first, row-major).
 * Its rank at a generic point is dim cl(δ(R^params)) (MATH §2).
 *
 * @example
 * ```ts
 * import { QQ, pointFromStrings, deltaJacobian, matToStrings } from 'deeplin';
 * const W = pointFromStrings(QQ, [[['1']], [['2']]]);
 * matToStrings(QQ, deltaJacobian(QQ, W)); // [["-2","4"]]
 * ```
 */
import type { Field } from '../algebra/field';
import { matTranspose, matUnit, matZeros, type Matrix } from '../algebra/matrix';
import { deltaDifferential } from './deltaDifferential';
import type { NetworkPoint } from './networkPoint';

export function deltaJacobian<T>(field: Field<T>, point: NetworkPoint<T>): T[][] {
  const zero = point.map((W) => matZeros(field, W.length, W[0].length));
  const columns: T[][] = [];
  point.forEach((W, idx) => {
    for (let r = 0; r < W.length; r++) {
      for (let c = 0; c < W[0].length; c++) {
        const tangent: Matrix<T>[] = [...zero];
        tangent[idx] = matUnit(field, W.length, W[0].length, r, c);
        columns.push(deltaDifferential(field, point, tangent));
      }
    }
  });
  return matTranspose(columns, columns[0]?.length ?? 0);
}
