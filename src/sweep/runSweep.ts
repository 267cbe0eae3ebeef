/**
 * A sweep: verify every architecture of a {@link SweepParameters} list (or
 * one shard of it) with the worker pool, resumable from a checkpoint file, and
 * produce the `deeplin/sweep` result — the same bytes for every `jobs`, and
 * for the merge of all shards ({@link mergeSweeps}) as for the unsharded run.
 *
 * ```json
 * { "kind": "deeplin/sweep", "version": 1, "parameters": {…}, "seed": 1,
 *   "shard": {"index": 0, "count": 16} | null, "total": 1080,
 *   "results": [ { "widths": [1,1,1], "depth": 2, "verdict": "holds", "coverage": "full",
 *                  "restrictedDimension": 0, "genericDimension": 1, "genericExact": true,
 *                  "components": 0, "failureProbability": 0, "witness": null }, … ] }
 * ```
 *
 * @example
 * ```ts
 * import { runSweep, sweepParameters } from 'deeplin';
 * const run = await runSweep(sweepParameters({ family: 'uniform', widths: [1], minDepth: 2, maxDepth: 3 }), { seed: 1, jobs: 1 });
 * run.result?.results.map((r) => r.verdict); // ["holds","holds"]
 * ```
 */
import { compactJson } from '../compactJson';
import { ArgumentError, FormatError } from '../errors';
import { openCheckpoint, type Checkpoint } from '../parallel/checkpoint';
import { mapInWorkers } from '../parallel/pool';
import type { Progress } from '../parallel/progress';
import { architectureVerdictJob, sweepEntry, type ArchitectureVerdict, type SweepEntry } from './architectureVerdict';
import { shardIndices, sweepArchitectures, type Shard, type SweepParameters } from './sweepPlan';

export const SWEEP_KIND = 'deeplin/sweep';
export const SWEEP_VERSION = 1;

/** The `deeplin/sweep` file. */
export interface SweepResult {
  readonly kind: typeof SWEEP_KIND;
  readonly version: typeof SWEEP_VERSION;
  readonly parameters: SweepParameters;
  readonly seed: number;
  readonly shard: Shard | null;
  /** Architectures in the full (unsharded) sweep. */
  readonly total: number;
  /** This file's architectures, in the canonical order. */
  readonly results: readonly SweepEntry[];
}

export interface SweepOptions {
  readonly seed?: number;
  /** Run only shard index/count (architecture k belongs to shard k mod count). */
  readonly shard?: Shard | null;
  /** Worker threads (default: the available cores); 1 runs in-process. */
  readonly jobs?: number;
  /** Checkpoint file (JSON lines): finished architectures are appended, and skipped when resuming. */
  readonly checkpoint?: string;
  /** Stops scheduling; finished work stays in the checkpoint; resolves with status "aborted". */
  readonly signal?: AbortSignal;
  /** After every finished architecture (including those found in the checkpoint, reported once at the start). */
  readonly onProgress?: (done: number, total: number) => void;
  /** Progress within an architecture being verified (its verify run's phases), with its widths. */
  readonly onArchitectureProgress?: (widths: readonly number[], progress: Progress) => void;
  /** Each architecture actually verified in this run (not those read from the checkpoint), in completion order. */
  readonly onComputed?: (verdict: ArchitectureVerdict) => void;
  /** Name used at the start of error messages (default "runSweep"). */
  readonly label?: string;
}

export interface SweepRun {
  readonly status: 'complete' | 'aborted';
  /** The sweep result when complete. */
  readonly result: SweepResult | null;
  /** Architectures of this shard finished (from the checkpoint and computed). */
  readonly done: number;
  /** Architectures in this shard. */
  readonly total: number;
  /** Architectures read from the checkpoint instead of computed. */
  readonly resumed: number;
}

/**
 * Runs the sweep (or its shard) and resolves with its result, or with
 * status "aborted" (and what was finished) when `signal` fires.
 *
 * @example
 * ```ts
 * import { runSweep, sweepParameters } from 'deeplin';
 * const p = sweepParameters({ family: 'profiles', maxWidth: 2, minDepth: 2, maxDepth: 2, coverage: 'data-independent' });
 * const run = await runSweep(p, { seed: 1, jobs: 1, shard: { index: 1, count: 3 } });
 * run.result?.results.map((r) => r.widths.join('')); // ["112","211","222"]: architectures 1, 4, 7 of 8
 * ```
 */
export async function runSweep(parameters: SweepParameters, options: SweepOptions = {}): Promise<SweepRun> {
  const who = options.label ?? 'runSweep';
  const seed = options.seed ?? 1;
  if (!Number.isInteger(seed) || seed < 0 || seed > 2 ** 32 - 1) throw new ArgumentError(who, 'seed', seed, 'an integer in [0, 4294967295]');
  const shard = options.shard ?? null;
  const architectures = sweepArchitectures(parameters);
  const mine = shardIndices(architectures.length, shard);
  const mineSet = new Set(mine);
  let checkpoint: Checkpoint<ArchitectureVerdict> | null = null;
  if (options.checkpoint !== undefined) {
    checkpoint = openCheckpoint<ArchitectureVerdict>(
      options.checkpoint,
      { command: 'sweep', parameters, seed, shard },
      (index, output) => mineSet.has(index) && sameWidths((output as SweepEntry | null)?.widths, architectures[index]),
      who,
    );
  }
  try {
    const finished = new Map<number, SweepEntry>();
    for (const [k, v] of checkpoint?.finished ?? []) finished.set(k, sweepEntry(v));
    const resumed = finished.size;
    const todo = mine.filter((k) => !finished.has(k));
    let done = resumed;
    options.onProgress?.(done, mine.length);
    const run = await mapInWorkers(
      architectureVerdictJob,
      todo.map((k) => ({ widths: architectures[k], seed, coverage: parameters.coverage })),
      {
        jobs: options.jobs,
        signal: options.signal,
        onProgress: options.onArchitectureProgress && ((i, p) => options.onArchitectureProgress?.(architectures[todo[i]], p)),
        onComplete: (i, verdict) => {
          checkpoint?.append(todo[i], verdict);
          finished.set(todo[i], sweepEntry(verdict));
          done++;
          options.onComputed?.(verdict);
          options.onProgress?.(done, mine.length);
        },
      },
    );
    if (run.status !== 'complete') return { status: 'aborted', result: null, done, total: mine.length, resumed };
    const results = mine.map((k) => {
      const entry = finished.get(k);
      if (!entry) throw new FormatError(who, `architecture ${k} (${architectures[k].join(',')}) has no result`);
      return entry;
    });
    return { status: 'complete', result: { kind: SWEEP_KIND, version: SWEEP_VERSION, parameters, seed, shard, total: architectures.length, results }, done, total: mine.length, resumed };
  } finally {
    checkpoint?.close();
  }
}

function sameWidths(a: unknown, b: readonly number[]): boolean {
  return Array.isArray(a) && a.length === b.length && a.every((x, i) => x === b[i]);
}

/**
 * The canonical text of a sweep file: fields in a fixed order, two-space
 * indentation with arrays of numbers or strings on one line, a final newline
 * — what `deeplin sweep --out` and `deeplin merge --out` write, so equal
 * sweeps are equal bytes.
 */
export function sweepToJson(result: SweepResult): string {
  const canonical: SweepResult = {
    kind: result.kind,
    version: result.version,
    parameters: result.parameters,
    seed: result.seed,
    shard: result.shard ? { index: result.shard.index, count: result.shard.count } : null,
    total: result.total,
    results: result.results.map(sweepEntry),
  };
  return `${compactJson(canonical)}\n`;
}
