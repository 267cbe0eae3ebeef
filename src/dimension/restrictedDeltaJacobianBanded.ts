/**
 * dδ ∘ T over F_p in banded form: the Jacobian of δ restricted to the orbit
 * of a point under G = ∏_v GL(d_v), columns ordered as
 * {@link orbitTangentBasis} (ξ_0 first, E_{αβ} row-major).
 *
 * The tangent E_{αβ} at vertex v moves W_v by E·W_v (row α becomes row β of
 * W_v) and W_{v+1} by −W_{v+1}·E (column β becomes −column α of W_{v+1}).
 * Writing K = W_v W_vᵀ and M = W_{v+1}ᵀ W_{v+1}, its (a, b) entries are
 *   on Δ_{v−1}: W_v[β][a]·W_v[α][b] + W_v[α][a]·W_v[β][b],
 *   on Δ_v:     −[a=α]·K[β][b] − [b=α]·K[β][a] − [a=β]·M[α][b] − [b=β]·M[α][a],
 *   on Δ_{v+1}: W_{v+1}[a][α]·W_{v+1}[b][β] + W_{v+1}[b][α]·W_{v+1}[a][β],
 * so the rows of Δ_i live on the column blocks of ξ_{i−1}, ξ_i, ξ_{i+1}.
 */
import { bandedMatrixFromBuilder, type BandedMatrix, zeroBandedRows } from '../algebra/bandedMatrix';
import { mulMod } from '../algebra/primeField';
import { deltaRowOffsets, residuePointWidths, upperTriangleIndex } from '../model/deltaJacobianBanded';
import type { NetworkPoint } from '../model/networkPoint';

/**
 * The G-orbit-restricted Jacobian dδ∘T at a point with entries in ZZ/p, as a
 * {@link BandedMatrix} (same matrix as `restrictedDeltaJacobian(primeField(p), point)`).
 */
export function restrictedDeltaJacobianBanded(point: NetworkPoint<number>, p: number): BandedMatrix {
  const d = residuePointWidths('restrictedDeltaJacobianBanded', point, p);
  const N = d.length - 1;
  const xiOff = [0]; // xiOff[v] = first column of ξ_v
  for (let v = 0; v <= N; v++) xiOff.push(xiOff[v] + d[v] * d[v]);
  const rowOff = deltaRowOffsets(d);
  const rows = zeroBandedRows(
    d.slice(1, N).map((di, k) => ({ count: (di * (di + 1)) / 2, start: xiOff[k], length: xiOff[k + 3] - xiOff[k] })),
  );
  const add = (i: number, a: number, b: number, col: number, x: number): void => {
    if (x === 0 || a > b) return; // upper triangle only: callers pass both orders of a symmetric term
    const row = rows[rowOff[i] + upperTriangleIndex(d[i], a, b)];
    const s = row.values[col - row.start] + x;
    row.values[col - row.start] = s >= p ? s - p : s;
  };
  const neg = (x: number): number => (x === 0 ? 0 : p - x);
  const gram = (A: readonly (readonly number[])[], transpose: boolean): number[][] => {
    // transpose ? AᵀA : AAᵀ
    const n = transpose ? A[0].length : A.length;
    const inner = transpose ? A.length : A[0].length;
    const G = Array.from({ length: n }, () => new Array<number>(n).fill(0));
    for (let a = 0; a < n; a++) {
      for (let b = a; b < n; b++) {
        let s = 0;
        for (let k = 0; k < inner; k++) {
          const x = transpose ? A[k][a] : A[a][k];
          const y = transpose ? A[k][b] : A[b][k];
          s += mulMod(x, y, p);
          if (s >= p) s -= p;
        }
        G[a][b] = s;
        G[b][a] = s;
      }
    }
    return G;
  };
  for (let v = 0; v <= N; v++) {
    const Wv = v >= 1 ? point[v - 1] : null; // d_v × d_{v−1}
    const Wn = v < N ? point[v] : null; // d_{v+1} × d_v
    const K = Wv && v <= N - 1 ? gram(Wv, false) : null;
    const M = Wn && v >= 1 ? gram(Wn, true) : null;
    for (let alpha = 0; alpha < d[v]; alpha++) {
      for (let beta = 0; beta < d[v]; beta++) {
        const col = xiOff[v] + alpha * d[v] + beta;
        if (Wv && v >= 2) {
          const n = d[v - 1];
          for (let a = 0; a < n; a++) {
            for (let b = a; b < n; b++) {
              const x = mulMod(Wv[beta][a], Wv[alpha][b], p) + mulMod(Wv[alpha][a], Wv[beta][b], p);
              add(v - 1, a, b, col, x % p);
            }
          }
        }
        if (K) {
          for (let b = 0; b < d[v]; b++) {
            add(v, alpha, b, col, neg(K[beta][b]));
            add(v, b, alpha, col, neg(K[beta][b]));
          }
        }
        if (M) {
          for (let b = 0; b < d[v]; b++) {
            add(v, beta, b, col, neg(M[alpha][b]));
            add(v, b, beta, col, neg(M[alpha][b]));
          }
        }
        if (Wn && v + 1 <= N - 1) {
          const n = d[v + 1];
          for (let a = 0; a < n; a++) {
            for (let b = a; b < n; b++) {
              const x = mulMod(Wn[a][alpha], Wn[b][beta], p) + mulMod(Wn[b][alpha], Wn[a][beta], p);
              add(v + 1, a, b, col, x % p);
            }
          }
        }
      }
    }
  }
  return bandedMatrixFromBuilder(p, xiOff[N + 1], rows);
}
