/**
 * Whether a string orbit of the cyclic quiver (W_1..W_N and the data arrow
 * C: N → 0) lies in A_H: the theorem's conditions (MATH §3.1) with every
 * product decided by string containment, including the products
 * B_k C A_j through the data (the path j → ⋯ → N →C→ 0 → ⋯ → k−1).
 * X has full row rank, so B_k X = 0 iff B_k = 0. The answer holds at every
 * point of the orbit with data X, Y realising its C (a G-invariant statement).
 *
 * `dataIndependent` evaluates the same conditions with the data alternative
 * allowed only through B_k = 0 or A_j = 0 (the lead's data-independent
 * part): a string orbit with `holds` true but `dataIndependent` false lies
 * in A_H only thanks to C.
 */
import { ArgumentError } from '../errors';
import { dataIndependentOracle } from '../hessianVariety/conditionsImplyHessianVariety';
import { hessianConditions, type HessianConditionsResult } from '../hessianVariety/hessianConditions';
import { cycleReach, type CycleStringDecomposition } from './cycleString';

export interface CycleHessianResult extends HessianConditionsResult {
  /** The conditions hold with the data alternative used only through B_k = 0 or A_j = 0. */
  readonly dataIndependent: boolean;
}

export function cycleStringInHessianVariety(dec: CycleStringDecomposition): CycleHessianResult {
  const N = dec.depth;
  if (N < 2) throw new ArgumentError('cycleStringInHessianVariety', 'depth', N, 'an integer >= 2');
  const reach = cycleReach(dec); // the path [u, a] vanishes iff reach[u] < a
  const productZero = (a: number, b: number): boolean => reach[a - 1] < b - a + 1;
  const inputZero = (k: number): boolean => k >= 2 && productZero(1, k - 1);
  const result = hessianConditions(N, {
    productZero,
    inputZero,
    cycleZero: (k, j) => reach[j] < N - j + k,
  });
  const dataIndependent = hessianConditions(N, dataIndependentOracle(N, productZero)).holds;
  return { ...result, dataIndependent };
}
