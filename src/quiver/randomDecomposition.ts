/**
 * A random interval decomposition with prescribed dimension vector d_0..d_N
 * in which every listed product W_b ⋯ W_a vanishes (no interval covers the
 * window [a−1, b]). Built vertex by vertex: at each step a random number of
 * the open intervals continue (biased towards as many as allowed, since
 * long intervals give large orbits), the rest end, and new ones start.
 * Seeded, so reproducible.
 */
import { ArgumentError } from '../errors';
import type { Rng } from '../random';
import { intervalDecomposition, type IntervalDecomposition } from './intervalDecomposition';

export function randomDecomposition(
  widths: readonly number[],
  conditions: readonly (readonly number[])[],
  rng: Rng,
): IntervalDecomposition {
  const N = widths.length - 1;
  if (N < 1) throw new ArgumentError('randomDecomposition', 'widths', widths, 'at least 2 entries');
  // an interval starting at s may extend to vertex v iff no window [a-1, b] with s <= a-1 and b <= v
  const canExtend = (s: number, v: number): boolean => !conditions.some(([a, b]) => s <= a - 1 && b <= v);
  const done: [number, number][] = [];
  let open: number[] = Array.from({ length: widths[0] }, () => 0); // start vertices
  for (let v = 1; v <= N; v++) {
    const candidates = open.filter((s) => canExtend(s, v));
    const maxKeep = Math.min(candidates.length, widths[v]);
    // bias: keep the maximum with probability 1/2, else uniform in [0, maxKeep]
    const keep = rng.next() < 0.5 ? maxKeep : rng.int(0, maxKeep);
    shuffle(candidates, rng);
    const kept = candidates.slice(0, keep);
    const keptSet = [...kept];
    for (const s of open) {
      const i = keptSet.indexOf(s);
      if (i >= 0) keptSet.splice(i, 1);
      else done.push([s, v - 1]);
    }
    open = [...kept, ...Array.from({ length: widths[v] - keep }, () => v)];
  }
  for (const s of open) done.push([s, N]);
  return intervalDecomposition(N, done);
}

function shuffle<T>(a: T[], rng: Rng): void {
  for (let i = a.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [a[i], a[j]] = [a[j], a[i]];
  }
}
