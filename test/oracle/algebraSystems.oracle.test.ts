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
});
