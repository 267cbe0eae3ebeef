/**
 * The least dim End(M) over the interval decompositions M of the line
 * 0 → 1 → ⋯ → N with dimension vector `widths` (zeros allowed) in which every
 * listed product W_b ⋯ W_a vanishes (no interval covers [a−1, b], as in
 * {@link locallyMaximalDecompositions}) — without listing them.
 *
 * dim Hom(I, J) for intervals I = [a, b], J = [a', b'] is 1 if
 * a' ≤ a ≤ b' ≤ b and 0 otherwise (the strings of the cycle,
 * {@link cycleStringHomDimension}, that do not pass C). So when J closes at
 * vertex b', its pairs (I, J) are the intervals I open at b' (containing b',
 * J itself included) that started at or after a': dim End(M) is a sum of
 * terms each known when an interval closes, from the multiset of starts of
 * the intervals open at that vertex. The sweep over the vertices of
 * {@link locallyMaximalDecompositions} (which of the open intervals continue)
 * becomes a shortest-path dynamic programme over those multisets.
 *
 * Every orbit of the family has dimension Σ d_v² − dim End, so this is the
 * dimension of its largest orbit, the quantity the maximal data-dependent
 * orbits are ordered by (see maximalHessianCycleOrbits).
 */
import { intervalReach } from './intervalSweep';

export function leastLineEndomorphism(widths: readonly number[], conditions: readonly (readonly number[])[]): number {
  const N = widths.length - 1;
  const reach = intervalReach(N, conditions);
  /** The least cost so far of each multiset of open starts (sorted, as a key). */
  let states = new Map<string, { readonly open: readonly number[]; readonly cost: number }>();
  const first = new Array<number>(widths[0]).fill(0);
  states.set(first.join(','), { open: first, cost: 0 });
  const startingAtOrAfter = (open: readonly number[], s: number): number => open.filter((x) => x >= s).length;
  for (let v = 0; v < N; v++) {
    const next = new Map<string, { readonly open: readonly number[]; readonly cost: number }>();
    for (const { open, cost } of states.values()) {
      const distinct = [...new Set(open)];
      const counts = distinct.map((s) => open.filter((x) => x === s).length);
      const closingCost = distinct.map((s) => startingAtOrAfter(open, s));
      const keep = new Array<number>(distinct.length).fill(0);
      const choose = (j: number, kept: number, c: number): void => {
        if (j === distinct.length) {
          const continuing: number[] = [];
          distinct.forEach((s, i) => {
            for (let t = 0; t < keep[i]; t++) continuing.push(s);
          });
          for (let t = kept; t < widths[v + 1]; t++) continuing.push(v + 1);
          const key = continuing.join(',');
          const known = next.get(key);
          if (!known || known.cost > c) next.set(key, { open: continuing, cost: c });
          return;
        }
        const max = reach[distinct[j]] >= v + 1 ? Math.min(counts[j], widths[v + 1] - kept) : 0;
        for (let k = 0; k <= max; k++) {
          keep[j] = k;
          choose(j + 1, kept + k, c + (counts[j] - k) * closingCost[j]); // the intervals not continuing close at v
        }
      };
      choose(0, 0, cost);
    }
    states = next;
  }
  let least = Infinity;
  for (const { open, cost } of states.values()) least = Math.min(least, cost + open.reduce((c, s) => c + startingAtOrAfter(open, s), 0));
  return least;
}
