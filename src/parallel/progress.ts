/**
 * How far a long computation has got: the step it is in (`phase`, e.g.
 * "data-independent components") and how many of that step's `total` units
 * are `done`. Library functions take an optional `onProgress` callback and
 * call it as units finish; they never print. A worker-pool job receives one
 * too ({@link defineJob}), and its reports reach the caller of
 * {@link mapInWorkers} through `onProgress`. Rendering (throttling, ETA) is
 * the caller's business (the CLI's progress ticker).
 */
export interface Progress {
  /** The step, in words (stable within a step: a new phase restarts the rate measurement). */
  readonly phase: string;
  /** Units of this phase finished, 0 <= done <= total. */
  readonly done: number;
  /** Units of this phase in all. */
  readonly total: number;
  /** An optional short note (e.g. the best rank so far). */
  readonly note?: string;
}

/** A progress callback (see {@link Progress}). */
export type OnProgress = (progress: Progress) => void;
