/**
 * Right kernel of a matrix over an exact field, read off its RREF.
 */
import type { Field } from './field';
import type { Matrix } from './matrix';
import { rref } from './rref';

/**
 * A basis of the right kernel `{x : A x = 0}` of `A` over the exact field
 * `field`, as a list of vectors of length `cols` (`cols` is needed only when
 * `A` has no rows). There are `cols − rank(A)` vectors: one per free
 * column `f` of the RREF, with a 1 at `f`, zeros at the other free columns,
 * and minus the RREF entries of column `f` at the pivot columns.
 *
 * @example
 * ```ts
 * import { QQ, matFromStrings, matToStrings, nullspace } from 'deeplin';
 * const A = matFromStrings(QQ, [['1', '2', '3'], ['4', '5', '6'], ['7', '8', '9']]);
 * matToStrings(QQ, nullspace(QQ, A)); // [["1","-2","1"]]
 * nullspace(QQ, [], 2).length;        // 2 (no equations: the whole of Q^2)
 * ```
 */
export function nullspace<T>(field: Field<T>, A: Matrix<T>, cols?: number): T[][] {
  const { matrix: R, pivots } = rref(field, A, cols);
  const n = R.length > 0 ? R[0].length : (cols ?? 0);
  const isPivot = new Array<boolean>(n).fill(false);
  for (const c of pivots) isPivot[c] = true;
  const basis: T[][] = [];
  for (let f = 0; f < n; f++) {
    if (isPivot[f]) continue;
    const v = new Array<T>(n).fill(field.zero);
    v[f] = field.one;
    for (let i = 0; i < pivots.length; i++) v[pivots[i]] = field.neg(R[i][f]);
    basis.push(v);
  }
  return basis;
}
