/**
 * {@link dataDependentPart} with the maximal orbits evaluated by worker
 * threads (`verify --jobs`): rounds of consecutive orbits are drawn from the
 * lazy sequence, go out in batches and come back in index order; orbit k draws only from its own stream, and the run
 * stops (with `stopAtFailure`) at the first orbit that reaches the generic
 * dimension with a checked witness — exactly where the lazy in-process
 * sequence stops — so the evaluations are identical for every `jobs`.
 */
import { ArgumentError } from '../errors';
import type { Architecture } from '../model/architecture';
import { defaultJobs, mapInWorkers } from '../parallel/pool';
import type { CycleStringDecomposition } from '../quiver/cycleString';
import { dataDependentBatch, dataDependentBatchJob, type DataDependentBatch } from './dataDependentOrbit';
import {
  DATA_DEPENDENT_EVALUATION_PHASE,
  dataDependentEvaluation,
  dataDependentPart,
  type DataDependentEvaluation,
  type DataDependentPart,
  type DataDependentPartOptions,
} from './dataDependentPart';
import type { VerifySetup } from './verifyArchitecture';

/** Orbits per job message. */
export const DATA_DEPENDENT_BATCH = 8;

export async function dataDependentPartInParallel(
  arch: Architecture,
  setup: VerifySetup,
  options: DataDependentPartOptions & {
    readonly stopAtFailure?: boolean;
    readonly jobs?: number;
    readonly signal?: AbortSignal;
    /** Orbits drawn from the lazy sequence per round (default: one batch per worker, doubling up to 16; drawing generates and closure-tests them). */
    readonly round?: number;
  } = {},
): Promise<DataDependentPart> {
  const part = dataDependentPart(arch, setup, options);
  if (part.coverage !== 'full') return part;
  const { C, total } = part;
  const G = setup.G;
  // rounds of consecutive orbits drawn from the (lazy) sequence — drawing generates and closure-tests them, so the rounds
  // start at one batch per worker and double up to 16 (a round ends with idle workers); a stop in a round draws no more
  const workers = Math.max(1, options.jobs ?? defaultJobs());
  let perRound = Math.max(1, options.round ?? DATA_DEPENDENT_BATCH * workers);
  const evaluations: DataDependentEvaluation[] = [];
  // the generation's size guard, when reached while drawing: the orbits drawn before it are evaluated, then it is rethrown (as the lazy sequence does)
  let refused: ArgumentError | null = null;
  for (let exhausted = false; !exhausted; ) {
    const first = evaluations.length;
    const round: CycleStringDecomposition[] = [];
    while (round.length < perRound) {
      let next: IteratorResult<CycleStringDecomposition>;
      try {
        next = part.orbits.next();
      } catch (e) {
        if (!(e instanceof ArgumentError)) throw e;
        refused = e;
        next = { done: true, value: undefined };
      }
      if (next.done) {
        exhausted = true;
        break;
      }
      round.push(next.value);
    }
    if (round.length === 0) break;
    const inputs: DataDependentBatch[] = [];
    for (let k = 0; k < round.length; k += DATA_DEPENDENT_BATCH) {
      inputs.push(dataDependentBatch(arch, round.slice(k, k + DATA_DEPENDENT_BATCH), first + k, C, { seed: setup.seed, primes: setup.primes, stopAt: G.upperBound }));
    }
    const run = await mapInWorkers(dataDependentBatchJob, inputs, {
      jobs: options.jobs,
      signal: options.signal,
      // in index order: keep every evaluation (each with its memoised witness) and stop where the lazy sequence would
      shouldStop: (b, out) => {
        let stop = false;
        out.forEach((evaluation, k) => {
          const index = inputs[b].first + k;
          const entry = dataDependentEvaluation(arch, setup, C, round[index - first], index, evaluation);
          evaluations.push(entry);
          if (options.stopAtFailure !== false && G.exact && evaluation.lowerBound === G.upperBound && !stop) stop = entry.witness() !== null;
        });
        if (total !== null) options.onProgress?.({ phase: DATA_DEPENDENT_EVALUATION_PHASE, done: evaluations.length, total });
        return stop;
      },
    });
    if (run.status === 'aborted') throw new ArgumentError('dataDependentPartInParallel', 'signal', 'aborted', 'a run that is not interrupted');
    if (run.status === 'stopped') {
      refused = null; // stopped at a failure before the guard, as the lazy sequence would
      break;
    }
    if (options.round === undefined) perRound = Math.min(2 * perRound, DATA_DEPENDENT_BATCH * 16 * workers);
  }
  if (refused) {
    const error = refused;
    return {
      ...part,
      evaluations: (function* () {
        yield* evaluations;
        throw error;
      })(),
    };
  }
  return { ...part, evaluations };
}
