/**
 * All string decompositions (orbits of nilpotent representations of the
 * cyclic quiver 0 → 1 → ⋯ → N →C→ 0) with dimension vector `widths`, in
 * which C has rank `cRank` (default min(d_0, d_N): full rank, the generic
 * data of MATH §1), every string has at most `maxLength` vertices (default
 * Σ d_v, i.e. no restriction) and no string contains a forbidden path
 * [from, arrows] (e.g. [0, N−1] forbids W_{N−1}⋯W_1 ≠ 0). A generator:
 * callers stream it.
 *
 * Method (cut and glue): cutting every string at its passages through C
 * leaves an interval decomposition of the line 0 → ⋯ → N with the same
 * dimension vector (and avoiding the forbidden paths inside the line), and
 * the strings are recovered by gluing r = rank C pieces ending at N to
 * pieces starting at 0 (a partial injection; chains through pieces [0, N]
 * wrap several times, cycles are not nilpotent and are skipped). Cutting is
 * canonical, so different interval decompositions give different results;
 * equal pieces give equal gluings, which are deduplicated. The interval
 * decompositions come from {@link enumerateDecompositions}.
 *
 * Size guard: before enumerating, the amount of work — (number of interval
 * decompositions of the line avoiding the forbidden line paths, by an exact
 * dynamic programme) × C(d_N, r) · C(d_0, r) · r! labelled gluings, an upper
 * bound on the number of results — is computed; above `limit` (default
 * 5,000,000) it is refused with an ArgumentError stating the estimate.
 */
import { ArgumentError } from '../errors';
import type { OnProgress } from '../parallel/progress';
import { cyclePathRank, cycleStringDecomposition, cycleStringsToString, type CycleStringDecomposition } from './cycleString';
import { enumerateDecompositions } from './enumerateDecompositions';

export interface EnumerateCycleStringsOptions {
  /** Required rank of C (default min(d_0, d_N)). */
  readonly cRank?: number;
  /** Longest string, in vertices (default Σ d_v). */
  readonly maxLength?: number;
  /** Paths [from, arrows] of rank 0 on every result (no string contains them). */
  readonly forbidden?: readonly (readonly number[])[];
  /** Refuse when the upper bound on the number of results exceeds this (default 5,000,000). */
  readonly limit?: number;
  /** Called after each interval decomposition of the line (of the size guard's count; phase {@link CYCLE_ENUMERATION_PHASE}). */
  readonly onProgress?: OnProgress;
}

/** The phase name of {@link enumerateCycleStrings}'s progress reports. */
export const CYCLE_ENUMERATION_PHASE = 'string orbits of the cycle (line decompositions glued)';

export const DEFAULT_CYCLE_ENUMERATION_LIMIT = 5_000_000;

/**
 * The string decompositions with dimension vector `widths`, streamed (see the file header).
 *
 * @example
 * ```ts
 * import { enumerateCycleStrings } from 'deeplin';
 * const strings = (w: number[], maxLength?: number) => [...enumerateCycleStrings(w, { maxLength })].map((d) => d.strings.map(({ start, length }) => [start, length]));
 * strings([1, 1, 1]);    // [[[2, 3]], [[1, 3]], [[1, 1], [2, 2]]]   the one string through C (rank 1): 2→0→1, 1→2→0, or 2→0 and 1
 * strings([1, 1, 1], 2); // [[[1, 1], [2, 2]]]
 * ```
 */
