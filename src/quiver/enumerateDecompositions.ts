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
import type { IntervalDecomposition } from './intervalDecomposition';
import { intervalReach, intervalSweep } from './intervalSweep';

export function* enumerateDecompositions(
  widths: readonly number[],
  conditions: readonly (readonly number[])[],
): Generator<IntervalDecomposition> {
  const N = widths.length - 1;
  if (N < 1) throw new ArgumentError('enumerateDecompositions', 'widths', widths, 'at least 2 entries');
  yield* intervalSweep(widths, intervalReach(N, conditions));
}
