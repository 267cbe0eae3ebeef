/**
 * One gradient-flow run: Ẇ = −∇L from a seeded starting point, integrated
 * by {@link dormandPrinceSteps} until ‖∇L‖ ≤ `gradTol` ("converged") or
 * t = `tMax` ("time-limit"). Reports the final loss and its gap to the
 * global minimum, the plateaus ({@link matchPlateaus}) with their kinds, the
 * relative drift of δ (checked at every accepted step), and a loss curve of
 * at most ~80 points. Everything is float64 (not exact): the drift of δ, a
 * conserved quantity, measures the integration error.
 *
 * The drift of δ is `max_t ‖δ(θ(t)) − δ(θ(0))‖ / max(‖δ(θ(0))‖, max_t ‖θ(t)‖²)`:
 * relative to δ(0), or to the size of δ's terms Σ_i ‖W_i‖_F² when δ(0) is
 * smaller (balanced starts have δ(0) = 0, so a pure relative drift would
 * divide by rounding noise).
 *
 * A pure function of its input (the job `flow-run` of the worker pool): the
 * same input gives the same bytes in any thread.
 */
import { ArgumentError } from '../errors';
import { defineJob } from '../parallel/job';
import { Rng } from '../random';
import { dormandPrinceSteps } from './dormandPrince';
import { flowDelta, flowGradient, flowLoss, flowProblem } from './flowProblem';
import { balancedInitialPoint, randomInitialPoint } from './initialPoint';
import { matchPlateaus, plateauThresholds, type CriticalLevel, type Plateau } from './plateaus';

/** Numerical settings of a flow run (all part of the run's identity). */
export interface FlowSettings {
  /** Relative / absolute local error tolerances of the ODE solver. */
  readonly rtol: number;
  readonly atol: number;
  /** Stop when ‖∇L‖ ≤ gradTol. */
  readonly gradTol: number;
  /** Stop at this time at the latest. */
  readonly tMax: number;
  /** Band half-width around each critical value, relative to tr(YYᵀ) (the loss at W = 0). */
  readonly band: number;
  /** A plateau lasts at least this fraction of the run's time. */
  readonly dwellFraction: number;
  /** Points of the stored loss curve (uniform in time) plus as many uniform in log-gap. */
  readonly curvePoints: number;
}

/**
 * Defaults: rtol 1e-11, atol 1e-13 (tight enough that δ drifts < 1e-8 and
 * the closed form is matched to 1e-9), ‖∇L‖ ≤ 1e-8, t ≤ 10^4, bands of
 * 10^-3 tr(YYᵀ), plateaus ≥ 2% of the run, 40 + 40 curve points.
 */
export const DEFAULT_FLOW_SETTINGS: FlowSettings = Object.freeze({ rtol: 1e-11, atol: 1e-13, gradTol: 1e-8, tMax: 1e4, band: 1e-3, dwellFraction: 0.02, curvePoints: 40 });

/** Input of one run (JSON-compatible). */
export interface FlowRunInput {
  readonly widths: readonly number[];
  readonly X: readonly (readonly number[])[];
  readonly Y: readonly (readonly number[])[];
  readonly levels: readonly CriticalLevel[];
  readonly globalMinimum: number;
  /** Position of the run in its batch (reported back). */
  readonly index: number;
  /** The run's own seed (drawn from the batch seed). */
  readonly seed: number;
  /** σ of the starting point. */
  readonly scale: number;
  /** Start on δ = 0. */
  readonly balanced: boolean;
  readonly settings: FlowSettings;
}

/** The outcome of one run. */
export interface FlowRun {
  readonly index: number;
  readonly seed: number;
  readonly status: 'converged' | 'time-limit';
  readonly finalTime: number;
  readonly initialLoss: number;
  readonly finalLoss: number;
  /** finalLoss − globalMinimum (float). */
  readonly gap: number;
  /** gap ≤ band · tr(YYᵀ). */
  readonly reachedGlobalMinimum: boolean;
  readonly finalGradientNorm: number;
  readonly plateaus: readonly Plateau[];
  /** Relative drift of δ (see the file header). */
  readonly deltaDrift: number;
  /** ‖δ(θ(0))‖. */
  readonly initialDeltaNorm: number;
  readonly steps: number;
  readonly rejectedSteps: number;
  /** Downsampled loss curve: times and losses (6 significant digits). */
  readonly curve: { readonly t: readonly number[]; readonly loss: readonly number[] };
}

/**
 * One gradient-flow run from a seeded initial point, with its plateaus matched to the critical values (see the file header).
 *
 * @example
 * ```ts
 * import { flowLandscape, followFlow } from 'deeplin';
 * const l = flowLandscape([2, 2, 2]);
 * const settings = { rtol: 1e-11, atol: 1e-13, gradTol: 1e-8, tMax: 1e4, band: 1e-3, dwellFraction: 0.02, curvePoints: 40 };
 * const run = followFlow({ widths: [2, 2, 2], X: l.X, Y: l.Y, levels: [...l.levels], globalMinimum: l.globalMinimum, index: 0, seed: 7, scale: 0.01, balanced: false, settings });
 * [run.status, run.reachedGlobalMinimum, run.plateaus.map((p) => p.value)]; // ["converged", true, [5, 0]]   lingers at W = 0 (loss 5), then reaches 0
 * run.deltaDrift < 1e-8; // true
 * ```
 */
