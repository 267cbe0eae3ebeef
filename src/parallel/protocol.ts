/**
 * Messages between {@link mapInWorkers} and its worker threads, and how an
 * error crosses the thread boundary: a {@link DeeplinError} (bad input, one
 * line for the user) stays a DeeplinError with its message; anything else
 * becomes an Error whose message names the job's original error.
 */
import { DeeplinError } from '../errors';
import type { Progress } from './progress';

export interface WorkerRequest {
  /** The module that registered the job (see defineJob). */
  readonly module: string;
  readonly job: string;
  readonly index: number;
  readonly input: unknown;
  /** The caller listens to progress: the job gets a reporter (else none, so it can skip the bookkeeping). */
  readonly progress?: boolean;
}

export interface SerializedError {
  readonly name: string;
  readonly message: string;
  readonly stack: string;
  /** True for a {@link DeeplinError} (a user-facing, one-line error). */
  readonly deeplin: boolean;
}

export type WorkerReply =
  | { readonly index: number; readonly ok: true; readonly output: unknown }
  | { readonly index: number; readonly ok: false; readonly error: SerializedError };

/** A progress report of the job running on input `index` (any number before its reply). */
export interface WorkerProgress {
  readonly index: number;
  readonly progress: Progress;
}

/**
 * An error as plain data (to post from a worker).
 */
export function serializeError(e: unknown): SerializedError {
  if (e instanceof Error) return { name: e.name, message: e.message, stack: e.stack ?? '', deeplin: e instanceof DeeplinError };
  return { name: 'Error', message: String(e), stack: '', deeplin: false };
}

/**
 * The error again, on the receiving side (the stack is the worker's).
 */
export function deserializeError(s: SerializedError): Error {
  const e = s.deeplin ? new DeeplinError(s.message) : new Error(`${s.name}: ${s.message} (in a worker thread)`);
  if (s.deeplin) e.name = s.name;
  if (s.stack) e.stack = s.stack;
  return e;
}
