/**
 * Dimension of the Zariski closure of the image of a polynomial map
 * F: Q^n → Q^m, i.e. the generic rank of its Jacobian — optionally of F
 * restricted to a variety V = cl φ(Q^k) given by a parametrization
 * φ: Q^k → Q^n (`options.source`, one polynomial per variable of F). Then
 * cl F(V) = cl (F∘φ)(Q^k) (V is irreducible), so the dimension is the generic
 * rank of J_F(φ(t))·J_φ(t) (chain rule; F∘φ is never expanded), and
 * `source` reports dim V = generic rank of J_φ. Evidence:
 *  - exact lower bound: rank of the Jacobian mod p at a uniformly random
 *    F_p point, for each prime (certified: ≤ generic rank over Q); primes
 *    dividing a denominator of a coefficient are skipped;
 *  - Monte-Carlo upper bound: the same rank, wrong only if every trial hit a
 *    root of a maximal minor — probability ≤ Π D/p_i with D = s·e, s the
 *    size of a maximal minor (min(m, n), or min(m, k) when restricted) and
 *    e = deg F·deg φ − 1 the degree of its entries (Schwartz–Zippel),
 *    assuming no p is one of the finitely many primes where the generic rank
 *    drops;
 *  - float estimate: SVD of the Jacobian at a random real point (computed
 *    exactly at a dyadic rational point, then rounded once per entry), with
 *    all singular values and the gap ratio; a well-separated float rank that
 *    contradicts the exact one is reported as status 'disagree'.
 *
 * @example
 * ```ts
 * import { parsePolynomialMap, polynomialImageDimension } from 'deeplin';
 * const { polynomials } = parsePolynomialMap(['a', 'b'], 'a^2, a*b, b^2');  // the Veronese surface
 * const r = polynomialImageDimension(polynomials, { seed: 1 });
 * [r.dimension, r.lowerBound, r.upperBound, r.floatRank, r.status]; // [2,2,2,2,"ok"]
 * // restricted to the twisted cubic (t, t^2, t^3) in the (a, b, c)-space:
 * const F = parsePolynomialMap(['a', 'b', 'c'], 'a*c - b^2, a + c').polynomials;
 * const phi = parsePolynomialMap(['t'], 't, t^2, t^3').polynomials;
 * const s = polynomialImageDimension(F, { seed: 1, source: phi });
 * [s.dimension, s.sourceDimension]; // [1,1]
 * ```
 */
import type { Field } from '../algebra/field';
import { DEFAULT_PRIMES, isPrime, MAX_PRIME, primeField } from '../algebra/primeField';
import { polyEvaluate, polyMapCoefficients, polyPartial, polyTotalDegree, type Polynomial } from '../algebra/polynomial';
import { polynomialRing, sameRing } from '../algebra/polynomialRing';
import { rank } from '../algebra/rank';
import { rational, type Rational } from '../algebra/rational';
import { QQ } from '../algebra/rationalField';
import { ArgumentError } from '../errors';
import { equilibrate } from '../numeric/equilibrate';
import { floatRank, type FloatRankResult } from '../numeric/floatRank';
import { Rng, streamSeed } from '../random';

export interface PolynomialImageDimension {
  /** The value deeplin stands behind: the exact lower bound, equal to the upper bound with probability ≥ 1 − failureProbability. */
  readonly dimension: number;
  readonly lowerBound: number;
  readonly upperBound: number;
  readonly failureProbability: number;
  readonly ranks: readonly { readonly prime: number; readonly rank: number }[];
  readonly floatRank: number | null;
  readonly singularValues: readonly number[];
  readonly gapRatio: number | null;
  /**
   * The float cross-check: 'ok' (same rank), 'no-gap' (no clear gap: ambiguous),
   * 'unreliable' (the exact rank needs singular values below double precision even
   * after row and column scaling, or an entry overflows; `floatNote` says why),
   * 'disagree' (a well-separated float rank above the exact one: a contradiction).
   */
  readonly status: 'ok' | 'no-gap' | 'unreliable' | 'disagree';
  /** Why the float cross-check is unreliable (only with status 'unreliable'). */
  readonly floatNote?: string;
  readonly seed: number;
  readonly method: string;
  /** With `options.source`: dim V, V = cl φ(Q^k) the source variety (= `source.dimension`). */
  readonly sourceDimension?: number;
  /** With `options.source`: the evidence for dim V (the image dimension of φ itself). */
  readonly source?: PolynomialImageDimension;
}

