/**
 * All interval decompositions with dimension vector `widths` in which every
 * listed product W_b ⋯ W_a vanishes (no interval covers the window
 * [a−1, b]). A generator: the count grows exponentially with depth, so
 * callers stream it (and may stop early) instead of materialising it.
 *
 * @example
 * ```ts
 * import { enumerateDecompositions } from 'deeplin';
 * [...enumerateDecompositions([1, 1, 1], [])].length;       // 4: [0,2] | [0,1]+[2,2] | [0,0]+[1,2] | [0,0]+[1,1]+[2,2]
 * [...enumerateDecompositions([1, 1, 1], [[1, 2]])].length; // 3: W_2 W_1 = 0
 * ```
 */
import { ArgumentError } from '../errors';
import { intervalDecomposition, type Interval, type IntervalDecomposition } from './intervalDecomposition';

export function* enumerateDecompositions(
  widths: readonly number[],
  conditions: readonly (readonly number[])[],
): Generator<IntervalDecomposition> {
  const N = widths.length - 1;
  if (N < 1) throw new ArgumentError('enumerateDecompositions', 'widths', widths, 'at least 2 entries');
  const canExtend = (s: number, v: number): boolean => !conditions.some(([a, b]) => s <= a - 1 && b <= v);
  function* rec(v: number, open: readonly number[], done: readonly Interval[]): Generator<IntervalDecomposition> {
    if (v > N) {
      yield intervalDecomposition(N, [...done, ...open.map((s) => [s, N] as const)]);
      return;
    }
    // choose which open intervals continue: a sub-multiset of the (sorted) starts
    const distinct = [...new Set(open)];
    const counts = distinct.map((s) => open.filter((x) => x === s).length);
    const choice = new Array<number>(distinct.length).fill(0);
    function* choose(i: number, kept: number): Generator<IntervalDecomposition> {
      if (i === distinct.length) {
        const continuing: number[] = [];
        const ended: Interval[] = [];
        distinct.forEach((s, j) => {
          for (let c = 0; c < choice[j]; c++) continuing.push(s);
          for (let c = choice[j]; c < counts[j]; c++) ended.push([s, v - 1]);
        });
        const next = [...continuing, ...new Array<number>(widths[v] - kept).fill(v)];
        yield* rec(v + 1, next, [...done, ...ended]);
        return;
      }
      const max = canExtend(distinct[i], v) ? Math.min(counts[i], widths[v] - kept) : 0;
      for (let c = max; c >= 0; c--) {
        choice[i] = c;
        yield* choose(i + 1, kept + c);
      }
    }
    yield* choose(0, 0);
  }
  yield* rec(1, new Array<number>(widths[0]).fill(0), []);
}
