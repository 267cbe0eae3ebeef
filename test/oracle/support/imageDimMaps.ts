/**
 * The polynomial maps compared with Macaulay2 (test/oracle/imageDim.oracle.test.ts)
 * and timed against Macaulay2's exact `dim ker map` (scripts/bench-certify.ts):
 * 18 maps on affine space and 9 restricted to a parametrized variety.
 */
import { polyToString } from '../../../src/algebra/polynomialFormat';
import { QQ } from '../../../src/algebra/rationalField';
import { architecture } from '../../../src/model/architecture';
import { symbolicDeltaCoordinates, symbolicNetwork } from '../../../src/model/symbolicNetwork';

function deltaMap(widths: number[]): [string, string] {
  const net = symbolicNetwork(QQ, architecture(widths));
  const coords = symbolicDeltaCoordinates(net);
  return [net.ring.variables.join(','), coords.map((p) => polyToString(p, 'plain')).join(', ')];
}

export const MAPS: [string, string, string][] = [
  ['pairwise products', 'a,b,c', 'a*b, b*c, a*c'],
  ['toric curve', 'a,b', 'a^2*b, a*b^2'],
  ['Veronese surface', 'a,b', 'a^2, a*b, b^2'],
  ['Veronese cubic', 'a,b', 'a^3, a^2*b, a*b^2, b^3'],
  ['twisted cubic', 't', 't, t^2, t^3'],
  ['Segre 2x2', 'x1,x2,y1,y2', 'x1*y1, x1*y2, x2*y1, x2*y2'],
  ['Segre 2x3', 'x1,x2,y1,y2,y3', 'x1*y1, x1*y2, x1*y3, x2*y1, x2*y2, x2*y3'],
  ['Segre-Veronese', 'x1,x2,y1,y2', 'x1^2*y1, x1^2*y2, x1*x2*y1, x1*x2*y2, x2^2*y1, x2^2*y2'],
  ['2x2 determinant', 'a,b,c,d', 'a*d - b*c'],
  ['2x2 minors of a 2x3 matrix', 'a,b,c,d,e,f', 'a*e - b*d, a*f - c*d, b*f - c*e'],
  ['product of a 2x1 and a 1x2 matrix', 'a,b,c,d', 'a*c, a*d, b*c, b*d'],
  ['composite in one variable', 'a,b', 'a+b, (a+b)^2, (a+b)^3'],
  ['elementary symmetric functions', 'a,b,c', 'a+b+c, a*b+b*c+a*c, a*b*c'],
  ['power sums with a dependency', 'a,b', 'a+b, a^2+b^2, a^3+b^3'],
  ['rational coefficients', 'a,b', '1/2*a^2 - 3/4*b, a*b/5'],
  ['delta, widths (2,2,2)', ...deltaMap([2, 2, 2])],
  ['delta, widths (1,3,1)', ...deltaMap([1, 3, 1])],
  ['delta, widths (1,2,2,1)', ...deltaMap([1, 2, 2, 1])],
];

/** [name, vars, map, params, parametrization (one polynomial per variable)] */
export const RESTRICTED: [string, string, string, string, string][] = [
  ['Segre 2x2 restricted to a line', 'x1,x2,y1,y2', 'x1*y1, x1*y2, x2*y1, x2*y2', 't', '1 + t, 2 - t, 3*t, 1/2 + 2*t'],
  ['Segre 2x2 restricted to a line it maps to a point', 'x1,x2,y1,y2', 'x1*y1, x1*y2, x2*y1, x2*y2', 't', 't, 0, 0, 0'],
  ['pairwise products on the twisted cubic', 'a,b,c', 'a*b, b*c, a*c', 't', 't, t^2, t^3'],
  ['a quadric and a line on the Veronese cone', 'a,b,c', 'a*c - b^2, a + c', 's,t', 's^2, s*t, t^2'],
  ['determinant on the rank-1 matrices (Segre cone)', 'a,b,c,d', 'a*d - b*c', 'x1,x2,y1,y2', 'x1*y1, x1*y2, x2*y1, x2*y2'],
  ['rational coefficients in map and parametrization', 'a,b', 'a^2 - 1/3*b, a*b', 't', '1/2*t + 1, 3/4*t^2'],
  ['symmetric functions on the plane a+b+c = 0', 'a,b,c', 'a+b+c, a*b+b*c+a*c, a*b*c', 's,t', 's, t, -s - t'],
  ['delta, widths (1,2,1), on a surface', deltaMap([1, 2, 1])[0], deltaMap([1, 2, 1])[1], 'u,v', 'u, v, u + v, u - v'],
  ['Segre-Veronese on a twisted-cubic-like curve', 'x1,x2,y1,y2', 'x1^2*y1, x1^2*y2, x1*x2*y1, x1*x2*y2, x2^2*y1, x2^2*y2', 't', 't, t^2, 1, t^3'],
];

