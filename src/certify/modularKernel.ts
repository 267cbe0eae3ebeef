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
    // the nonzero entries of the pivot row, once; x − ⌊x/p⌋·p (then one correction) is several times faster than x % p on doubles
    const nz: number[] = [];
    for (let j = c; j < cols; j++) if (pr[j] !== 0) nz.push(j);
    for (let i = 0; i < A.length; i++) {
      if (i === row) continue;
      const ri = A[i];
      const f = ri[c];
      if (f === 0) continue;
      for (let q = 0; q < nz.length; q++) {
        const j = nz[q];
        const x = ri[j] - f * pr[j];
        let y = x - Math.floor(x / p) * p;
        if (y < 0) y += p;
        else if (y >= p) y -= p;
        ri[j] = y;
      }
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

/**
 * Rows added one at a time, kept reduced against the pivots so far: `add`
 * says whether a row raised the rank, so a caller sampling rows can stop when
 * fresh rows stop adding anything (a fixed row count can leave the rank short
 * and the kernel with spurious vectors). `kernel()` is {@link kernelModP} of
 * the independent rows kept: the same canonical kernel as of all rows added.
 */
export interface ModularEchelon {
  readonly rank: number;
  add(row: readonly number[]): boolean;
  kernel(): KernelVector[];
}

export function modularEchelon(cols: number, p: number): ModularEchelon {
  if (!Number.isInteger(p) || p < 2 || p >= 2 ** 26) throw new ArgumentError('modularEchelon', 'p', p, 'a prime below 2^26');
  const pivotRows: Float64Array[] = [];
  const pivotCols: number[] = [];
  return {
    get rank() {
      return pivotRows.length;
    },
    add(row) {
      const r = Float64Array.from(row, (x) => ((x % p) + p) % p);
      // each kept row is zero at the pivots kept before it, so one pass in insertion order clears every pivot column
      for (let k = 0; k < pivotRows.length; k++) {
        const f = r[pivotCols[k]];
        if (f === 0) continue;
        const pr = pivotRows[k];
        for (let j = 0; j < cols; j++) {
          if (pr[j] === 0) continue;
          const x = r[j] - f * pr[j];
          let y = x - Math.floor(x / p) * p;
          if (y < 0) y += p;
          else if (y >= p) y -= p;
          r[j] = y;
        }
      }
      const c = r.findIndex((x) => x !== 0);
      if (c < 0) return false;
      const s = inv(r[c], p);
      for (let j = c; j < cols; j++) r[j] = (r[j] * s) % p;
      pivotRows.push(r);
      pivotCols.push(c);
      return true;
    },
    kernel() {
      return kernelModP(pivotRows.map((r) => Array.from(r)), cols, p);
    },
  };
}

/**
 * Rational kernel vectors from canonical kernels modulo several primes: the
 * kernel mod KERNEL_PRIMES[0] is computed at once (`first`), further primes
 * only when a vector's coefficients do not reconstruct from fewer (up to
 * three primes; Chinese remaindering, then rational reconstruction). A prime
 * whose kernel has a different shape (no vector with that free column) ends
 * the attempt. The results are candidates: callers prove what they use.
 */
export function rationalKernel(
  kernelFor: (p: number) => KernelVector[],
  reconstruct: (residues: readonly bigint[], primes: readonly bigint[]) => { num: bigint; den: bigint } | undefined,
): { readonly first: KernelVector[]; vector(free: number): { num: bigint; den: bigint }[] | undefined } {
  const kernels: { p: number; vectors: KernelVector[] }[] = [{ p: KERNEL_PRIMES[0], vectors: kernelFor(KERNEL_PRIMES[0]) }];
  return {
    first: kernels[0].vectors,
    vector(free) {
      const base = kernels[0].vectors.find((v) => v.free === free);
      if (!base) return undefined;
      for (let used = 1; used <= 3; used++) {
        while (kernels.length < used) kernels.push({ p: KERNEL_PRIMES[kernels.length], vectors: kernelFor(KERNEL_PRIMES[kernels.length]) });
        const others = kernels.slice(0, used).map((k) => k.vectors.find((v) => v.free === free));
        if (others.some((v) => v === undefined)) return undefined;
        const primes = kernels.slice(0, used).map((k) => BigInt(k.p));
        const out = base.vector.map((_, c) => reconstruct(others.map((v) => BigInt((v as KernelVector).vector[c])), primes));
        if (out.every((x) => x !== undefined)) return out as { num: bigint; den: bigint }[];
      }
      return undefined;
    },
  };
}
