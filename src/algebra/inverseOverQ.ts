/**
 * Inverse of a square rational matrix by Gauss–Jordan, or `undefined` when singular.
 *
 * @example
 * ```ts
 * import { inverseOverQ, matFromStrings, matToStrings, QQ } from 'deeplin';
 * matToStrings(QQ, inverseOverQ(matFromStrings(QQ, [['2', '0'], ['0', '4']]))!); // [["1/2","0"],["0","1/4"]]
 * ```
 */
import type { Matrix } from './matrix';
import { matIdentity } from './matrix';
import type { Rational } from './rational';
import { QQ } from './rationalField';
import { ArgumentError } from '../errors';

export function inverseOverQ(a: Matrix<Rational>): Rational[][] | undefined {
  const n = a.length;
  if (a.some((row) => row.length !== n)) throw new ArgumentError('inverseOverQ', 'shape', `${n}x${a[0]?.length}`, 'a square matrix');
  const m = a.map((row) => [...row]);
  const inv = matIdentity(QQ, n);
  for (let col = 0; col < n; col++) {
    let piv = col;
    while (piv < n && QQ.isZero(m[piv][col])) piv++;
    if (piv === n) return undefined;
    [m[col], m[piv]] = [m[piv], m[col]];
    [inv[col], inv[piv]] = [inv[piv], inv[col]];
    const s = QQ.inv(m[col][col]);
    m[col] = m[col].map((x) => QQ.mul(s, x));
    inv[col] = inv[col].map((x) => QQ.mul(s, x));
    for (let r = 0; r < n; r++) {
      if (r === col || QQ.isZero(m[r][col])) continue;
      const f = m[r][col];
      m[r] = m[r].map((x, j) => QQ.sub(x, QQ.mul(f, m[col][j])));
      inv[r] = inv[r].map((x, j) => QQ.sub(x, QQ.mul(f, inv[col][j])));
    }
  }
  return inv;
}