export function followFlow(input: FlowRunInput): FlowRun {
  const s = input.settings;
  if (!(input.scale > 0 && Number.isFinite(input.scale))) throw new ArgumentError('followFlow', 'scale', input.scale, 'a positive finite number');
  const p = flowProblem(input.widths, input.X, input.Y);
  const rng = new Rng(input.seed);
  const theta0 = input.balanced ? balancedInitialPoint(input.widths, rng, input.scale) : randomInitialPoint(input.widths, rng, input.scale);
  const band = s.band * p.trYY;
  const delta0 = flowDelta(p, theta0);
  const delta0Norm = norm(delta0);
  const initialLoss = flowLoss(p, theta0);
  const thresholds = plateauThresholds(input.levels, band);
  const crossings = new Map<number, number>();
  let next = 0;
  while (next < thresholds.length && initialLoss <= thresholds[next]) crossings.set(thresholds[next++], 0);
  const times = [0];
  const losses = [initialLoss];
  let maxDeltaError = 0;
  let maxThetaSq = dotSelf(theta0);
  const rhs = (y: Float64Array, out: Float64Array): void => {
    flowGradient(p, y, out);
    for (let i = 0; i < out.length; i++) out[i] = -out[i];
  };
  let status: FlowRun['status'] = 'time-limit';
  let finalTime = 0;
  let finalTheta = theta0;
  let finalGrad = norm(flowGradient(p, theta0));
  let steps = 0;
  let rejected = 0;
  if (finalGrad <= s.gradTol) status = 'converged';
  else {
    for (const step of dormandPrinceSteps(rhs, theta0, { tEnd: s.tMax, rtol: s.rtol, atol: s.atol })) {
      steps++;
      rejected = step.rejected;
      const L = flowLoss(p, step.y);
      while (next < thresholds.length && L <= thresholds[next]) {
        crossings.set(thresholds[next], crossingTime(step.t0, step.t1, (t) => flowLoss(p, step.dense(t)) <= thresholds[next]));
        next++;
      }
      const d = flowDelta(p, step.y);
      let e = 0;
      for (let i = 0; i < d.length; i++) e += (d[i] - delta0[i]) ** 2;
      maxDeltaError = Math.max(maxDeltaError, Math.sqrt(e));
      maxThetaSq = Math.max(maxThetaSq, dotSelf(step.y));
      times.push(step.t1);
      losses.push(L);
      finalTime = step.t1;
      finalTheta = step.y;
      finalGrad = norm(step.dy);
      if (finalGrad <= s.gradTol) {
        status = 'converged';
        break;
      }
    }
  }
  const finalLoss = flowLoss(p, finalTheta);
  const gap = finalLoss - input.globalMinimum;
  const plateaus = matchPlateaus(input.levels, (x) => crossings.get(x) ?? null, {
    startLoss: initialLoss, endLoss: finalLoss, endTime: finalTime, band, minDwell: s.dwellFraction * finalTime,
  });
  return {
    index: input.index,
    seed: input.seed,
    status,
    finalTime,
    initialLoss,
    finalLoss,
    gap,
    reachedGlobalMinimum: gap <= band,
    finalGradientNorm: finalGrad,
    plateaus,
    deltaDrift: maxDeltaError / Math.max(delta0Norm, maxThetaSq),
    initialDeltaNorm: delta0Norm,
    steps,
    rejectedSteps: rejected,
    curve: downsample(times, losses, input.globalMinimum, s.curvePoints),
  };
}

/** The first time in [t0, t1] where `below` holds (it holds at t1), by 40 bisections of the dense output. */
function crossingTime(t0: number, t1: number, below: (t: number) => boolean): number {
  let lo = t0;
  let hi = t1;
  for (let k = 0; k < 40 && hi - lo > 1e-14 * Math.max(1, hi); k++) {
    const mid = (lo + hi) / 2;
    if (below(mid)) hi = mid;
    else lo = mid;
  }
  return hi;
}

/** At most 2·count + 2 samples: uniform in time, uniform in log(gap), the first and the last. */
function downsample(times: readonly number[], losses: readonly number[], minimum: number, count: number): { t: number[]; loss: number[] } {
  const n = times.length;
  const keep = new Set<number>([0, n - 1]);
  const tEnd = times[n - 1];
  let j = 0;
  for (let k = 1; k < count; k++) {
    const target = (k / count) * tEnd;
    while (j < n - 1 && times[j] < target) j++;
    keep.add(j);
  }
  const floor = 1e-16 * Math.max(1, Math.abs(minimum), losses[0]);
  const logGap = (i: number): number => Math.log10(Math.max(losses[i] - minimum, floor));
  const hi = logGap(0);
  const lo = logGap(n - 1);
  j = 0;
  for (let k = 1; k < count && hi > lo; k++) {
    const target = hi - (k / count) * (hi - lo);
    while (j < n - 1 && logGap(j) > target) j++;
    keep.add(j);
  }
  const idx = [...keep].sort((a, b) => a - b);
  const round = (x: number): number => Number(x.toPrecision(6));
  return { t: idx.map((i) => round(times[i])), loss: idx.map((i) => round(losses[i])) };
}

function dotSelf(v: Float64Array): number {
  let s = 0;
  for (let i = 0; i < v.length; i++) s += v[i] * v[i];
  return s;
}

function norm(v: Float64Array): number {
  return Math.sqrt(dotSelf(v));
}

/** `followFlow` as a job of the worker pool (`deeplin flow --jobs J`). */
export const flowRunJob = defineJob(__filename, 'flow-run', followFlow);
