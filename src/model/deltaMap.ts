/**
 * The δ-map of balancedness invariants (MATH §2):
 * δ(W_a) = (Δ_1, …, Δ_{N-1}), Δ_i = W_{i+1}ᵀ W_{i+1} − W_i W_iᵀ ∈ Sym(d_i).
 * Coordinates are the upper triangles (row-major, i ≤ j) of Δ_1, …, Δ_{N-1}.
 */
import type { Field } from '../algebra/field';
import { matMul, matSub, matTranspose, type Matrix } from '../algebra/matrix';
import type { NetworkPoint } from './networkPoint';

/**
 * δ(W) = (Δ_1, …, Δ_{N−1}) as symmetric matrices over `field` (see the file header).
 *
 * @example
 * ```ts
 * import { QQ, deltaMap, matToStrings, pointFromStrings } from 'deeplin';
 * const W = pointFromStrings(QQ, [[['1'], ['2']], [['3', '4']]]); // widths (1, 2, 1)
 * matToStrings(QQ, deltaMap(QQ, W)[0]); // [["8", "10"], ["10", "12"]]   W_2ᵀW_2 − W_1W_1ᵀ
 * const balanced = pointFromStrings(QQ, [[['3'], ['4']], [['3', '4']]]);
 * matToStrings(QQ, deltaMap(QQ, balanced)[0]); // [["0", "0"], ["0", "0"]]
 * ```
 */
export function deltaMap<T>(field: Field<T>, point: NetworkPoint<T>): Matrix<T>[] {
  const out: Matrix<T>[] = [];
  for (let i = 1; i < point.length; i++) {
    const Wi = point[i - 1];
    const Wn = point[i];
    out.push(matSub(field, matMul(field, matTranspose(Wn), Wn), matMul(field, Wi, matTranspose(Wi))));
  }
  return out;
}

/** Flattens symmetric matrices to their upper triangles, in order. */
export function deltaCoordinates<T>(_field: Field<T>, deltas: readonly Matrix<T>[]): T[] {
  const out: T[] = [];
  for (const D of deltas) for (let a = 0; a < D.length; a++) for (let b = a; b < D.length; b++) out.push(D[a][b]);
  return out;
}
