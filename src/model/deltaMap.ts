/**
 * The δ-map of balancedness invariants (MATH §2):
 * δ(W_a) = (Δ_1, …, Δ_{N-1}), Δ_i = W_{i+1}ᵀ W_{i+1} − W_i W_iᵀ ∈ Sym(d_i).
 * Coordinates are the upper triangles (row-major, i ≤ j) of Δ_1, …, Δ_{N-1}.
 */
import type { Field } from '../algebra/field';
import { matMul, matSub, matTranspose, type Matrix } from '../algebra/matrix';
import type { NetworkPoint } from './networkPoint';

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
