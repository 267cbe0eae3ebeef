/**
 * An exact dimension for the image of a polynomial map from proved relations
 * (issue #11, item 4: `deeplin image-dim --certify`).
 *
 * Let V = cl φ(Q^n) (or cl φ(ψ(Q^k)) with a source parametrisation ψ): V is
 * irreducible, as the closure of the image of an affine space. Relations F on
 * V are found mod p by interpolation ({@link imageRelations}), degree 1, 2, …
 * up to `degree`, and each is PROVED by exact expansion of F∘φ (F∘(φ∘ψ)) over
 * Q ({@link relationHolds}). If k proved relations have exact gradients of
 * rank k at one exact point y = φ(t₀) of V, then near y, V lies in
 * Z(F_1, …, F_k), whose tangent space at y has dimension m − k, so
 * dim V = dim_y V ≤ m − k (m = number of components of φ). The lower bound is
 * the exact rank of the Jacobian mod p ({@link polynomialImageDimension}); the
 * two equal make the dimension exact. The affine Hilbert function h(0..D) of
 * the image is read off the interpolation kernel mod p (Monte-Carlo: the
 * relations are proved, the count of independent ones is not).
 *
 * Not exact when the needed relations have degree > `degree`, when the
 * monomial count exceeds `maxMonomials`, when a proof would exceed the work
 * budget `maxTermProducts` (deterministic), or at the optional time limit —
 * `reason` says which.
 */
import { type Polynomial, polyEvaluate, polyMapCoefficients, polyPartial, polySubstitute, polyTerms } from '../algebra/polynomial';
import { polyToString } from '../algebra/polynomialFormat';
import { polynomialRing } from '../algebra/polynomialRing';
import { primeField } from '../algebra/primeField';
import { rankOverQ } from '../algebra/rankOverQ';
import { rational, ratToString, type Rational } from '../algebra/rational';
import { polynomialImageDimension } from '../dimension/polynomialImageDimension';
import { type Rng, streamRng } from '../random';
import { type ImageMap, imageRelations, monomialCount, relationHolds } from './imageRelations';
import { budgetExceeded, budgetReason, workBudget } from './workBudget';

export interface CertifyImageDimensionOptions {
  readonly seed?: number;
  /** The parametrisation ψ of the source variety (one polynomial per variable of the map, all in the parameters). */
  readonly source?: readonly Polynomial<Rational>[];
  /** Largest relation degree tried (default 3). */
  readonly degree?: number;
  /** Largest interpolation matrix (columns = monomials of degree ≤ D in the m image coordinates; default 2000). */
  readonly maxMonomials?: number;
  /** Work budget of the exact relation proofs, in term products (default {@link IMAGE_DIMENSION_TERM_PRODUCTS}): deterministic, the same outcome on every machine. */
  readonly maxTermProducts?: number;
  /** Optional wall-clock safety stop in seconds (default: none); reaching it leaves the dimension unproved with the reason "time limit". */
  readonly seconds?: number;
}

/** A proved relation F(y0, …, y_{m−1}) = 0 on the image, y_j = the j-th component of the map. */
export interface ImageRelation {
  readonly polynomial: string;
  /** Exact terms: [exponent vector over y0..y_{m−1}, coefficient "a/b"]. */
  readonly terms: [number[], string][];
}

export interface ImageDimensionCertification {
  /** True iff lowerBound = upperBound: the dimension is then proved. */
  readonly exact: boolean;
  /** The proved dimension (null when not exact). */
  readonly dimension: number | null;
  /** Exact lower bound: rank of the Jacobian mod p at a point. */
  readonly lowerBound: number;
  /** Proved upper bound: m − (number of relations with independent gradients at `point`). */
  readonly upperBound: number;
  /** m: the number of components of the map. */
  readonly coordinates: number;
  readonly relations: ImageRelation[];
  /** The exact parameter point t₀ whose image y = φ(t₀) carries the gradients. */
  readonly point: string[];
  /** Affine Hilbert function h(0..D) of the image (mod p, Monte-Carlo), D the last degree searched. */
  readonly hilbert: number[];
  /** The largest relation degree searched. */
  readonly degreeSearched: number;
  /** Why the bound is not exact ('' when exact). */
  readonly reason: string;
  readonly seed: number;
  readonly method: string;
}

/** The default work budget of {@link certifyImageDimension}'s relation proofs, in term products. */
export const IMAGE_DIMENSION_TERM_PRODUCTS = 1e7;

const METHOD =
  'relations found mod p by interpolation, proved by exact expansion over Q; ' +
  'k relations with gradients of exact rank k at an exact image point prove dim <= m - k; lower bound: exact Jacobian rank mod p';

