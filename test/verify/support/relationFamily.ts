/**
 * Shared helpers for the linear-relation tests: samplers of components and
 * the closed form of the linear relations on δ({W_z = 0, z ∈ Z}).
 *
 * Closed form (proved by comparing monomials; the tests check the tool
 * against it). Off-diagonal monomials w_k[r,a]w_k[r,b] (a < b) occur only
 * in Δ_{k−1}[a,b], and w_k[a,c]w_k[b,c] only in Δ_k[a,b]; the square
 * w_k[r,c]² occurs in Δ_{k−1}[c,c] (sign +) and Δ_k[r,r] (sign −). So if ℓ∘δ
 * vanishes when the layers in Z are set to 0, then: off-diagonal entries of
 * ℓ on Δ_k are 0 unless W_k = W_{k+1} = 0; the diagonal of ℓ on Δ_{k−1} and
 * on Δ_k is one constant across every nonzero layer k; a nonzero first or
 * last layer forces that constant to 0. Hence the relations are spanned by
 *   - Σ_{k=j}^{i−1} tr Δ_k for consecutive zero layers j < i (the trace lemma), and
 *   - every coordinate of Δ_j when W_j = W_{j+1} = 0,
 * and there is none with fewer than two zero layers.
 */
import { type Matrix } from '../../../src/algebra/matrix';
import { rational, type Rational } from '../../../src/algebra/rational';
import { QQ } from '../../../src/algebra/rationalField';
import type { Architecture } from '../../../src/model/architecture';
import type { Rng } from '../../../src/random';
import { integerEchelonBasis } from '../../../src/algebra/integerEchelonBasis';

/** The coordinate index of Δ_k[a][b] (0-based a ≤ b) in δ's coordinates. */
export function coordinateIndex(arch: Architecture, k: number, a: number, b: number): number {
  let offset = 0;
  for (let i = 1; i < k; i++) offset += (arch.widths[i] * (arch.widths[i] + 1)) / 2;
  const d = arch.widths[k];
  for (let r = 0; r < a; r++) offset += d - r;
  return offset + (b - a);
}

export function codomain(arch: Architecture): number {
  let m = 0;
  for (let i = 1; i < arch.depth; i++) m += (arch.widths[i] * (arch.widths[i] + 1)) / 2;
  return m;
}

/** Σ_{k=j}^{i−1} tr Δ_k as a vector on δ's coordinates. */
export function traceRelation(arch: Architecture, j: number, i: number): Rational[] {
  const ell = new Array<Rational>(codomain(arch)).fill(QQ.zero);
  for (let k = j; k < i; k++) for (let a = 0; a < arch.widths[k]; a++) ell[coordinateIndex(arch, k, a, a)] = QQ.one;
  return ell;
}

/** The integer echelon basis of the relations on δ({W_z = 0, z ∈ zeroLayers}) (closed form above). */
export function expectedRelations(arch: Architecture, zeroLayers: readonly number[]): Rational[][] {
  const Z = [...new Set(zeroLayers)].sort((x, y) => x - y);
  const m = codomain(arch);
  const out: Rational[][] = [];
  for (let t = 0; t + 1 < Z.length; t++) {
    const [j, i] = [Z[t], Z[t + 1]];
    if (i === j + 1) {
      const d = arch.widths[j];
      for (let a = 0; a < d; a++) {
        for (let b = a; b < d; b++) {
          const e = new Array<Rational>(m).fill(QQ.zero);
          e[coordinateIndex(arch, j, a, b)] = QQ.one;
          out.push(e);
        }
      }
    } else {
      out.push(traceRelation(arch, j, i));
    }
  }
  return integerEchelonBasis(out, m);
}

/** A sampler of {W_z = 0, z ∈ zeroLayers}: random integer entries in [-bound, bound] elsewhere. */
export function zeroLayerSampler(arch: Architecture, zeroLayers: readonly number[], bound = 1000): (rng: Rng) => Matrix<Rational>[] {
  return (rng) =>
    arch.widths.slice(1).map((rows, idx) =>
      Array.from({ length: rows }, () =>
        Array.from({ length: arch.widths[idx] }, () => (zeroLayers.includes(idx + 1) ? QQ.zero : rational(rng.int(-bound, bound)))),
      ),
    );
}
