/**
 * Whether a relation F on δ's coordinates is invariant under SO(n) acting on
 * one Δ_v by conjugation, Δ_v ↦ Q Δ_v Qᵀ — proved exactly, not sampled.
 *
 * SO(n) is connected, so F is invariant iff its derivative along the Lie
 * algebra vanishes: for each A = E_rc − E_cr (r < c),
 * Σ_{(r',c') : r' ≤ c'} ∂F/∂Δ_v[r'][c'] · (A Δ_v − Δ_v A)[r'][c'] ≡ 0
 * as a polynomial in the entries of Δ_v and F's other coordinates
 * (d/dt Q Δ Qᵀ at Q = I with Q' = A is A Δ + Δ Aᵀ = A Δ − Δ A). The cost is
 * small (|F| · n² terms per A), unlike the expansion of F∘δ∘ψ it shortens:
 * an invariant relation may be proved on a slice saturated by SO(d_v)
 * inside its window ({@link orbitSlice}'s `inner`).
 *
 * Measured: width 3 depth 6, stabiliser orbit
 * [1,2,3]+[1,2,3]+[2,3,4]+[4,5]+[4,5]+[5,6,0]+[6,0]+[6,0,1], the degree-4
 * relation of window [4, 5] (1819 terms, invariant at vertices 4 and 5):
 * 1.2e8 term products without these groups (over the 1e8 budget, 185 s),
 * 6e4 with them.
 *
 * @example
 * ```ts
 * import { orthogonallyInvariant, parsePolynomialMap } from 'deeplin';
 * // Δ_1 = [[a, b], [b, c]]: the trace a + c and the determinant a c − b² are SO(2)-invariant, the entry a is not
 * const [trace, det, a] = parsePolynomialMap(['a', 'b', 'c'], 'a + c, a*c - b^2, a').polynomials;
 * const keys = ['1,0,0', '1,0,1', '1,1,1'];
 * [trace, det, a].map((F) => orthogonallyInvariant(F, keys, 1, 2)); // [true, true, false]
 * ```
 */
import { type Polynomial, polyAdd, polyFromTerms, polyIsZero, polyMul, polyPartial, polySub, polyTerms, polyVariable, polyZero } from '../algebra/polynomial';
import { polynomialRing } from '../algebra/polynomialRing';
import type { Rational } from '../algebra/rational';
import { QQ } from '../algebra/rationalField';
import { deltaKey } from './orbitFamily';

/**
 * F is a polynomial in variables named after `coordinates` (δ keys "i,r,c",
 * r ≤ c, in F's variable order); v is the vertex (Δ_v), n = d_v.
 */
export function orthogonallyInvariant(F: Polynomial<Rational>, coordinates: readonly string[], v: number, n: number): boolean {
  const keys = [...coordinates];
  for (let r = 0; r < n; r++) for (let c = r; c < n; c++) if (!keys.includes(deltaKey(v, r, c))) keys.push(deltaKey(v, r, c));
  const ring = polynomialRing(QQ, keys.map((_, j) => `z${j}`));
  const lifted = polyFromTerms(ring, polyTerms(F).map(([e, c]) => [[...e, ...new Array<number>(keys.length - e.length).fill(0)], c] as const));
  const entry = (r: number, c: number): Polynomial<Rational> => polyVariable(ring, keys.indexOf(deltaKey(v, Math.min(r, c), Math.max(r, c))));
  for (let p = 0; p < n; p++) {
    for (let q = p + 1; q < n; q++) {
      // A = E_pq − E_qp: (A Δ)[r][c] = [r = p] Δ[q][c] − [r = q] Δ[p][c]; (Δ A)[r][c] = [c = q] Δ[r][p] − [c = p] Δ[r][q]
      const lie = (r: number, c: number): Polynomial<Rational> => {
        let out = polyZero(ring);
        if (r === p) out = polyAdd(out, entry(q, c));
        if (r === q) out = polySub(out, entry(p, c));
        if (c === q) out = polySub(out, entry(r, p));
        if (c === p) out = polyAdd(out, entry(r, q));
        return out;
      };
      let derivative = polyZero(ring);
      for (let r = 0; r < n; r++) {
        for (let c = r; c < n; c++) {
          const j = keys.indexOf(deltaKey(v, r, c));
          if (j >= coordinates.length) continue; // F does not involve it
          const partial = polyPartial(lifted, j);
          if (!polyIsZero(partial)) derivative = polyAdd(derivative, polyMul(partial, lie(r, c)));
        }
      }
      if (!polyIsZero(derivative)) return false;
    }
  }
  return true;
}
