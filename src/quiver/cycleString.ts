/**
 * String decompositions of nilpotent representations of the cyclic quiver
 * (MATH §4, "Data-dependent conditions"): vertices 0..N, arrows
 * W_i: i−1 → i (i = 1..N) and the data arrow C = X Yᵀ: N → 0.
 *
 * A string (s, L) is the uniserial module with basis e_0, …, e_{L−1}, e_p at
 * vertex (s + p) mod (N+1), every arrow sending e_p to e_{p+1} (and e_{L−1}
 * to 0): the walk s, s+1, …, s+L−1 around the cycle (it may wrap, so a long
 * string visits a vertex more than once and contributes one basis vector
 * per visit). Every nilpotent representation is a direct sum of strings,
 * unique up to order (the cyclic quiver is of tame type Ã_N, and its
 * nilpotent representations are the modules over a Nakayama algebra).
 *
 * The rank of a path (the composite of `arrows` consecutive arrows starting
 * at vertex `from`) is the number of (string, position p) with
 * (s + p) ≡ from (mod N+1) and p + arrows ≤ L − 1: every such basis vector is
 * sent to a distinct basis vector, the others to 0.
 */
import { ArgumentError } from '../errors';

/** The walk start, start+1, …, start+length−1 (vertices mod N+1). */
export interface CycleString {
  readonly start: number;
  readonly length: number;
}

export interface CycleStringDecomposition {
  /** N: the cycle has vertices 0..N, arrows W_1..W_N and C: N → 0. */
  readonly depth: number;
  /** Strings sorted by (start, length). */
  readonly strings: readonly CycleString[];
}

/** Longest string accepted (a guard against nonsense input). */
export const MAX_CYCLE_STRING_LENGTH = 100_000;

/** Validates and sorts strings given as [start, length] pairs. */
export function cycleStringDecomposition(depth: number, strings: readonly (readonly number[])[]): CycleStringDecomposition {
  if (!Number.isInteger(depth) || depth < 1 || depth > 1_000_000) {
    throw new ArgumentError('cycleStringDecomposition', 'depth', depth, 'an integer in [1, 1000000]');
  }
  if (!Array.isArray(strings)) throw new ArgumentError('cycleStringDecomposition', 'strings', strings, 'an array of [start, length] pairs');
  const list = strings.map((st, i) => {
    const [s, L] = Array.isArray(st) ? st : [];
    if (!Array.isArray(st) || st.length !== 2 || !Number.isInteger(s) || !Number.isInteger(L) || s < 0 || s > depth || L < 1 || L > MAX_CYCLE_STRING_LENGTH) {
      throw new ArgumentError(
        'cycleStringDecomposition',
        `strings[${i}]`,
        st,
        `[start, length] with integers 0 <= start <= ${depth} and 1 <= length <= ${MAX_CYCLE_STRING_LENGTH}`,
      );
    }
    return Object.freeze({ start: s, length: L });
  });
  list.sort((x, y) => x.start - y.start || x.length - y.length);
  return Object.freeze({ depth, strings: Object.freeze(list) });
}

/** d_v = number of visits of vertex v, summed over the strings, for v = 0..N. */
export function cycleDimensionVector(dec: CycleStringDecomposition): number[] {
  const n = dec.depth + 1;
  const d = new Array<number>(n).fill(0);
  for (const { start, length } of dec.strings) {
    const full = Math.floor(length / n);
    for (let v = 0; v < n; v++) d[v] += full;
    for (let p = 0; p < length % n; p++) d[(start + p) % n]++;
  }
  return d;
}

/**
 * Rank of the path of `arrows` consecutive arrows starting at vertex `from`
 * (arrows = 0: the identity, rank d_from). E.g. W_b ⋯ W_a is
 * `cyclePathRank(dec, a − 1, b − a + 1)`, C is `cyclePathRank(dec, N, 1)` and
 * B_k C A_j is `cyclePathRank(dec, j, N − j + k)`.
 */
export function cyclePathRank(dec: CycleStringDecomposition, from: number, arrows: number): number {
  const N = dec.depth;
  if (!Number.isInteger(from) || from < 0 || from > N) throw new ArgumentError('cyclePathRank', 'from', from, `an integer in [0, ${N}]`);
  if (!Number.isInteger(arrows) || arrows < 0) throw new ArgumentError('cyclePathRank', 'arrows', arrows, 'an integer >= 0');
  return pathRank(dec, from, arrows);
}

/** rank(W_b ⋯ W_a), the path a−1 → b inside the line 0 → ⋯ → N (b = a − 1: the identity on vertex a−1). */
export function cycleProductRank(dec: CycleStringDecomposition, a: number, b: number): number {
  const N = dec.depth;
  if (!Number.isInteger(a) || a < 1 || a > N + 1) throw new ArgumentError('cycleProductRank', 'a', a, `an integer in [1, ${N + 1}]`);
  if (!Number.isInteger(b) || b < a - 1 || b > N) throw new ArgumentError('cycleProductRank', 'b', b, `an integer in [a-1, ${N}]`);
  return pathRank(dec, a - 1, b - a + 1);
}

/** rank(C): the number of string positions at vertex N that continue through the arrow N → 0. */
export function cycleRankOfC(dec: CycleStringDecomposition): number {
  return pathRank(dec, dec.depth, 1);
}

/**
 * reach[u] = the largest number of arrows of a path from vertex u with
 * nonzero rank (−1 when d_u = 0): a path [u, a] has rank > 0 iff some
 * string position p at u has p + a ≤ L − 1, i.e. iff a ≤ reach[u]. One pass
 * over the string positions; then every "does this path vanish" is O(1).
 */
export function cycleReach(dec: CycleStringDecomposition): Int32Array {
  const n = dec.depth + 1;
  const reach = new Int32Array(n).fill(-1);
  for (const { start, length } of dec.strings) {
    // the first n positions dominate later visits of the same vertex
    for (let p = 0; p < Math.min(length, n); p++) {
      const v = (start + p) % n;
      if (length - 1 - p > reach[v]) reach[v] = length - 1 - p;
    }
  }
  return reach;
}

/** Canonical text: each string as its walk of vertices, e.g. "[1]+[2,3]+[3,0]". */
export function cycleStringsToString(dec: CycleStringDecomposition): string {
  const n = dec.depth + 1;
  return dec.strings.map(({ start, length }) => `[${Array.from({ length }, (_, p) => (start + p) % n).join(',')}]`).join('+');
}

function pathRank(dec: CycleStringDecomposition, from: number, arrows: number): number {
  const n = dec.depth + 1;
  let r = 0;
  for (const { start, length } of dec.strings) {
    const hi = length - 1 - arrows; // positions p in [0, hi] with p ≡ from − start (mod n)
    if (hi < 0) continue;
    const p0 = (((from - start) % n) + n) % n;
    if (p0 <= hi) r += Math.floor((hi - p0) / n) + 1;
  }
  return r;
}