export function* enumerateCycleStrings(
  widths: readonly number[],
  options: EnumerateCycleStringsOptions = {},
): Generator<CycleStringDecomposition> {
  const fn = 'enumerateCycleStrings';
  if (!Array.isArray(widths) || widths.length < 2) throw new ArgumentError(fn, 'widths', widths, 'an array d_0..d_N with at least 2 entries');
  widths.forEach((d, i) => {
    if (!Number.isInteger(d) || d < 1 || d > 1000) throw new ArgumentError(fn, `widths[${i}]`, d, 'an integer in [1, 1000]');
  });
  const N = widths.length - 1;
  const n = N + 1;
  const total = widths.reduce((s, d) => s + d, 0);
  const r = options.cRank ?? Math.min(widths[0], widths[N]);
  if (!Number.isInteger(r) || r < 0 || r > Math.min(widths[0], widths[N])) {
    throw new ArgumentError(fn, 'options.cRank', r, `an integer in [0, min(d_0, d_N)] = [0, ${Math.min(widths[0], widths[N])}]`);
  }
  const maxLength = options.maxLength ?? total;
  if (!Number.isInteger(maxLength) || maxLength < 1) throw new ArgumentError(fn, 'options.maxLength', maxLength, 'an integer >= 1');
  const forbidden = (options.forbidden ?? []).map((f, i) => {
    if (!Array.isArray(f) || f.length !== 2 || !Number.isInteger(f[0]) || !Number.isInteger(f[1]) || f[0] < 0 || f[0] > N || f[1] < 0) {
      throw new ArgumentError(fn, `options.forbidden[${i}]`, f, `[from, arrows] with integers 0 <= from <= ${N}, arrows >= 0`);
    }
    return [f[0], f[1]] as const;
  });
  const limit = options.limit ?? DEFAULT_CYCLE_ENUMERATION_LIMIT;
  if (typeof limit !== 'number' || !(limit >= 1)) throw new ArgumentError(fn, 'options.limit', limit, 'a number >= 1');

  const { lines, bound: estimate } = cycleEnumerationBound(widths, forbidden, r);
  if (estimate > limit) {
    throw new ArgumentError(
      fn,
      'estimated number of string decompositions',
      estimate >= 1e15 ? `> ${estimate.toExponential(2)}` : Math.round(estimate),
      `at most options.limit = ${limit} (raise the limit, or forbid paths)`,
    );
  }

  // A path of arrows = 0 is the identity at a vertex: forbidding it forces d_u = 0.
  if (forbidden.some(([u, a]) => a === 0 && widths[u] > 0)) return;
  // maxLength as forbidden paths: a string with more than maxLength vertices contains a path of maxLength arrows.
  const paths = [...forbidden, ...Array.from({ length: n }, (_, u) => [u, maxLength] as const)];
  // cut every string at its passages through C: the pieces form an interval decomposition of the line
  const lineWindows = paths.filter(([u, a]) => a >= 1 && u + a <= N).map(([u, a]) => [u + 1, u + a]);
  let linesDone = 0;
  const report = (done: number): void => options.onProgress?.({ phase: CYCLE_ENUMERATION_PHASE, done, total: lines });
  report(0);
  for (const line of enumerateDecompositions(widths, lineWindows)) {
    const pieces = line.intervals;
    const ends = pieces.map((_, i) => i).filter((i) => pieces[i][1] === N); // pieces that may continue through C
    const starts = pieces.map((_, i) => i).filter((i) => pieces[i][0] === 0); // pieces that may be continued
    const next = new Array<number>(pieces.length).fill(-1);
    const used = new Array<boolean>(pieces.length).fill(false);
    const seen = new Set<string>(); // equal pieces give equal gluings: dedupe within this line decomposition
    function* glue(e: number, glued: number): Generator<CycleStringDecomposition> {
      if (glued + (ends.length - e) < r) return;
      if (e === ends.length) {
        const dec = chains(pieces, next, N);
        if (!dec) return; // a cycle of pieces [0, N]: not nilpotent
        if (paths.some(([u, a]) => a >= 1 && cyclePathRank(dec, u, a) > 0)) return;
        const key = cycleStringsToString(dec);
        if (seen.has(key)) return;
        seen.add(key);
        yield dec;
        return;
      }
      yield* glue(e + 1, glued);
      if (glued === r) return;
      for (const t of starts) {
        if (used[t]) continue;
        used[t] = true;
        next[ends[e]] = t;
        yield* glue(e + 1, glued + 1);
        next[ends[e]] = -1;
        used[t] = false;
      }
    }
    yield* glue(0, 0);
    report(Math.min(++linesDone, lines));
  }
  report(lines); // the count is exact unless maxLength forbids more paths of the line (then it bounds)
}

/** The strings obtained by following `next` from every piece nobody continues into; undefined if some pieces form a cycle. */
function chains(pieces: readonly (readonly [number, number])[], next: readonly number[], N: number): CycleStringDecomposition | undefined {
  const hasPrev = new Array<boolean>(pieces.length).fill(false);
  for (const t of next) if (t >= 0) hasPrev[t] = true;
  const strings: [number, number][] = [];
  let visited = 0;
  pieces.forEach(([s], i) => {
    if (hasPrev[i]) return;
    let length = 0;
    for (let p = i; p >= 0; p = next[p]) {
      length += pieces[p][1] - pieces[p][0] + 1;
      visited++;
    }
    strings.push([s, length]);
  });
  return visited === pieces.length ? cycleStringDecomposition(N, strings) : undefined;
}

/**
 * The upper bound used by the size guard (see the file comment): `lines`, the
 * number of interval decompositions of the line with dimension vector `widths`
 * avoiding the forbidden paths that lie in the line, and `bound` = lines ×
 * C(d_N, r) · C(d_0, r) · r!. Both Infinity when the dynamic programme
 * itself would be too large.
 */
function cycleEnumerationBound(widths: readonly number[], forbidden: readonly (readonly [number, number])[], r: number): { lines: number; bound: number } {
  const N = widths.length - 1;
  const lineForbidden = forbidden.filter(([u, a]) => u + a <= N);
  // an interval starting at s may reach v iff no forbidden line path [u, a] has s <= u and u + a <= v
  const canExtend = (s: number, v: number): boolean => !lineForbidden.some(([u, a]) => s <= u && u + a <= v);
  let states = new Map<string, { open: number[]; count: number }>();
  states.set(new Array<number>(widths[0]).fill(0).join(','), { open: new Array<number>(widths[0]).fill(0), count: 1 });
  for (let v = 1; v <= N; v++) {
    const next = new Map<string, { open: number[]; count: number }>();
    for (const { open, count } of states.values()) {
      const distinct = [...new Set(open)];
      const counts = distinct.map((s) => open.filter((x) => x === s).length);
      const keep = new Array<number>(distinct.length).fill(0);
      const choose = (j: number, kept: number): void => {
        if (j === distinct.length) {
          const cont: number[] = [];
          distinct.forEach((s, idx) => {
            for (let c = 0; c < keep[idx]; c++) cont.push(s);
          });
          for (let c = kept; c < widths[v]; c++) cont.push(v);
          const key = cont.join(',');
          const entry = next.get(key);
          if (entry) entry.count += count;
          else next.set(key, { open: cont, count });
          return;
        }
        const max = canExtend(distinct[j], v) ? Math.min(counts[j], widths[v] - kept) : 0;
        for (let c = 0; c <= max; c++) {
          keep[j] = c;
          choose(j + 1, kept + c);
        }
      };
      choose(0, 0);
      if (next.size > 200_000) return { lines: Infinity, bound: Infinity };
    }
    states = next;
  }
  let line = 0;
  for (const { count } of states.values()) line += count;
  const binom = (a: number, b: number): number => {
    let x = 1;
    for (let i = 0; i < b; i++) x = (x * (a - i)) / (i + 1);
    return x;
  };
  let fact = 1;
  for (let i = 2; i <= r; i++) fact *= i;
  return { lines: line, bound: line * binom(widths[N], r) * binom(widths[0], r) * fact };
}
