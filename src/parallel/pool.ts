/**
 * A worker-thread pool for registered pure jobs ({@link defineJob}): maps one
 * job over a list of inputs with `jobs` threads and hands the outputs back in
 * INDEX order, whatever order the workers finish in. With `jobs = 1` the very
 * same job function runs in-process, so `--jobs 1` and `--jobs J` can differ
 * only in scheduling, never in results.
 *
 * Workers are started from the compiled `worker.js` next to this file, or —
 * when this file is TypeScript (vitest, ts-node) — from `worker.ts` with
 * `--require ts-node/register/transpile-only` (about a second of start-up per
 * worker). Workers left idle at the end of a call are kept, unref'd, for the
 * next call (they never keep the process alive; {@link shutdownWorkers} ends
 * them); workers still busy with cancelled inputs are terminated.
 */
import { availableParallelism, cpus } from 'node:os';
import { join, resolve } from 'node:path';
import { isMainThread, Worker } from 'node:worker_threads';
import { ArgumentError } from '../errors';
import type { Job } from './job';
import { deserializeError, type WorkerProgress, type WorkerReply, type WorkerRequest } from './protocol';
import type { Progress } from './progress';

/** The largest `jobs` accepted. */
export const MAX_JOBS = 256;

export interface MapInWorkersOptions<O> {
  /** Worker threads (default {@link defaultJobs}); 1 runs in-process. Never more than there are inputs. */
  readonly jobs?: number;
  /**
   * Called once per input in index order 0, 1, 2, … — deterministic whatever
   * the completion order. Not called for inputs after a stop, nor for inputs
   * whose predecessors had not all finished when the run was aborted.
   */
  readonly onResult?: (index: number, output: O) => void;
  /** Called as soon as an input finishes, in completion order (progress, checkpoints). */
  readonly onComplete?: (index: number, output: O) => void;
  /** The progress the job reports while running on input `index` (from a worker: at most every 200 ms per input). */
  readonly onProgress?: (index: number, progress: Progress) => void;
  /** Aborting stops scheduling, terminates the workers and resolves with status "aborted". */
  readonly signal?: AbortSignal;
  /**
   * Called in index order right after `onResult`; returning true stops the
   * run there: nothing more is scheduled, running workers are terminated,
   * and outputs after that index are discarded (so the result is the same
   * for every `jobs`).
   */
  readonly shouldStop?: (index: number, output: O) => boolean;
}

export interface MapInWorkersResult<O> {
  /** "complete": every input ran; "stopped": `shouldStop` said so at `stoppedAt`; "aborted": the signal fired. */
  readonly status: 'complete' | 'stopped' | 'aborted';
  /** `outputs[i]` for input i, undefined when it did not run (after a stop, or not finished before an abort). */
  readonly outputs: (O | undefined)[];
  readonly stoppedAt: number | null;
  /** Inputs that finished (when aborted, possibly not a prefix). */
  readonly completed: number;
}

/**
 * The default number of workers: `os.availableParallelism()` (the cores
 * this process may use) — but 1 inside a worker thread, so a job that itself
 * calls {@link mapInWorkers} (e.g. a sweep job verifying an architecture whose
 * verifier is parallel) does not multiply the threads.
 */
export function defaultJobs(): number {
  if (!isMainThread) return 1;
  const n = typeof availableParallelism === 'function' ? availableParallelism() : cpus().length;
  return Math.max(1, Math.min(MAX_JOBS, n));
}

/**
 * Runs the registered job `name` on every input with `options.jobs` worker
 * threads (in-process when 1) and resolves with the outputs by index.
 * Rejects with the job's error (for the smallest failing index, as a
 * sequential run would) — a {@link DeeplinError} stays one.
 */
export async function mapInWorkers<I, O>(job: Job<I, O>, inputs: readonly I[], options: MapInWorkersOptions<O> = {}): Promise<MapInWorkersResult<O>> {
  const jobs = options.jobs ?? defaultJobs();
  if (!Number.isInteger(jobs) || jobs < 1 || jobs > MAX_JOBS) throw new ArgumentError('mapInWorkers', 'jobs', jobs, `an integer in [1, ${MAX_JOBS}]`);
  if (options.signal?.aborted) return { status: 'aborted', outputs: new Array(inputs.length).fill(undefined), stoppedAt: null, completed: 0 };
  if (inputs.length === 0) return { status: 'complete', outputs: [], stoppedAt: null, completed: 0 };
  return Math.min(jobs, inputs.length) === 1 ? inProcess(job, inputs, options) : inWorkers(job, inputs, Math.min(jobs, inputs.length), options);
}

/** `jobs = 1`: the same job functions, in this thread, yielding to the event loop between inputs (so a SIGINT handler can run). */
async function inProcess<I, O>(job: Job<I, O>, inputs: readonly I[], options: MapInWorkersOptions<O>): Promise<MapInWorkersResult<O>> {
  const outputs: (O | undefined)[] = new Array(inputs.length).fill(undefined);
  let completed = 0;
  for (let i = 0; i < inputs.length; i++) {
    await new Promise<void>((done) => setImmediate(done));
    if (options.signal?.aborted) return { status: 'aborted', outputs, stoppedAt: null, completed };
    // a round trip through the structured clone, as in a worker: the job cannot alias the caller's data
    const output = structuredClone(job.run(structuredClone(inputs[i]), options.onProgress && ((p) => options.onProgress?.(i, p))));
    outputs[i] = output;
    completed++;
    options.onComplete?.(i, output);
    options.onResult?.(i, output);
    if (options.shouldStop?.(i, output)) return { status: 'stopped', outputs, stoppedAt: i, completed };
  }
  return { status: 'complete', outputs, stoppedAt: null, completed };
}

