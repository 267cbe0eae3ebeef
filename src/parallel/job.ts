/**
 * A job that {@link mapInWorkers} can run: a PURE function from a
 * JSON-compatible input to a JSON-compatible output (no I/O, no global
 * state, deterministic — seed any randomness from the input), together with
 * the module that defines it, so a worker thread (which has no access to the
 * caller's closures) can load that module and find the function again.
 *
 * A caller registers its job once, at the top level of the module that owns
 * the function: `export const myJob = defineJob(__filename, 'my-job', myFunction);`
 * and passes `myJob` to {@link mapInWorkers}. This folder imports no domain
 * code: the registry fills itself as the jobs' modules are loaded (in a
 * worker, by {@link loadJob}). The same function runs in-process when
 * `jobs = 1`, so results cannot depend on the number of workers.
 */
import { ArgumentError } from '../errors';
import type { OnProgress } from './progress';

/**
 * A registered job: its module (absolute path, `__filename`), its name, and
 * the function. The function may report progress through its second argument
 * (a side channel only: the output must not depend on it).
 */
export interface Job<I, O> {
  readonly module: string;
  readonly name: string;
  readonly run: (input: I, onProgress?: OnProgress) => O;
}

const registry = new Map<string, Job<never, unknown>>();
/** Modules that registered at least one job in this thread (already loaded). */
const loadedModules = new Set<string>();

const key = (module: string, name: string): string => `${module}#${name}`;

/**
 * Registers `run` under `name` for the module `module` (pass `__filename`)
 * and returns the job. Registering the same name twice from one module
 * with a different function is a programming error.
 */
export function defineJob<I, O>(module: string, name: string, run: (input: I, onProgress?: OnProgress) => O): Job<I, O> {
  const k = key(module, name);
  const existing = registry.get(k);
  if (existing && existing.run !== (run as unknown)) throw new Error(`defineJob: job "${name}" of ${module} is already registered`);
  const job: Job<I, O> = { module, name, run };
  registry.set(k, job as unknown as Job<never, unknown>);
  loadedModules.add(module);
  return job;
}

/**
 * The job `name` of `module`, loading the module first when this thread
 * has not loaded it yet (what a worker does with each request).
 */
export function loadJob(module: string, name: string): Job<unknown, unknown> {
  if (!loadedModules.has(module)) require(module);
  const job = registry.get(key(module, name));
  if (!job) throw new ArgumentError('loadJob', 'name', name, `a job registered by ${module}`);
  return job as unknown as Job<unknown, unknown>;
}
