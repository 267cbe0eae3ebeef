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
 * (rank mod p, test/verify/failFastCandidates.test.ts and the README).
 *
 * @example
 * ```ts
 * import { failFastCandidates, uniformArchitecture } from 'deeplin';
 * failFastCandidates(uniformArchitecture(20, 2)).map((c) => c.label); // ["n=1,l=6 | [0,0]+[0,0]+[1,1]+[1,1] | [0,1]+[0,3]+[2,4]+[4,4] | [0,0]+[0,2]+[1,15]+[3,15]"]
 * failFastCandidates(uniformArchitecture(7, 2));                     // []
 * ```
 */
import type { Architecture } from '../model/architecture';
import { decompositionToString, intervalDecomposition } from '../quiver/intervalDecomposition';
import type { Block } from './componentPoint';
import type { ComponentSpec } from './evaluateComponents';
import type { HessianPattern } from './hessianPatterns';

export function failFastCandidates(arch: Pick<Architecture, 'widths' | 'depth'>): ComponentSpec[] {
  const N = arch.depth;
  const out: ComponentSpec[] = [];
  if (N >= 8 && arch.widths.every((w) => w === 2)) {
    const m = N - 5;
    const blocks: Block[] = [
      { first: 1, last: 1, orbit: intervalDecomposition(1, [[0, 0], [0, 0], [1, 1], [1, 1]]) },
      { first: 2, last: 5, orbit: intervalDecomposition(4, [[0, 1], [0, 3], [2, 4], [4, 4]]) },
      { first: 6, last: N, orbit: intervalDecomposition(m, [[0, 0], [0, 2], [1, m], [3, m]]) },
    ];
    const pattern: HessianPattern = [[1, 1], [2, 5], [6, N]];
    out.push({ label: `n=1,l=6 | ${blocks.map((b) => decompositionToString(b.orbit)).join(' | ')}`, pattern, blocks });
  }
  return out;
}
