/**
 * The second moments behind every critical value (Baldi–Hornik): Σ_XX = X Xᵀ,
 * Σ_YX = Y Xᵀ, the regression matrix T = Σ_YX Σ_XX⁻¹ and
 * Σ = Σ_YX Σ_XX⁻¹ Σ_XY (symmetric, positive semidefinite, d_N × d_N), and
 * tr(Σ_YY) = ‖Y‖_F². Requires X of full row rank (Σ_XX invertible).
 */
import { inverseOverQ } from '../algebra/inverseOverQ';
import { matMul, matTrace, matTranspose, type Matrix } from '../algebra/matrix';
import type { Rational } from '../algebra/rational';
import { QQ } from '../algebra/rationalField';
import { ArgumentError } from '../errors';

export interface RegressionData {
  readonly sigmaXX: Rational[][];
  readonly sigmaXXInverse: Rational[][];
  readonly sigmaYX: Rational[][];
  readonly T: Rational[][];
  readonly sigma: Rational[][];
  readonly traceYY: Rational;
}

export function regressionData(X: Matrix<Rational>, Y: Matrix<Rational>, fn = 'regressionData'): RegressionData {
  const sigmaXX = matMul(QQ, X, matTranspose(X));
  const sigmaXXInverse = inverseOverQ(sigmaXX);
  if (!sigmaXXInverse) throw new ArgumentError(fn, 'X', 'rank-deficient', 'X of full row rank (Σ_XX = X Xᵀ invertible)');
  const sigmaYX = matMul(QQ, Y, matTranspose(X));
  const T = matMul(QQ, sigmaYX, sigmaXXInverse);
  const sigma = matMul(QQ, T, matTranspose(sigmaYX));
  const traceYY = matTrace(QQ, matMul(QQ, Y, matTranspose(Y)));
  return { sigmaXX, sigmaXXInverse, sigmaYX, T, sigma, traceYY };
}
