/**
 * The ideal of a list of vanishing windows, in the degrees that matter for a
 * linear relation on δ. A window [a, b] (1 ≤ a ≤ b ≤ N) stands for the
 * condition W_b ⋯ W_a = 0, whose generators are the entries of that product,
 * homogeneous of degree b − a + 1.
 *
 * ℓ∘δ is homogeneous quadratic, so if ℓ∘δ = Σ h_k f_k then also with every
 * h_k replaced by its homogeneous part of degree 2 − deg f_k. Hence only
 * windows of length 1 (generators: the variables of W_a themselves, with
 * linear cofactors) and of length 2 (the entries of W_{a+1}W_a, with constant
 * cofactors) can occur; longer windows are counted in `higher` and ignored.
 *
 * Since the linear generators are variables, a quadratic form F lies in the
 * ideal iff its **residue** — F with those variables set to zero — is a
 * constant combination of the residues of the quadratic generators: the
 * difference then has a zero variable in every monomial.
 *
 * For F = ℓ∘δ the quadratic generators never help: every monomial of ℓ∘δ
 * lies within one layer (Δ_k = W_{k+1}ᵀW_{k+1} − W_kW_kᵀ), every monomial of
 * an entry of W_{a+1}W_a pairs two different layers, and residues keep these
 * supports apart. So ℓ∘δ is in the ideal iff its residue is zero, i.e. iff
 * ℓ∘δ vanishes identically once the single-layer windows are set to zero —
 * which (comparing monomials) happens exactly for the trace-lemma family:
 * Σ_{k=j}^{i−1} tr Δ_k for consecutive zero layers j < i, and every entry of
 * Δ_j when W_j = W_{j+1} = 0. The tests check both statements.
 */
import { type Polynomial } from '../algebra/polynomial';
import type { Rational } from '../algebra/rational';
import { QQ } from '../algebra/rationalField';
import { ArgumentError } from '../errors';
import type { Architecture } from '../model/architecture';
import { layerOffset } from '../model/architecture';
import { type SymbolicNetwork, symbolicNetwork, symbolicProduct } from '../model/symbolicNetwork';

/** A vanishing window [a, b]: W_b ⋯ W_a = 0. */
export type Window = readonly [number, number];

/**
 * One generator of a window ideal: the entry (1-based row, column) of the
 * product W_b ⋯ W_a of `window`.
 */
export interface WindowGenerator {
  readonly window: Window;
  readonly entry: readonly [number, number];
  readonly polynomial: Polynomial<Rational>;
}

/**
 * The degree ≤ 2 generators of the ideal of `windows` (see the file header)
 * and the residue map.
 */
export interface WindowIdeal {
  readonly net: SymbolicNetwork<Rational>;
  /** The windows as given (validated). */
  readonly windows: readonly Window[];
  /** Entries of W_a for the windows [a, a]: single variables, in parameter order, without repeats. */
  readonly linear: readonly WindowGenerator[];
  /** Entries of W_{a+1} W_a for the windows [a, a + 1], in window order, without repeated windows. */
  readonly quadratic: readonly WindowGenerator[];
  /** The number of windows of length ≥ 3 (no role in a degree-2 identity). */
  readonly higher: number;
  /** Indices (in `net.ring.variables`) of the variables of the linear generators, increasing. */
  readonly zeroVariables: readonly number[];
  /** The polynomial with every zero variable set to 0 (drops each monomial containing one). */
  residue(p: Polynomial<Rational>): Polynomial<Rational>;
}

/**
 * The window ideal of `windows` on the architecture `arch` (over Q). Throws
 * ArgumentError (naming `functionName`) unless every window is a pair of
 * integers [a, b] with 1 ≤ a ≤ b ≤ N.
 */
export function windowIdeal(arch: Architecture, windows: readonly (readonly number[])[], functionName = 'windowIdeal'): WindowIdeal {
  const list = checkWindows(arch, windows, functionName);
  const net = symbolicNetwork(QQ, arch);
  const linear: WindowGenerator[] = [];
  const quadratic: WindowGenerator[] = [];
  const zero = new Set<number>();
  const seenQuadratic = new Set<number>();
  let higher = 0;
  const layers = [...new Set(list.filter(([a, b]) => a === b).map(([a]) => a))].sort((x, y) => x - y);
  for (const a of layers) {
    const rows = arch.widths[a];
    const cols = arch.widths[a - 1];
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < cols; c++) {
        zero.add(layerOffset(arch, a) + r * cols + c);
        linear.push({ window: [a, a], entry: [r + 1, c + 1], polynomial: net.W[a - 1][r][c] });
      }
    }
  }
  for (const [a, b] of list) {
    if (b - a + 1 >= 3) higher++;
    if (b !== a + 1 || seenQuadratic.has(a)) continue;
    seenQuadratic.add(a);
    const P = symbolicProduct(net, a, b);
    P.forEach((row, r) => row.forEach((f, c) => quadratic.push({ window: [a, b], entry: [r + 1, c + 1], polynomial: f })));
  }
  const zeroVariables = [...zero].sort((x, y) => x - y);
  const residue = (p: Polynomial<Rational>): Polynomial<Rational> => {
    const terms = new Map<string, Rational>();
    for (const [key, c] of p.terms) if (!zeroVariables.some((v) => key.charCodeAt(v) !== 0)) terms.set(key, c);
    return Object.freeze({ ring: p.ring, terms });
  };
  return Object.freeze({ net, windows: list, linear, quadratic, higher, zeroVariables, residue });
}

function checkWindows(arch: Architecture, windows: readonly (readonly number[])[], fn: string): Window[] {
  if (arch === null || typeof arch !== 'object' || !Array.isArray(arch.widths)) {
    throw new ArgumentError(fn, 'arch', arch, 'an Architecture (see architecture())');
  }
  const N = arch.depth;
  if (!Array.isArray(windows)) throw new ArgumentError(fn, 'windows', windows, `an array of windows [a, b] with 1 <= a <= b <= ${N}`);
  return windows.map((w, i) => {
    if (!Array.isArray(w) || w.length !== 2 || !w.every((x) => Number.isInteger(x)) || w[0] < 1 || w[1] < w[0] || w[1] > N) {
      throw new ArgumentError(fn, `windows[${i}]`, w, `[a, b] with integers 1 <= a <= b <= ${N}`);
    }
    return [w[0], w[1]] as const;
  });
}
