/**
 * A trivial job for the pool's own tests: squares `value`, optionally after
 * blocking for `sleepMs` milliseconds, or throws `fail`; reports progress when asked.
 */
import { defineJob } from './job';
import type { OnProgress } from './progress';

/** Input of {@link poolSelftest}. */
export interface PoolSelftestInput {
  readonly value: number;
  /** Busy time in milliseconds before answering (to test completion order). */
  readonly sleepMs?: number;
  /** When set, the job throws an Error with this message. */
  readonly fail?: string;
  /** When set, the job reports progress `{ phase: 'square', done: k, total: progressSteps }` for k = 1..progressSteps. */
  readonly progressSteps?: number;
}

export function poolSelftest(input: PoolSelftestInput, onProgress?: OnProgress): { value: number; square: number } {
  for (let k = 1; k <= (input.progressSteps ?? 0); k++) onProgress?.({ phase: 'square', done: k, total: input.progressSteps as number });
  if (input.sleepMs) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, input.sleepMs);
  if (input.fail !== undefined) throw new Error(input.fail);
  return { value: input.value, square: input.value * input.value };
}

export const poolSelftestJob = defineJob(__filename, 'pool-selftest', poolSelftest);
