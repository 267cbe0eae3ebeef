/**
 * Whether a critical point attains the minimal loss over end-to-end matrices
 * of rank ≤ r_max = min_i d_i, decided exactly (no floats).
 *
 * The minimal loss is tr(Σ_YY) − (sum of the r_max largest eigenvalues of Σ).
 * When r_max ≥ rank Σ it is tr(Σ_YY) − tr(Σ), a rational: compared directly.
 * Otherwise, at a critical point the end-to-end matrix is Π_V T for the
 * Σ-invariant column space V of P (checked exactly here): the point is a
 * global minimum iff Σ vanishes on V⊥, or dim V = r_max and every eigenvalue
 * of Σ on V⊥ is ≤ every eigenvalue of Σ on V — decided by Sturm sequences on
 * the characteristic polynomials of the two restrictions.
 */
import { characteristicPolynomial } from '../algebra/characteristicPolynomial';
import { inverseOverQ } from '../algebra/inverseOverQ';
import { matEq, matIsZero, matMul, matSub, matTrace, matTranspose, type Matrix } from '../algebra/matrix';
import { nullspace } from '../algebra/nullspace';
import { rankOverQ } from '../algebra/rankOverQ';
import { type Rational, ratEq, ratSub } from '../algebra/rational';
import { QQ } from '../algebra/rationalField';
import { rref } from '../algebra/rref';
import { maxRootAtMostMinRoot } from '../algebra/sturm';
import type { RegressionData } from './regressionData';

export interface GlobalMinimumTest {
  /** undefined: could not be decided (reason given). */
  readonly isGlobal: boolean | undefined;
  /** The minimal loss when it is rational or attained; undefined when it is irrational and not attained. */
  readonly minimalLoss: Rational | undefined;
  readonly method: 'rational' | 'sturm';
  readonly reason?: string;
}

export function globalMinimumTest(P: Matrix<Rational>, loss: Rational, rMax: number, reg: RegressionData): GlobalMinimumTest {
  const { sigma } = reg;
  if (rMax >= rankOverQ(sigma)) {
    const minimalLoss = ratSub(reg.traceYY, matTrace(QQ, sigma));
    return { isGlobal: ratEq(loss, minimalLoss), minimalLoss, method: 'rational' };
  }
  const { matrix, pivots } = rref(QQ, matTranspose(P));
  const V = matrix.slice(0, pivots.length); // rows: a basis of the column space of P
  const W = nullspace(QQ, V, sigma.length); // rows: a basis of V⊥
  const KV = restriction(sigma, V);
  const KW = restriction(sigma, W);
  const projectorOk = V.length === 0 ? matIsZero(QQ, P) : matEq(QQ, P, matMul(QQ, projector(V), reg.T));
  if (!KV || !KW || !projectorOk) {
    return { isGlobal: undefined, minimalLoss: undefined, method: 'sturm', reason: 'the end-to-end matrix is not Π_V Σ_YX Σ_XX⁻¹ for a Σ-invariant subspace V (is the point critical?)' };
  }
  let isGlobal: boolean;
  if (matIsZero(QQ, KW)) isGlobal = true;
  else if (V.length < rMax) isGlobal = false;
  else isGlobal = maxRootAtMostMinRoot(characteristicPolynomial(KW), characteristicPolynomial(KV));
  return { isGlobal, minimalLoss: isGlobal ? loss : undefined, method: 'sturm' };
}

/** Π_V = Bᵀ (B Bᵀ)⁻¹ B for a basis B of V (rows). */
function projector(B: Matrix<Rational>): Rational[][] {
  const G = inverseOverQ(matMul(QQ, B, matTranspose(B)));
  if (!G) throw new Error('projector: basis rows are dependent');
  return matMul(QQ, matMul(QQ, matTranspose(B), G), B);
}

/** The matrix K of Σ on span(B) (Σ Bᵀ = Bᵀ K), or undefined when span(B) is not Σ-invariant. */
function restriction(sigma: Matrix<Rational>, B: Matrix<Rational>): Rational[][] | undefined {
  if (B.length === 0) return [];
  const G = inverseOverQ(matMul(QQ, B, matTranspose(B)));
  if (!G) return undefined;
  const SBt = matMul(QQ, sigma, matTranspose(B));
  const K = matMul(QQ, G, matMul(QQ, B, SBt));
  return matIsZero(QQ, matSub(QQ, SBt, matMul(QQ, matTranspose(B), K))) ? K : undefined;
}
