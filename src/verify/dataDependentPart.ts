/**
 * The data-dependent part of A_H in a verify run: for the given data (or
 * seeded generic data from the `data-dependent` stream), the maximal string
 * orbits of the cyclic quiver through C = X Yᵀ, each evaluated by ranks of
 * dδ∘T_H mod p at uniformly random parameters of a polynomial family through
 * an exact point of an orbit of the stabiliser H of C
 * ({@link evaluateDataDependentOrbit}: its own stream per orbit), and, at an
 * orbit reaching the generic dimension, an exact witness.
 * The evaluations are lazy, in order (a run that stops at a failure
 * evaluates no orbit after it); {@link dataDependentPartInParallel} gives the
 * same evaluations from the worker pool.
 */
import { matMul, matTranspose, type Matrix } from '../algebra/matrix';
import type { Rational } from '../algebra/rational';
import { QQ } from '../algebra/rationalField';
import { ArgumentError } from '../errors';
import type { OnProgress } from '../parallel/progress';
import type { Architecture } from '../model/architecture';
import { genericData } from '../model/genericData';
import type { CycleStringDecomposition } from '../quiver/cycleString';
import { streamRng } from '../random';
import type { WitnessJson } from '../witness/witnessFormat';
import { dataDependentOrbits } from './dataDependentComponents';
import { evaluateDataDependentOrbit } from './dataDependentOrbit';
import { dataDependentWitness } from './dataDependentWitness';
import type { ComponentEvaluation, VerifySetup } from './verifyArchitecture';

/** One evaluated orbit, and (for an orbit reaching the generic dimension) its exact witness, searched on demand. */
export interface DataDependentEvaluation {
  readonly evaluation: ComponentEvaluation;
  /** A checked witness on this orbit (null when none was found); computed once, on the first call. */
  witness(): WitnessJson | null;
}

/** The data-dependent part: coverage, its maximal orbits and their evaluations (lazy). */
export interface DataDependentPart {
  /** 'full' when the orbits were enumerated; 'data-independent' (with the reason in `note`) when the enumeration was refused. */
  readonly coverage: 'full' | 'data-independent';
  readonly note: string;
  /** C = X Yᵀ of the data used. */
  readonly C: Matrix<Rational>;
  /** The maximal orbits, in evaluation order (orbit k draws from stream ('data-dependent-orbit', k)). */
  readonly orbits: readonly CycleStringDecomposition[];
  readonly evaluations: Iterable<DataDependentEvaluation>;
}

/** The phase name of the evaluations' progress reports. */
export const DATA_DEPENDENT_EVALUATION_PHASE = 'data-dependent orbits evaluated';

/**
 * Enumerates the data-dependent orbits for `data` (default: seeded generic
 * data) and returns their evaluations as a lazy sequence, in the fail-fast
 * order of `dataDependentOrbits(…).evaluate`; `cycleStringLimit` is the
 * enumeration's size guard (above it: coverage 'data-independent'),
 * `onProgress` hears the enumeration, the maximality tests and the
 * evaluations, `pruning` chooses the algorithm (see dataDependentOrbits).
 */
export function dataDependentPart(
  arch: Architecture,
  setup: VerifySetup,
  data?: { readonly X: Matrix<Rational>; readonly Y: Matrix<Rational> },
  cycleStringLimit?: number,
  onProgress?: OnProgress,
  pruning?: 'maximal' | 'none',
): DataDependentPart {
  const { X, Y } = data ?? genericData(arch, streamRng(setup.seed, 'data-dependent'));
  const C = matMul(QQ, X, matTranspose(Y));
  try {
    // the reversal symmetry preserves restricted dimensions for generic data only: not for data the user gave
    const dd = dataDependentOrbits(arch, C, { maximal: true, limit: cycleStringLimit, pruning, reversal: data === undefined, onProgress });
    const orbits = dd.evaluate;
    return {
      coverage: 'full',
      note: `data-dependent part: ${dd.method}; ${orbits.length} to evaluate, largest orbit first, for ${data ? 'the given data' : 'seeded generic data'}, C = X Y^T, on orbits of the stabiliser H of C`,
      C,
      orbits,
      evaluations: (function* () {
        for (let k = 0; k < orbits.length; k++) {
          const evaluated = dataDependentEvaluation(arch, setup, C, orbits[k], k, evaluateDataDependentOrbit(arch, orbits[k], k, C, setup.seed, setup.primes, setup.G.upperBound));
          onProgress?.({ phase: DATA_DEPENDENT_EVALUATION_PHASE, done: k + 1, total: orbits.length });
          yield evaluated;
        }
      })(),
    };
  } catch (e) {
    if (!(e instanceof ArgumentError)) throw e;
    return { coverage: 'data-independent', note: `data-dependent part NOT covered: ${e.message}`, C, orbits: [], evaluations: [] };
  }
}

/** Orbit `index`'s evaluation with its (memoised, on-demand) witness. */
export function dataDependentEvaluation(
  arch: Architecture,
  setup: VerifySetup,
  C: Matrix<Rational>,
  orbit: CycleStringDecomposition,
  index: number,
  evaluation: ComponentEvaluation,
): DataDependentEvaluation {
  let witness: WitnessJson | null | undefined;
  return {
    evaluation,
    witness: () => (witness === undefined ? (witness = dataDependentWitness(arch, orbit, index, C, setup.seed, setup.primes, setup.G)) : witness),
  };
}
