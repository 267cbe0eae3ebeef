/**
 * Training data (X, Y) for an architecture: X is d_0 × m, Y is d_N × m.
 */
import type { Matrix } from '../algebra/matrix';
import { ArgumentError } from '../errors';
import type { Architecture } from './architecture';

export interface TrainingData<T> {
  readonly X: Matrix<T>;
  readonly Y: Matrix<T>;
}

export function checkData<T>(arch: Architecture, X: Matrix<T>, Y: Matrix<T>, fn = 'checkData'): void {
  const d0 = arch.widths[0];
  const dN = arch.widths[arch.depth];
  if (!Array.isArray(X) || X.length !== d0) throw new ArgumentError(fn, 'X rows', Array.isArray(X) ? X.length : X, `d_0 = ${d0}`);
  const m = X[0].length;
  if (m < 1 || X.some((r) => !Array.isArray(r) || r.length !== m)) throw new ArgumentError(fn, 'X columns', 'ragged or empty', 'the same m >= 1 in every row');
  if (!Array.isArray(Y) || Y.length !== dN) throw new ArgumentError(fn, 'Y rows', Array.isArray(Y) ? Y.length : Y, `d_N = ${dN}`);
  if (Y.some((r) => !Array.isArray(r) || r.length !== m)) throw new ArgumentError(fn, 'Y columns', Y.map((r) => r.length).join(','), `m = ${m} (the number of columns of X)`);
}
