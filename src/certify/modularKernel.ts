/**
 * The kernel of a matrix over F_p for a prime p < 2^26, in its canonical
 * form: the reduced row echelon form R of A gives, for every free column f,
 * the vector v_f with v_f[f] = 1, v_f[pivot_i] = −R[i][f], 0 elsewhere. The
 * same vectors over Q reduce to these mod every prime not dividing a
 * denominator, which is what makes coefficient-wise Chinese remaindering and
 * rational reconstruction ({@link rationalReconstruction}) valid.
 *
 * Written here rather than with src/algebra/nullspace because interpolation
 * matrices reach ~10^3 columns: products of residues below 2^26 stay below
 * 2^53, so plain float multiplication and `%` are exact and several times
 * faster than the generic field's split multiplication.
 */
import { ArgumentError } from '../errors';

/** Primes below 2^26 for modular interpolation (largest first). */
export const KERNEL_PRIMES: readonly number[] = [67108859, 67108837, 67108819, 67108777, 67108763];

/** One canonical kernel vector: `free` is its free column. */
export interface KernelVector {
  readonly free: number;
  readonly vector: number[];
}

function inv(a: number, p: number): number {
  let [r0, r1, t0, t1] = [p, a, 0, 1];
  while (r1 !== 0) {
    const q = Math.floor(r0 / r1);
    [r0, r1] = [r1, r0 - q * r1];
    [t0, t1] = [t1, t0 - q * t1];
  }
  return t0 < 0 ? t0 + p : t0;
}

export function kernelModP(rows: readonly (readonly number[])[], cols: number, p: number): KernelVector[] {
  if (!Number.isInteger(p) || p < 2 || p >= 2 ** 26) throw new ArgumentError('kernelModP', 'p', p, 'a prime below 2^26');
  const A = rows.map((r) => Float64Array.from(r, (x) => ((x % p) + p) % p));
  const pivots: number[] = [];
  let row = 0;
  for (let c = 0; c < cols && row < A.length; c++) {
    let r = row;
    while (r < A.length && A[r][c] === 0) r++;
    if (r === A.length) continue;
    [A[row], A[r]] = [A[r], A[row]];
    const pr = A[row];
    const s = inv(pr[c], p);
    for (let j = c; j < cols; j++) pr[j] = (pr[j] * s) % p;
    for (let i = 0; i < A.length; i++) {
      if (i === row) continue;
      const ri = A[i];
      const f = ri[c];
      if (f === 0) continue;
      for (let j = c; j < cols; j++) if (pr[j] !== 0) ri[j] = (ri[j] - ((f * pr[j]) % p) + p) % p;
    }
    pivots.push(c);
    row++;
  }
  const isPivot = new Set(pivots);
  const out: KernelVector[] = [];
  for (let f = 0; f < cols; f++) {
    if (isPivot.has(f)) continue;
    const v = new Array<number>(cols).fill(0);
    v[f] = 1;
    pivots.forEach((c, i) => {
      if (c < f && A[i][f] !== 0) v[c] = p - A[i][f];
    });
    out.push({ free: f, vector: v });
  }
  return out;
}
