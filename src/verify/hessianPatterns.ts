/**
 * The data-independent part of A_H as a finite union of "three-block"
 * patterns. From the theorem (MATH §3.1), with X of full row rank and the data
 * alternative B_k X Yᵀ A_j = 0 used only through B_k = 0 or A_j = 0:
 *
 *   A_H^indep = ⋃_{1 ≤ n, n + 2 ≤ l ≤ N} V(W_n⋯W_1 = 0, W_{l−1}⋯W_{n+1} = 0, W_N⋯W_l = 0),
 *
 * i.e. the layers 1..N are cut into three consecutive non-empty blocks and
 * the product over each block vanishes. Proof: condition 1 gives n (least,
 * W_n⋯W_1 = 0) and l (largest, W_N⋯W_l = 0) with l > n; B_k = 0 iff k > n and
 * A_j = 0 iff j < l, so condition 2 is needed exactly for k ≤ n < l ≤ j, where
 * it asks W_{j−1}⋯W_{k+1} = 0; all these products contain W_{l−1}⋯W_{n+1},
 * which must therefore vanish (for l = n + 1 the pair (n, n+1) has M = I and
 * fails). Conversely the three vanishing blocks give conditions 1 and 2.
 * (The test suite checks this equivalence exhaustively on small cases.)
 * There are C(N−1, 2) patterns; N = 2 has none, so A_H^indep is empty.
 */
import { ArgumentError } from '../errors';

/** Three windows [a, b] (W_b⋯W_a = 0) covering the layers 1..N consecutively. */
export type HessianPattern = readonly [readonly [number, number], readonly [number, number], readonly [number, number]];

export function hessianPatterns(depth: number): HessianPattern[] {
  if (!Number.isInteger(depth) || depth < 2) throw new ArgumentError('hessianPatterns', 'depth', depth, 'an integer >= 2');
  const out: HessianPattern[] = [];
  for (let n = 1; n <= depth - 2; n++) {
    for (let l = n + 2; l <= depth; l++) out.push([[1, n], [n + 1, l - 1], [l, depth]]);
  }
  return out;
}
