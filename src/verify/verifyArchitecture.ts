/**
 * Settles the main conjecture for one architecture on the data-independent
 * part of A_H, with evidence a referee can re-check.
 *
 * - G = dim cl δ(R^params): exact lower bound (rank mod p) and the
 *   determinantal upper bound ({@link genericDimension}).
 * - Every component of A_H^indep ({@link hessianComponents}) is evaluated at
 *   independent random F_p points for each prime in `primes`: r = max rank of
 *   dδ∘T. r is a certified LOWER bound for dim cl δ(component). It is also an
 *   UPPER bound unless every trial hit a root of the relevant minor
 *   (Schwartz–Zippel): the point's entries are polynomials of degree ≤ d_max
 *   in uniformly random gauges, the matrix entries of degree ≤ 2·d_max, a
 *   minor of size ≤ s = min(rows, cols) of degree ≤ D = 2·s·d_max, so each
 *   trial fails with probability ≤ D/p — assuming p is not one of the finitely
 *   many primes where the generic rank drops mod p (several primes guard this).
 * - Verdict `fails` when a component's certified lower bound reaches G's
 *   exact upper bound (a witness is produced and self-checked); `holds` when
 *   every component's upper bound is below G's certified lower bound (the
 *   failure probability is the union bound over components); otherwise
 *   `undetermined`.
 *
 * @example
 * ```ts
 * import { uniformArchitecture, verifyArchitecture } from 'deeplin';
 * const r = verifyArchitecture(uniformArchitecture(4, 2), { seed: 1, coverage: 'data-independent' });
 * [r.verdict, r.genericDimension.value, r.restrictedDimension.upperBound]; // ["holds",9,5]
 * ```
 */
import { DEFAULT_PRIMES } from '../algebra/primeField';
import { rational } from '../algebra/rational';
import { QQ } from '../algebra/rationalField';
import { type Architecture, deltaCodomainDimension, gaugeDimension } from '../model/architecture';
import { Rng } from '../random';
import { witnessFromSampler, genericData } from '../witness/witnessFromSampler';
import { checkWitness } from '../witness/checkWitness';
import { WITNESS_KIND } from '../witness/witnessFormat';
import { matMul, matTranspose, type Matrix } from '../algebra/matrix';
import { ratToString, type Rational } from '../algebra/rational';
import { ArgumentError } from '../errors';
import { cycleStringsToString, type CycleStringDecomposition } from '../quiver/cycleString';
import type { CyclePoint } from '../quiver/cyclePoint';
import { dataDependentOrbits, restrictedRankWithData } from './dataDependentComponents';
import type { RelationCertificate } from './relationCertificate';
import { relationUpperBound } from './upperBoundByRelations';
import type { WitnessJson } from '../witness/witnessFormat';
import { componentPoint } from './componentPoint';
import { componentSeed, evaluateComponent, type ComponentEvaluationCore } from './evaluateComponents';
import { genericDimension, type GenericDimension } from './genericDimension';
import { hessianComponents, type HessianComponent } from './hessianComponents';
import { verifyAtScale } from './verifyAtScale';

export interface VerifyOptions {
  readonly seed?: number;
  /** One random point per prime (default: the two largest default primes). */
  readonly primes?: readonly number[];
  /** Stop at the first component that proves failure (default true). */
  readonly stopAtFailure?: boolean;
  readonly onProgress?: (done: number, best: number) => void;
  /**
   * Try to replace each component's Monte-Carlo upper bound by an exact one:
   * a linear relation on δ's image proved by explicit cofactors
   * ({@link relationUpperBound}); proves dim cl δ(component) ≤ G − 1.
   */
  readonly certify?: boolean;
  /**
   * 'full' (default): also the data-dependent part of A_H — string orbits of
   * the cyclic quiver for a seeded generic C = X Yᵀ, evaluated on the orbits of
   * the stabiliser H of C. Falls back to 'data-independent' (and says so) when
   * that enumeration exceeds its size guard.
   */
  readonly coverage?: 'full' | 'data-independent';
  /** Data for the data-dependent part (X of full row rank, X Yᵀ of full rank); default seeded random. */
  readonly data?: { readonly X: Matrix<Rational>; readonly Y: Matrix<Rational> };
}

/** One evaluated component (see {@link evaluateComponent}), with exact upper-bound certificates when `certify` found them. */
export interface ComponentEvaluation extends ComponentEvaluationCore {
  /** Present when `certify` proved dim cl δ(component) ≤ G − 1 exactly. */
  readonly certificates?: readonly RelationCertificate[];
}

