/**
 * Generic training data read from JSON `{"X": [[...]], "Y": [[...]]}`
 * (entries are rational strings like "-3/4"): the shapes must
 * fit the architecture, and the data must be generic in the sense the
 * verifier assumes (rank X = d_0, rank X Yᵀ = min(d_0, d_N)), checked
 * exactly over Q. `fn` and `option` name the caller in the one-line errors.
 */
import { matMul, matTranspose } from '../algebra/matrix';
import { rankOverQ } from '../algebra/rankOverQ';
import { parseRational, type Rational } from '../algebra/rational';
import { QQ } from '../algebra/rationalField';
import { ArgumentError, FormatError } from '../errors';
import type { Architecture } from './architecture';
import { checkData } from './trainingData';

export function trainingDataFromJson(
  json: unknown,
  arch: Architecture,
  fn = 'trainingDataFromJson',
  option = 'data',
  source = '',
): { X: Rational[][]; Y: Rational[][] } {
  const d = json as { X?: unknown; Y?: unknown };
  if (typeof json !== 'object' || json === null || !Array.isArray(d.X) || !Array.isArray(d.Y)) {
    throw new FormatError(fn, `${option}${source ? ` ${source}` : ''} must be an object {"X": [[...]], "Y": [[...]]}`);
  }
  const parse = (M: unknown[], name: string): Rational[][] =>
    M.map((row, i) => {
      if (!Array.isArray(row)) throw new FormatError(fn, `${option} ${name} row ${i} must be an array`);
      return row.map((x, j) => parseRational(x, `${fn}: ${option} ${name}[${i}][${j}]`));
    });
  const X = parse(d.X, 'X');
  const Y = parse(d.Y, 'Y');
  checkData(arch, X, Y, `${fn} ${option}`);
  const rx = rankOverQ(X);
  const rc = rankOverQ(matMul(QQ, X, matTranspose(Y)));
  const d0 = arch.widths[0];
  const r = Math.min(d0, arch.widths[arch.depth]);
  if (rx !== d0 || rc !== r) throw new ArgumentError(fn, option, `rank X = ${rx}, rank X Y^T = ${rc}`, `generic data: rank X = d_0 = ${d0}, rank X Y^T = ${r}`);
  return { X, Y };
}
