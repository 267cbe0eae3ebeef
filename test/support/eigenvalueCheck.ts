import type { Matrix } from '../../src/algebra/matrix';
import type { Rational } from '../../src/algebra/rational';
import { QQ } from '../../src/algebra/rationalField';
import { checkEigenvalueRelation } from '../../src/certify/checkEigenvalueRelation';
import { deltaAt, deltaKey } from '../../src/certify/orbitFamily';

/** checkEigenvalueRelation at the point W, with δ's coordinates and δ(W) as the certificate checker passes them; a malformed entry throws `where: what`. */
export function checkEigenvalueAt(where: string, x: unknown, W: readonly Matrix<Rational>[]): ReturnType<typeof checkEigenvalueRelation> {
  const d = [W[0][0].length, ...W.map((M) => M.length)];
  const coords: [number, number, number][] = [];
  for (let i = 1; i < d.length - 1; i++) for (let r = 0; r < d[i]; r++) for (let c = r; c < d[i]; c++) coords.push([i, r, c]);
  const y = deltaAt(QQ, W);
  return checkEigenvalueRelation(where, x, W, d, coords, coords.map(([i, r, c]) => y.get(deltaKey(i, r, c)) as Rational), (w, m) => {
    throw new Error(`${w}: ${m}`);
  });
}
