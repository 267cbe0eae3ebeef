/**
 * The sweep behind {@link enumerateDecompositions} and
 * {@link locallyMaximalDecompositions}: interval decompositions of the line
 * 0 → 1 → ⋯ → N with dimension vector `widths`, built vertex by vertex (at
 * each vertex, which open intervals continue — a sub-multiset of their
 * starts — and how many new ones start), where an interval starting at s may
 * reach at most the vertex reach[s]. `admit(closed, ended)` sees the
 * intervals closing at a vertex (at the end, those still open, closing at N)
 * next to the ones closed before; returning false skips every decomposition
 * below that choice. The order of the decompositions is the same for both
 * callers (larger continuations first).
 *
 * Internal (see test/quiver/enumerateDecompositions.test.ts and
 * test/quiver/locallyMaximalDecompositions.test.ts).
 */
import { intervalDecomposition, type Interval, type IntervalDecomposition } from './intervalDecomposition';

/** reach[s] = the last vertex an interval starting at s may reach without covering a window [a − 1, b] of `conditions` (s = 0..N). */
export function intervalReach(N: number, conditions: readonly (readonly number[])[]): number[] {
  return Array.from({ length: N + 1 }, (_, s) => {
    let last = N;
    for (const [a, b] of conditions) if (s <= a - 1 && b - 1 < last) last = b - 1;
    return last;
  });
}

export function* intervalSweep(
  widths: readonly number[],
  reach: readonly number[],
  admit: (closed: readonly Interval[], ended: readonly Interval[]) => boolean = () => true,
): Generator<IntervalDecomposition> {
  const N = widths.length - 1;
  function* rec(v: number, open: readonly number[], closed: readonly Interval[]): Generator<IntervalDecomposition> {
    if (v > N) {
      const ended = open.map((s) => [s, N] as const);
      if (admit(closed, ended)) yield intervalDecomposition(N, [...closed, ...ended]);
      return;
    }
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
        if (!admit(closed, ended)) return;
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
