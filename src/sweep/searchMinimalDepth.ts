/**
 * The smallest depth N ≤ maxDepth at which the main conjecture fails for
 * uniform width w (or for widths built by a profile function), verifying
 * every smaller depth. Each depth is settled by {@link verifyArchitecture}:
 * exhaustive over the components of the data-independent part of A_H.
 *
 * @example
 * ```ts
 * import { searchMinimalDepth } from 'deeplin';
 * const r = searchMinimalDepth(1, 6, { seed: 1 });
 * [r.minimalDepth, r.depths.map((d) => d.verdict).join(',')]; // [null,"holds,holds,holds,holds,holds"]
 * ```
 */
import { ArgumentError } from '../errors';
import { uniformArchitecture } from '../model/architecture';
import { openCheckpoint, type Checkpoint } from '../parallel/checkpoint';
import { mapInWorkers } from '../parallel/pool';
import type { Progress } from '../parallel/progress';
import { architectureVerdict, architectureVerdictJob, sweepEntry, type ArchitectureVerdict, type SweepEntry } from './architectureVerdict';
import type { WitnessJson } from '../witness/witnessFormat';

/** One depth of a search: the fields of a sweep entry (widths and witness aside) and its wall time. */
export interface DepthVerdict extends Omit<SweepEntry, 'widths' | 'witness'> {
  readonly seconds: number;
}

export interface MinimalDepthResult {
  readonly width: number;
  /**
   * The minimal failing depth: the first failing depth when every smaller
   * depth is settled (holds over the coverage searched), else null (see
   * `minimalDepthRange`); null too when no depth ≤ maxDepth fails.
   */
  readonly minimalDepth: number | null;
  /**
   * Where the minimal failing depth lies when some smaller depth is
   * undetermined: [first undetermined depth, first failing depth] (the upper
   * end null when no depth ≤ maxDepth failed: at least the lower end, if any);
   * null when every depth searched is settled.
   */
  readonly minimalDepthRange: readonly [number, number | null] | null;
  /** True when every depth below the first failure (or ≤ maxDepth) holds over the whole coverage searched. */
  readonly smallerDepthsHold: boolean;
  /** Depths whose verdict is undetermined (e.g. the data-dependent part not covered), in order. */
  readonly undeterminedDepths: readonly number[];
  readonly witness: WitnessJson | null;
  readonly depths: readonly DepthVerdict[];
  readonly method: string;
}

export type SearchCoverage = 'full' | 'data-independent';

export function searchMinimalDepth(
  width: number,
  maxDepth: number,
  options: { seed?: number; coverage?: SearchCoverage; cycleStringLimit?: number; onDepth?: (v: DepthVerdict) => void } = {},
): MinimalDepthResult {
  checkMaxDepth('searchMinimalDepth', maxDepth);
  const verdicts: ArchitectureVerdict[] = [];
  for (let N = 2; N <= maxDepth; N++) {
    const v = architectureVerdict({ widths: uniformArchitecture(N, width).widths, seed: options.seed ?? 1, coverage: options.coverage ?? 'full', cycleStringLimit: options.cycleStringLimit });
    verdicts.push(v);
    options.onDepth?.(depthVerdict(v));
    if (v.verdict === 'fails') break;
  }
  return minimalDepthResult(width, options.coverage ?? 'full', verdicts);
}

function checkMaxDepth(who: string, maxDepth: number): void {
  if (!Number.isInteger(maxDepth) || maxDepth < 2 || maxDepth > 64) throw new ArgumentError(who, 'maxDepth', maxDepth, 'an integer in [2, 64]');
}

/**
 * One depth's line of a minimal-depth search, from the architecture's verdict.
 */
export function depthVerdict(v: ArchitectureVerdict): DepthVerdict {
  const { widths, witness, ...fields } = sweepEntry(v);
  return { ...fields, seconds: v.seconds };
}

/** The search result from the verdicts of depths 2, 3, … up to the first failure (or maxDepth). */
function minimalDepthResult(width: number, coverage: SearchCoverage, verdicts: readonly ArchitectureVerdict[]): MinimalDepthResult {
  const depths = verdicts.map(depthVerdict);
  const last = verdicts[verdicts.length - 1];
  const failing = last.verdict === 'fails' ? last.depth : null;
  // a depth is settled when it holds over all it was asked to cover (a 'data-independent' holds in a full search is not, e.g. from an old checkpoint)
  const settled = (d: DepthVerdict): boolean => d.verdict === 'holds' && (coverage === 'data-independent' || d.coverage === 'full');
  const unsettled = depths.filter((d) => d.depth !== failing && !settled(d)).map((d) => d.depth);
  const smallerDepthsHold = unsettled.length === 0;
  return {
    width,
    minimalDepth: smallerDepthsHold ? failing : null,
    minimalDepthRange: smallerDepthsHold ? null : [unsettled[0], failing],
    smallerDepthsHold,
    undeterminedDepths: unsettled,
    witness: last.verdict === 'fails' ? last.witness : null,
    depths,
    method:
      coverage === 'data-independent'
        ? 'exhaustive enumeration of the components of the data-independent part of A_H at every depth (three-block patterns x block components)'
        : 'exhaustive at every depth: components of the data-independent part of A_H (three-block patterns x block components) and maximal string orbits of its data-dependent part (cycle through C, stabiliser orbits); each depth states its coverage',
  };
}

