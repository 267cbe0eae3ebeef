/**
 * Inverse of a square rational matrix, or `undefined` when singular
 * (a convenience for {@link inverse} over QQ).
 *
 * @example
 * ```ts
 * import { inverseOverQ, matFromStrings, matToStrings, QQ } from 'deeplin';
 * matToStrings(QQ, inverseOverQ(matFromStrings(QQ, [['2', '0'], ['0', '4']]))!); // [["1/2","0"],["0","1/4"]]
 * ```
 */
import { inverse } from './inverse';
import type { Matrix } from './matrix';
import type { Rational } from './rational';
import { QQ } from './rationalField';

export function inverseOverQ(a: Matrix<Rational>): Rational[][] | undefined {
  return inverse(QQ, a)?.inverse;
}