export interface PolynomialImageDimensionOptions {
  readonly seed?: number;
  /** Primes for the exact ranks (default: the first two of DEFAULT_PRIMES dividing no denominator). */
  readonly primes?: readonly number[];
  /** A parametrization φ of the source variety: one polynomial per variable of the map, all in one ring (the parameters). */
  readonly source?: readonly Polynomial<Rational>[];
}

const FN = 'polynomialImageDimension';

export function polynomialImageDimension(map: readonly Polynomial<Rational>[], options: PolynomialImageDimensionOptions = {}): PolynomialImageDimension {
  if (!Array.isArray(map) || map.length === 0) throw new ArgumentError(FN, 'map', map, 'at least one polynomial');
  const ring = map[0].ring;
  const n = ring.variables.length;
  if (n === 0) throw new ArgumentError(FN, 'variables', [], 'at least one variable');
  const seed = options.seed ?? 1;
  const source = options.source;
  if (source !== undefined) {
    if (!Array.isArray(source) || source.length !== n) {
      throw new ArgumentError(FN, 'source.length', Array.isArray(source) ? source.length : source, `${n} polynomials (one per variable ${ring.variables.join(', ')})`);
    }
    if (source[0].ring.variables.length === 0) throw new ArgumentError(FN, 'source parameters', [], 'at least one parameter');
    source.forEach((q, i) => {
      if (!sameRing(q.ring, source[0].ring)) throw new ArgumentError(FN, `source[${i}].ring`, q.ring.variables, `the ring of source[0] (${source[0].ring.variables.join(', ')})`);
    });
  }
  map.forEach((f, i) => {
    if (!sameRing(f.ring, ring)) throw new ArgumentError(FN, `map[${i}].ring`, f.ring.variables, `the ring of map[0] (${ring.variables.join(', ')})`);
  });
  const all = source === undefined ? map : [...map, ...source];
  const primes = options.primes ?? DEFAULT_PRIMES.filter((p) => !dividesADenominator(p, all)).slice(0, 2);
  primes.forEach((p, i) => {
    if (!Number.isInteger(p) || p < 2 || p > MAX_PRIME || !isPrime(p)) throw new ArgumentError(FN, `primes[${i}]`, p, `a prime in [2, ${MAX_PRIME}]`);
    if (dividesADenominator(p, all)) throw new ArgumentError(FN, `primes[${i}]`, p, 'a prime dividing no denominator of a coefficient');
  });
  if (primes.length === 0) throw new ArgumentError(FN, 'primes', primes, 'at least one prime');

  const rng = new Rng(seed);
  const jf = jacobian(map);
  const jphi = source === undefined ? undefined : jacobian(source);
  const params = source === undefined ? ring.variables : source[0].ring.variables;
  const k = params.length;
  const degF = Math.max(...map.map((f) => polyTotalDegree(f)), 0);
  const degPhi = source === undefined ? 1 : Math.max(...source.map((f) => polyTotalDegree(f)), 0);
  const entryDegree = Math.max(degF * degPhi - 1, 0);
  const D = Math.min(map.length, k) * entryDegree;

  // the Jacobian of F (∘ φ) at a point t of the parameter space, over any field
  const evaluate = <T>(F: Field<T>, convert: (c: Rational) => T, t: readonly T[]): T[][] => {
    const at = (polys: readonly Polynomial<Rational>[][], variables: readonly string[], point: readonly T[]): T[][] => {
      const target = polynomialRing(F, variables);
      return polys.map((row) => row.map((q) => polyEvaluate(polyMapCoefficients(q, target, convert), point)));
    };
    if (source === undefined || jphi === undefined) return at(jf, ring.variables, t);
    const sourceRing = polynomialRing(F, params);
    const x = source.map((q) => polyEvaluate(polyMapCoefficients(q, sourceRing, convert), t));
    return multiply(F, at(jf, ring.variables, x), at(jphi, params, t));
  };

  const ranks = primes.map((p) => {
    const F = primeField(p);
    const t = params.map(() => rng.int(0, p - 1));
    return { prime: p, rank: rank(F, evaluate(F, (c) => F.fromRational(c), t), k) };
  });
  const r = Math.max(...ranks.map((x) => x.rank));
  const failureProbability = D === 0 ? 0 : ranks.reduce((prob, x) => prob * Math.min(1, D / x.prime), 1);
  // the float SVD sees the EXACT Jacobian at a random real point (normal samples rounded to 24-bit dyadic
  // rationals), rounded once per entry: an entry that vanishes identically (e.g. F vanishing on V) is exactly 0,
  // never rounding noise that a relative rank threshold could mistake for a nonzero singular value
  const realPoint = params.map(() => rational(BigInt(Math.round(rng.normal() * 2 ** 24)), 2n ** 24n));
  // rows and columns scaled by powers of two first (rank-preserving): units are not rank loss
  const fr = floatRank(equilibrate(evaluate(QQ, (c) => c, realPoint).map((row) => row.map(toFloat))));
  const floatValue = fr.status === 'not-finite' ? null : fr.rank;
  const { status, floatNote } = floatVerdict(fr, r);
  const jacobianText = source === undefined ? 'the Jacobian' : 'J_F(phi(t)) J_phi(t) (F restricted to V = cl phi(parameter space), chain rule)';
  const result: PolynomialImageDimension = {
    dimension: r,
    lowerBound: r,
    upperBound: r,
    failureProbability,
    ranks,
    floatRank: floatValue,
    singularValues: fr.singularValues,
    gapRatio: fr.status === 'not-finite' ? null : fr.gapRatio,
    status,
    ...(floatNote === undefined ? {} : { floatNote }),
    seed,
    method:
      `generic rank of ${jacobianText}: exact rank mod p at uniformly random points (primes ${primes.join(', ')}; a certified lower bound); ` +
      `upper bound Monte-Carlo (Schwartz-Zippel, minor degree <= ${D}); float SVD at a random real point as a cross-check`,
  };
  if (source === undefined) return result;
  const sourceEvidence = polynomialImageDimension(source, { seed: streamSeed(seed, 'source-dimension'), primes });
  return { ...result, sourceDimension: sourceEvidence.dimension, source: sourceEvidence };
}