export interface VerifyResult {
  readonly verdict: 'holds' | 'fails' | 'undetermined';
  readonly coverage: 'full' | 'data-independent';
  /** Why the coverage is only data-independent, when it is. */
  readonly coverageNote: string;
  readonly widths: readonly number[];
  readonly seed: number;
  readonly genericDimension: GenericDimension;
  readonly restrictedDimension: { readonly lowerBound: number; readonly upperBound: number; readonly failureProbability: number; readonly method: string };
  readonly hessianVarietyEmpty: boolean;
  /** Components (orbit closures) of A_H^indep evaluated. */
  readonly orbitCount: number;
  /** Components whose upper bound is exact (a proved relation); the rest are Monte-Carlo. */
  readonly exactComponents: number;
  /** Every evaluated component (for reports and certificate bundles). */
  readonly components: readonly ComponentEvaluation[];
  /** The components achieving the maximal restricted dimension. */
  readonly maximal: readonly ComponentEvaluation[];
  readonly witness: WitnessJson | null;
  readonly explanation: string;
  readonly seconds: number;
}

export function verifyArchitecture(arch: Architecture, options: VerifyOptions = {}): VerifyResult {
  const setup = verifySetup(arch, options);
  const atScale = verifyAtScale(arch, options, setup);
  if (atScale) return atScale;
  function* evaluations(): Generator<EvaluatedComponent> {
    let index = 0;
    for (const component of hessianComponents(arch)) {
      yield { index, component, evaluation: evaluateComponent(arch, component, index, setup.seed, setup.primes, setup.degree, setup.G.upperBound) };
      index++;
    }
  }
  return finishVerify(arch, options, setup, evaluations());
}

/** A component of A_H^indep with its index in enumeration order and its evaluation. */
export interface EvaluatedComponent {
  readonly index: number;
  readonly component: HessianComponent;
  readonly evaluation: ComponentEvaluationCore;
}

/** What every evaluation of one verify run shares. */
export interface VerifySetup {
  readonly t0: number;
  readonly seed: number;
  readonly primes: readonly number[];
  readonly G: GenericDimension;
  /** Schwartz–Zippel degree bound of the minors of dδ∘T. */
  readonly degree: number;
}

/**
 * The generic dimension and the shared parameters of a verify run.
 *
 * @example
 * ```ts
 * import { uniformArchitecture, verifySetup } from 'deeplin';
 * const s = verifySetup(uniformArchitecture(4, 2), { seed: 1 });
 * [s.G.value, s.primes.length]; // [9, 2]
 * ```
 */
export function verifySetup(arch: Architecture, options: VerifyOptions): VerifySetup {
  const t0 = Date.now();
  const seed = options.seed ?? 1;
  const primes = options.primes ?? DEFAULT_PRIMES.slice(0, 2);
  const G = genericDimension(arch, seed);
  const dMax = Math.max(...arch.widths);
  const size = Math.min(deltaCodomainDimension(arch), gaugeDimension(arch));
  return { t0, seed, primes, G, degree: 2 * size * dMax };
}

/**
 * Consumes evaluated components in index order (stopping at the first that
 * proves failure unless `stopAtFailure` is false), then the data-dependent
 * part, and states the verdict. {@link verifyArchitecture} feeds it lazily,
 * {@link verifyArchitectureInParallel} from worker results.
 *
 * @example
 * ```ts
 * import { finishVerify, uniformArchitecture, verifySetup } from 'deeplin';
 * const arch = uniformArchitecture(3, 1);
 * finishVerify(arch, { coverage: 'data-independent' }, verifySetup(arch, {}), []).verdict; // "holds"
 * ```
 */
