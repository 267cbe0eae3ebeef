/**
 * The reversal symmetry of the cyclic quiver 0 → 1 → ⋯ → N →C→ 0: reverse
 * the widths and transpose every arrow. Vertex v becomes N − v, W_i becomes
 * W'_{N+1−i} = W_iᵀ and C becomes C' = Cᵀ (again an arrow N → 0). A string
 * visiting s, s+1, …, s+L−1 becomes (its dual) the string visiting
 * N−(s+L−1), …, N−s, so (start, length) ↦ ((N − (s + L − 1)) mod (N+1), L).
 *
 * Why it preserves what deeplin evaluates (so one orbit of each reversed
 * pair suffices, when the widths are a palindrome):
 * - it is a linear isomorphism of representation spaces, intertwining the
 *   group actions (g ↦ g⁻ᵀ, vertices relabelled), so it maps orbits to
 *   orbits and orbit closures to orbit closures, and path ranks to path
 *   ranks (rank of a transpose);
 * - A_H = {P = 0, dP = 0} ∩ {∇ℓ = 0, ∇²ℓ = 0} with ℓ = tr(P C) (see
 *   verify/dataDependentComponents) and tr(Pᵀ Cᵀ) = tr(P C), so A_H for
 *   (W, C) is A_H for the reversed point with data Cᵀ; likewise for the
 *   data-independent part (its conditions are vanishing products, reversed);
 * - δ' = (Δ'_1, …, Δ'_{N−1}) with Δ'_i = W'_{i+1}ᵀ W'_{i+1} − W'_i W'_iᵀ
 *   = −Δ_{N−i}: δ' is δ composed with a linear isomorphism, so
 *   dim cl δ(H_C · W) = dim cl δ'(H_{Cᵀ} · W'). For generic data, Cᵀ is as
 *   generic as C, so the generic restricted dimension of an orbit equals
 *   that of its reversal (for one FIXED non-generic C it need not).
 */
import { cycleStringDecomposition, cycleStringsToString, type CycleStringDecomposition } from './cycleString';

/** The reversed (transposed) string decomposition, of the reversed widths. */
export function reverseCycleStrings(dec: CycleStringDecomposition): CycleStringDecomposition {
  const N = dec.depth;
  const n = N + 1;
  return cycleStringDecomposition(
    N,
    dec.strings.map(({ start, length }) => [((((N - (start + length - 1)) % n) + n) % n), length]),
  );
}

/** True when `dec` is the representative of {dec, reversal(dec)} that is evaluated: the one with the smaller canonical text. */
export function isReversalRepresentative(dec: CycleStringDecomposition): boolean {
  return cycleStringsToString(dec) <= cycleStringsToString(reverseCycleStrings(dec));
}
