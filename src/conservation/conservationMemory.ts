/**
 * Memory plan of `deeplin conservation`, before anything is allocated: the
 * gradient fields ∇φ_ab (their exact term count, below) plus the frame of
 * brackets, which lieTraceDimension caps at `frameTerms` stored terms.
 * A stored term is a Map entry with a string key of D code units and a
 * number (F_p) coefficient: about 2·D + 80 bytes.
 */
import type { Architecture } from '../model/architecture';
import { memoryEstimate, type MemoryEstimate } from '../limits/memoryEstimate';

/**
 * Σ over generators and coordinates of the number of terms of ∂φ_ab/∂(W_k)_ij
 * = (W_N⋯W_{k+1})_ai (W_{k−1}⋯W_1)_jb: one term per path through the
 * interior vertices other than k−1 and k (zero unless j = b when k = 1, i = a when k = N).
 */
export function gradientFieldTerms(arch: Pick<Architecture, 'widths'>): number {
  const d = arch.widths;
  const N = d.length - 1;
  let total = 0;
  for (let k = 1; k <= N; k++) {
    let paths = 1;
    for (let v = 1; v < N; v++) if (v !== k - 1 && v !== k) paths *= d[v];
    // generators (a, b): W_1's column must be b (k = 1) and W_N's row a (k = N), else all d_0 · d_N
    total += d[k] * d[k - 1] * paths * (k === 1 ? 1 : d[0]) * (k === N ? 1 : d[N]);
  }
  return total;
}

/** Bytes per stored polynomial term over F_p in D variables. */
export function bytesPerTerm(parameters: number): number {
  return 2 * parameters + 80;
}

export function conservationMemory(arch: Pick<Architecture, 'widths'>, frameTerms: number): MemoryEstimate {
  const D = arch.widths.slice(1).reduce((s, w, i) => s + w * arch.widths[i], 0);
  return memoryEstimate([
    {
      name: 'gradient fields and bracket frame',
      items: [
        { what: 'terms of the gradient fields', count: gradientFieldTerms(arch), bytesEach: bytesPerTerm(D) },
        { what: 'terms of the bracket frame (capped)', count: frameTerms, bytesEach: bytesPerTerm(D) },
      ],
    },
  ]);
}
