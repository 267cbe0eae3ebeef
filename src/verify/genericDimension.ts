/**
 * The generic dimension G = dim cl δ(R^params), with how it was obtained.
 * Lower bound: exact rank of dδ mod p at a seeded random point (certified).
 * Upper bound: exact, from rank(Δ_i) ≤ min(d_i, d_{i−1} + d_{i+1}) — Δ_i is a
 * difference of Gram matrices of ranks ≤ d_{i+1} and ≤ d_{i−1} — so δ lands
 * in a product of symmetric determinantal varieties of dimension
 * ρn − ρ(ρ−1)/2 (n = d_i, ρ the rank bound). When the bounds meet, G is exact.
 *
 * @example
 * ```ts
 * import { architecture, genericDimension } from 'deeplin';
 * genericDimension(architecture([1, 3, 1])); // {"value":5,"lowerBound":5,"upperBound":5,"exact":true,"method":"lower: exact rank of d delta mod 2147483647 at a random point (seed 1); upper: rank(Delta_i) <= min(d_i, d_(i-1)+d_(i+1)) (determinantal bound)"}
 * ```
 */
import type { Matrix } from '../algebra/matrix';
import { DEFAULT_PRIMES } from '../algebra/primeField';
import { primeField } from '../algebra/primeField';
import type { Architecture } from '../model/architecture';
import { deltaRankModP } from '../dimension/deltaRankModP';
import { Rng } from '../random';
import { componentPoint } from '../quiver/componentPoint';

export interface GenericDimension {
  /** The value deeplin stands behind (= lowerBound; exact when `exact`). */
  readonly value: number;
  readonly lowerBound: number;
  readonly upperBound: number;
  readonly exact: boolean;
  readonly method: string;
}

/** Σ_i dim{Δ ∈ Sym(d_i) : rank Δ ≤ min(d_i, d_{i−1} + d_{i+1})}. */
export function determinantalBound(arch: Architecture): number {
  const d = arch.widths;
  let total = 0;
  for (let i = 1; i < arch.depth; i++) {
    const rho = Math.min(d[i], d[i - 1] + d[i + 1]);
    total += rho * d[i] - (rho * (rho - 1)) / 2;
  }
  return total;
}

/**
 * The seeded uniformly random point of ZZ/p^params at which
 * {@link genericDimension} ranks dδ (for callers that need the same matrix,
 * e.g. the benchmark's peers).
 */
export function genericDimensionPoint(arch: Architecture, seed: number, prime: number): Matrix<number>[] {
  const F = primeField(prime);
  const rng = new Rng(seed);
  return componentPoint(F, arch, [], () => rng.int(0, prime - 1));
}

export function genericDimension(arch: Architecture, seed = 1, prime = DEFAULT_PRIMES[0]): GenericDimension {
  const lowerBound = deltaRankModP(genericDimensionPoint(arch, seed, prime), prime);
  const upperBound = determinantalBound(arch);
  return {
    value: lowerBound,
    lowerBound,
    upperBound,
    exact: lowerBound === upperBound,
    method: `lower: exact rank of d delta mod ${prime} at a random point (seed ${seed}); upper: rank(Delta_i) <= min(d_i, d_(i-1)+d_(i+1)) (determinantal bound)`,
  };
}
