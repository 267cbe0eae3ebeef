/**
 * The matrix of dδ_W ∘ T_W: rows are δ's coordinates, columns the basis
 * E_ab of gl(d_v), v = 0..N (in that order, row-major) — or any other list of
 * tangent vectors (e.g. the tangents of a subgroup's orbit). Its rank at a generic
 * point of an orbit O is dim cl δ(O) (MATH §4); at any point it is a lower bound.
 *
 * @example
 * ```ts
 * import { QQ, intervalDecomposition, normalForm, restrictedDeltaJacobian } from 'deeplin';
 * const W = normalForm(QQ, intervalDecomposition(2, [[0, 2]]));
 * restrictedDeltaJacobian(QQ, W).length; // 1 row (Sym(1)), 3 columns (gl(1)^3)
 * ```
 */
import type { Field } from '../algebra/field';
import { matTranspose } from '../algebra/matrix';
import { deltaDifferential } from '../model/deltaDifferential';
import type { NetworkPoint } from '../model/networkPoint';
import { orbitTangentBasis } from '../quiver/orbitTangent';

export function restrictedDeltaJacobian<T>(
  field: Field<T>,
  point: NetworkPoint<T>,
  tangents: readonly NetworkPoint<T>[] = orbitTangentBasis(field, point),
): T[][] {
  const columns = tangents.map((tangent) => deltaDifferential(field, point, tangent));
  let rows = 0;
  for (let i = 1; i < point.length; i++) rows += (point[i - 1].length * (point[i - 1].length + 1)) / 2;
  return matTranspose(columns, rows);
}
