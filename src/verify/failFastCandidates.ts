/**
 * Components of A_H^indep worth evaluating before any enumeration, because
 * they are known to fail: constructions generalising the failing components
 * found by exhaustive search. Each candidate is only a guess until it is
 * evaluated — a failure is certified by its rank mod p and by the exact
 * witness, never by this list.
 *
 * Uniform width 2, depth N ≥ 8: the data-independent part first fails at
 * depth 8, at the component with pattern (n, l) = (1, 6) and blocks
 *   W_1 = 0:            [0,0]+[0,0]+[1,1]+[1,1]
 *   W_5⋯W_2 = 0:        [0,1]+[0,3]+[2,4]+[4,4]
 *   W_N⋯W_6 = 0:        [0,0]+[0,2]+[1,m]+[3,m]   (m = N − 5)
 * and exhaustive verification at depths 8, 10 and 12 stops at exactly this
 * component (the third block's long strands grow with N); its restricted
 * rank equals the generic dimension 3N − 3 at every depth tried up to 496
 * (rank mod p; test/verify/verifyAtScale.test.ts).
 *
 * Uniform width w ≥ 3, depth N ≥ 8: the direct sum of ⌊w/2⌋ copies of that
 * component and, for odd w, the width-1 component cut at local layers 2 and 1
 * of the last two blocks ([0,0]+[1,1] | [0,1]+[2,4] | [0,0]+[1,m]). Found by
 * trying direct sums (a direct sum of points of A_H^indep stays in it: each
 * block's product is the direct sum of zero products); its rank mod p equals
 * the exact generic dimension for w = 3..6 at depths 8, 16, 32, 64 — so the
 * conjecture fails for uniform widths 4, 5 and 6 already at depth 8, on the
 * data-independent part.
 */
import type { Architecture } from '../model/architecture';
import { decompositionToString, intervalDecomposition } from '../quiver/intervalDecomposition';
import type { Block } from '../quiver/componentPoint';
import type { ComponentSpec } from './evaluateComponents';
import type { HessianPattern } from './hessianPatterns';

export function failFastCandidates(arch: Pick<Architecture, 'widths' | 'depth'>): ComponentSpec[] {
  const N = arch.depth;
  const out: ComponentSpec[] = [];
  const w = arch.widths[0];
  if (N >= 8 && w >= 2 && arch.widths.every((d) => d === w)) {
    const m = N - 5;
    const pairs = Math.floor(w / 2);
    const repeat = (intervals: number[][], times: number): number[][] => Array.from({ length: times }, () => intervals).flat();
    const single = w % 2 === 1;
    const blocks: Block[] = [
      { first: 1, last: 1, orbit: intervalDecomposition(1, [...repeat([[0, 0], [0, 0], [1, 1], [1, 1]], pairs), ...(single ? [[0, 0], [1, 1]] : [])]) },
      { first: 2, last: 5, orbit: intervalDecomposition(4, [...repeat([[0, 1], [0, 3], [2, 4], [4, 4]], pairs), ...(single ? [[0, 1], [2, 4]] : [])]) },
      { first: 6, last: N, orbit: intervalDecomposition(m, [...repeat([[0, 0], [0, 2], [1, m], [3, m]], pairs), ...(single ? [[0, 0], [1, m]] : [])]) },
    ];
    const pattern: HessianPattern = [[1, 1], [2, 5], [6, N]];
    out.push({ label: `n=1,l=6 | ${blocks.map((b) => decompositionToString(b.orbit)).join(' | ')}`, pattern, blocks });
  }
  return out;
}
