/**
 * {@link dataDependentPart} with the maximal orbits evaluated by worker
 * threads (`verify --jobs`): batches of consecutive orbits go out and come
 * back in index order; orbit k draws only from its own stream, and the run
 * stops (with `stopAtFailure`) at the first orbit that reaches the generic
 * dimension with a checked witness — exactly where the lazy in-process
 * sequence stops — so the evaluations are identical for every `jobs`.
 */
import type { Matrix } from '../algebra/matrix';
import type { Rational } from '../algebra/rational';
import { ArgumentError } from '../errors';
import type { Architecture } from '../model/architecture';
import { mapInWorkers } from '../parallel/pool';
import type { OnProgress } from '../parallel/progress';
import { dataDependentBatch, dataDependentBatchJob, type DataDependentBatch } from './dataDependentOrbit';
import { DATA_DEPENDENT_EVALUATION_PHASE, dataDependentEvaluation, dataDependentPart, type DataDependentEvaluation, type DataDependentPart } from './dataDependentPart';
import type { VerifySetup } from './verifyArchitecture';

/** Orbits per job message. */
export const DATA_DEPENDENT_BATCH = 8;

export async function dataDependentPartInParallel(
  arch: Architecture,
  setup: VerifySetup,
  options: {
    readonly data?: { readonly X: Matrix<Rational>; readonly Y: Matrix<Rational> };
    readonly cycleStringLimit?: number;
    readonly stopAtFailure?: boolean;
    readonly jobs?: number;
    readonly signal?: AbortSignal;
    readonly onProgress?: OnProgress;
    readonly cyclePruning?: 'maximal' | 'none';
  } = {},
): Promise<DataDependentPart> {
  const part = dataDependentPart(arch, setup, options.data, options.cycleStringLimit, options.onProgress, options.cyclePruning);
  if (part.coverage !== 'full') return part;
  const { orbits, C } = part;
  const G = setup.G;
  const inputs: DataDependentBatch[] = [];
  for (let k = 0; k < orbits.length; k += DATA_DEPENDENT_BATCH) {
    inputs.push(dataDependentBatch(arch, orbits.slice(k, k + DATA_DEPENDENT_BATCH), k, C, { seed: setup.seed, primes: setup.primes, stopAt: G.upperBound }));
  }
  const evaluations: DataDependentEvaluation[] = [];
  const run = await mapInWorkers(dataDependentBatchJob, inputs, {
    jobs: options.jobs,
    signal: options.signal,
    // in index order: keep every evaluation (each with its memoised witness) and stop where the lazy sequence would
    shouldStop: (b, out) => {
      let stop = false;
      out.forEach((evaluation, k) => {
        const index = inputs[b].first + k;
        const entry = dataDependentEvaluation(arch, setup, C, orbits[index], index, evaluation);
        evaluations.push(entry);
        if (options.stopAtFailure !== false && G.exact && evaluation.lowerBound === G.upperBound && !stop) stop = entry.witness() !== null;
      });
      options.onProgress?.({ phase: DATA_DEPENDENT_EVALUATION_PHASE, done: evaluations.length, total: orbits.length });
      return stop;
    },
  });
  if (run.status === 'aborted') throw new ArgumentError('dataDependentPartInParallel', 'signal', 'aborted', 'a run that is not interrupted');
  return { ...part, evaluations };
}
