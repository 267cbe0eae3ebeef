/**
 * How many (pattern, block-component) tuples {@link hessianComponents}
 * walks through for an architecture — computed from counts alone, before
 * anything is enumerated. It bounds the number of components of A_H^indep
 * (equal rank data are listed once, so the components are fewer) and is the
 * work and memory of the enumeration: each tuple costs O(N²) for its rank
 * data, and the distinct ones are remembered. For uniform width w the count
 * is Σ_{a+b+c=N} Π C(m+w−1, w) = C(N + 3w − 1, 3w + 2) (the coefficient of
 * x^N in (x/(1−x)^{w+1})³), e.g. C(105, 8) ≈ 2.1·10^11 at depth 100, width 2
 * — far beyond any enumeration. Stops counting once `cap` is exceeded.
 */
import type { Architecture } from '../model/architecture';
import { blockComponents } from './blockComponents';
import { hessianPatterns } from './hessianPatterns';

export function componentTupleCount(arch: Pick<Architecture, 'widths' | 'depth'>, cap = Infinity): number {
  const d = arch.widths;
  const N = arch.depth;
  if (N < 3) return 0;
  // runStart[i]: the first index of the run of equal widths ending at d_i
  const runStart: number[] = [];
  d.forEach((w, i) => runStart.push(i > 0 && d[i - 1] === w ? runStart[i - 1] : i));
  const blockCount = (a: number, b: number): number => {
    // the block of layers a..b has widths d_{a−1}..d_b
    if (runStart[b] <= a - 1) return binomial(b - a + d[b], d[b]);
    return blockComponents(d.slice(a - 1, b + 1)).length;
  };
  let total = 0;
  for (const [[, n], [, m], [l]] of hessianPatterns(N)) {
    total += blockCount(1, n) * blockCount(n + 1, m) * blockCount(l, N);
    if (total > cap) return total;
  }
  return total;
}

/** C(n, k) as a float (exact below 2^53). */
function binomial(n: number, k: number): number {
  let c = 1;
  for (let i = 1; i <= k; i++) c = (c * (n - k + i)) / i;
  return Math.round(c);
}
