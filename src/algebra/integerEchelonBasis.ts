/**
 * A canonical basis of the span of rational vectors: the reduced row echelon
 * form, each row then scaled to a primitive integer vector (denominators
 * cleared, divided by the gcd of its entries). The pivot entries are
 * positive and every other row is zero in each pivot column, so two spans
 * are equal exactly when their bases are equal.
 */
import { type Rational, rational } from './rational';
import { QQ } from './rationalField';
import { rref } from './rref';
import { ArgumentError, requireInteger } from '../errors';

/**
 * The integer reduced echelon basis of the span of `vectors` (each of length
 * `length`; `length` is needed when there are no vectors). Throws
 * ArgumentError for vectors of the wrong length or entries that are not
 * exact rationals.
 */
export function integerEchelonBasis(vectors: readonly (readonly Rational[])[], length: number): Rational[][] {
  requireInteger('integerEchelonBasis', 'length', length, 0);
  if (!Array.isArray(vectors)) throw new ArgumentError('integerEchelonBasis', 'vectors', vectors, 'an array of rational vectors');
  vectors.forEach((v, i) => {
    if (!Array.isArray(v) || v.length !== length) {
      throw new ArgumentError('integerEchelonBasis', `vectors[${i}].length`, Array.isArray(v) ? v.length : v, `${length}`);
    }
    v.forEach((x: unknown, j) => {
      const r = x as Rational;
      if (r === null || typeof r !== 'object' || typeof r.num !== 'bigint' || typeof r.den !== 'bigint') {
        throw new ArgumentError('integerEchelonBasis', `vectors[${i}][${j}]`, x, 'an exact Rational');
      }
    });
  });
  if (vectors.length === 0 || length === 0) return [];
  const { matrix, pivots } = rref(QQ, vectors, length);
  return matrix.slice(0, pivots.length).map(primitiveInteger);
}

/** The row times the lcm of its denominators, divided by the gcd of the resulting integers. */
function primitiveInteger(row: readonly Rational[]): Rational[] {
  let l = 1n;
  for (const x of row) if (x.den !== 1n) l = (l / gcd(l, x.den)) * x.den;
  const ints = row.map((x) => x.num * (l / x.den));
  let g = 0n;
  for (const v of ints) if (v !== 0n) g = gcd(g, v);
  return ints.map((v) => rational(g === 0n ? v : v / g));
}

function gcd(a: bigint, b: bigint): bigint {
  if (a < 0n) a = -a;
  if (b < 0n) b = -b;
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}
