/**
 * Seeded starting points of gradient flow, as flat parameter vectors θ =
 * (W_1, …, W_N) (row-major layers, the layout of {@link FlowProblem}).
 *
 * - {@link randomInitialPoint}: i.i.d. N(0, σ²) entries (small σ starts near
 *   0, a point of A_H for depth ≥ 3).
 * - {@link balancedInitialPoint}: a point with δ = 0, built from aligned
 *   factors W_i = U_i D U_{i−1}ᵀ with random orthogonal U_i (Householder QR
 *   of a Gaussian matrix) and one diagonal D = diag(σ·|g_1|, …, σ·|g_r|),
 *   r = min_i d_i, in the top-left corner of every layer; then
 *   W_{i+1}ᵀW_{i+1} = U_i D² U_iᵀ = W_iW_iᵀ. δ(θ) vanishes up to rounding
 *   (~1e-16 σ²), which the run reports.
 */
import type { Rng } from '../random';

/**
 * i.i.d. N(0, σ²) entries.
 *
 * @example
 * ```ts
 * import { randomInitialPoint, Rng } from 'deeplin';
 * randomInitialPoint([2, 3, 1], new Rng(1), 0.1).length; // 9
 * ```
 */
export function randomInitialPoint(widths: readonly number[], rng: Rng, scale: number): Float64Array {
  let n = 0;
  for (let k = 1; k < widths.length; k++) n += widths[k] * widths[k - 1];
  const theta = new Float64Array(n);
  for (let i = 0; i < n; i++) theta[i] = scale * rng.normal();
  return theta;
}

/** A random d × d orthogonal matrix (row-major): Householder QR of a Gaussian matrix, Q with the signs fixed by R's diagonal (Haar measure). */
export function randomOrthogonal(d: number, rng: Rng): Float64Array {
  const A = Array.from({ length: d }, () => Array.from({ length: d }, () => rng.normal()));
  // Q = H_1 H_2 ⋯ H_d applied to the identity; accumulate Q explicitly
  const Q: number[][] = Array.from({ length: d }, (_, i) => Array.from({ length: d }, (_, j) => (i === j ? 1 : 0)));
  for (let k = 0; k < d; k++) {
    const x = A.slice(k).map((row) => row[k]);
    const alpha = -Math.sign(x[0] || 1) * Math.hypot(...x);
    const v = x.slice();
    v[0] -= alpha;
    const vv = v.reduce((s, a) => s + a * a, 0);
    if (vv > 0) {
      // A ← H A on rows k.., Q ← Q H on columns k..
      for (let j = 0; j < d; j++) {
        let s = 0;
        for (let i = 0; i < v.length; i++) s += v[i] * A[k + i][j];
        for (let i = 0; i < v.length; i++) A[k + i][j] -= (2 * s * v[i]) / vv;
      }
      for (let i = 0; i < d; i++) {
        let s = 0;
        for (let j = 0; j < v.length; j++) s += Q[i][k + j] * v[j];
        for (let j = 0; j < v.length; j++) Q[i][k + j] -= (2 * s * v[j]) / vv;
      }
    }
    // sign fix: make R_kk positive
    if (A[k][k] < 0) {
      for (let j = 0; j < d; j++) A[k][j] = -A[k][j];
      for (let i = 0; i < d; i++) Q[i][k] = -Q[i][k];
    }
  }
  return Float64Array.from(Q.flat());
}

/**
 * A balanced point (δ = 0 up to rounding) of scale σ; see the file header.
 *
 * @example
 * ```ts
 * import { RR, Rng, balancedInitialPoint, deltaMap } from 'deeplin';
 * const t = balancedInitialPoint([2, 3, 2], new Rng(1), 0.5); // W_1 (3×2), then W_2 (2×3), row-major
 * const W1 = [0, 1, 2].map((r) => [t[2 * r], t[2 * r + 1]]);
 * const W2 = [0, 1].map((r) => [t[6 + 3 * r], t[7 + 3 * r], t[8 + 3 * r]]);
 * Math.max(...deltaMap(RR, [W1, W2]).flat(2).map(Math.abs)) < 1e-14; // true   δ = 0 up to rounding
 * Math.max(...t.map(Math.abs)) > 0.05; // true   but W ≠ 0
 * ```
 */
export function balancedInitialPoint(widths: readonly number[], rng: Rng, scale: number): Float64Array {
  const r = Math.min(...widths);
  const U = widths.map((d) => randomOrthogonal(d, rng));
  const D = Array.from({ length: r }, () => scale * Math.abs(rng.normal()));
  const parts: number[] = [];
  for (let k = 1; k < widths.length; k++) {
    const rows = widths[k];
    const cols = widths[k - 1];
    const Uk = U[k];
    const Up = U[k - 1];
    // W_k = U_k D U_{k-1}ᵀ = Σ_l D_l u_l v_lᵀ (u_l column l of U_k, v_l column l of U_{k-1})
    for (let i = 0; i < rows; i++) {
      for (let j = 0; j < cols; j++) {
        let s = 0;
        for (let l = 0; l < r; l++) s += Uk[i * rows + l] * D[l] * Up[j * cols + l];
        parts.push(s);
      }
    }
  }
  return Float64Array.from(parts);
}
