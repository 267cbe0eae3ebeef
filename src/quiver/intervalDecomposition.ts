/**
 * Interval decompositions of representations of the equioriented quiver
 * 0 → 1 → ⋯ → N (MATH §4, Gabriel). An interval [s, t] (0 ≤ s ≤ t ≤ N) is a
 * copy of the field at vertices s..t with identity maps between; every
 * G-orbit of parameter space is given by a multiset of intervals with
 * d_v = #{intervals containing v}.
 */
import { ArgumentError } from '../errors';

export type Interval = readonly [start: number, end: number];

export interface IntervalDecomposition {
  /** N: the quiver has vertices 0..N. */
  readonly depth: number;
  /** Intervals sorted by (start, end). */
  readonly intervals: readonly Interval[];
}

/**
 * The decomposition with these intervals [s, t] (0 ≤ s ≤ t ≤ depth), sorted; ArgumentError for an interval out of range.
 *
 * @example
 * ```ts
 * import { intervalDecomposition } from 'deeplin';
 * intervalDecomposition(2, [[1, 2], [0, 1]]).intervals; // [[0, 1], [1, 2]]   sorted; dimension vector (1, 2, 1)
 * ```
 */
export function intervalDecomposition(depth: number, intervals: readonly (readonly number[])[]): IntervalDecomposition {
  if (!Number.isInteger(depth) || depth < 1) throw new ArgumentError('intervalDecomposition', 'depth', depth, 'an integer >= 1');
  const list = intervals.map((iv, i) => {
    const [s, t] = iv;
    if (iv.length !== 2 || !Number.isInteger(s) || !Number.isInteger(t) || s < 0 || t < s || t > depth) {
      throw new ArgumentError('intervalDecomposition', `intervals[${i}]`, iv, `[s, t] with integers 0 <= s <= t <= ${depth}`);
    }
    return [s, t] as Interval;
  });
  list.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  return Object.freeze({ depth, intervals: Object.freeze(list) });
}

/** d_v = number of intervals containing v, for v = 0..N. */
export function dimensionVector(dec: IntervalDecomposition): number[] {
  const d = new Array<number>(dec.depth + 1).fill(0);
  for (const [s, t] of dec.intervals) for (let v = s; v <= t; v++) d[v]++;
  return d;
}

/**
 * rank(W_b ⋯ W_a) (the map from vertex a−1 to vertex b) = #{[s,t] : s ≤ a−1, t ≥ b}.
 * For b = a − 1 (empty product) this is d_{a−1}.
 */
export function productRank(dec: IntervalDecomposition, a: number, b: number): number {
  if (!Number.isInteger(a) || a < 1 || a > dec.depth + 1) throw new ArgumentError('productRank', 'a', a, `an integer in [1, ${dec.depth + 1}]`);
  if (!Number.isInteger(b) || b < a - 1 || b > dec.depth) throw new ArgumentError('productRank', 'b', b, `an integer in [a-1, ${dec.depth}]`);
  return productRankTable(dec)[(a - 1) * (dec.depth + 1) + b];
}

/** rank(W_b ⋯ W_a) for all a, b at once, at index (a − 1)(N + 1) + b; cached per (frozen) decomposition. */
const rankTables = new WeakMap<IntervalDecomposition, Int32Array>();
function productRankTable(dec: IntervalDecomposition): Int32Array {
  const hit = rankTables.get(dec);
  if (hit) return hit;
  const n = dec.depth + 1;
  // T[s][t] = #{intervals [s', t'] : s' <= s, t' >= t}: a histogram, summed up in s and down in t
  const T = new Int32Array(n * n);
  for (const [s, t] of dec.intervals) T[s * n + t]++;
  for (let s = 0; s < n; s++) {
    for (let t = n - 2; t >= 0; t--) T[s * n + t] += T[s * n + t + 1];
    if (s > 0) for (let t = 0; t < n; t++) T[s * n + t] += T[(s - 1) * n + t];
  }
  rankTables.set(dec, T);
  return T;
}

/**
 * The orbit's dimension: dim G − dim Stab = Σ d_v² − dim End(M), with dim Hom([s,t],[s',t']) = 1 iff s' ≤ s ≤ t' ≤ t.
 *
 * @example
 * ```ts
 * import { intervalDecomposition, orbitDimension } from 'deeplin';
 * orbitDimension(intervalDecomposition(2, [[0, 2], [1, 1]])); // 4   the open orbit: all pairs (W_1, W_2) of sizes 2×1, 1×2
 * orbitDimension(intervalDecomposition(2, [[0, 1], [1, 2]])); // 3   the hypersurface W_2 W_1 = 0
 * ```
 */
export function orbitDimension(dec: IntervalDecomposition): number {
  const d = dimensionVector(dec);
  let end = 0;
  for (const [s, t] of dec.intervals) {
    for (const [s2, t2] of dec.intervals) if (s2 <= s && s <= t2 && t2 <= t) end++;
  }
  return d.reduce((acc, x) => acc + x * x, 0) - end;
}

/** Canonical text, e.g. "[0,1]+[1,3]+[2,2]". */
export function decompositionToString(dec: IntervalDecomposition): string {
  return dec.intervals.map(([s, t]) => `[${s},${t}]`).join('+');
}
