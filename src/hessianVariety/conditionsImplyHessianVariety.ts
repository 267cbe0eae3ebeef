/**
 * Data-independent containment V ⊂ A_H, where V is cut out by vanishing
 * products: `conditions` lists pairs [a, b] meaning W_b ⋯ W_a = 0. A product
 * W_b' ⋯ W_a' is implied zero when it contains a listed window
 * (a' ≤ a ≤ b ≤ b'). The theorem's conditions are then checked for every
 * X, Y (data alternatives only through B_k = 0 or A_j = 0).
 */
import { ArgumentError } from '../errors';
import { hessianConditions, type HessianConditionsResult, type ProductOracle } from './hessianConditions';

export function conditionsImplyHessianVariety(depth: number, conditions: readonly (readonly number[])[]): HessianConditionsResult {
  conditions.forEach((c, i) => {
    if (c.length !== 2 || !Number.isInteger(c[0]) || !Number.isInteger(c[1]) || c[0] < 1 || c[1] < c[0] || c[1] > depth) {
      throw new ArgumentError('conditionsImplyHessianVariety', `conditions[${i}]`, c, `[a, b] with integers 1 <= a <= b <= ${depth}`);
    }
  });
  const productZero = (a: number, b: number): boolean => conditions.some(([x, y]) => a <= x && y <= b);
  return hessianConditions(depth, dataIndependentOracle(depth, productZero));
}

/** The oracle in which B_k X = 0 iff B_k = 0 (X full row rank) and the cycle path vanishes only through B_k = 0 or A_j = 0. */
export function dataIndependentOracle(depth: number, productZero: (a: number, b: number) => boolean): ProductOracle {
  const Bzero = (k: number): boolean => k >= 2 && productZero(1, k - 1);
  const Azero = (j: number): boolean => j < depth && productZero(j + 1, depth);
  return { productZero, inputZero: Bzero, cycleZero: (k, j) => Bzero(k) || Azero(j) };
}
