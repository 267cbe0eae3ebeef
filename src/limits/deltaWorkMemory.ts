/**
 * Estimated peak memory of the dense δ work for an architecture, before
 * anything is allocated (constants: {@link MEMORY_BYTES}). With R = Σ_{i=1}^{N−1}
 * d_i(d_i+1)/2 rows (δ's coordinates), P = Σ d_i d_{i−1} parameters and
 * G = Σ_v d_v² orbit-tangent columns:
 *
 * - `'dense-jacobians'` (verify, counterexample): phases that run one after
 *   another — dδ mod p at a random point and dδ∘T mod p on an orbit, both in
 *   the banded form deeplin ranks them in (Σ_i h_i·band_i stored entries,
 *   h_i = d_i(d_i+1)/2, band_i = d_{i−1}d_i + d_i d_{i+1} for dδ and
 *   d_{i−1}² + d_i² + d_{i+1}² for dδ∘T); dδ∘T over Q, dense (tangent basis
 *   G × P, matrix R × G of rationals: the data-dependent orbits of verify and
 *   every witness), with its fraction-free exact rank (Bareiss: entries grow
 *   by `bareissBitsPerStep` bits per step, min(R, G) steps); the dense P × P
 *   loss Hessian over Q that a witness check computes (P ≤ 4000, beyond
 *   which it is refused anyway). Each phase is the work of one evaluation:
 *   with worker threads (verify/search --jobs J) up to J evaluations run at
 *   once, each in its own V8 heap.
 * - `'banded-delta'` (delta-dim): only the banded dδ mod p phase;
 *   `'banded-delta-orbit'` (delta-dim --orbit): that and the banded dδ∘T phase.
 * - `'symbolic-delta'` (export): the expanded polynomials of Δ_1..Δ_{N−1},
 *   Σ d_i²(d_{i−1}+d_{i+1}) terms whose keys have one byte per parameter.
 *
 * A command with a cheaper path (e.g. a banded Jacobian) builds its own
 * estimate with `memoryEstimate` and its own byte count.
 */
import { ArgumentError } from '../errors';
import { MAX_HESSIAN_PARAMETERS } from './maxHessianParameters';
import { MEMORY_BYTES as B, memoryEstimate, type MemoryEstimate, type MemoryItem } from './memoryEstimate';

export type DeltaWork = 'dense-jacobians' | 'banded-delta' | 'banded-delta-orbit' | 'symbolic-delta';

/** Only the widths are read, so unvalidated sizes (e.g. while searching for the largest that fits) are fine. */
export function deltaWorkMemory(arch: { readonly widths: readonly number[] }, work: DeltaWork): MemoryEstimate {
  const d = arch.widths;
  const N = d.length - 1;
  let R = 0;
  let P = 0;
  let G = 0;
  let terms = 0;
  let banded = 0;
  let bandedOrbit = 0;
  for (let v = 0; v <= N; v++) {
    G += d[v] * d[v];
    if (v >= 1) P += d[v] * d[v - 1];
    if (v >= 1 && v < N) {
      const h = (d[v] * (d[v] + 1)) / 2;
      R += h;
      terms += d[v] * d[v] * (d[v - 1] + d[v + 1]);
      banded += h * (d[v - 1] * d[v] + d[v] * d[v + 1]);
      bandedOrbit += h * (d[v - 1] ** 2 + d[v] ** 2 + d[v + 1] ** 2);
    }
  }
  if (work === 'symbolic-delta') {
    return memoryEstimate([
      {
        name: 'symbolic delta (expanded polynomials and their text)',
        items: [{ what: 'polynomial terms', count: terms, bytesEach: B.polyTermPeakFactor * (B.polyTermBase + P) }],
      },
    ]);
  }
  const bandedItems = (stored: number): MemoryItem[] => [
    { what: 'banded matrix over F_p (stored entries)', count: stored, bytesEach: B.fpBandedEntry },
    { what: 'rows', count: R, bytesEach: B.bandedRow },
    { what: 'point (parameters)', count: P, bytesEach: B.pointParameter },
  ];
  const bandedPhases = [
    { name: 'd delta mod p at a random point (banded)', items: bandedItems(banded) },
    { name: 'd delta o T mod p on an orbit (banded)', items: bandedItems(bandedOrbit) },
  ];
  if (work === 'banded-delta') return memoryEstimate(bandedPhases.slice(0, 1));
  if (work === 'banded-delta-orbit') return memoryEstimate(bandedPhases);
  if (work !== 'dense-jacobians') throw new ArgumentError('deltaWorkMemory', 'work', work, "'dense-jacobians', 'banded-delta', 'banded-delta-orbit' or 'symbolic-delta'");
  const steps = Math.min(R, G);
  const bareissEntry = B.bareissFill * (B.bigintHeader + 8 * Math.ceil((steps * B.bareissBitsPerStep) / 2 / 64));
  const H = Math.min(P, MAX_HESSIAN_PARAMETERS);
  return memoryEstimate([
    ...bandedPhases,
    {
      name: 'd delta o T over Q with its exact rank',
      items: [
        { what: 'orbit tangent basis G x P over Q', count: G * P, bytesEach: B.rationalTangentEntry },
        { what: 'R x G matrix over Q', count: R * G, bytesEach: B.rationalDenseEntry },
        { what: 'fraction-free elimination (growing integers)', count: R * G, bytesEach: bareissEntry },
      ],
    },
    { name: 'loss Hessian over Q (witness check)', items: [{ what: 'P x P rationals', count: H * H, bytesEach: B.rationalHessianEntry }] },
  ]);
}
