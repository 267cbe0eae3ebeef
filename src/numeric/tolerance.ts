/**
 * THE tolerance module of deeplin: every numerical threshold of the project
 * is defined, documented and validated here, and nowhere else. (ml-matrix
 * keeps tolerances in several places with different meanings — SVD rank,
 * SVD threshold, pseudo-inverse, solve; deeplin does not.)
 *
 * Numeric results are estimates; exact ranks live in `src/algebra`. The
 * tolerances only decide what a float computation reports and how loudly it
 * says that the report is fragile.
 */
import { ArgumentError } from '../errors';

/**
 * The tolerances a numeric routine uses; see {@link TOLERANCES} for meanings and defaults.
 */
export interface Tolerances {
  /**
   * Relative rank tolerance: a singular value σ of an m × n matrix counts as
   * nonzero iff `σ > rankRelative · σ_max · max(m, n)`.
   */
  readonly rankRelative: number;
  /**
   * Minimal singular-value gap: a numerical rank r is reported with status
   * `'ok'` only if `σ_r / σ_{r+1} ≥ minGapRatio`.
   */
  readonly minGapRatio: number;
}

/**
 * Default tolerances (frozen).
 *
 * - `rankRelative = 2.220446049250313e-16` (machine epsilon, 2^-52): the
 *   threshold `ε · σ_max · max(m, n)` is the one of numpy's `matrix_rank` and
 *   of LAPACK-based codes. A backward-stable SVD returns the singular values
 *   of `A + E` with `‖E‖ ≈ ε ‖A‖` (times a modest function of the size), so
 *   singular values below that level are indistinguishable from zero.
 * - `minGapRatio = 1e6`: singular values that are exactly zero come out of a
 *   double-precision SVD at the level `~ε σ_max ≈ 1e-16 σ_max`; demanding a
 *   ratio of 10^6 between the last kept and the first dropped singular value
 *   means the kept ones lie above `~1e-10 σ_max`, i.e. the decision has at
 *   least six orders of magnitude of margin against rounding noise, while
 *   well-scaled matrices of exact data (small rational entries, generic
 *   points) still pass easily. A smaller gap means the rank is numerically
 *   ambiguous and must be settled by exact arithmetic (`rankModP`,
 *   `rankOverQ`), never trusted silently.
 *
 * @example
 * ```ts
 * import { TOLERANCES } from 'deeplin';
 * TOLERANCES.rankRelative; // 2.220446049250313e-16
 * TOLERANCES.minGapRatio;  // 1000000
 * ```
 */
export const TOLERANCES: Tolerances = Object.freeze({
  rankRelative: 2.220446049250313e-16,
  minGapRatio: 1e6,
});

const KEYS: readonly (keyof Tolerances)[] = ['rankRelative', 'minGapRatio'];

/**
 * The defaults of {@link TOLERANCES} with `overrides` applied, frozen.
 * Throws ArgumentError when `overrides` is not an object, names an unknown
 * tolerance, or gives a value that is not a positive finite number.
 */
export function resolveTolerances(overrides?: Partial<Tolerances>): Tolerances {
  if (overrides === undefined) return TOLERANCES;
  if (overrides === null || typeof overrides !== 'object' || Array.isArray(overrides)) {
    throw new ArgumentError('resolveTolerances', 'overrides', overrides, `an object with some of the keys ${KEYS.join(', ')}`);
  }
  const out: { rankRelative: number; minGapRatio: number } = { ...TOLERANCES };
  for (const key of Object.keys(overrides)) {
    if (!(KEYS as readonly string[]).includes(key)) {
      throw new ArgumentError('resolveTolerances', 'key', key, `one of ${KEYS.join(', ')}`);
    }
    const value: unknown = (overrides as Record<string, unknown>)[key];
    if (value === undefined) continue;
    if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
      throw new ArgumentError('resolveTolerances', key, value, 'a positive finite number');
    }
    out[key as keyof Tolerances] = value;
  }
  return Object.freeze(out);
}
