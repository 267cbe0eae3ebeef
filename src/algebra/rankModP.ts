/**
 * Rank of a rational matrix reduced modulo a prime: the certified lower
 * bound of the toolkit (MATH.md §4, "Certification").
 */
import { ArgumentError, ArithmeticError } from '../errors';
import type { Matrix } from './matrix';
import { matrixShape } from './matrixShape';
import { isPrime, MAX_PRIME, primeField } from './primeField';
import type { Rational } from './rational';
import { rank } from './rank';

/**
 * Result of {@link rankModP}: the rank and the prime it was computed with.
 */
export interface RankModPResult {
  readonly rank: number;
  readonly prime: number;
}

/**
 * Rank over F_p of the reduction of the rational matrix `A` modulo the
 * prime `p` (defined when p divides no denominator).
 *
 * Certification: reduction mod p is a ring map, so every minor of `A mod p`
 * is the reduction of the same minor of `A`; a minor nonzero mod p is
 * nonzero over Q. Hence **rank mod p ≤ rank over Q** always — a rank mod p
 * is a certified lower bound for the rank over Q (and so for the generic
 * rank of a polynomial matrix evaluated at that point). Equality can fail
 * only when p divides every maximal nonzero minor, which is rare for large p.
 *
 * Throws ArgumentError if `p` is not a prime in [2, 2^31 − 1] and
 * ArithmeticError (naming the prime and the entry) if p divides a denominator.
 *
 * @example
 * ```ts
 * import { matFromStrings, QQ, rankModP } from 'deeplin';
 * const A = matFromStrings(QQ, [['1', '1', '0'], ['0', '1', '1'], ['1', '0', '1']]);
 * rankModP(A, 2);          // {"rank":2,"prime":2}  (det A = 2)
 * rankModP(A, 2147483647); // {"rank":3,"prime":2147483647}
 * ```
 */
export function rankModP(A: Matrix<Rational>, p: number): RankModPResult {
  if (typeof p !== 'number' || !Number.isInteger(p) || p < 2 || p > MAX_PRIME || !isPrime(p)) {
    throw new ArgumentError('rankModP', 'p', p, `a prime in [2, ${MAX_PRIME}]`);
  }
  const { cols } = matrixShape('rankModP', A);
  const P = BigInt(p);
  const F = primeField(p);
  const B = A.map((row, i) =>
    row.map((x, j) => {
      if (x.den % P === 0n) {
        throw new ArithmeticError('rankModP', `the prime ${p} divides the denominator ${x.den} of entry (${i}, ${j}); choose another prime`);
      }
      return F.fromRational(x);
    }),
  );
  return { rank: rank(F, B, cols), prime: p };
}
