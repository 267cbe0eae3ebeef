/**
 * Inverse of a square matrix over any exact field by Gauss–Jordan, with its
 * determinant; `undefined` when singular.
 */
import { ArgumentError } from '../errors';
import type { Field } from './field';
import { matIdentity, type Matrix } from './matrix';

export function inverse<T>(field: Field<T>, a: Matrix<T>): { inverse: T[][]; determinant: T } | undefined {
  const n = a.length;
  if (a.some((row) => row.length !== n)) throw new ArgumentError('inverse', 'shape', `${n}x${a[0]?.length}`, 'a square matrix');
  const m = a.map((row) => [...row]);
  const inv = matIdentity(field, n);
  let det = field.one;
  for (let col = 0; col < n; col++) {
    let piv = col;
    while (piv < n && field.isZero(m[piv][col])) piv++;
    if (piv === n) return undefined;
    if (piv !== col) {
      [m[col], m[piv]] = [m[piv], m[col]];
      [inv[col], inv[piv]] = [inv[piv], inv[col]];
      det = field.neg(det);
    }
    det = field.mul(det, m[col][col]);
    const s = field.inv(m[col][col]);
    m[col] = m[col].map((x) => field.mul(s, x));
    inv[col] = inv[col].map((x) => field.mul(s, x));
    for (let r = 0; r < n; r++) {
      if (r === col || field.isZero(m[r][col])) continue;
      const f = m[r][col];
      m[r] = m[r].map((x, j) => field.sub(x, field.mul(f, m[col][j])));
      inv[r] = inv[r].map((x, j) => field.sub(x, field.mul(f, inv[col][j])));
    }
  }
  return { inverse: inv, determinant: det };
}
