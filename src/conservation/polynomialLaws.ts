/**
 * Polynomial conservation laws up to a degree bound (Marcotte–Gribonval–Peyré's
 * `solve`, done exactly): h with X(h) = ⟨∇h, X⟩ = 0 identically for every
 * generator X of V_φ. Such an h is conserved along every field of Lie(V_φ)
 * (X(h) = Y(h) = 0 ⇒ [X, Y](h) = 0), hence along gradient flow for all data.
 *
 * Every generator X = ∇φ_ab is homogeneous of degree N − 1, so X maps
 * homogeneous polynomials of degree k to degree k + N − 2 and h is a law iff
 * each homogeneous part is: the search runs degree by degree. For degree k
 * the unknowns are the coefficients of a generic homogeneous h; the equations
 * are the coefficients of X(h) for every X. The kernel is computed
 *  - mod p first: dim ker mod p ≥ dim ker over Q (rank mod p ≤ rank over Q),
 *    so an empty kernel mod p proves there is no law of that degree;
 *  - then over Q (exact rref), giving an exact basis of the laws of degree k.
 * The number of independent laws among all found (and δ's coordinates) is
 * the rank of their gradients at a random integer point reduced mod p: a
 * certified lower bound on the number of functionally independent laws.
 *
 * @example
 * ```ts
 * import { architecture, polynomialLaws } from 'deeplin';
 * // widths (2,2,2): the laws of degree <= 2 are exactly the 3 entries of Δ_1
 * const r = polynomialLaws(architecture([2, 2, 2]), { maxDegree: 2, prime: 2147483647, seed: 1 });
 * [r.byDegree.map((b) => b.dimension), r.independent]; // [[0, 3], 3]
 * ```
 */
import { nullspace } from '../algebra/nullspace';
import { polyEvaluate, polyFromTerms, polyPartial, type Polynomial } from '../algebra/polynomial';
import { primeField } from '../algebra/primeField';
import { rank } from '../algebra/rank';
import { rankModP } from '../algebra/rankModP';
import { rational, type Rational } from '../algebra/rational';
import { QQ } from '../algebra/rationalField';
import type { Architecture } from '../model/architecture';
import { symbolicDeltaCoordinates, symbolicNetwork } from '../model/symbolicNetwork';
import { Rng } from '../random';
import { productGradientFields } from './productGradientFields';
import { derivativeAlong } from './vectorField';

export interface PolynomialLawsOptions {
  readonly maxDegree: number;
  readonly prime: number;
  readonly seed: number;
  /** Skip a degree (and stop) when it has more unknowns than this (default 1500). */
  readonly maxUnknowns?: number;
}

export interface PolynomialLawsOfDegree {
  readonly degree: number;
  /** Number of monomials of this degree (the unknowns). */
  readonly unknowns: number;
  /** dim of the space of laws of this degree over Q (exact), null when skipped. */
  readonly dimension: number | null;
  /** Independent laws among all laws of degree ≤ this one and δ (certified lower bound), null when skipped. */
  readonly independent: number | null;
}

export interface PolynomialLaws {
  readonly byDegree: readonly PolynomialLawsOfDegree[];
  /** The largest degree searched completely (0 when none). */
  readonly searchedDegree: number;
  /** Independent polynomial laws of degree ≤ searchedDegree together with δ (certified lower bound). */
  readonly independent: number;
  /**
   * Bound on the probability that the generic rank exceeds `independent` (a
   * nonzero (r+1)-minor of gradients of degree ≤ max(1, k − 1) vanishing at the
   * random point: (r+1)·max(1, k−1)/p), for the reduction mod p.
   */
  readonly independentFailureProbability: number;
  /** An exact Q-basis of the laws found, degree by degree. */
  readonly laws: readonly Polynomial<Rational>[];
  readonly reason: string;
}

/** Binomial coefficient C(n, k) as a number (saturating at Infinity). */
function binomial(n: number, k: number): number {
  let c = 1;
  for (let i = 1; i <= k; i++) c = (c * (n - k + i)) / i;
  return Math.round(c);
}