export function finishVerify(arch: Architecture, options: VerifyOptions, setup: VerifySetup, evaluated: Iterable<EvaluatedComponent>): VerifyResult {
  const { t0, seed, primes, G, degree } = setup;
  let best: ComponentEvaluation[] = [];
  let count = 0;
  let totalFailure = 0;
  let exactComponents = 0;
  const components: ComponentEvaluation[] = [];
  let witness: WitnessJson | null = null;
  for (const { index, component, evaluation } of evaluated) {
    let ev: ComponentEvaluation = evaluation;
    if (options.certify && ev.lowerBound < G.lowerBound) {
      const proof = certifyComponent(arch, component, seed + count);
      if (proof) {
        ev = { ...ev, certificates: proof };
        exactComponents++;
      }
    }
    count++;
    components.push(ev);
    if (!ev.certificates) totalFailure += ev.failureProbability;
    if (best.length === 0 || ev.lowerBound > best[0].lowerBound) best = [ev];
    else if (ev.lowerBound === best[0].lowerBound) best.push(ev);
    options.onProgress?.(count, best[0].lowerBound);
    if (G.exact && ev.lowerBound === G.upperBound && witness === null) {
      // the first failing component gives the witness (later ones only with stopAtFailure = false)
      const rng = new Rng(componentSeed(seed, index, 1));
      witness =
        witnessFromSampler(
          arch,
          (bound) => componentPoint(QQ, arch, component.blocks, () => rational(rng.int(-bound, bound))),
          component.pattern,
          G.value,
          rng,
          { seed, component: component.label, searchPrimes: primes, componentsEvaluated: count },
          G.method,
        ) ?? null;
      if (options.stopAtFailure !== false) break;
    }
  }
  const rng = new Rng(componentSeed(seed, 0, 2)); // the data-dependent part's own stream
  let coverage: VerifyResult['coverage'] = 'data-independent';
  let coverageNote = options.coverage === 'data-independent' ? 'data-dependent part not requested' : '';
  let dataDependentCount = 0;
  if (options.coverage !== 'data-independent' && !(witness && options.stopAtFailure !== false)) {
    const { X, Y } = options.data ?? genericData(arch, rng);
    const C = matMul(QQ, X, matTranspose(Y));
    try {
      const dd = dataDependentOrbits(arch, C, { maximal: true });
      coverage = 'full';
      coverageNote = `data-dependent part: ${dd.orbits.length} string orbits of the cyclic quiver (${dd.maximal.length} maximal) for ${options.data ? 'the given data' : 'seeded generic data'}, C = X Y^T, evaluated on orbits of the stabiliser H of C`;
      for (const orbit of dd.maximal) {
        const ev = evaluateDataDependent(arch, orbit, C, primes, rng, degree, G.upperBound);
        count++;
        dataDependentCount++;
        components.push(ev.evaluation);
        totalFailure += ev.evaluation.failureProbability;
        if (best.length === 0 || ev.evaluation.lowerBound > best[0].lowerBound) best = [ev.evaluation];
        else if (ev.evaluation.lowerBound === best[0].lowerBound) best.push(ev.evaluation);
        options.onProgress?.(count, best[0].lowerBound);
        if (G.exact && ev.evaluation.lowerBound === G.upperBound && witness === null) {
          witness = stabilizerWitness(arch, ev.at, G, seed, ev.evaluation.label);
          if (witness && options.stopAtFailure !== false) break;
        }
      }
    } catch (e) {
      if (!(e instanceof ArgumentError)) throw e;
      coverageNote = `data-dependent part NOT covered: ${e.message}`;
    }
  }
  const lower = best.length ? best[0].lowerBound : 0;
  const upper = lower;
  let verdict: VerifyResult['verdict'];
  let explanation: string;
  if (count === 0) {
    verdict = 'holds';
    explanation = `A_H (${coverage === 'full' ? 'including its data-dependent part' : 'data-independent part'}) is empty for widths (${arch.widths.join(',')})`;
  } else if (G.exact && lower === G.upperBound && witness) {
    verdict = 'fails';
    explanation = `a component of A_H (${witness.group === 'stabilizer' ? 'data-dependent: an orbit of the stabiliser of C' : 'data-independent'}) has certified restricted dimension ${lower} = generic dimension ${G.value} (exact): the conjecture fails; witness included`;
  } else if (upper < G.lowerBound && exactComponents === count) {
    verdict = 'holds';
    explanation = `EXACT: every one of the ${count} components of A_H carries a proved linear relation on delta's image, so each has restricted dimension <= G - 1 = ${G.lowerBound - 1} < G`;
  } else if (upper < G.lowerBound && exactComponents === count - dataDependentCount && dataDependentCount > 0) {
    verdict = 'holds';
    explanation =
      `the ${count - dataDependentCount} data-independent components carry proved linear relations (exact); the ${dataDependentCount} data-dependent ` +
      `orbits have restricted dimension <= ${upper} < ${G.lowerBound} by random evaluation (heuristic bound, see failure probability)`;
  } else if (upper < G.lowerBound) {
    verdict = 'holds';
    explanation =
      `every one of the ${count} components of A_H has restricted dimension <= ${upper} < ${G.lowerBound} <= generic dimension ` +
      `(${exactComponents} exact by proved linear relations, ${count - exactComponents} Monte-Carlo; total failure probability <= ${totalFailure.toExponential(2)})`;
  } else {
    verdict = 'undetermined';
    explanation = `restricted dimension ${lower} reaches the certified generic lower bound ${G.lowerBound} but the generic dimension is not pinned down (upper bound ${G.upperBound})`;
  }
  return {
    verdict,
    coverage,
    coverageNote,
    widths: [...arch.widths],
    seed,
    genericDimension: G,
    restrictedDimension: {
      lowerBound: lower,
      upperBound: upper,
      failureProbability: totalFailure,
      method:
        `max over components of rank(d delta o T) mod p at independent uniformly random points, primes ${primes.join(', ')}; lower bound certified, upper bound Monte-Carlo (Schwartz-Zippel, minor degree <= ${degree}, union bound over ${count} components)` +
        (dataDependentCount > 0 ? `; the ${dataDependentCount} data-dependent orbits use random rational points with entries up to 10^6 (their share of the failure probability is heuristic)` : ''),
    },
    hessianVarietyEmpty: count === 0,
    orbitCount: count,
    exactComponents,
    components,
    maximal: best,
    witness,
    explanation,
    seconds: (Date.now() - t0) / 1000,
  };
}

