/**
 * Oracle: the generated algebra/ files load unmodified in the real Macaulay2
 * and Singular, and both systems compute the same dimensions — the talk's A
 * for depth 16, width 2 has dimension 52 = 64 − 4·3 (each W_iW_{i−1}W_{i−2} = 0
 * has codimension 3), the depth-4 trace-lemma component has dimension 5.
 * Fails (never skips) when a program is missing.
 */
import { execFileSync } from 'child_process';
import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { describe, expect, it } from 'vitest';
import { uniformArchitecture } from '../../src/model/architecture';
import { orbitDimension } from '../../src/quiver/intervalDecomposition';
import { blockComponents } from '../../src/verify/blockComponents';
import { hessianPatterns } from '../../src/verify/hessianPatterns';

/** deeplin's dimension of a pattern variety: Σ over its three blocks of the largest block component. */
function patternDimension(widths: readonly number[], pattern: readonly (readonly [number, number])[]): number {
  return pattern.reduce((sum, [a, b]) => sum + Math.max(...blockComponents(widths.slice(a - 1, b + 1)).map(orbitDimension)), 0);
}

const dir = mkdtempSync(join(tmpdir(), 'deeplin-oracle-'));
const root = process.cwd();

function found(program: string): boolean {
  try {
    execFileSync('which', [program]);
    return true;
  } catch {
    return false;
  }
}

describe('algebra/ in Macaulay2 and Singular', () => {
  it('Macaulay2 loads the files and computes dim A = 52, dim (trace component) = 5', () => {
    expect(found('M2'), 'Macaulay2 (M2) must be installed: apt-get install -y macaulay2').toBe(true);
    const script = join(dir, 'dims.m2');
    writeFileSync(script, [
      `load "${root}/algebra/depth4-width2.m2";`,
      'print("trace " | toString dim ItraceLemma | " " | toString(#delta));',
      `load "${root}/algebra/depth16-width2.m2";`,
      'print("A " | toString dim IA | " " | toString(#delta));',
    ].join('\n'));
    const out = execFileSync('M2', ['--script', script], { encoding: 'utf8' });
    expect(out).toContain('trace 5 9');
    expect(out).toContain('A 52 45');
  });

  it('Singular loads the files and computes the same dimensions', () => {
    expect(found('Singular'), 'Singular must be installed: apt-get install -y singular').toBe(true);
    const script = join(dir, 'dims.sing');
    writeFileSync(script, [
      `< "${root}/algebra/depth4-width2.sing";`,
      '"trace " + string(dim(std(ItraceLemma))) + " " + string(size(delta));',
      'kill R;',
      `< "${root}/algebra/depth16-width2.sing";`,
      '"A " + string(dim(std(IA))) + " " + string(size(delta));',
      'quit;',
    ].join('\n'));
    const out = execFileSync('Singular', ['-q', script], { encoding: 'utf8' });
    expect(out).toContain('trace 5 9');
    expect(out).toContain('A 52 45');
  });

  it('the dimension of every depth-4 pattern variety, and of three depth-16 ones, agrees between deeplin, Macaulay2 and Singular', () => {
    expect(found('M2') && found('Singular'), 'Macaulay2 and Singular must be installed').toBe(true);
    const cases: [string, number, [number, number][][]][] = [
      ['depth4-width2', 4, hessianPatterns(4).map((p) => p.map(([a, b]) => [a, b] as [number, number]))],
      ['depth16-width2', 16, [[[1, 4], [5, 13], [14, 16]], [[1, 1], [2, 15], [16, 16]], [[1, 7], [8, 9], [10, 16]]]],
    ];
    for (const [name, depth, patterns] of cases) {
      const widths = uniformArchitecture(depth, 2).widths;
      const names = patterns.map((p) => `P${p[0][1]}x${p[2][0]}`);
      const expected = patterns.map((p) => patternDimension(widths, p));
      const m2 = join(dir, `${name}-patterns.m2`);
      writeFileSync(m2, [`load "${root}/algebra/${name}.m2";`, ...names.map((n) => `print("${n} " | toString dim ${n});`)].join('\n'));
      const m2out = execFileSync('M2', ['--script', m2], { encoding: 'utf8' });
      const sing = join(dir, `${name}-patterns.sing`);
      writeFileSync(sing, [`< "${root}/algebra/${name}.sing";`, ...names.map((n) => `"${n} " + string(dim(std(${n})));`), 'quit;'].join('\n'));
      const singOut = execFileSync('Singular', ['-q', sing], { encoding: 'utf8' });
      names.forEach((n, i) => {
        expect(m2out, `Macaulay2 ${name} ${n}`).toContain(`${n} ${expected[i]}`);
        expect(singOut, `Singular ${name} ${n}`).toContain(`${n} ${expected[i]}`);
      });
    }
  });

  it('deeplin export output runs unmodified in Macaulay2 and Singular (widths 1,2,2,1)', () => {
    expect(found('M2') && found('Singular'), 'Macaulay2 and Singular must be installed').toBe(true);
    const cli = join(root, 'bin', 'deeplin.js');
    const m2 = join(dir, 'export.m2');
    const sing = join(dir, 'export.sing');
    execFileSync('node', [cli, 'export', '--widths', '1,2,2,1', '--format', 'm2', '--out', m2]);
    execFileSync('node', [cli, 'export', '--widths', '1,2,2,1', '--format', 'singular', '--out', sing]);
    const m2run = join(dir, 'export-run.m2');
    writeFileSync(m2run, [`load "${m2}";`, 'print("delta " | toString(#delta) | " P1x3 " | toString dim P1x3);'].join('\n'));
    expect(execFileSync('M2', ['--script', m2run], { encoding: 'utf8' })).toContain('delta 6 P1x3 ');
    const singRun = join(dir, 'export-run.sing');
    writeFileSync(singRun, [`< "${sing}";`, '"delta " + string(size(delta)) + " P1x3 " + string(dim(std(P1x3)));', 'quit;'].join('\n'));
    const singOut = execFileSync('Singular', ['-q', singRun], { encoding: 'utf8' });
    const m2dim = /P1x3 (\d+)/.exec(execFileSync('M2', ['--script', m2run], { encoding: 'utf8' }))?.[1];
    expect(singOut).toContain(`delta 6 P1x3 ${m2dim}`);
  });
});
