/**
 * {@link verifyArchitecture} with the components of A_H^indep evaluated by
 * worker threads. Components go out in batches of consecutive indices and
 * come back in index order; each component's random point depends only on
 * (seed, index) ({@link streamSeed}), and a run stops at the first batch
 * holding a failing component, then at that component — so the result is
 * identical for every number of workers (tested: `--jobs 1` vs `--jobs 2`).
 * The maximal orbits of the data-dependent part follow in the pool the same
 * way ({@link dataDependentPartInParallel}).
 */
import { ArgumentError } from '../errors';
import type { Architecture } from '../model/architecture';
import { defaultJobs, mapInWorkers } from '../parallel/pool';
import { dataDependentPartInParallel } from './dataDependentPartInParallel';
import { componentBatchJob, type ComponentBatch } from './evaluateComponents';
import { hessianComponents, type HessianComponent } from './hessianComponents';
import { verifyAtScale } from './verifyAtScale';
import { componentProgress, dataDependentPartOptions, finishVerify, verifySetup, type EvaluatedComponent, type VerifyOptions, type VerifyResult } from './verifyArchitecture';

/** Components per job message (a trade-off between messaging and load balance). */
export const COMPONENT_BATCH = 32;

const NO_RANKS: ReadonlyMap<string, number> = new Map();

/**
 * Same result as {@link verifyArchitecture}; `jobs` worker threads (1 = in
 * this thread); `signal` aborts (the promise then rejects with an ArgumentError naming `signal`).
 *
 * @example
 * ```ts
 * import { uniformArchitecture, verifyArchitectureInParallel } from 'deeplin';
 * const r = await verifyArchitectureInParallel(uniformArchitecture(4, 2), { seed: 1, coverage: 'data-independent', jobs: 1 });
 * [r.verdict, r.orbitCount]; // ["holds",7]
 * ```
 */
export async function verifyArchitectureInParallel(
  arch: Architecture,
  options: VerifyOptions & { readonly jobs?: number; readonly signal?: AbortSignal; readonly label?: string } = {},
): Promise<VerifyResult> {
  const setup = verifySetup(arch, options);
  const atScale = verifyAtScale(arch, options, setup, options.label);
  if (atScale) return atScale;
  // Stream: enumerate a round of batches, evaluate it, stop at the first
  // failing batch — never holding all components (their rank data is O(N²)
  // each). Rounds are consecutive indices, so the result is the same for every `jobs`.
  const stopAtFailure = options.stopAtFailure !== false;
  const perRound = COMPONENT_BATCH * 4 * Math.max(1, options.jobs ?? defaultJobs());
  const enumeration = hessianComponents(arch);
  const evaluated: EvaluatedComponent[] = [];
  const progress = componentProgress(arch, options.onProgress);
  let first = 0;
  for (let exhausted = false; !exhausted; ) {
    const round: HessianComponent[] = [];
    while (round.length < perRound) {
      const next = enumeration.next();
      if (next.done) {
        exhausted = true;
        break;
      }
      round.push(next.value);
    }
    if (round.length === 0) break;
    const inputs: ComponentBatch[] = [];
    for (let k = 0; k < round.length; k += COMPONENT_BATCH) {
      inputs.push({
        widths: arch.widths,
        seed: setup.seed,
        primes: setup.primes,
        degree: setup.degree,
        stopAt: setup.G.upperBound,
        first: first + k,
        components: round.slice(k, k + COMPONENT_BATCH).map(({ label, pattern, blocks }) => ({ label, pattern, blocks })),
      });
    }
    const run = await mapInWorkers(componentBatchJob, inputs, {
      jobs: options.jobs,
      signal: options.signal,
      onComplete: (_b, out) => out.forEach(progress),
      shouldStop: (_i, out) => stopAtFailure && setup.G.exact && out.some((ev) => ev.lowerBound === setup.G.upperBound),
    });
    if (run.status === 'aborted') throw new ArgumentError('verifyArchitectureInParallel', 'signal', 'aborted', 'a run that is not interrupted');
    run.outputs.forEach((out, b) => {
      out?.forEach((evaluation, k) => {
        const index = inputs[b].first + k;
        const component = round[index - first];
        // keep a component's O(N²) rank data only where finishVerify may use it (certify, or the failing one's witness)
        const keep = options.certify || evaluation.lowerBound === setup.G.upperBound;
        evaluated.push({ index, component: keep ? component : { ...component, ranks: NO_RANKS }, evaluation });
      });
    });
    if (run.status === 'stopped') break;
    first += round.length;
  }
  // the data-dependent part in the pool too, when finishVerify will need it (no certified failure stopped the run);
  // otherwise (a failure whose witness could not be built) finishVerify evaluates it itself — the same evaluations
  const failed = stopAtFailure && setup.G.exact && evaluated.some((e) => e.evaluation.lowerBound === setup.G.upperBound);
  const dataDependent =
    options.coverage !== 'data-independent' && !failed
      ? await dataDependentPartInParallel(arch, setup, { ...dataDependentPartOptions(options), stopAtFailure, jobs: options.jobs, signal: options.signal })
      : undefined;
  return finishVerify(arch, options, setup, evaluated, dataDependent);
}
