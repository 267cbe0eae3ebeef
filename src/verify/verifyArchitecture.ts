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
import { rational, type Rational } from '../algebra/rational';
import { QQ } from '../algebra/rationalField';
import type { Matrix } from '../algebra/matrix';
import { ArgumentError } from '../errors';
import type { OnProgress } from '../parallel/progress';
import { type Architecture, deltaCodomainDimension, gaugeDimension } from '../model/architecture';
import { componentPoint } from '../quiver/componentPoint';
import { streamRng, streamSeed } from '../random';
import { witnessFromSampler } from '../witness/witnessFromSampler';
import type { WitnessJson } from '../witness/witnessFormat';
import { certifyComponent } from './certifyComponent';
import { chooseVerdict, type VerdictFacts } from './chooseVerdict';
import { dataDependentPart, type DataDependentPart, type DataDependentPartOptions } from './dataDependentPart';
import { evaluateComponent, type ComponentEvaluationCore } from './evaluateComponents';
import { explainVerdict } from './explainVerdict';
import { genericDimension, type GenericDimension } from './genericDimension';
import type { RelationCertificate } from './relationCertificate';
import { hessianComponentCount, hessianComponents, type HessianComponent } from './hessianComponents';
import { stabilizerMinorDegree } from './stabilizerRank';
import { verifyAtScale } from './verifyAtScale';

export interface VerifyOptions {
  readonly seed?: number;
  /** One random point per prime (default: the two largest default primes). */
  readonly primes?: readonly number[];
  /** Stop at the first component that proves failure (default true). */
  readonly stopAtFailure?: boolean;
  /**
   * Progress, phase by phase: the data-independent components (done of the
   * number of components, the best rank so far as `note`), then the
   * data-dependent part's enumeration, maximality tests and evaluations.
   */
  readonly onProgress?: OnProgress;
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
  /**
   * Size guard of the cycle-string enumeration of the data-dependent part
   * (default DEFAULT_CYCLE_ENUMERATION_LIMIT of quiver/enumerateCycleStrings); above it that part is
   * not covered and, with coverage 'full', the verdict is `undetermined`.
   */
  readonly cycleStringLimit?: number;
  /**
   * How the data-dependent orbits are found: 'maximal' (default) generates
   * the maximal ones directly; 'none' is the previous algorithm (every string
   * decomposition, pairwise maximality search), kept for benchmarks.
   */
  readonly cyclePruning?: 'maximal' | 'none';
  /**
   * When the data-dependent orbits are evaluated (cyclePruning 'maximal'):
   * 'streamed' (default) generates and closure-tests them largest orbit
   * first and evaluates each maximal one at once, so a failure stops the
   * generation and the tests there;
   * 'sorted' builds and sorts the whole maximal list first (the previous
   * way, kept for benchmarks). The same orbits in the same order either way.
   */
  readonly dataDependentOrder?: 'streamed' | 'sorted';
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
  /**
   * Why the coverage is only data-independent, when it is: not requested,
   * stopped at a certified failure (enough), or not covered (then the
   * verdict is `undetermined`).
   */
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
  const progress = componentProgress(arch, options.onProgress);
  function* evaluations(): Generator<EvaluatedComponent> {
    let index = 0;
    for (const component of hessianComponents(arch)) {
      const evaluation = evaluateComponent(arch, component, index, setup.seed, setup.primes, setup.degree, setup.G.upperBound);
      progress(evaluation);
      yield { index, component, evaluation };
      index++;
    }
  }
  return finishVerify(arch, options, setup, evaluations());
}

/** The phase name of the data-independent components' progress reports. */
export const COMPONENTS_PHASE = 'data-independent components evaluated';

/**
 * Reports each evaluated data-independent component to `onProgress` (done of
 * the number of components, counted first only when someone listens; the best
 * rank so far as the note).
 */