/** One maximal data-dependent orbit: ranks of dδ∘T_H at random rational points (entries up to 10^6). */
function evaluateDataDependent(
  arch: Architecture,
  orbit: CycleStringDecomposition,
  C: Matrix<Rational>,
  primes: readonly number[],
  rng: Rng,
  degree: number,
  stopAt: number,
): { evaluation: ComponentEvaluation; at: CyclePoint } {
  const ranks: { prime: number; rank: number }[] = [];
  let at: CyclePoint | undefined;
  let bestRank = -1;
  let dimension = -1;
  for (const p of primes) {
    const r = restrictedRankWithData(arch, orbit, C, rng, p, 1_000_000);
    ranks.push({ prime: p, rank: r.rank });
    dimension = Math.max(dimension, r.orbitDimension);
    if (r.rank > bestRank) {
      bestRank = r.rank;
      at = r.at;
    }
    if (r.rank >= stopAt) break;
  }
  // heuristic: random integers of size 10^6 in a rational parametrisation (not a polynomial-degree bound)
  const failureProbability = ranks.reduce((prob) => prob * Math.min(1, degree / 2_000_001), 1);
  const label = `data-dependent | ${cycleStringsToString(orbit)}`;
  return {
    evaluation: { label, dimension, conditions: [], lowerBound: bestRank, upperBound: bestRank, failureProbability, ranks },
    at: at as CyclePoint,
  };
}

/** An exact witness from a data-dependent point (group: stabiliser of C); undefined unless it checks. */
function stabilizerWitness(arch: Architecture, at: CyclePoint, G: GenericDimension, seed: number, label: string): WitnessJson | null {
  const str = (m: Matrix<Rational>): string[][] => m.map((row) => row.map(ratToString));
  const witness: WitnessJson = {
    kind: WITNESS_KIND,
    version: 1,
    group: 'stabilizer',
    statement:
      `Counterexample to the main conjecture for widths (${arch.widths.join(', ')}), depth ${arch.depth}, from the data-dependent part of A_H: ` +
      `the point lies in A_H for the data X, Y (gradient and full Hessian of L vanish exactly); A_H is invariant under the stabiliser H of ` +
      `C = X Y^T, so the whole H-orbit lies in A_H; rank(d delta o T_H) at the point equals the generic dimension ${G.value} (${G.method}).`,
    widths: [...arch.widths],
    data: { X: str(at.X), Y: str(at.Y) },
    point: at.point.map(str),
    conditions: [],
    claims: { genericDimension: G.value, restrictedDimension: G.value, codomainDimension: deltaCodomainDimension(arch) },
    evidence: { coverage: 'data-dependent part of A_H (an orbit of the stabiliser of C)', orbit: label, seed },
    recheck: 'npx deeplin check FILE',
  };
  return checkWitness(witness).ok ? witness : null;
}

/** Exact upper bound for one component from linear relations (null when none is provable). */
function certifyComponent(arch: Architecture, component: HessianComponent, seed: number): RelationCertificate[] | null {
  // only products of length <= 2 can enter a degree-2 identity
  const windows = [...component.ranks].filter(([key, r]) => r === 0 && windowLength(key) <= 2).map(([key]) => key.split(',').map(Number) as [number, number]);
  if (windows.length === 0) return null;
  const result = relationUpperBound(arch, windows, (rng) => componentPoint(QQ, arch, component.blocks, () => rational(rng.int(-1000, 1000))), { seed });
  return result.status === 'proved' ? result.certificates : null;
}

function windowLength(key: string): number {
  const [a, b] = key.split(',').map(Number);
  return b - a + 1;
}
