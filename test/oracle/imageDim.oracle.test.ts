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
import { bufferIO } from '../../src/cli/commandIO';
import { runCli } from '../../src/cli/main';
import { polynomialImageDimension } from '../../src/dimension/polynomialImageDimension';
import { parsePolynomialMap } from '../../src/symbolic/parsePolynomialMap';
import { MAPS, RESTRICTED } from './support/imageDimMaps';

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