/**
 * Proves dim cl φ(Q^n) (or dim cl φ(ψ(Q^k)) with `options.source`) exactly
 * when relations of degree ≤ `options.degree` suffice; see the file comment.
 * Unit tests: test/certify/certifyImageDimension.test.ts (twisted cubic,
 * Veronese, a map whose relation has degree above the bound).
 *
 * @example
 * ```ts
 * import { certifyImageDimension, parsePolynomialMap } from 'deeplin';
 * // the twisted cubic t ↦ (t, t², t³): two proved quadrics, dimension 1 exactly
 * const cubic = certifyImageDimension(parsePolynomialMap(['t'], 't, t^2, t^3').polynomials);
 * [cubic.exact, cubic.dimension, cubic.relations.map((r) => r.polynomial)]; // [true,1,["y0^2 - y1","y0*y1 - y2"]]
 * // t ↦ (t², t⁵): its only relation y0⁵ = y1² has degree 5 > 3, so not proved at the default degree
 * const curve = certifyImageDimension(parsePolynomialMap(['t'], 't^2, t^5').polynomials);
 * [curve.exact, curve.lowerBound, curve.upperBound]; // [false,1,2]
 * ```
 */
export function certifyImageDimension(map: readonly Polynomial<Rational>[], options: CertifyImageDimensionOptions = {}): ImageDimensionCertification {
  const t0 = Date.now();
  const seed = options.seed ?? 1;
  const maxDegree = options.degree ?? 3;
  const maxMonomials = options.maxMonomials ?? 2000;
  const seconds = options.seconds ?? Infinity;
  const budget = workBudget(options.maxTermProducts ?? IMAGE_DIMENSION_TERM_PRODUCTS);
  const source = options.source;
  const lowerBound = polynomialImageDimension(map, { seed, source }).lowerBound;
  const m = map.length;
  const coordinates = map.map((_, j) => `y${j}`);
  const paramRing = source ? source[0].ring : map[0].ring;
  let exactImages: Map<string, Polynomial<Rational>> | undefined;
  const exact = (): Map<string, Polynomial<Rational>> =>
    (exactImages ??= new Map(map.map((f, j) => [coordinates[j], source ? polySubstitute(f, source, paramRing) : f])));
  const modP = new Map<number, { map: Polynomial<number>[]; source?: Polynomial<number>[] }>();
  const reduce = (p: number): { map: Polynomial<number>[]; source?: Polynomial<number>[] } => {
    let r = modP.get(p);
    if (!r) {
      const F = primeField(p);
      const down = (f: Polynomial<Rational>): Polynomial<number> => polyMapCoefficients(f, polynomialRing(F, f.ring.variables), (c) => F.fromRational(c));
      r = { map: map.map(down), source: source?.map(down) };
      modP.set(p, r);
    }
    return r;
  };
  const imageMap: ImageMap = {
    coordinates,
    sample: (p: number, rng: Rng) => {
      const r = reduce(p);
      const t = paramRing.variables.map(() => rng.int(0, p - 1));
      const x = r.source ? r.source.map((q) => polyEvaluate(q, t)) : t;
      return new Map(r.map.map((f, j) => [coordinates[j], polyEvaluate(f, x)]));
    },
    exact,
  };
  // the exact point: small random integers (a generic point of V with high probability; gradients are checked exactly)
  const pointRng = streamRng(seed, 'upper-bound-point');
  const t = paramRing.variables.map(() => rational(pointRng.int(-9, 9)));
  const x = source ? source.map((q) => polyEvaluate(q, t)) : t;
  const y = map.map((f) => polyEvaluate(f, x));
  const rng = streamRng(seed, 'upper-bound-relations');
  const gradients: Rational[][] = [];
  const relations: ImageRelation[] = [];
  let hilbert: number[] = [1];
  let degreeSearched = 0;
  let reason = '';
  const done = (): boolean => m - relations.length <= lowerBound;
  const late = (): boolean => (Date.now() - t0) / 1000 > seconds;
  for (let D = 1; D <= maxDegree && !done(); D++) {
    if (late()) {
      reason = `time limit ${seconds} s reached before degree ${D}`;
      break;
    }
    const count = monomialCount(m, D);
    if (count > maxMonomials) {
      reason = `degree ${D} needs ${count} monomials in ${m} coordinates > the cap ${maxMonomials}`;
      break;
    }
    const found = imageRelations(imageMap, D, rng);
    hilbert = found.hilbert;
    degreeSearched = D;
    for (const F of found.candidates) {
      if (done()) break;
      if (late()) {
        reason = `time limit ${seconds} s reached at degree ${D}`;
        break;
      }
      const grad = coordinates.map((_, j) => polyEvaluate(polyPartial(F, j), y));
      if (rankOverQ([...gradients, grad]) <= gradients.length) continue;
      if (!relationHolds(imageMap, F, budget)) {
        if (budgetExceeded(budget)) {
          reason = `${budgetReason(budget)} at degree ${D}`;
          break;
        }
        continue;
      }
      gradients.push(grad);
      relations.push({ polynomial: polyToString(F, 'plain'), terms: polyTerms(F).map(([e, c]) => [e, ratToString(c)]) });
    }
    if (reason) break;
  }
  const upperBound = m - relations.length;
  const isExact = upperBound === lowerBound;
  if (!isExact && !reason) {
    reason = `degree limit ${maxDegree}: ${relations.length} relations with independent gradients proved, ${m - lowerBound} needed (raise --degree)`;
  }
  return {
    exact: isExact,
    dimension: isExact ? lowerBound : null,
    lowerBound,
    upperBound,
    coordinates: m,
    relations,
    point: t.map(ratToString),
    hilbert,
    degreeSearched,
    reason: isExact ? '' : reason,
    seed,
    method: METHOD,
  };
}
