/**
 * The registry of jobs that {@link mapInWorkers} can run: a job is a PURE
 * function from a JSON-compatible input to a JSON-compatible output,
 * identified by name, so a worker thread (which has no access to the caller's
 * closures) can look it up. The same function runs in-process when
 * `jobs = 1`, so results cannot depend on the number of workers.
 *
 * To register a job: write `(input: MyInput) => MyOutput` in its own module
 * (no I/O, no global state, deterministic — seed any randomness from the
 * input), import it here and add one line to {@link jobs}. The input and
 * output types of {@link mapInWorkers} follow from the function's signature.
 * The job's module may itself import the pool (the pool loads this registry
 * lazily); inside a worker, {@link defaultJobs} is 1, so nested calls of
 * mapInWorkers run in-process unless given `jobs` explicitly.
 *
 * @example
 * ```ts
 * import { runJob } from 'deeplin';
 * runJob('pool-selftest', { value: 7 }); // {"value":7,"square":49}
 * ```
 */
import { ArgumentError } from '../errors';
import { followFlow } from '../flow/followFlow';
import { architectureVerdict } from '../sweep/architectureVerdict';
import { evaluateComponentBatch } from '../verify/evaluateComponents';

/** Input of the `pool-selftest` job (tests and examples of the pool). */
export interface PoolSelftestInput {
  readonly value: number;
  /** Busy time in milliseconds before answering (to test completion order). */
  readonly sleepMs?: number;
  /** When set, the job throws an Error with this message. */
  readonly fail?: string;
}

/**
 * A trivial job for tests and examples: squares `value`, optionally after
 * blocking for `sleepMs` milliseconds, or throws `fail`.
 *
 * @example
 * ```ts
 * import { poolSelftest } from 'deeplin';
 * poolSelftest({ value: 3 }); // {"value":3,"square":9}
 * ```
 */
export function poolSelftest(input: PoolSelftestInput): { value: number; square: number } {
  if (input.sleepMs) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, input.sleepMs);
  if (input.fail !== undefined) throw new Error(input.fail);
  return { value: input.value, square: input.value * input.value };
}

/** Every job a worker can run, by name. Add new jobs here (one line each). */
export const jobs = {
  'pool-selftest': poolSelftest,
  /** One architecture's verdict ({@link architectureVerdict}): `deeplin sweep` and `deeplin search --jobs`. */
  'verify-architecture': architectureVerdict,
  /** A batch of components of one architecture ({@link evaluateComponentBatch}): `deeplin verify --jobs`. */
  'verify-components': evaluateComponentBatch,
  /** One gradient-flow run ({@link followFlow}): `deeplin flow`. */
  'flow-run': followFlow,
} satisfies Record<string, (input: never) => unknown>;

export type JobName = keyof typeof jobs;
export type JobInput<N extends JobName> = Parameters<(typeof jobs)[N]>[0];
export type JobOutput<N extends JobName> = ReturnType<(typeof jobs)[N]>;

/**
 * Runs the named job on one input, in the calling thread: exactly what a
 * worker does with each input it receives.
 *
 * @example
 * ```ts
 * import { runJob } from 'deeplin';
 * runJob('verify-architecture', { widths: [1, 1, 1], seed: 1, coverage: 'full' }).verdict; // "holds"
 * ```
 */
export function runJob<N extends JobName>(name: N, input: JobInput<N>): JobOutput<N> {
  if (!isJobName(name)) throw new ArgumentError('runJob', 'name', name, Object.keys(jobs).join(', '));
  const job = jobs[name] as (input: JobInput<N>) => JobOutput<N>;
  return job(input);
}

/**
 * True when `name` is a registered job.
 *
 * @example
 * ```ts
 * import { isJobName } from 'deeplin';
 * [isJobName('verify-architecture'), isJobName('nope')]; // [true,false]
 * ```
 */
export function isJobName(name: unknown): name is JobName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(jobs, name);
}
