/**
 * Inverse of a square rational matrix, or `undefined` when singular
 * (a convenience for {@link inverse} over QQ).
 */
import { inverse } from './inverse';
import type { Matrix } from './matrix';
import type { Rational } from './rational';
import { QQ } from './rationalField';

export function inverseOverQ(a: Matrix<Rational>): Rational[][] | undefined {
  return inverse(QQ, a)?.inverse;
}
