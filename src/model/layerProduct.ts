/**
 * Consecutive products W_b ⋯ W_a (1 ≤ a, b ≤ N). When b = a − 1 the product
 * is empty and equals the identity on vertex a − 1 (so M_{k+1,k} = I).
 *
 * @example
 * ```ts
 * import { QQ, pointFromStrings, layerProduct, matToStrings } from 'deeplin';
 * const W = pointFromStrings(QQ, [[['2']], [['3']], [['5']]]);
 * matToStrings(QQ, layerProduct(QQ, W, 1, 3)); // [["30"]]
 * matToStrings(QQ, layerProduct(QQ, W, 2, 1)); // [["1"]]  (empty product)
 * ```
 */
import type { Field } from '../algebra/field';
import { matIdentity, matMul, type Matrix } from '../algebra/matrix';
import { ArgumentError } from '../errors';
import type { NetworkPoint } from './networkPoint';

export function layerProduct<T>(field: Field<T>, point: NetworkPoint<T>, a: number, b: number): Matrix<T> {
  const N = point.length;
  if (!Number.isInteger(a) || a < 1 || a > N + 1) throw new ArgumentError('layerProduct', 'a', a, `an integer in [1, ${N + 1}]`);
  if (!Number.isInteger(b) || b < a - 1 || b > N) throw new ArgumentError('layerProduct', 'b', b, `an integer in [a-1, ${N}] = [${a - 1}, ${N}]`);
  if (b === a - 1) {
    // empty product: identity on vertex a-1 (its size is the column count of W_a, or row count of W_b)
    const size = a <= N ? point[a - 1][0]?.length ?? 0 : point[N - 1].length;
    return matIdentity(field, size);
  }
  let P: Matrix<T> = point[a - 1];
  for (let i = a + 1; i <= b; i++) P = matMul(field, point[i - 1], P);
  return P;
}
