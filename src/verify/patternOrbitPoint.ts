/**
 * A seeded random orbit in one component of the data-independent part of
 * A_H, and a random point of it: the three-block pattern (n, l) means
 * W_n⋯W_1 = 0, W_{l−1}⋯W_{n+1} = 0 and W_N⋯W_l = 0 (MATH: A_H^indep is the
 * union of these over 1 ≤ n, n + 2 ≤ l ≤ N).
 */
import type { Field } from '../algebra/field';
import type { Matrix } from '../algebra/matrix';
import { primeField } from '../algebra/primeField';
import { ArgumentError } from '../errors';
import type { Architecture } from '../model/architecture';
import { Rng, streamRng } from '../random';
import type { IntervalDecomposition } from '../quiver/intervalDecomposition';
import { randomDecomposition } from '../quiver/randomDecomposition';
import { componentPoint } from '../quiver/componentPoint';

/**
 * A random interval decomposition (orbit) satisfying the pattern (n, l), and
 * a point of that orbit with uniformly random gauges drawn by `random`.
 */
export function patternOrbitPoint<T>(
  field: Field<T>,
  arch: Architecture,
  n: number,
  l: number,
  rng: Rng,
  random: () => T,
): { readonly orbit: IntervalDecomposition; readonly point: Matrix<T>[] } {
  const N = arch.depth;
  if (!Number.isInteger(n) || n < 1 || n > N - 2) throw new ArgumentError('patternOrbitPoint', 'n', n, `an integer in [1, ${N - 2}] (depth ${N})`);
  if (!Number.isInteger(l) || l < n + 2 || l > N) throw new ArgumentError('patternOrbitPoint', 'l', l, `an integer in [${n + 2}, ${N}] (n + 2 <= l <= N)`);
  const orbit = randomDecomposition(arch.widths, [[1, n], [n + 1, l - 1], [l, N]], rng);
  return { orbit, point: componentPoint(field, arch, [{ first: 1, last: N, orbit }], random) };
}

/**
 * {@link patternOrbitPoint} over ZZ/p from a seed: the orbit and point that
 * `deeplin delta-dim --orbit n,l --seed S` ranks (stream S + 1, distinct from
 * the generic point's stream S).
 */
export function seededPatternOrbitPoint(
  arch: Architecture,
  n: number,
  l: number,
  seed: number,
  prime: number,
): { readonly orbit: IntervalDecomposition; readonly point: Matrix<number>[] } {
  const rng = streamRng(seed, 'pattern-orbit');
  return patternOrbitPoint(primeField(prime), arch, n, l, rng, () => rng.int(0, prime - 1));
}