function workerEntry(): { file: string; execArgv?: string[]; env?: NodeJS.ProcessEnv } {
  if (__filename.endsWith('.ts')) {
    return {
      file: join(__dirname, 'worker.ts'),
      execArgv: ['--require', require.resolve('ts-node/register/transpile-only')],
      env: { ...process.env, TS_NODE_PROJECT: resolve(__dirname, '..', '..', 'tsconfig.json') },
    };
  }
  return { file: join(__dirname, 'worker.js') };
}

/** Started workers waiting for work (unref'd: they never keep the process alive). */
const idleWorkers: Worker[] = [];
const onIdleExit = new WeakMap<Worker, () => void>();

function acquireWorker(): Worker {
  const cached = idleWorkers.pop();
  if (cached) {
    const handler = onIdleExit.get(cached);
    if (handler) {
      cached.off('exit', handler);
      cached.off('error', handler);
    }
    cached.ref();
    return cached;
  }
  const entry = workerEntry();
  return new Worker(entry.file, { execArgv: entry.execArgv, env: entry.env });
}

function releaseWorker(w: Worker): void {
  const handler = (): void => {
    const k = idleWorkers.indexOf(w);
    if (k >= 0) idleWorkers.splice(k, 1);
  };
  onIdleExit.set(w, handler);
  w.on('exit', handler);
  w.on('error', handler);
  w.unref();
  idleWorkers.push(w);
}

/**
 * Terminates the idle workers that {@link mapInWorkers} keeps for reuse
 * (they are unref'd and never keep a process alive; call this to free their
 * memory early).
 */
export async function shutdownWorkers(): Promise<void> {
  const all = idleWorkers.splice(0, idleWorkers.length);
  await Promise.allSettled(all.map((w) => w.terminate()));
}

function inWorkers<I, O>(job: Job<I, O>, inputs: readonly I[], count: number, options: MapInWorkersOptions<O>): Promise<MapInWorkersResult<O>> {
  const n = inputs.length;
  const outputs: (O | undefined)[] = new Array(n).fill(undefined);
  const replies: (WorkerReply | undefined)[] = new Array(n).fill(undefined);
  const workers: { worker: Worker; busy: boolean; dead: boolean; detach: () => void }[] = [];
  let next = 0; // next index to dispatch
  let deliver = 0; // next index to hand to onResult
  let completed = 0;
  let finished = false;

  return new Promise((resolvePromise, rejectPromise) => {
    const finish = (outcome: { result: MapInWorkersResult<O> } | { error: unknown }): void => {
      if (finished) return;
      finished = true;
      options.signal?.removeEventListener('abort', onAbort);
      // idle workers are kept for the next call; busy ones (a cancelled input) and dead ones are terminated
      const stopping: Promise<unknown>[] = [];
      for (const slot of workers) {
        slot.detach();
        if (slot.busy || slot.dead) stopping.push(slot.worker.terminate());
        else releaseWorker(slot.worker);
      }
      Promise.allSettled(stopping).then(() => {
        if ('error' in outcome) rejectPromise(outcome.error);
        else resolvePromise(outcome.result);
      });
    };
    const onAbort = (): void => finish({ result: { status: 'aborted', outputs, stoppedAt: null, completed } });
    options.signal?.addEventListener('abort', onAbort, { once: true });

    const dispatch = (slot: (typeof workers)[number]): void => {
      if (finished || next >= n) return;
      const request: WorkerRequest = { module: job.module, job: job.name, index: next, input: inputs[next], progress: options.onProgress !== undefined };
      next++;
      slot.busy = true;
      slot.worker.postMessage(request);
    };

    const deliverInOrder = (): void => {
      while (!finished && deliver < n && replies[deliver] !== undefined) {
        const reply = replies[deliver] as WorkerReply;
        if (!reply.ok) return finish({ error: deserializeError(reply.error) });
        const i = deliver++;
        options.onResult?.(i, reply.output as O);
        if (options.shouldStop?.(i, reply.output as O)) {
          for (let j = i + 1; j < n; j++) outputs[j] = undefined;
          return finish({ result: { status: 'stopped', outputs, stoppedAt: i, completed } });
        }
      }
      if (!finished && deliver === n) finish({ result: { status: 'complete', outputs, stoppedAt: null, completed } });
    };

    for (let k = 0; k < count; k++) {
      const worker = acquireWorker();
      const slot = { worker, busy: false, dead: false, detach: (): void => undefined };
      const onMessage = (reply: WorkerReply | WorkerProgress): void => {
        if (finished) return;
        try {
          if ('progress' in reply) {
            options.onProgress?.(reply.index, reply.progress);
            return;
          }
          slot.busy = false;
          replies[reply.index] = reply;
          if (reply.ok) {
            outputs[reply.index] = reply.output as O;
            completed++;
            options.onComplete?.(reply.index, reply.output as O);
          }
          dispatch(slot);
          deliverInOrder();
        } catch (e) {
          finish({ error: e });
        }
      };
      const onError = (e: unknown): void => {
        slot.dead = true;
        finish({ error: e });
      };
      const onExit = (code: number): void => {
        slot.dead = true;
        finish({ error: new Error(`mapInWorkers: a worker of job "${job.name}" exited unexpectedly with code ${code}`) });
      };
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
      slot.detach = () => {
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
      };
      workers.push(slot);
      dispatch(slot);
    }
  });
}
