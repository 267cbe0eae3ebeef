/**
 * The data-dependent part of A_H in a verify run: for the given data (or
 * seeded generic data from the `data-dependent` stream), the maximal string
 * orbits of the cyclic quiver through C = X Yᵀ, each evaluated by ranks of
 * dδ∘T_H mod p at uniformly random parameters of a polynomial family through
 * an exact point of an orbit of the stabiliser H of C
 * ({@link evaluateDataDependentOrbit}: its own stream per orbit), and, at an
 * orbit reaching the generic dimension, an exact witness.
 * The evaluations are lazy, in order (a run that stops at a failure
 * evaluates no orbit after it and, in the default streamed order, generates
 * and closure-tests no further); {@link dataDependentPartInParallel} gives the
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
import { checkFullRankC, dataDependentOrbits } from './dataDependentComponents';
import { dataDependentOrbitStream } from './dataDependentOrbitStream';
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
  /** 'full' when the orbits are enumerated; 'data-independent' (with the reason in `note`) when the enumeration was refused at once (streamed: a refusal comes from iterating `evaluations`). */
  readonly coverage: 'full' | 'data-independent';
  /** The coverage note for a run that evaluated the first `evaluated` orbits (its counts are those of that moment). */
  note(evaluated: number): string;
  /** C = X Yᵀ of the data used. */
  readonly C: Matrix<Rational>;
  /**
   * The maximal orbits to evaluate, in evaluation order (orbit k draws from
   * stream ('data-dependent-orbit', k)), handed out lazily, one pass:
   * `evaluations` draws from the same sequence, so use one of the two.
   */
  readonly orbits: Iterator<CycleStringDecomposition>;
  /** How many orbits `orbits` holds, when known in advance (order 'sorted'); null when streamed. */
  readonly total: number | null;
  readonly evaluations: Iterable<DataDependentEvaluation>;
}

/** How {@link dataDependentPart} finds its orbits. */
export interface DataDependentPartOptions {
  /** Data (default: seeded generic data from the `data-dependent` stream; given data turn the reversal symmetry off). */
  readonly data?: { readonly X: Matrix<Rational>; readonly Y: Matrix<Rational> };
  /** The enumeration's size guard (above it: coverage 'data-independent'). */
  readonly cycleStringLimit?: number;
  /** Hears the enumeration, the closure tests and the evaluations. */
  readonly onProgress?: OnProgress;
  /** The algorithm (see dataDependentOrbits). */
  readonly pruning?: 'maximal' | 'none';
  /**
   * 'streamed' (default; pruning 'maximal' only): generation, closure tests
   * and evaluations interleaved, largest orbit first, so a run that stops at
   * a failure generates and tests no further ({@link dataDependentOrbitStream};
   * the size guard then comes from iterating `evaluations`); 'sorted':
   * the whole maximal list is built and sorted before the first evaluation
   * (the previous way, kept for benchmarks). The same orbits in the same
   * order either way.
   */
  readonly order?: 'streamed' | 'sorted';
}

/** The phase name of the evaluations' progress reports. */
export const DATA_DEPENDENT_EVALUATION_PHASE = 'data-dependent orbits evaluated';

/**
 * Enumerates the data-dependent orbits for the data (default: seeded generic
 * data) and returns their evaluations as a lazy sequence, in the fail-fast
 * order of `dataDependentOrbits(…).evaluate`.
 */
export function dataDependentPart(arch: Architecture, setup: VerifySetup, options: DataDependentPartOptions = {}): DataDependentPart {
  const { data, onProgress } = options;
  const { X, Y } = data ?? genericData(arch, streamRng(setup.seed, 'data-dependent'));
  const C = matMul(QQ, X, matTranspose(Y));
  const forData = `for ${data ? 'the given data' : 'seeded generic data'}, C = X Y^T, on orbits of the stabiliser H of C`;
  // the reversal symmetry preserves restricted dimensions for generic data only: not for data the user gave
  const reversal = data === undefined;
  try {
    let orbits: Iterator<CycleStringDecomposition>;
    let total: number | null;
    let note: (evaluated: number) => string;
    if (options.pruning !== 'none' && options.order !== 'sorted') {
      checkFullRankC('dataDependentOrbits', arch, C);
      const stream = dataDependentOrbitStream(arch, { limit: options.cycleStringLimit, onProgress, reversal });
      orbits = stream.orbits;
      total = null;
      note = (evaluated) => `data-dependent part: ${stream.method(evaluated)}, ${forData}`;
    } else {
      const dd = dataDependentOrbits(arch, C, { maximal: true, limit: options.cycleStringLimit, pruning: options.pruning, reversal, onProgress });
      orbits = dd.evaluate[Symbol.iterator]();
      total = dd.evaluate.length;
      note = () => `data-dependent part: ${dd.method}; ${dd.evaluate.length} to evaluate, largest orbit first, ${forData}`;
    }
    return {
      coverage: 'full',
      note,
      C,
      orbits,
      total,
      evaluations: (function* () {
        for (let k = 0, next = orbits.next(); !next.done; k++, next = orbits.next()) {
          const orbit = next.value;
          const evaluated = dataDependentEvaluation(arch, setup, C, orbit, k, evaluateDataDependentOrbit(arch, orbit, k, C, setup.seed, setup.primes, setup.G.upperBound));
          if (total !== null) onProgress?.({ phase: DATA_DEPENDENT_EVALUATION_PHASE, done: k + 1, total });
          yield evaluated;
        }
      })(),
    };
  } catch (e) {
    if (!(e instanceof ArgumentError)) throw e;
    const note = `data-dependent part NOT covered: ${e.message}`;
    return { coverage: 'data-independent', note: () => note, C, orbits: [][Symbol.iterator](), total: 0, evaluations: [] };
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