/** All exponent vectors of total degree k in n variables. */
function monomials(n: number, k: number): number[][] {
  const out: number[][] = [];
  const e = new Array<number>(n).fill(0);
  const rec = (i: number, left: number): void => {
    if (i === n - 1) {
      e[i] = left;
      out.push([...e]);
      return;
    }
    for (let a = left; a >= 0; a--) {
      e[i] = a;
      rec(i + 1, left - a);
    }
  };
  if (n > 0) rec(0, k);
  return out;
}

export function polynomialLaws(arch: Architecture, options: PolynomialLawsOptions): PolynomialLaws {
  const maxUnknowns = options.maxUnknowns ?? 1500;
  const V = productGradientFields(QQ, arch);
  const net = symbolicNetwork(QQ, arch);
  const ring = net.ring;
  const D = ring.variables.length;
  const Fp = primeField(options.prime);
  const rng = new Rng(options.seed);
  const point = Array.from({ length: D }, () => rational(rng.int(-1000, 1000)));
  const gradientAt = (h: Polynomial<Rational>): Rational[] => Array.from({ length: D }, (_, i) => polyEvaluate(polyPartial(h, i), point));
  const jacobian: Rational[][] = symbolicDeltaCoordinates(net).map(gradientAt);
  const laws: Polynomial<Rational>[] = [];
  const byDegree: PolynomialLawsOfDegree[] = [];
  let searchedDegree = 0;
  let reason = `searched every degree up to ${options.maxDegree}`;
  for (let k = 1; k <= options.maxDegree; k++) {
    const unknowns = binomial(D + k - 1, k);
    if (unknowns > maxUnknowns) {
      byDegree.push({ degree: k, unknowns, dimension: null, independent: null });
      reason = `degree ${k} has ${unknowns} unknowns (limit ${maxUnknowns}): searched up to degree ${searchedDegree}`;
      break;
    }
    const basis = monomials(D, k);
    // equations: coefficient of monomial μ in X_g(h), one row per (g, μ)
    const rows = new Map<string, Map<number, Rational>>();
    basis.forEach((e, c) => {
      const m = polyFromTerms(ring, [[e, QQ.one]]);
      V.forEach((X, g) => {
        for (const [key, coefficient] of derivativeAlong(X, m).terms) {
          const id = `${g}|${key}`;
          let row = rows.get(id);
          if (!row) rows.set(id, (row = new Map()));
          row.set(c, QQ.add(row.get(c) ?? QQ.zero, coefficient));
        }
      });
    });
    const dense = (F: typeof QQ | typeof Fp, lift: (x: Rational) => unknown) =>
      [...rows.values()].map((row) => {
        const r = new Array(unknowns).fill(F.zero);
        for (const [c, x] of row) r[c] = lift(x);
        return r;
      });
    const kernelModP = unknowns - (rows.size === 0 ? 0 : rank(Fp, dense(Fp, (x) => Fp.fromRational(x)) as number[][], unknowns));
    const kernel = kernelModP === 0 ? [] : nullspace(QQ, dense(QQ, (x) => x) as Rational[][], unknowns);
    for (const v of kernel) {
      const h = polyFromTerms(ring, basis.map((e, c) => [e, v[c]] as const));
      laws.push(h);
      jacobian.push(gradientAt(h));
    }
    const independent = jacobian.length === 0 ? 0 : rankModP(jacobian, options.prime).rank;
    byDegree.push({ degree: k, unknowns, dimension: kernel.length, independent });
    searchedDegree = k;
  }
  const independent = jacobian.length === 0 ? 0 : rankModP(jacobian, options.prime).rank;
  const independentFailureProbability = Math.min(1, ((independent + 1) * Math.max(1, searchedDegree - 1)) / options.prime);
  return { byDegree, searchedDegree, independent, independentFailureProbability, laws, reason };
}
