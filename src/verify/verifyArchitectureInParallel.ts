/**
 * {@link verifyArchitecture} with the components of A_H^indep evaluated by
 * worker threads. Components go out in batches of consecutive indices and
 * come back in index order; each component's random point depends only on
 * (seed, index) ({@link streamSeed}), and a run stops at the first batch
 * holding a failing component, then at that component — so the result is
 * identical for every number of workers (tested: `--jobs 1` vs `--jobs 2`).
 */
import { ArgumentError } from '../errors';
import type { Architecture } from '../model/architecture';
import { mapInWorkers } from '../parallel/pool';
import { componentBatchJob, type ComponentBatch } from './evaluateComponents';
import { hessianComponents } from './hessianComponents';
import { finishVerify, verifySetup, type EvaluatedComponent, type VerifyOptions, type VerifyResult } from './verifyArchitecture';

/** Components per job message (a trade-off between messaging and load balance). */
export const COMPONENT_BATCH = 32;

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
  options: VerifyOptions & { readonly jobs?: number; readonly signal?: AbortSignal } = {},
): Promise<VerifyResult> {
  const setup = verifySetup(arch, options);
  const components = [...hessianComponents(arch)];
  const inputs: ComponentBatch[] = [];
  for (let first = 0; first < components.length; first += COMPONENT_BATCH) {
    inputs.push({
      widths: arch.widths,
      seed: setup.seed,
      primes: setup.primes,
      degree: setup.degree,
      stopAt: setup.G.upperBound,
      first,
      components: components.slice(first, first + COMPONENT_BATCH).map(({ label, pattern, blocks }) => ({ label, pattern, blocks })),
    });
  }
  const stopAtFailure = options.stopAtFailure !== false;
  const run = await mapInWorkers(componentBatchJob, inputs, {
    jobs: options.jobs,
    signal: options.signal,
    shouldStop: (_i, out) => stopAtFailure && setup.G.exact && out.some((ev) => ev.lowerBound === setup.G.upperBound),
  });
  if (run.status === 'aborted') throw new ArgumentError('verifyArchitectureInParallel', 'signal', 'aborted', 'a run that is not interrupted');
  const evaluated: EvaluatedComponent[] = [];
  run.outputs.forEach((out, b) => {
    out?.forEach((evaluation, k) => {
      const index = inputs[b].first + k;
      evaluated.push({ index, component: components[index], evaluation });
    });
  });
  return finishVerify(arch, options, setup, evaluated);
}