export interface SearchInWorkersOptions {
  readonly seed?: number;
  readonly coverage?: SearchCoverage;
  /** Size guard of each depth's cycle-string enumeration (see verifyArchitecture); above it a depth is undetermined. */
  readonly cycleStringLimit?: number;
  /** Worker threads (default: the available cores); 1 runs in-process. The result is the same for every value. */
  readonly jobs?: number;
  /** Checkpoint file (JSON lines): finished depths are appended, and skipped when resuming (any maxDepth, same width, seed and coverage). */
  readonly checkpoint?: string;
  /** Stops scheduling; finished depths stay in the checkpoint; resolves with status "aborted". */
  readonly signal?: AbortSignal;
  /** Each depth's verdict, in depth order (2, 3, …), up to and including the first failure. */
  readonly onDepth?: (v: DepthVerdict) => void;
  /** After every finished depth (including those read from the checkpoint, reported once at the start). */
  readonly onProgress?: (done: number, total: number) => void;
  /** Progress within a depth being verified (its verify run's phases: components, data-dependent part). */
  readonly onDepthProgress?: (depth: number, progress: Progress) => void;
  /** Each depth actually verified in this run (not those read from the checkpoint), in completion order. */
  readonly onComputed?: (verdict: ArchitectureVerdict) => void;
  /** Name used at the start of error messages (default "searchMinimalDepthInWorkers"). */
  readonly label?: string;
}

export interface MinimalDepthRun {
  readonly status: 'complete' | 'aborted';
  readonly result: MinimalDepthResult | null;
  /** Depths finished (from the checkpoint and computed). */
  readonly done: number;
  /** Depths that had to be settled (2..maxDepth, or up to a failure already in the checkpoint). */
  readonly total: number;
  /** Depths read from the checkpoint. */
  readonly resumed: number;
}

/**
 * {@link searchMinimalDepth} with the depths verified in parallel by the
 * worker pool ({@link mapInWorkers}): the same result for every `jobs`
 * (depths up to and including the first failure, its witness); work on
 * larger depths is cancelled once a failure is found and every smaller depth
 * is done. Resumable from a checkpoint file; abortable.
 */
export async function searchMinimalDepthInWorkers(width: number, maxDepth: number, options: SearchInWorkersOptions = {}): Promise<MinimalDepthRun> {
  const who = options.label ?? 'searchMinimalDepthInWorkers';
  checkMaxDepth(who, maxDepth);
  const seed = options.seed ?? 1;
  const coverage = options.coverage ?? 'full';
  const widthsAt = (depth: number): readonly number[] => uniformArchitecture(depth, width).widths;
  widthsAt(2); // validates width
  let checkpoint: Checkpoint<ArchitectureVerdict> | null = null;
  if (options.checkpoint !== undefined) {
    checkpoint = openCheckpoint<ArchitectureVerdict>(
      options.checkpoint,
      { command: 'search', width, seed, coverage, ...(options.cycleStringLimit !== undefined ? { cycleStringLimit: options.cycleStringLimit } : {}) },
      (depth, output) => depth >= 2 && depth <= 64 && JSON.stringify((output as ArchitectureVerdict | null)?.widths) === JSON.stringify(widthsAt(depth)),
      who,
    );
  }
  try {
    const known = new Map<number, ArchitectureVerdict>(checkpoint?.finished ?? []);
    const knownFailure = [...known.values()].filter((v) => v.verdict === 'fails' && v.depth <= maxDepth).reduce((m, v) => Math.min(m, v.depth), Infinity);
    const candidates: number[] = [];
    for (let N = 2; N <= Math.min(maxDepth, knownFailure); N++) candidates.push(N);
    const resumed = candidates.filter((N) => known.has(N)).length;
    const todo = candidates.filter((N) => !known.has(N));
    let done = resumed;
    options.onProgress?.(done, candidates.length);
    // onDepth in depth order: cached and computed depths interleave
    const emitted: ArchitectureVerdict[] = [];
    const flush = (): void => {
      while (emitted.length < candidates.length && (emitted.length === 0 || emitted[emitted.length - 1].verdict !== 'fails')) {
        const v = known.get(candidates[emitted.length]);
        if (!v) return;
        emitted.push(v);
        options.onDepth?.(depthVerdict(v));
      }
    };
    flush();
    const run = await mapInWorkers(
      architectureVerdictJob,
      todo.map((N) => ({ widths: widthsAt(N), seed, coverage, cycleStringLimit: options.cycleStringLimit })),
      {
        jobs: options.jobs,
        signal: options.signal,
        onProgress: options.onDepthProgress && ((i, p) => options.onDepthProgress?.(todo[i], p)),
        onComplete: (i, v) => {
          checkpoint?.append(todo[i], v);
          done++;
          options.onComputed?.(v);
          options.onProgress?.(done, candidates.length);
        },
        onResult: (i, v) => {
          known.set(todo[i], v);
          flush();
        },
        shouldStop: (_i, v) => v.verdict === 'fails',
      },
    );
    if (run.status === 'aborted') return { status: 'aborted', result: null, done, total: candidates.length, resumed };
    flush();
    return { status: 'complete', result: minimalDepthResult(width, coverage, emitted), done, total: candidates.length, resumed };
  } finally {
    checkpoint?.close();
  }
}
