/**
 * The Jacobian of δ over F_p in banded form, written entry by entry from the
 * closed formulas — no dense matrix, no per-column re-evaluation of δ.
 *
 * Rows and columns are ordered as in {@link deltaJacobian} (Δ_1's upper
 * triangle first; W_1 first, row-major). With W = W_{i+1} and V = W_i,
 * ∂Δ_i/∂W_{i+1}[r][c] has (a, b) entry [a=c]·W[r][b] + [b=c]·W[r][a], and
 * ∂Δ_i/∂W_i[r][c] has (a, b) entry −[a=r]·V[b][c] − [b=r]·V[a][c]; so the
 * rows of Δ_i live on the column blocks of W_i and W_{i+1} only.
 */
import { bandedMatrixFromBuilder, type BandedMatrix, zeroBandedRows } from '../algebra/bandedMatrix';
import { ArgumentError } from '../errors';
import type { NetworkPoint } from './networkPoint';

/** Index of (a, b), a ≤ b, in the row-major upper triangle of a d × d matrix. */
export function upperTriangleIndex(d: number, a: number, b: number): number {
  return a * d - (a * (a - 1)) / 2 + (b - a);
}

/** Widths (d_0, …, d_N) of a point, after checking its entries are residues mod p. */
export function residuePointWidths(fn: string, point: NetworkPoint<number>, p: number): number[] {
  if (point.length < 2) throw new ArgumentError(fn, 'point', `${point.length} layer(s)`, 'at least 2 layers (depth >= 2)');
  const widths = [point[0][0]?.length ?? 0, ...point.map((W) => W.length)];
  point.forEach((W, i) => {
    if (W.length !== widths[i + 1]) throw new ArgumentError(fn, `point[${i}]`, `${W.length} rows`, `${widths[i + 1]} rows`);
    W.forEach((row, r) => {
      if (row.length !== widths[i]) throw new ArgumentError(fn, `point[${i}][${r}]`, `${row.length} entries`, `${widths[i]} entries (the width d_${i})`);
      for (const x of row) {
        if (!Number.isInteger(x) || x < 0 || x >= p) throw new ArgumentError(fn, `point[${i}][${r}]`, x, `residues in [0, ${p - 1}]`);
      }
    });
  });
  return widths;
}

/** Row offsets of Δ_1..Δ_{N−1} (entry i = first row of Δ_i; entry N = total rows). */
export function deltaRowOffsets(widths: readonly number[]): number[] {
  const N = widths.length - 1;
  const off = new Array<number>(N + 1).fill(0);
  for (let i = 1; i < N; i++) off[i + 1] = off[i] + (widths[i] * (widths[i] + 1)) / 2;
  return off;
}

/**
 * dδ at a point with entries in ZZ/p, as a {@link BandedMatrix}: row block i
 * (Δ_i) is stored on the columns of W_i and W_{i+1} only.
 */
export function deltaJacobianBanded(point: NetworkPoint<number>, p: number): BandedMatrix {
  const d = residuePointWidths('deltaJacobianBanded', point, p);
  const N = d.length - 1;
  const colOff = [0]; // colOff[j − 1] = first column of W_j
  for (let j = 1; j <= N; j++) colOff.push(colOff[j - 1] + d[j] * d[j - 1]);
  const rowOff = deltaRowOffsets(d);
  const rows = zeroBandedRows(
    d.slice(1, N).map((di, k) => ({ count: (di * (di + 1)) / 2, start: colOff[k], length: colOff[k + 2] - colOff[k] })),
  );
  const add = (i: number, a: number, b: number, col: number, x: number): void => {
    if (x === 0) return;
    const [lo, hi] = a <= b ? [a, b] : [b, a];
    const row = rows[rowOff[i] + upperTriangleIndex(d[i], lo, hi)];
    const s = row.values[col - row.start] + x;
    row.values[col - row.start] = s >= p ? s - p : s;
  };
  for (let j = 1; j <= N; j++) {
    const W = point[j - 1]; // d_j × d_{j−1}
    for (let r = 0; r < d[j]; r++) {
      for (let c = 0; c < d[j - 1]; c++) {
        const col = colOff[j - 1] + r * d[j - 1] + c;
        // Δ_{j−1} = W_jᵀW_j − …: entries (c, b) += W[r][b] and (a, c) += W[r][a]
        if (j >= 2) for (let b = 0; b < d[j - 1]; b++) {
          add(j - 1, c, b, col, W[r][b]);
          add(j - 1, b, c, col, b === c ? W[r][b] : 0); // the diagonal entry gets both terms
        }
        // Δ_j = … − W_jW_jᵀ: entries (r, b) −= W[b][c] and (a, r) −= W[a][c]
        if (j <= N - 1) for (let b = 0; b < d[j]; b++) {
          const x = W[b][c] === 0 ? 0 : p - W[b][c];
          add(j, r, b, col, x);
          add(j, b, r, col, b === r ? x : 0);
        }
      }
    }
  }
  return bandedMatrixFromBuilder(p, colOff[N], rows);
}