/**
 * The float rank can only fall short of the exact rank r (a certified lower bound at a
 * random point) by missing singular values below double precision: that is 'unreliable',
 * never a contradiction. A well-separated float rank above r is one ('disagree').
 */
function floatVerdict(fr: FloatRankResult, r: number): { status: PolynomialImageDimension['status']; floatNote?: string } {
  if (fr.status === 'not-finite') return { status: 'unreliable', floatNote: 'an entry of the Jacobian overflows double precision' };
  if (fr.status === 'no-gap') return { status: 'no-gap' };
  if (fr.rank === r) return { status: 'ok' };
  if (fr.rank > r) return { status: 'disagree' };
  const sigma = fr.singularValues;
  const ratio = sigma.length >= r && sigma[0] > 0 ? sigma[r - 1] / sigma[0] : 0;
  return {
    status: 'unreliable',
    floatNote: `the exact rank ${r} needs sigma_${r}/sigma_1 = ${ratio.toExponential(1)}, below double precision (threshold ${(fr.threshold / sigma[0]).toExponential(1)}) even after row and column scaling`,
  };
}

function jacobian(polys: readonly Polynomial<Rational>[]): Polynomial<Rational>[][] {
  return polys.map((f) => f.ring.variables.map((_, j) => polyPartial(f, j)));
}

function multiply<T>(F: Field<T>, A: readonly (readonly T[])[], B: readonly (readonly T[])[]): T[][] {
  const cols = B.length === 0 ? 0 : B[0].length;
  return A.map((row) => {
    const out = new Array<T>(cols).fill(F.zero);
    row.forEach((a, j) => {
      if (F.isZero(a)) return;
      const bj = B[j];
      for (let c = 0; c < cols; c++) out[c] = F.add(out[c], F.mul(a, bj[c]));
    });
    return out;
  });
}

function dividesADenominator(p: number, polys: readonly Polynomial<Rational>[]): boolean {
  const P = BigInt(p);
  return polys.some((f) => [...f.terms.values()].some((c) => c.den % P === 0n));
}

/** The nearest-ish double to a rational (relative error a few ulps), without overflow for huge numerators and denominators. */
function toFloat(c: Rational): number {
  const bits = (x: bigint): number => (x < 0n ? -x : x).toString(2).length;
  const sn = Math.max(bits(c.num) - 64, 0);
  const sd = Math.max(bits(c.den) - 64, 0);
  return (Number(c.num >> BigInt(sn)) / Number(c.den >> BigInt(sd))) * 2 ** (sn - sd);
}
