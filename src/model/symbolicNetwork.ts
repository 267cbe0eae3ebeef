/**
 * Symbolic deep linear networks: W_i as a matrix of named variables
 * `w{i}_{r}_{c}` (1-based, Macaulay2/Singular-safe names), with δ and the
 * consecutive products W_b ⋯ W_a as exact polynomial matrices. These are the
 * systems exported to Macaulay2, Singular and LaTeX.
 */
import type { Field } from '../algebra/field';
import { polyMatIdentity, polyMatMul, polyMatSub, polyMatTranspose, polyMatVariables, type PolyMatrix } from '../algebra/polynomialMatrix';
import type { Polynomial } from '../algebra/polynomial';
import { polynomialRing, type PolynomialRing } from '../algebra/polynomialRing';
import { ArgumentError } from '../errors';
import type { Architecture } from './architecture';

export interface SymbolicNetwork<T> {
  readonly arch: Architecture;
  readonly ring: PolynomialRing<T>;
  /** W[i-1] is W_i, entries the variables w{i}_{r}_{c}. */
  readonly W: readonly PolyMatrix<T>[];
}

/** Refuse symbolic systems with more variables than this. */
export const MAX_SYMBOLIC_VARIABLES = 100_000;

export function symbolicNetwork<T>(field: Field<T>, arch: Architecture): SymbolicNetwork<T> {
  const names: string[] = [];
  const offsets: number[] = [];
  for (let i = 1; i <= arch.depth; i++) {
    offsets.push(names.length);
    for (let r = 1; r <= arch.widths[i]; r++) for (let c = 1; c <= arch.widths[i - 1]; c++) names.push(`w${i}_${r}_${c}`);
    if (names.length > MAX_SYMBOLIC_VARIABLES) throw new ArgumentError('symbolicNetwork', 'parameter count', names.length, `at most ${MAX_SYMBOLIC_VARIABLES}`);
  }
  const ring = polynomialRing(field, names);
  const W = offsets.map((off, idx) => polyMatVariables(ring, off, arch.widths[idx + 1], arch.widths[idx]));
  return { arch, ring, W };
}

/**
 * Δ_i = W_{i+1}ᵀ W_{i+1} − W_i W_iᵀ for i = 1..N−1, as symmetric polynomial matrices.
 *
 * @example
 * ```ts
 * import { QQ, architecture, polynomialRing, polyToString, polyVariable, symbolicDelta } from 'deeplin';
 * const ring = polynomialRing(QQ, ['w1_1_1', 'w2_1_1']); // widths (1, 1, 1): W_1 = (w1_1_1), W_2 = (w2_1_1)
 * const W = [[[polyVariable(ring, 0)]], [[polyVariable(ring, 1)]]];
 * symbolicDelta({ arch: architecture([1, 1, 1]), ring, W }).map((D) => polyToString(D[0][0])); // ["-w1_1_1^2 + w2_1_1^2"]
 * ```
 */
export function symbolicDelta<T>(net: SymbolicNetwork<T>): PolyMatrix<T>[] {
  const out: PolyMatrix<T>[] = [];
  for (let i = 1; i < net.arch.depth; i++) {
    const [Wi, Wn] = [net.W[i - 1], net.W[i]];
    out.push(polyMatSub(net.ring, polyMatMul(net.ring, polyMatTranspose(Wn), Wn), polyMatMul(net.ring, Wi, polyMatTranspose(Wi))));
  }
  return out;
}

/**
 * δ's coordinates as polynomials: the upper triangles of Δ_1..Δ_{N−1}, in the order of `deltaCoordinates`.
 */
export function symbolicDeltaCoordinates<T>(net: SymbolicNetwork<T>): Polynomial<T>[] {
  return symbolicDelta(net).flatMap((D) => D.flatMap((row, a) => row.slice(a)));
}

/** W_b ⋯ W_a (identity on vertex a−1 when b = a − 1). */
export function symbolicProduct<T>(net: SymbolicNetwork<T>, a: number, b: number): PolyMatrix<T> {
  const N = net.arch.depth;
  if (!Number.isInteger(a) || a < 1 || a > N + 1) throw new ArgumentError('symbolicProduct', 'a', a, `an integer in [1, ${N + 1}]`);
  if (!Number.isInteger(b) || b < a - 1 || b > N) throw new ArgumentError('symbolicProduct', 'b', b, `an integer in [a-1, ${N}]`);
  let P: PolyMatrix<T> = polyMatIdentity(net.ring, net.arch.widths[a - 1]);
  for (let i = a; i <= b; i++) P = polyMatMul(net.ring, net.W[i - 1], P);
  return P;
}
