/**
 * The interval decompositions of the line 0 → 1 → ⋯ → N with dimension
 * vector `widths` (zeros allowed) in which every listed product
 * W_b ⋯ W_a vanishes (no interval covers [a−1, b], as in
 * {@link enumerateDecompositions}) and that are LOCALLY MAXIMAL in that
 * closed family V: no elementary move P ⊕ Q → [a, e_2] ⊕ [b, e_1] (for
 * P = [a, e_1], Q = [b, e_2], a < b ≤ e_1 + 1, e_1 < e_2) stays in V.
 *
 * Why dropping the others is sound: such a move is the exact sequence
 * 0 → [b, e_2] → [a, e_2] ⊕ [b, e_1] → [a, e_1] → 0, so P ⊕ Q ⊕ R lies in
 * the closure of the orbit [a, e_2] ⊕ [b, e_1] ⊕ R (Riedtmann), and that orbit
 * is in V: [b, e_1] ⊂ P and the move stays in V only if [a, e_2] contains no
 * window. Moves strictly increase the orbit dimension, so following them
 * from any member of V ends at a kept one: every dropped decomposition lies
 * in the closure of a kept one (which is all a maximum of a closure-monotone
 * quantity needs; the kept list may still hold non-maximal orbits).
 *
 * Method: the sweep of {@link enumerateDecompositions} ({@link intervalSweep}), and
 * a decomposition is abandoned as soon as an interval Q closes while an
 * interval P closed before it allows a move that stays in V (all such P are
 * known when Q closes, since e_1 < e_2), so whole subtrees are skipped.
 */
import { ArgumentError } from '../errors';
import type { Interval, IntervalDecomposition } from './intervalDecomposition';
import { intervalReach, intervalSweep } from './intervalSweep';

export function* locallyMaximalDecompositions(
  widths: readonly number[],
  conditions: readonly (readonly number[])[],
): Generator<IntervalDecomposition> {
  const N = widths.length - 1;
  if (N < 1) throw new ArgumentError('locallyMaximalDecompositions', 'widths', widths, 'at least 2 entries');
  widths.forEach((d, i) => {
    if (!Number.isInteger(d) || d < 0) throw new ArgumentError('locallyMaximalDecompositions', `widths[${i}]`, d, 'an integer >= 0');
  });
  const reach = intervalReach(N, conditions);
  /** Some closed P = [a, e1] gives, with Q = [b, e2] closing now, a move that stays in V. */
  const movable = (closed: readonly Interval[], [b, e2]: Interval): boolean =>
    closed.some(([a, e1]) => a < b && b <= e1 + 1 && e1 < e2 && e2 <= reach[a]);
  yield* intervalSweep(widths, reach, (closed, ended) => !ended.some((q) => movable(closed, q)));
}
