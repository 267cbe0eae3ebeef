/**
 * Orbit dimensions of string decompositions of the cyclic quiver, from
 * string combinatorics alone (no matrices).
 *
 * Hom between strings: a map from U = (s, L) to V = (s', L') is fixed by the
 * image of U's top e_0 (at vertex s), a combination of V's basis vectors e'_p
 * at vertex s; it is a homomorphism iff the path of L arrows (which kills
 * e_0) kills the image, i.e. p + L ≥ L' for every e'_p used. So
 * dim Hom(U, V) = #{p ∈ [0, L'−1] : s' + p ≡ s (mod N+1), L' − p ≤ L}.
 *
 * The stabiliser of the point (W, C) in G = Π GL(d_v) is Aut(M), of
 * dimension dim End(M) = Σ_{i,j} dim Hom(S_i, S_j); the G-orbit of (W, C)
 * maps onto the orbit of C under GL(d_0) × GL(d_N), which for C of full rank
 * is open (dimension d_0 d_N), with fibre the orbit of W under the
 * stabiliser H of C. Hence
 *   dim H·W = Σ_v d_v² − dim End(M) − d_0 d_N   (C of full rank).
 */
import { cycleDimensionVector, type CycleString, type CycleStringDecomposition } from './cycleString';

/** dim Hom(U, V) for strings of the cycle with `n` = N + 1 vertices. */
export function cycleStringHomDimension(U: CycleString, V: CycleString, n: number): number {
  let count = 0;
  const p0 = (((U.start - V.start) % n) + n) % n; // first position of V at U's top vertex
  for (let p = p0; p < V.length; p += n) if (V.length - p <= U.length) count++;
  return count;
}

/** dim End(M) of the module M given by the string decomposition. */
export function cycleEndomorphismDimension(dec: CycleStringDecomposition): number {
  const n = dec.depth + 1;
  let sum = 0;
  for (const U of dec.strings) for (const V of dec.strings) sum += cycleStringHomDimension(U, V, n);
  return sum;
}

/** dim H·W for a point W of the orbit with C of full rank (see the file comment). */
export function stabilizerOrbitDimension(dec: CycleStringDecomposition): number {
  const d = cycleDimensionVector(dec);
  return d.reduce((s, x) => s + x * x, 0) - cycleEndomorphismDimension(dec) - d[0] * d[dec.depth];
}
