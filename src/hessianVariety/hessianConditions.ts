/**
 * The conditions of the Hessian-variety theorem (MATH §3.1), evaluated
 * against an oracle that says which products vanish. Derivation, for the
 * record: the t² coefficient of L(W_a + tE) vanishes for all E iff
 *   (1') for every k: A_k = 0 or B_k X = 0 (take E supported on one layer), and
 *   (2)  for every k < j: M_jk = 0 or B_k X Yᵀ A_j = 0 (the mixed terms; by (1') W X = 0, so R = −Y).
 * (1') is the theorem's condition 1: with n least such that W_n⋯W_1 X = 0 and l
 * largest such that W_N⋯W_l = 0, it says exactly l > n. For j = k + 1,
 * M_jk = I is never zero, so only the data alternative can hold.
 *
 * The oracle abstracts how a product is decided: exactly at a point
 * (`inHessianVariety`), combinatorially from a list of vanishing products
 * (`conditionsImplyHessianVariety`) or from an orbit's rank data
 * (`decompositionInHessianVariety`).
 *
 * @example
 * ```ts
 * import { hessianConditions } from 'deeplin';
 * // depth 2: everything but the empty product vanishes
 * const r = hessianConditions(2, { productZero: (a, b) => b >= a, inputZero: (k) => k > 1, cycleZero: () => true });
 * r.holds; // true
 * ```
 */
import { ArgumentError } from '../errors';

export interface ProductOracle {
  /** Does W_b ⋯ W_a vanish? Called only with 1 ≤ a ≤ b ≤ N. */
  productZero(a: number, b: number): boolean;
  /** Does B_k X = W_{k−1} ⋯ W_1 X vanish (k = 1: X itself)? */
  inputZero(k: number): boolean;
  /** Does B_k X Yᵀ A_j vanish (the path j → … → N →C→ 0 → … → k−1)? */
  cycleZero(k: number, j: number): boolean;
}

export interface HessianConditionsResult {
  readonly holds: boolean;
  /** Least n with W_n⋯W_1 X = 0 (null if none). */
  readonly n: number | null;
  /** Largest l with W_N⋯W_l = 0 (null if none). */
  readonly l: number | null;
  /** Human-readable failed conditions (at most 10). */
  readonly failures: readonly string[];
}

export function hessianConditions(depth: number, oracle: ProductOracle): HessianConditionsResult {
  if (!Number.isInteger(depth) || depth < 2) throw new ArgumentError('hessianConditions', 'depth', depth, 'an integer >= 2');
  const N = depth;
  const failures: string[] = [];
  const fail = (s: string): void => {
    if (failures.length < 10) failures.push(s);
  };
  const Azero = (k: number): boolean => k < N && oracle.productZero(k + 1, N);
  let n: number | null = null;
  for (let m = 0; m <= N && n === null; m++) if (oracle.inputZero(m + 1)) n = m;
  let l: number | null = null;
  for (let m = N; m >= 1 && l === null; m--) if (oracle.productZero(m, N)) l = m;
  for (let k = 1; k <= N; k++) {
    if (!Azero(k) && !oracle.inputZero(k)) fail(`condition 1 fails at k=${k}: W_N..W_${k + 1} != 0 and W_${k - 1}..W_1 X != 0`);
  }
  let holds = failures.length === 0;
  for (let k = 1; k < N; k++) {
    for (let j = k + 1; j <= N; j++) {
      const middle = j >= k + 2 && oracle.productZero(k + 1, j - 1);
      if (!middle && !oracle.cycleZero(k, j)) {
        holds = false;
        fail(`condition 2 fails at (k,j)=(${k},${j}): W_${j - 1}..W_${k + 1} != 0 and B_${k} X Y^T A_${j} != 0`);
      }
    }
  }
  return { holds, n, l, failures };
}
