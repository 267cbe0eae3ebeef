/**
 * Oracle: `deeplin image-dim` agrees with Macaulay2's `numericalImageDim`
 * (NumericalImplicitization, run over CC as that package requires) on a suite
 * of polynomial maps — monomial, Veronese/Segre-type, determinantal,
 * composite, and δ for small widths — all in ONE Macaulay2 process. Fails
 * (never skips) without Macaulay2.
 */
import { execFileSync } from 'child_process';
import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { describe, expect, it } from 'vitest';
import { polyToString } from '../../src/algebra/polynomialFormat';
import { QQ } from '../../src/algebra/rationalField';
import { polynomialImageDimension } from '../../src/dimension/polynomialImageDimension';
import { architecture } from '../../src/model/architecture';
import { symbolicDeltaCoordinates, symbolicNetwork } from '../../src/model/symbolicNetwork';
import { parsePolynomialMap } from '../../src/symbolic/parsePolynomialMap';

function deltaMap(widths: number[]): [string, string] {
  const net = symbolicNetwork(QQ, architecture(widths));
  const coords = symbolicDeltaCoordinates(net);
  return [net.ring.variables.join(','), coords.map((p) => polyToString(p, 'plain')).join(', ')];
}

const MAPS: [string, string, string][] = [
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

describe('image-dim vs Macaulay2 numericalImageDim', () => {
  it(`agrees on ${MAPS.length} maps`, () => {
    let hasM2 = true;
    try {
      execFileSync('which', ['M2']);
    } catch {
      hasM2 = false;
    }
    expect(hasM2, 'Macaulay2 (M2) must be installed: apt-get install -y macaulay2').toBe(true);
    const lines = ['needsPackage "NumericalImplicitization";', 'setRandomSeed 1;'];
    MAPS.forEach(([, vars, map], i) => {
      // Macaulay2 reads _ as subscripting: rename w1_2_1 -> w1x2x1 consistently
      const rename = (s: string): string => s.replace(/_/g, 'x');
      lines.push(`R${i} = CC[${rename(vars)}];`);
      lines.push(`print("map ${i} " | toString numericalImageDim({${rename(map)}}, ideal(0_R${i})));`);
    });
    const dir = mkdtempSync(join(tmpdir(), 'deeplin-imagedim-'));
    writeFileSync(join(dir, 'maps.m2'), lines.join('\n'));
    const out = execFileSync('M2', ['--script', join(dir, 'maps.m2')], { encoding: 'utf8' });
    const mismatches: string[] = [];
    MAPS.forEach(([name, vars, map], i) => {
      const ours = polynomialImageDimension(parsePolynomialMap(vars.split(','), map).polynomials, { seed: 3 }).dimension;
      const m = new RegExp(`^map ${i} (\\d+)$`, 'm').exec(out);
      if (!m || Number(m[1]) !== ours) mismatches.push(`${name}: deeplin ${ours}, Macaulay2 ${m ? m[1] : 'no answer'}`);
    });
    expect(mismatches).toEqual([]);
  });
});
