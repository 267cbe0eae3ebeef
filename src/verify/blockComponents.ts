/**
 * The irreducible components of {W_m ⋯ W_1 = 0} on a block of m layers with
 * widths (d_0, …, d_m): the maximal orbits (degeneration order) among the
 * interval decompositions with no interval spanning all of 0..m.
 *
 * For uniform width w they have a closed form, used directly: every one of
 * the w strands is cut once, at a layer c ∈ {1..m}, giving [0, c−1] + [c, m];
 * the components are the multisets {c_1 ≤ … ≤ c_w}, C(m + w − 1, w) of them
 * (checked against exhaustive enumeration in the tests). Other profiles are
 * enumerated (refused beyond `maxOrbits` with the count so far).
 */
import { ArgumentError } from '../errors';
import { maximalDecompositions } from '../quiver/degenerationOrder';
import { enumerateDecompositions } from '../quiver/enumerateDecompositions';
import { intervalDecomposition, type Interval, type IntervalDecomposition } from '../quiver/intervalDecomposition';

const cache = new Map<string, IntervalDecomposition[]>();

export function blockComponents(widths: readonly number[], maxOrbits = 200_000): IntervalDecomposition[] {
  const m = widths.length - 1;
  if (m < 1) throw new ArgumentError('blockComponents', 'widths', widths, 'at least 2 entries (a block of >= 1 layer)');
  const key = widths.join(',');
  const hit = cache.get(key);
  if (hit) return hit;
  let result: IntervalDecomposition[];
  if (widths.every((d) => d === widths[0])) {
    result = [];
    const w = widths[0];
    // C(m + w − 1, w) components: refuse before enumerating what cannot fit in memory
    let count = 1;
    for (let k = 1; k <= w; k++) count = (count * (m - 1 + k)) / k;
    if (count > maxOrbits) {
      throw new ArgumentError('blockComponents', 'orbit count', `${count > 1e9 ? count.toExponential(2) : Math.round(count)} for ${m} layers of width ${w}`, `at most ${maxOrbits} components to enumerate (use smaller depth or width)`);
    }
    const cuts: number[] = [];
    const rec = (from: number): void => {
      if (cuts.length === w) {
        const intervals: Interval[] = cuts.flatMap((c) => [[0, c - 1] as const, [c, m] as const]);
        result.push(intervalDecomposition(m, intervals));
        return;
      }
      for (let c = from; c <= m; c++) {
        cuts.push(c);
        rec(c);
        cuts.pop();
      }
    };
    rec(1);
  } else {
    const all: IntervalDecomposition[] = [];
    for (const dec of enumerateDecompositions(widths, [[1, m]])) {
      all.push(dec);
      if (all.length > maxOrbits) {
        throw new ArgumentError('blockComponents', 'orbit count', `> ${maxOrbits} for widths (${key})`, `at most ${maxOrbits} orbits to enumerate`);
      }
    }
    result = maximalDecompositions(all);
  }
  cache.set(key, result);
  return result;
}
