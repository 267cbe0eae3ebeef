/**
 * Dimension of the Zariski closure of the image of a polynomial map
 * F: Q^n → Q^m, i.e. the generic rank of its Jacobian, with evidence:
 *  - exact lower bound: rank of the Jacobian mod p at a uniformly random
 *    F_p point, for each prime (certified: ≤ generic rank over Q);
 *  - Monte-Carlo upper bound: the same rank, wrong only if every trial hit a
 *    root of a maximal minor — probability ≤ Π D/p_i with D = s·(deg F − 1),
 *    s = min(m, n) (Schwartz–Zippel), assuming no p is one of the finitely
 *    many primes where the generic rank drops;
 *  - float estimate: SVD of the Jacobian at a random real point, with all
 *    singular values and the gap ratio; a well-separated float rank that
 *    contradicts the exact one is reported as status 'disagree'.
 *
 * @example
 * ```ts
 * import { parsePolynomialMap, polynomialImageDimension } from 'deeplin';
 * const { polynomials } = parsePolynomialMap(['a', 'b'], 'a^2, a*b, b^2');  // the Veronese surface
 * const r = polynomialImageDimension(polynomials, { seed: 1 });
 * [r.dimension, r.lowerBound, r.upperBound, r.floatRank, r.status]; // [2,2,2,2,"ok"]
 * ```
 */
import { DEFAULT_PRIMES, primeField } from '../algebra/primeField';
import { polyEvaluate, polyMapCoefficients, polyPartial, polyTotalDegree, type Polynomial } from '../algebra/polynomial';
import { polynomialRing } from '../algebra/polynomialRing';
import { rank } from '../algebra/rank';
import type { Rational } from '../algebra/rational';
import { ArgumentError } from '../errors';
import { RR } from '../numeric/floatField';
import { floatRank } from '../numeric/floatRank';
import { Rng } from '../random';

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
  readonly status: 'ok' | 'no-gap' | 'disagree';
  readonly seed: number;
  readonly method: string;
}

export function polynomialImageDimension(
  map: readonly Polynomial<Rational>[],
  options: { seed?: number; primes?: readonly number[] } = {},
): PolynomialImageDimension {
  if (map.length === 0) throw new ArgumentError('polynomialImageDimension', 'map', [], 'at least one polynomial');
  const ring = map[0].ring;
  const n = ring.variables.length;
  if (n === 0) throw new ArgumentError('polynomialImageDimension', 'variables', [], 'at least one variable');
  const seed = options.seed ?? 1;
  const primes = options.primes ?? DEFAULT_PRIMES.slice(0, 2);
  const rng = new Rng(seed);
  const jacobian = map.map((f) => ring.variables.map((_, j) => polyPartial(f, j)));
  const degree = Math.max(...map.map((f) => polyTotalDegree(f)));
  const D = Math.min(map.length, n) * Math.max(degree - 1, 0);
  const ranks = primes.map((p) => {
    const F = primeField(p);
    const target = polynomialRing(F, ring.variables);
    const point = ring.variables.map(() => rng.int(0, p - 1));
    const J = jacobian.map((row) => row.map((q) => polyEvaluate(polyMapCoefficients(q, target, (c) => F.fromRational(c)), point)));
    return { prime: p, rank: rank(F, J) };
  });
  const r = Math.max(...ranks.map((x) => x.rank));
  const failureProbability = D === 0 ? 0 : ranks.reduce((prob, x) => prob * Math.min(1, D / x.prime), 1);
  const realRing = polynomialRing(RR, ring.variables);
  const realPoint = ring.variables.map(() => rng.normal());
  const Jr = jacobian.map((row) => row.map((q) => polyEvaluate(polyMapCoefficients(q, realRing, (c) => Number(c.num) / Number(c.den)), realPoint)));
  const fr = floatRank(Jr);
  const floatValue = fr.status === 'not-finite' ? null : fr.rank;
  const status = fr.status === 'ok' || fr.status === 'zero-matrix' ? (floatValue === r ? 'ok' : 'disagree') : 'no-gap';
  return {
    dimension: r,
    lowerBound: r,
    upperBound: r,
    failureProbability,
    ranks,
    floatRank: floatValue,
    singularValues: fr.singularValues,
    gapRatio: fr.status === 'not-finite' ? null : fr.gapRatio,
    status,
    seed,
    method:
      `generic rank of the Jacobian: exact rank mod p at uniformly random points (primes ${primes.join(', ')}; a certified lower bound); ` +
      `upper bound Monte-Carlo (Schwartz-Zippel, minor degree <= ${D}); float SVD at a random real point as a cross-check`,
  };
}
