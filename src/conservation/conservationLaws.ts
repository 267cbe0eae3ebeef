/**
 * How many independent conservation laws does gradient flow of a deep linear
 * network have for all data, and does δ give them all?
 *
 * For a loss that depends on θ only through φ(θ) = W_N⋯W_1, the number of
 * independent local conservation laws is `laws` = D − dim Lie(V_φ)(θ) at
 * generic θ (Marcotte–Gribonval–Peyré 2023), V_φ spanned by the ∇φ_ab.
 * δ's coordinates are such laws; `deltaLaws` is the generic rank of dδ.
 *
 * Certified bounds, all exact:
 *  - deltaLaws ≥ (rank of dδ mod p at a random point) — genericDimension;
 *  - laws ≥ deltaLaws, and laws ≥ the number of independent polynomial laws
 *    found by exact linear algebra over Q (polynomialLaws);
 *  - laws ≤ D − (rank mod p of a bracket frame at a point) — lieTraceDimension.
 * When the lower and upper bounds on `laws` meet, the count is exact
 * (`lawsStatus: 'exact'`), and `complete` (laws = deltaLaws) is certified true
 * or false. Otherwise, when the frame is closed under brackets with the
 * generators (a justified stop, Monte-Carlo with a stated failure
 * probability), laws = the upper bound with that failure probability
 * (`'monte-carlo'`); else `'undetermined'` with the reason.
 *
 * @example
 * ```ts
 * import { architecture, conservationLaws } from 'deeplin';
 * const r = conservationLaws(architecture([2, 3, 2]));
 * [r.laws, r.deltaLaws, r.complete, r.lawsStatus]; // [6, 6, true, "exact"]
 * ```
 */
import { DEFAULT_PRIMES, primeField } from '../algebra/primeField';
import { type Architecture, parameterCount } from '../model/architecture';
import { genericDimension } from '../verify/genericDimension';
import { lieTraceDimension, type LieTraceDimension } from './lieTraceDimension';
import { polynomialLaws, type PolynomialLaws } from './polynomialLaws';
import { productGradientFields } from './productGradientFields';

export interface ConservationLawsOptions {
  readonly seed?: number;
  readonly prime?: number;
  /** Search polynomial laws up to this degree when the counts differ (default 4; 0: never). */
  readonly maxDegree?: number;
  /** Unknowns allowed per degree of the polynomial search (default 1500). */
  readonly maxUnknowns?: number;
  /** Stored polynomial terms allowed in the bracket frame (default 2e6). */
  readonly maxTerms?: number;
  /** Brackets allowed (default 20 000). */
  readonly maxBrackets?: number;
  readonly onBracket?: (done: number, queued: number, rank: number) => void;
}

export type LawsStatus = 'exact' | 'monte-carlo' | 'undetermined';

export interface ConservationLaws {
  readonly widths: readonly number[];
  /** D, the number of parameters. */
  readonly parameters: number;
  /** The number of generators ∇φ_ab (d_0 · d_N). */
  readonly generators: number;
  /** The number of independent laws deeplin stands behind (see lawsStatus); null when undetermined. */
  readonly laws: number | null;
  readonly lawsLowerBound: number;
  readonly lawsUpperBound: number;
  readonly lawsStatus: LawsStatus;
  /** The generic rank of dδ (exact when deltaLawsExact; else its certified lower bound). */
  readonly deltaLaws: number;
  readonly deltaLawsExact: boolean;
  /** laws = deltaLaws: true / false when decided (certified when lawsStatus is 'exact'), else 'undetermined'. */
  readonly complete: boolean | 'undetermined';
  /** Probability bound for a Monte-Carlo answer (0 when certified). */
  readonly failureProbability: number;
  readonly lie: LieTraceDimension;
  /** The polynomial-law search (run only when the counts differ and maxDegree > 0). */
  readonly polynomialLaws: Omit<PolynomialLaws, 'laws'> | null;
  readonly method: string;
  readonly seed: number;
  readonly prime: number;
}

export function conservationLaws(arch: Architecture, options: ConservationLawsOptions = {}): ConservationLaws {
  const seed = options.seed ?? 1;
  const prime = options.prime ?? DEFAULT_PRIMES[0];
  const maxDegree = options.maxDegree ?? 4;
  const D = parameterCount(arch);
  const G = genericDimension(arch, seed, prime);
  const deltaLower = G.lowerBound;
  const V = productGradientFields(primeField(prime), arch);
  const lie = lieTraceDimension(V, { prime, seed, target: D - deltaLower, maxTerms: options.maxTerms, maxBrackets: options.maxBrackets, onBracket: options.onBracket });
  const upper = D - lie.lowerBound;
  let lower = deltaLower;
  let poly: PolynomialLaws | null = null;
  if (upper > deltaLower && maxDegree > 0) {
    poly = polynomialLaws(arch, { maxDegree, prime, seed, maxUnknowns: options.maxUnknowns });
    lower = Math.max(lower, poly.independent);
  }
  const bounds = `laws >= ${lower} (${poly && poly.independent > deltaLower ? `${poly.independent} independent polynomial laws over Q` : `rank of d delta mod ${prime}`}), laws <= ${upper} (D ${D} - rank ${lie.lowerBound} mod ${prime} of ${lie.frameLengths.length} fields of Lie(V_phi) at a point)`;
  const result = (laws: number | null, lawsStatus: LawsStatus, lawsLowerBound: number, complete: boolean | 'undetermined', failureProbability: number, method: string): ConservationLaws => ({
    widths: [...arch.widths],
    parameters: D,
    generators: arch.widths[0] * arch.widths[arch.depth],
    laws,
    lawsStatus,
    lawsLowerBound,
    lawsUpperBound: upper,
    deltaLaws: G.value,
    deltaLawsExact: G.exact,
    complete,
    failureProbability,
    method,
    polynomialLaws: poly && { byDegree: poly.byDegree, searchedDegree: poly.searchedDegree, independent: poly.independent, independentFailureProbability: poly.independentFailureProbability, reason: poly.reason },
    lie,
    seed,
    prime,
  });
  // completeness of a count n: δ's certified lower bound reaches n, or δ's upper bound stays below n
  const completeFor = (n: number): boolean | 'undetermined' => (n <= deltaLower ? true : G.upperBound < n ? false : 'undetermined');
  if (lower === upper) return result(lower, 'exact', lower, completeFor(lower), 0, `exact: ${bounds}`);
  if (lie.stop === 'closed') {
    const exact = lie.failureProbability === 0;
    return result(upper, exact ? 'exact' : 'monte-carlo', exact ? upper : lower, completeFor(upper), lie.failureProbability, `${exact ? 'exact: ' : ''}${bounds}; dim Lie(V_phi) = ${lie.lowerBound}: ${lie.reason}`);
  }
  return result(null, 'undetermined', lower, 'undetermined', 1, `undetermined: ${bounds}; the frame stopped (${lie.stop}): ${lie.reason}`);
}
