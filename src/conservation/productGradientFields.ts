/**
 * V_φ: the gradients of the entries of the end-to-end product
 * φ(θ) = W_N ⋯ W_1 as polynomial vector fields on the parameter space
 * (coordinates in the order of `symbolicNetwork`: W_1 row by row, then W_2, …).
 * A loss that depends on θ only through φ has gradient Σ_ab c_ab(θ) ∇φ_ab,
 * so every gradient-flow velocity lies in V_φ(θ) (Marcotte–Gribonval–Peyré 2023).
 * Entry (a, b) of φ is field number a·d_0 + b (a < d_N, b < d_0).
 *
 * @example
 * ```ts
 * import { QQ, architecture, productGradientFields, polyToString } from 'deeplin';
 * // widths (1,1,1): φ = w2·w1, ∇φ = (w2, w1)
 * productGradientFields(QQ, architecture([1, 1, 1]))[0].map((c) => polyToString(c, 'plain')); // ["w2_1_1","w1_1_1"]
 * ```
 */
import type { Field } from '../algebra/field';
import { polyPartial } from '../algebra/polynomial';
import type { Architecture } from '../model/architecture';
import { symbolicNetwork, symbolicProduct } from '../model/symbolicNetwork';
import type { VectorField } from './vectorField';

export function productGradientFields<T>(field: Field<T>, arch: Architecture): VectorField<T>[] {
  const net = symbolicNetwork(field, arch);
  const phi = symbolicProduct(net, 1, arch.depth);
  const D = net.ring.variables.length;
  return phi.flatMap((row) => row.map((entry) => Array.from({ length: D }, (_, i) => polyPartial(entry, i))));
}
