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
 * Method: the sweep of {@link enumerateDecompositions} over the vertices, and
 * a decomposition is abandoned as soon as an interval Q closes while an
 * interval P closed before it allows a move that stays in V (all such P are
 * known when Q closes, since e_1 < e_2), so whole subtrees are skipped.
 */
import { ArgumentError } from '../errors';
import { intervalDecomposition, type Interval, type IntervalDecomposition } from './intervalDecomposition';

/** reach[s] = the last vertex an interval starting at s may reach without covering a window [a − 1, b] of `conditions` (s = 0..N). */
export function intervalReach(N: number, conditions: readonly (readonly number[])[]): number[] {
  return Array.from({ length: N + 1 }, (_, s) => {
    let last = N;
    for (const [a, b] of conditions) if (s <= a - 1 && b - 1 < last) last = b - 1;
    return last;
  });
}

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
  const movable = (closed: readonly Interval[], b: number, e2: number): boolean =>
    closed.some(([a, e1]) => a < b && b <= e1 + 1 && e1 < e2 && e2 <= reach[a]);
  function* rec(v: number, open: readonly number[], closed: readonly Interval[]): Generator<IntervalDecomposition> {
    if (v > N) {
      // the intervals still open close at N: each must admit no move with the earlier ones
      if (open.some((b) => movable(closed, b, N))) return;
      yield intervalDecomposition(N, [...closed, ...open.map((s) => [s, N] as const)]);
      return;
    }
    const distinct = [...new Set(open)];
    const counts = distinct.map((s) => open.filter((x) => x === s).length);
    const choice = new Array<number>(distinct.length).fill(0);
    function* choose(i: number, kept: number): Generator<IntervalDecomposition> {
      if (i === distinct.length) {
        if (kept > widths[v]) return;
        const continuing: number[] = [];
        const ended: Interval[] = [];
        distinct.forEach((s, j) => {
          for (let c = 0; c < choice[j]; c++) continuing.push(s);
          for (let c = choice[j]; c < counts[j]; c++) ended.push([s, v - 1]);
        });
        if (ended.some(([b]) => movable(closed, b, v - 1))) return;
        yield* rec(v + 1, [...continuing, ...new Array<number>(widths[v] - kept).fill(v)], [...closed, ...ended]);
        return;
      }
      const max = reach[distinct[i]] >= v ? Math.min(counts[i], widths[v] - kept) : 0;
      for (let c = max; c >= 0; c--) {
        choice[i] = c;
        yield* choose(i + 1, kept + c);
      }
    }
    yield* choose(0, 0);
  }
  yield* rec(1, new Array<number>(widths[0]).fill(0), []);
}
