/**
 * The rank of dδ, or of dδ∘T on the G-orbit, at a point over ZZ/p — the
 * structured path every generic and restricted dimension of deeplin uses:
 * the Jacobian is built in banded form ({@link deltaJacobianBanded},
 * {@link restrictedDeltaJacobianBanded}) and eliminated inside its band
 * ({@link bandedRankModP}). The dense path (`rank(F, deltaJacobian(F, point))`)
 * gives the same numbers (property-tested) and remains the fallback for
 * tangent spaces that are not orbit tangents of G (e.g. stabilisers of data).
 */
import { bandedRankModP } from '../algebra/bandedRankModP';
import { deltaJacobianBanded } from '../model/deltaJacobianBanded';
import type { NetworkPoint } from '../model/networkPoint';
import { restrictedDeltaJacobianBanded } from './restrictedDeltaJacobianBanded';

/**
 * rank of dδ (default) or of dδ∘T (`{ orbit: true }`) at `point` (entries in [0, p)) over ZZ/p.
 */
export function deltaRankModP(point: NetworkPoint<number>, p: number, options: { readonly orbit?: boolean } = {}): number {
  // the Jacobian is built for this rank only: eliminate in place
  return bandedRankModP(options.orbit ? restrictedDeltaJacobianBanded(point, p) : deltaJacobianBanded(point, p), { overwrite: true });
}
