/**
 * Oracle: `deeplin image-dim` agrees with Macaulay2's `numericalImageDim`
 * (NumericalImplicitization, run over CC as that package requires) on a suite
 * of polynomial maps — monomial, Veronese/Segre-type, determinantal,
 * composite, and δ for small widths — and on maps restricted to a variety
 * given by a parametrization φ (deeplin: rank of J_F(φ(t))·J_φ(t); Macaulay2:
 * numericalImageDim of the composite F∘φ formed as a ring map
 * `map(S, R, φ)` applied to F), all in ONE Macaulay2 process. Fails (never
 * skips) without Macaulay2.
 */
import { execFileSync } from 'child_process';
import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { describe, expect, it } from 'vitest';
import { polyToString } from '../../src/algebra/polynomialFormat';
import { bufferIO } from '../../src/cli/commandIO';
import { runCli } from '../../src/cli/main';
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

/** [name, vars, map, params, parametrization (one polynomial per variable)] */
const RESTRICTED: [string, string, string, string, string][] = [
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

let m2Output: string | undefined;
/** Macaulay2's numericalImageDim of every map (one process, run once for both tests). */
function macaulay2Answers(): string {
  if (m2Output === undefined) {
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
    // restricted maps: compose in Macaulay2 as a ring map R = QQ[vars] -> S = CC[params]
    RESTRICTED.forEach(([, vars, map, params, phi], i) => {
      const rename = (s: string): string => s.replace(/_/g, 'x');
      lines.push(`R${i}r = QQ[${rename(vars)}]; S${i}r = CC[${rename(params)}];`);
      lines.push(`phi${i} = map(S${i}r, R${i}r, {${rename(phi)}});`);
      lines.push(`print("restricted ${i} " | toString numericalImageDim(apply({${rename(map)}}, f -> phi${i} f), ideal 0_S${i}r));`);
      lines.push(`print("source ${i} " | toString numericalImageDim({${rename(phi)}}, ideal 0_S${i}r));`);
    });
    const dir = mkdtempSync(join(tmpdir(), 'deeplin-imagedim-'));
    writeFileSync(join(dir, 'maps.m2'), lines.join('\n'));
    m2Output = execFileSync('M2', ['--script', join(dir, 'maps.m2')], { encoding: 'utf8' });
  }
  return m2Output;
}

describe('image-dim vs Macaulay2 numericalImageDim', () => {
  it(`agrees on ${MAPS.length} maps and ${RESTRICTED.length} maps restricted to parametrized varieties`, () => {
    const out = macaulay2Answers();
    const mismatches: string[] = [];
    MAPS.forEach(([name, vars, map], i) => {
      const ours = polynomialImageDimension(parsePolynomialMap(vars.split(','), map).polynomials, { seed: 3 }).dimension;
      const m = new RegExp(`^map ${i} (\\d+)$`, 'm').exec(out);
      if (!m || Number(m[1]) !== ours) mismatches.push(`${name}: deeplin ${ours}, Macaulay2 ${m ? m[1] : 'no answer'}`);
    });
    RESTRICTED.forEach(([name, vars, map, params, phi], i) => {
      const r = polynomialImageDimension(parsePolynomialMap(vars.split(','), map).polynomials, {
        seed: 3,
        source: parsePolynomialMap(params.split(','), phi).polynomials,
      });
      const m = new RegExp(`^restricted ${i} (\\d+)$`, 'm').exec(out);
      const src = new RegExp(`^source ${i} (\\d+)$`, 'm').exec(out);
      if (!m || Number(m[1]) !== r.dimension) mismatches.push(`${name}: deeplin ${r.dimension}, Macaulay2 ${m ? m[1] : 'no answer'}`);
      if (!src || Number(src[1]) !== r.sourceDimension) mismatches.push(`${name} (source variety): deeplin ${r.sourceDimension}, Macaulay2 ${src ? src[1] : 'no answer'}`);
    });
    expect(mismatches).toEqual([]);
  });
});

describe('image-dim --certify vs Macaulay2 numericalImageDim', () => {
  it(`every proved-exact dimension equals Macaulay2's on the ${MAPS.length + RESTRICTED.length} maps; every one proved exact (27 of 27 today)`, async () => {
    const out = macaulay2Answers();
    const cases = [
      ...MAPS.map(([name, vars, map], i) => ({ name, args: ['--vars', vars, '--map', map], answer: new RegExp(`^map ${i} (\\d+)$`, 'm').exec(out) })),
      ...RESTRICTED.map(([name, vars, map, params, phi], i) => ({
        name,
        args: ['--vars', vars, '--map', map, '--params', params, '--source-param', phi],
        answer: new RegExp(`^restricted ${i} (\\d+)$`, 'm').exec(out),
      })),
    ];
    const mismatches: string[] = [];
    const notExact: string[] = [];
    let exact = 0;
    for (const { name, args, answer } of cases) {
      const io = bufferIO();
      const code = await runCli(['image-dim', ...args, '--certify', '--seed', '3', '--json'], io);
      const r = JSON.parse(io.lines.join('\n'));
      expect(code, name).toBe(r.exact ? 0 : 3);
      if (!r.exact) {
        notExact.push(`${name}: ${r.certification.reason}`);
        continue;
      }
      exact++;
      if (!answer || Number(answer[1]) !== r.certification.dimension) mismatches.push(`${name}: proved ${r.certification.dimension}, Macaulay2 ${answer ? answer[1] : 'no answer'}`);
    }
    expect(mismatches).toEqual([]);
    expect(exact, `not proved exact:\n${notExact.join('\n')}`).toBe(MAPS.length + RESTRICTED.length);
  }, 600_000);
});
