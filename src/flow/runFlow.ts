/**
 * A batch of gradient-flow runs ({@link followFlow}) from K seeded starting
 * points, with the worker pool and a resumable checkpoint (as `deeplin
 * sweep` does), and the `deeplin/flow` result: the runs, the fraction that
 * reached a global minimum, the largest drift of δ, and two histograms
 * (plateau sequences; final gaps by decade). The same bytes for every `jobs`:
 * the run seeds are drawn from the batch seed in order, and each run is a
 * pure function of its input.
 *
 * ```json
 * { "kind": "deeplin/flow", "version": 1, "widths": [3,3,3,3], "inits": 200, "seed": 1, "scale": 0.1,
 *   "balanced": false, "settings": {…}, "data": {"X": …, "Y": …, "source": "…"}, "levels": […],
 *   "globalMinimum": 0, "fractionGlobalMinimum": 1, "maxDeltaDrift": 1e-13, "timeLimited": 0,
 *   "plateauSequences": [{"sequence": ["S = {1,2}", "S = {1,2,3}"], "count": 120}, …],
 *   "gapHistogram": [{"decade": -16, "count": 180}, …], "runs": […] }
 * ```
 *
 * @example
 * ```ts
 * import { runFlow } from 'deeplin';
 * const r = await runFlow({ widths: [2, 2, 2], inits: 3, seed: 1, scale: 0.1, balanced: false }, { jobs: 1 });
 * [r.status, r.result?.fractionGlobalMinimum]; // ["complete",1]
 * ```
 */
import { compactJson } from '../compactJson';
import { ArgumentError, FormatError } from '../errors';
import { openCheckpoint, type Checkpoint } from '../parallel/checkpoint';
import { mapInWorkers } from '../parallel/pool';
import { Rng } from '../random';
import { flowLandscape } from './criticalLevels';
import { DEFAULT_FLOW_SETTINGS, flowRunJob, type FlowRun, type FlowRunInput, type FlowSettings } from './followFlow';
import type { CriticalLevel } from './plateaus';

export const FLOW_KIND = 'deeplin/flow';
export const FLOW_VERSION = 1;

/** Largest batch, widths and parameter count accepted (runs take ~0.1–1 s each). */
export const MAX_FLOW_INITS = 100000;
export const MAX_FLOW_WIDTH = 16;
export const MAX_FLOW_DEPTH = 16;

/** What determines a batch (its identity in the checkpoint). */
export interface FlowParameters {
  readonly widths: readonly number[];
  readonly inits: number;
  readonly seed: number;
  readonly scale: number;
  readonly balanced: boolean;
  readonly settings?: FlowSettings;
}

/** The `deeplin/flow` file. */
export interface FlowResult {
  readonly kind: typeof FLOW_KIND;
  readonly version: typeof FLOW_VERSION;
  readonly widths: readonly number[];
  readonly inits: number;
  readonly seed: number;
  readonly scale: number;
  readonly balanced: boolean;
  readonly settings: FlowSettings;
  readonly data: { readonly X: readonly (readonly number[])[]; readonly Y: readonly (readonly number[])[]; readonly source: string };
  readonly levels: readonly CriticalLevel[];
  readonly globalMinimum: number;
  /** Runs whose final loss is within the band of the global minimum, over all runs. */
  readonly fractionGlobalMinimum: number;
  /** The largest relative drift of δ over all runs and steps. */
  readonly maxDeltaDrift: number;
  /** Runs stopped by the time limit (not by ‖∇L‖ ≤ gradTol). */
  readonly timeLimited: number;
  /** Histogram of the plateau sequences (labels in order), most frequent first. */
  readonly plateauSequences: readonly { readonly sequence: readonly string[]; readonly count: number }[];
  /** Histogram of the final gaps: floor(log10(gap)), or null for gap ≤ 0 (float). */
  readonly gapHistogram: readonly { readonly decade: number | null; readonly count: number }[];
  readonly runs: readonly FlowRun[];
}

export interface FlowOptions {
  /** Worker threads (default: the available cores); 1 runs in-process. */
  readonly jobs?: number;
  /** Checkpoint file (JSON lines): finished runs are appended, and skipped when resuming. */
  readonly checkpoint?: string;
  readonly signal?: AbortSignal;
  readonly onProgress?: (done: number, total: number) => void;
  /** Name at the start of error messages (default "runFlow"). */
  readonly label?: string;
}

export interface FlowBatch {
  readonly status: 'complete' | 'aborted';
  readonly result: FlowResult | null;
  readonly done: number;
  readonly total: number;
  /** Runs read from the checkpoint. */
  readonly resumed: number;
}

