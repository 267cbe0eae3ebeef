/**
 * Which critical values a gradient-flow trajectory lingered on, and for how
 * long. The loss is non-increasing along the flow, so for a level c and a
 * band half-width ε the trajectory enters the band at the first time L ≤ c + ε
 * and leaves it at the first time L < c − ε; the dwell time is the
 * difference. A level counts as a plateau when the dwell time is at least
 * `minDwell`, or when the run ends inside its band (the level it stopped on).
 *
 * Independent of where the levels come from: any readonly list of
 * {@link CriticalLevel}s (the flow command passes the exact critical values
 * of the default data, rounded to doubles).
 *
 * @example
 * ```ts
 * import { matchPlateaus } from 'deeplin';
 * const levels = [{ value: 14, label: 'S = {}', kinds: ['saddle'] }, { value: 5, label: 'S = {1}', kinds: ['saddle'] }, { value: 0, label: 'S = {1,2,3}', kinds: ['global-minimum'] }];
 * // a loss curve that starts at 14, drops to 5 at t = 10, sits there until t = 30, reaches 0 at t = 40
 * const crossing = (x: number) => (x >= 14 ? 0 : x >= 5 ? 10 : x >= 0 ? 40 : null);
 * matchPlateaus(levels, crossing, { startLoss: 14, endLoss: 0, endTime: 50, band: 0.01, minDwell: 5 }).map((p) => [p.label, p.dwell]); // [["S = {}",10],["S = {1}",30],["S = {1,2,3}",10]]
 * ```
 */

/** A critical value of the loss, with a label and the kinds of critical points at that value. */
export interface CriticalLevel {
  readonly value: number;
  readonly label: string;
  readonly kinds: readonly string[];
}

/** A level the trajectory lingered on. */
export interface Plateau {
  readonly label: string;
  readonly value: number;
  readonly kinds: readonly string[];
  /** First time with L ≤ value + band. */
  readonly enter: number;
  /** First time with L < value − band, or null when the run ended inside the band. */
  readonly exit: number | null;
  /** exit − enter (endTime − enter when the run ended inside the band). */
  readonly dwell: number;
}

export interface PlateauOptions {
  readonly startLoss: number;
  readonly endLoss: number;
  readonly endTime: number;
  /** Half-width ε of the band around each level (absolute). */
  readonly band: number;
  /** Least dwell time of a plateau (the final level counts whatever its dwell time). */
  readonly minDwell: number;
}

/**
 * The plateaus, in the order visited (decreasing value). `crossing(x)` is
 * the first time the loss is ≤ x, or null when it never is.
 */
export function matchPlateaus(levels: readonly CriticalLevel[], crossing: (threshold: number) => number | null, options: PlateauOptions): Plateau[] {
  const { band, endTime } = options;
  const out: Plateau[] = [];
  for (const level of [...levels].sort((a, b) => b.value - a.value)) {
    const top = level.value + band;
    const enter = options.startLoss <= top ? 0 : crossing(top);
    if (enter === null) continue;
    const leaves = options.endLoss < level.value - band;
    const exit = leaves ? crossing(level.value - band) : null;
    const dwell = (exit ?? endTime) - enter;
    const final = exit === null;
    if (dwell >= options.minDwell || final) out.push({ label: level.label, value: level.value, kinds: [...level.kinds], enter, exit, dwell });
  }
  return out;
}

/**
 * The thresholds a run must record crossing times for (value ± band of every
 * level), decreasing.
 */
export function plateauThresholds(levels: readonly CriticalLevel[], band: number): number[] {
  const all = levels.flatMap((l) => [l.value + band, l.value - band]);
  return [...new Set(all)].sort((a, b) => b - a);
}