export function componentProgress(arch: Architecture, onProgress: OnProgress | undefined): (evaluation: ComponentEvaluationCore) => void {
  if (!onProgress) return () => undefined;
  const total = hessianComponentCount(arch);
  let done = 0;
  let best = -1;
  onProgress({ phase: COMPONENTS_PHASE, done, total });
  return (evaluation) => {
    best = Math.max(best, evaluation.lowerBound);
    onProgress({ phase: COMPONENTS_PHASE, done: ++done, total, note: `best restricted rank so far ${best}` });
  };
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
 * {@link verifyArchitectureInParallel} from worker results (and passes the
 * data-dependent part evaluated in the pool as `dataDependent`, when it
 * knows the part will be needed; otherwise it is evaluated here, lazily).
 */
export function finishVerify(
  arch: Architecture,
  options: VerifyOptions,
  setup: VerifySetup,
  evaluated: Iterable<EvaluatedComponent>,
  dataDependent?: DataDependentPart,
): VerifyResult {
  const { t0, seed, primes, G, degree } = setup;
  const stopAtFailure = options.stopAtFailure !== false;
  let best: ComponentEvaluation[] = [];
  let totalFailure = 0;
  let exactComponents = 0;
  const components: ComponentEvaluation[] = [];
  let witness: WitnessJson | null = null;
  const record = (ev: ComponentEvaluation): void => {
    components.push(ev);
    if (!ev.certificates) totalFailure += ev.failureProbability;
    if (best.length === 0 || ev.lowerBound > best[0].lowerBound) best = [ev];
    else if (ev.lowerBound === best[0].lowerBound) best.push(ev);
  };
  const reachesGeneric = (ev: ComponentEvaluation): boolean => G.exact && ev.lowerBound === G.upperBound && witness === null;

  // step 1: the data-independent components, certified where a relation is provable
  for (const { index, component, evaluation } of evaluated) {
    let ev: ComponentEvaluation = evaluation;
    if (options.certify && ev.lowerBound < G.lowerBound) {
      const proof = certifyComponent(arch, component, streamSeed(seed, 'certificate', components.length));
      if (proof) {
        ev = { ...ev, certificates: proof };
        exactComponents++;
      }
    }
    record(ev);
    if (reachesGeneric(ev)) {
      // the first failing component gives the witness (later ones only with stopAtFailure = false)
      witness = componentWitness(arch, component, index, setup, components.length);
      if (stopAtFailure) break;
    }
  }

  // step 2: the data-dependent part (unless not asked for, or a failure already decided the run)
  let coverage: VerifyResult['coverage'] = 'data-independent';
  let coverageNote =
    options.coverage === 'data-independent'
      ? 'data-dependent part not requested (--data-independent): the verdict is about the data-independent part of A_H'
      : 'stopped at a certified failure on the data-independent part (a subvariety of A_H suffices); the data-dependent part was not needed';
  let dataDependentCount = 0;
  if (options.coverage !== 'data-independent' && !(witness && stopAtFailure)) {
    const part = dataDependent ?? dataDependentPart(arch, setup, dataDependentPartOptions(options));
    coverage = part.coverage;
    try {
      for (const entry of part.evaluations) {
        const { evaluation } = entry;
        dataDependentCount++;
        record(evaluation);
        if (reachesGeneric(evaluation)) {
          witness = entry.witness();
          if (witness && stopAtFailure) break;
        }
      }
      coverageNote = part.note(dataDependentCount);
    } catch (e) {
      if (!(e instanceof ArgumentError)) throw e;
      coverage = 'data-independent';
      coverageNote = `data-dependent part NOT covered: ${e.message}`;
    }
  }

  // step 3: the verdict, and step 4: its explanation
  const count = components.length;
  const lower = best.length ? best[0].lowerBound : 0;
  // a gap: the full coverage was asked for but the data-dependent part was not covered
  const gap = options.coverage !== 'data-independent' && coverage !== 'full' && witness === null;
  const facts: VerdictFacts = {
    count, dataDependentCount, exactComponents, restricted: lower,
    genericLower: G.lowerBound, genericUpper: G.upperBound, genericExact: G.exact, hasWitness: witness !== null,
    ...(gap ? { coverageGap: coverageNote.replace(/^data-dependent part NOT covered: /, 'the data-dependent part was not covered: ') } : {}),
  };
  const chosen = chooseVerdict(facts);
  const explanation = explainVerdict(chosen.case, facts, { widths: arch.widths, coverage, genericValue: G.value, totalFailure, witnessGroup: witness?.group });
  return {
    verdict: chosen.verdict,
    coverage,
    coverageNote,
    widths: [...arch.widths],
    seed,
    genericDimension: G,
    restrictedDimension: {
      lowerBound: lower,
      upperBound: lower,
      failureProbability: totalFailure,
      method:
        `max over components of rank(d delta o T) mod p at independent uniformly random points, primes ${primes.join(', ')}; lower bound certified, upper bound Monte-Carlo (Schwartz-Zippel, minor degree <= ${degree}, union bound over ${count} components)` +
        (dataDependentCount > 0
          ? `; the ${dataDependentCount} data-dependent orbits (of the stabiliser of C) at uniformly random parameters mod p of a polynomial family through an exact point of each (Schwartz-Zippel, minor degree <= ${stabilizerMinorDegree(arch).degree})`
          : ''),
    },
    hessianVarietyEmpty: count === 0 && !gap, // not known to be empty when a part was not covered
    orbitCount: count,
    exactComponents,
    components,
    maximal: best,
    witness,
    explanation,
    seconds: (Date.now() - t0) / 1000,
  };
}

/** The options of {@link dataDependentPart} a verify run passes on. */
export function dataDependentPartOptions(options: VerifyOptions): DataDependentPartOptions {
  return { data: options.data, cycleStringLimit: options.cycleStringLimit, onProgress: options.onProgress, pruning: options.cyclePruning, order: options.dataDependentOrder };
}

/** A checked witness at a data-independent component reaching the generic dimension (null when the sampler finds none). */
function componentWitness(arch: Architecture, component: HessianComponent, index: number, setup: VerifySetup, componentsEvaluated: number): WitnessJson | null {
  const { seed, primes, G } = setup;
  const rng = streamRng(seed, 'component-witness', index);
  return (
    witnessFromSampler(
      arch,
      (bound) => componentPoint(QQ, arch, component.blocks, () => rational(rng.int(-bound, bound))),
      component.pattern,
      G.value,
      rng,
      { seed, component: component.label, searchPrimes: primes, componentsEvaluated },
      G.method,
    ) ?? null
  );
}