/** Checks the parameters (one-line ArgumentErrors) and returns them with the settings filled in. */
export function flowParameters(p: FlowParameters, who = 'runFlow'): Required<FlowParameters> {
  const { widths } = p;
  if (!Array.isArray(widths) || widths.length < 3 || widths.length > MAX_FLOW_DEPTH + 1 || !widths.every((d) => Number.isInteger(d) && d >= 1 && d <= MAX_FLOW_WIDTH)) {
    throw new ArgumentError(who, '--widths', Array.isArray(widths) ? widths.join(',') : widths, `3 to ${MAX_FLOW_DEPTH + 1} integers in [1, ${MAX_FLOW_WIDTH}] (depth 2..${MAX_FLOW_DEPTH})`);
  }
  if (!Number.isInteger(p.inits) || p.inits < 1 || p.inits > MAX_FLOW_INITS) throw new ArgumentError(who, '--inits', p.inits, `an integer in [1, ${MAX_FLOW_INITS}]`);
  if (!Number.isInteger(p.seed) || p.seed < 0 || p.seed > 2 ** 32 - 1) throw new ArgumentError(who, '--seed', p.seed, 'an integer in [0, 4294967295]');
  if (!(p.scale > 0 && p.scale <= 100)) throw new ArgumentError(who, '--scale', p.scale, 'a number in (0, 100]');
  const settings = p.settings ?? DEFAULT_FLOW_SETTINGS;
  if (!(settings.tMax > 0 && settings.tMax <= 1e7)) throw new ArgumentError(who, '--t-max', settings.tMax, 'a number in (0, 1e7]');
  return { widths: [...widths], inits: p.inits, seed: p.seed, scale: p.scale, balanced: p.balanced === true, settings: { ...settings } };
}

/** Runs the batch; resolves with its result, or with status "aborted" (and what was finished) when `signal` fires. */
export async function runFlow(parameters: FlowParameters, options: FlowOptions = {}): Promise<FlowBatch> {
  const who = options.label ?? 'runFlow';
  const p = flowParameters(parameters, who);
  const landscape = flowLandscape(p.widths);
  const master = new Rng(p.seed);
  const seeds = Array.from({ length: p.inits }, () => master.nextUint32());
  const inputs: FlowRunInput[] = seeds.map((seed, index) => ({
    widths: p.widths, X: landscape.X, Y: landscape.Y, levels: landscape.levels, globalMinimum: landscape.globalMinimum,
    index, seed, scale: p.scale, balanced: p.balanced, settings: p.settings,
  }));
  let checkpoint: Checkpoint<FlowRun> | null = null;
  if (options.checkpoint !== undefined) {
    checkpoint = openCheckpoint<FlowRun>(options.checkpoint, { command: 'flow', ...p }, (index, output) => index >= 0 && index < p.inits && (output as FlowRun | null)?.seed === seeds[index], who);
  }
  try {
    const finished = new Map<number, FlowRun>(checkpoint?.finished ?? []);
    const resumed = finished.size;
    const todo = inputs.map((_, k) => k).filter((k) => !finished.has(k));
    let done = resumed;
    options.onProgress?.(done, p.inits);
    const run = await mapInWorkers(flowRunJob, todo.map((k) => inputs[k]), {
      jobs: options.jobs,
      signal: options.signal,
      onComplete: (i, output) => {
        checkpoint?.append(todo[i], output);
        finished.set(todo[i], output);
        done++;
        options.onProgress?.(done, p.inits);
      },
    });
    if (run.status !== 'complete') return { status: 'aborted', result: null, done, total: p.inits, resumed };
    const runs = inputs.map((_, k) => {
      const r = finished.get(k);
      if (!r) throw new FormatError(who, `run ${k} has no result`);
      return r;
    });
    return { status: 'complete', result: flowResult(p, landscape, runs), done, total: p.inits, resumed };
  } finally {
    checkpoint?.close();
  }
}

function flowResult(p: Required<FlowParameters>, landscape: ReturnType<typeof flowLandscape>, runs: readonly FlowRun[]): FlowResult {
  const sequences = new Map<string, { sequence: string[]; count: number }>();
  for (const r of runs) {
    const sequence = r.plateaus.map((x) => x.label);
    const key = JSON.stringify(sequence);
    const entry = sequences.get(key) ?? { sequence, count: 0 };
    entry.count++;
    sequences.set(key, entry);
  }
  const decades = new Map<number | null, number>();
  for (const r of runs) {
    const d = r.gap > 0 ? Math.floor(Math.log10(r.gap)) : null;
    decades.set(d, (decades.get(d) ?? 0) + 1);
  }
  return {
    kind: FLOW_KIND,
    version: FLOW_VERSION,
    widths: p.widths,
    inits: p.inits,
    seed: p.seed,
    scale: p.scale,
    balanced: p.balanced,
    settings: p.settings,
    data: { X: landscape.X, Y: landscape.Y, source: landscape.source },
    levels: landscape.levels,
    globalMinimum: landscape.globalMinimum,
    fractionGlobalMinimum: runs.filter((r) => r.reachedGlobalMinimum).length / runs.length,
    maxDeltaDrift: Math.max(...runs.map((r) => r.deltaDrift)),
    timeLimited: runs.filter((r) => r.status === 'time-limit').length,
    plateauSequences: [...sequences.values()].sort((a, b) => b.count - a.count || JSON.stringify(a.sequence).localeCompare(JSON.stringify(b.sequence))),
    gapHistogram: [...decades.entries()].map(([decade, count]) => ({ decade, count })).sort((a, b) => (a.decade ?? -Infinity) - (b.decade ?? -Infinity)),
    runs,
  };
}

/**
 * The canonical text of a flow result (two-space JSON, arrays of numbers on
 * one line, final newline).
 */
export function flowToJson(result: FlowResult): string {
  return `${compactJson(result)}\n`;
}
