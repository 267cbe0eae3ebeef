/**
 * The data and the critical levels `deeplin flow` uses by default — the one
 * adapter between the flow room and the exact critical points of part 1.
 *
 * Data: X = I_{d_0} (m = d_0 samples), Y the d_N × d_0 matrix with
 * Y_ii = r_Y − i + 1 (i = 1..r_Y = min(d_0, d_N)), zero elsewhere. Then
 * Σ_XX = I and Σ = Σ_YX Σ_XX⁻¹ Σ_XY = Y Yᵀ = diag(r_Y², …, 1, 0, …): exact
 * integer eigenvalues λ_i = (r_Y − i + 1)², and C = X Yᵀ = Yᵀ has full rank.
 * Critical values (MATH §6, Kawaguchi 2016): tr(YYᵀ) − Σ_{i∈S} λ_i for the
 * index sets S of eigenvectors with |S| ≤ r_max = min_i d_i; the value with
 * S = the r_max largest eigenvalues is the global minimum, every other one a
 * saddle value. The values are integers, exact in doubles.
 *
 * TODO(lead): once branch `critical` (issue #13) is merged, take the kinds
 * (strict / non-strict saddle, A_H) from its `criticalPoints(widths, data)`
 * here; this file is the only place to change.
 *
 * @example
 * ```ts
 * import { flowLandscape } from 'deeplin';
 * const l = flowLandscape([2, 2, 2]);
 * [l.Y, l.globalMinimum, l.levels.map((v) => v.value)]; // [[[2,0],[0,1]], 0, [5,4,1,0]]
 * ```
 */
import type { CriticalLevel } from './plateaus';

/** Default data of a flow run and its critical levels. */
export interface FlowLandscape {
  readonly X: number[][];
  readonly Y: number[][];
  /** The eigenvalues of Σ, decreasing. */
  readonly eigenvalues: readonly number[];
  /** Distinct critical values, decreasing, labelled by their index sets. */
  readonly levels: readonly CriticalLevel[];
  readonly globalMinimum: number;
  /** How the data and levels were obtained (printed with the result). */
  readonly source: string;
}

export function flowLandscape(widths: readonly number[]): FlowLandscape {
  const d0 = widths[0];
  const dN = widths[widths.length - 1];
  const rY = Math.min(d0, dN);
  const rMax = Math.min(...widths);
  const X = Array.from({ length: d0 }, (_, i) => Array.from({ length: d0 }, (_, j) => (i === j ? 1 : 0)));
  const Y = Array.from({ length: dN }, (_, i) => Array.from({ length: d0 }, (_, j) => (i === j && i < rY ? rY - i : 0)));
  const eigenvalues = Array.from({ length: dN }, (_, i) => (i < rY ? (rY - i) ** 2 : 0));
  const trYY = eigenvalues.reduce((a, b) => a + b, 0);
  // index sets S ⊆ {1..d_N}, |S| ≤ r_max; equal values share one level
  const byValue = new Map<number, string[]>();
  const sets: number[][] = [[]];
  for (let i = 0; i < dN; i++) for (const s of [...sets]) if (s.length < rMax) sets.push([...s, i]);
  let globalMinimum = Infinity;
  for (const S of sets) {
    const value = trYY - S.reduce((a, i) => a + eigenvalues[i], 0);
    globalMinimum = Math.min(globalMinimum, value);
    const labels = byValue.get(value) ?? [];
    labels.push(`{${S.map((i) => i + 1).join(',')}}`);
    byValue.set(value, labels);
  }
  const levels: CriticalLevel[] = [...byValue.entries()].map(([value, labels]) => ({
    value,
    label: `S = ${labels[0]}${labels.length > 1 ? ` (+${labels.length - 1})` : ''}`,
    kinds: value === globalMinimum ? ['global minimum'] : ['saddle'],
  })).sort((a, b) => b.value - a.value);
  const source = `X = I_${d0}, Y = diag(${Array.from({ length: rY }, (_, i) => rY - i).join(', ')}) (${dN} x ${d0}); critical values tr(YY^T) - sum_{i in S} lambda_i, |S| <= ${rMax} (exact integers)`;
  return { X, Y, eigenvalues, levels, globalMinimum, source };
}
