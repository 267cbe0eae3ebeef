/**
 * The degeneration order on orbits of the equioriented quiver
 * (Abeasis–Del Fra): O' ⊂ cl(O) iff rank(W_b ⋯ W_a) on O' is at most that on
 * O for every window 1 ≤ a ≤ b ≤ N (and the dimension vectors agree).
 * Since δ's image dimension can only drop under degeneration, only the
 * maximal orbits of a family matter for the maximum.
 */
import { productRank, type IntervalDecomposition } from './intervalDecomposition';

/** True when `lower` lies in the closure of `upper`'s orbit (same dimension vector assumed). */
export function degenerates(lower: IntervalDecomposition, upper: IntervalDecomposition): boolean {
  for (let a = 1; a <= lower.depth; a++) {
    for (let b = a; b <= lower.depth; b++) if (productRank(lower, a, b) > productRank(upper, a, b)) return false;
  }
  return true;
}

/**
 * The members of `family` that are not proper degenerations of another member.
 *
 * @example
 * ```ts
 * import { enumerateDecompositions, maximalDecompositions } from 'deeplin';
 * const family = [...enumerateDecompositions([1, 1, 1], [[1, 2]])]; // W_2 W_1 = 0: three orbits
 * maximalDecompositions(family).map((d) => d.intervals); // [[[0, 1], [2, 2]], [[0, 0], [1, 2]]]   W = 0 is in both closures
 * ```
 */
export function maximalDecompositions(family: readonly IntervalDecomposition[]): IntervalDecomposition[] {
  return family.filter((x) => !family.some((y) => y !== x && degenerates(x, y) && !degenerates(y, x)));
}
