/**
 * witnessToMacaulay2 without Macaulay2: the generated script carries the
 * witness data verbatim (as exact QQ literals) and the generator refuses
 * anything that is not an exact, well-shaped version-1 witness. The script is
 * run in the real M2 by test/oracle/macaulay2Witness.oracle.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'fs';
import { macaulay2WitnessChecker, witnessToMacaulay2 } from '../../src/export/witnessToMacaulay2';

/** Depth 4, widths 2: W_1 = 0, W_3 W_2 = 0 (both rank 1), W_4 = 0. */
function depth4(): Record<string, unknown> {
  return {
    kind: 'deeplin/counterexample-witness',
    version: 1,
    statement: 'informational, ignored',
    widths: [2, 2, 2, 2, 2],
    data: { X: [['1', '0', '2'], ['0', '1', '-1']], Y: [['1', '2', '0'], ['-1', '1', '3']] },
    point: [
      [['0', '0'], ['0', '0']],
      [['1', '2'], ['2', '4']],
      [['2', '-1'], ['3', '-3/2']],
      [['0', '0'], ['0', '0']],
    ],
    conditions: [[1, 1], [2, 3], [4, 4]],
    claims: { genericDimension: 9, restrictedDimension: 5, codomainDimension: 9 },
    evidence: { anything: [1.5, 'x'] },
  };
}

function withChange(change: (w: Record<string, any>) => void): Record<string, unknown> {
  const w = depth4() as Record<string, any>;
  change(w);
  return w;
}

describe('witnessToMacaulay2', () => {
  it('writes the data section verbatim: widths, X, Y, every W_i, the conditions and the claims', () => {
    const text = witnessToMacaulay2(depth4());
    expect(text).toContain('widths = {2, 2, 2, 2, 2};');
    expect(text).toContain('X = matrix(QQ, {{1, 0, 2}, {0, 1, -1}});');
    expect(text).toContain('Y = matrix(QQ, {{1, 2, 0}, {-1, 1, 3}});');
    expect(text).toContain('    matrix(QQ, {{0, 0}, {0, 0}}), -- W_1');
    expect(text).toContain('    matrix(QQ, {{1, 2}, {2, 4}}), -- W_2');
    expect(text).toContain('    matrix(QQ, {{2, -1}, {3, -3/2}}), -- W_3');
    expect(text).toContain('    matrix(QQ, {{0, 0}, {0, 0}}) -- W_4');
    expect(text).toContain('conds = {{1, 1}, {2, 3}, {4, 4}};');
    expect(text).toContain('claimGeneric = 9;');
    expect(text).toContain('claimRestricted = 5;');
    expect(text).toContain('claimCodomain = 9;');
  });

  it('starts with a comment block saying what it proves and how to run it', () => {
    const text = witnessToMacaulay2(depth4(), { scriptPath: 'proofs/depth16-width2.m2' });
    const header = text.slice(0, text.indexOf('widths = '));
    expect(header.split('\n').filter((l) => l !== '').every((l) => l.startsWith('--'))).toBe(true);
    expect(header).toContain('-- Run:  M2 --script proofs/depth16-width2.m2');
    expect(header).toContain('widths (2, 2, 2, 2, 2), depth N = 4, P = 16 parameters, m = 3 samples');
    expect(header).toMatch(/gradient and the\s*\n-- *full Hessian/);
    expect(witnessToMacaulay2(depth4())).toContain('-- Run:  M2 --script FILE.m2');
  });

  it('prints PASS/FAIL lines, the final verdict, and exits 0 only when all checks pass', () => {
    const text = witnessToMacaulay2(depth4());
    for (const name of ['shapes', 'hessian-variety-condition-1', 'hessian-variety-condition-2', 'data-generic', 'gradient', 'hessian',
      'orbit-spot-check', 'codomain-dimension', 'restricted-dimension', 'generic-dimension', 'restricted-equals-generic']) {
      expect(text).toContain(`report("${name}"`);
    }
    expect(text).toContain('"deeplin-m2: ALL CHECKS PASSED" << endl; exit 0');
    expect(text).toContain('"deeplin-m2: FAILED" << endl; exit 1');
    expect(text.trimEnd().endsWith('finish();')).toBe(true);
  });

  it('writes rationals in lowest terms with the sign on the numerator, and is a pure function of the witness', () => {
    const w = withChange((x) => {
      x.point[1][0][0] = '-6/4';
      x.point[1][0][1] = '+3';
      x.point[1][1][0] = '10/5';
    });
    const text = witnessToMacaulay2(w);
    expect(text).toContain('matrix(QQ, {{-3/2, 3}, {2, 4}}), -- W_2');
    expect(witnessToMacaulay2(w)).toBe(text);
    expect(text).not.toContain('informational');
    expect(text).not.toContain('1.5');
  });

  it('refuses floats, JSON numbers, exponents and zero denominators in matrices', () => {
    for (const bad of ['1.5', '1e3', '1/0', '', 'x', '0x10']) {
      expect(() => witnessToMacaulay2(withChange((w) => { w.point[1][0][0] = bad; })), bad).toThrow(/^witnessToMacaulay2: point\[1\]/);
    }
    expect(() => witnessToMacaulay2(withChange((w) => { w.data.X[0][1] = 0.5; }))).toThrow(/^witnessToMacaulay2: data\.X\[0\]\[1\]: expected an exact rational/);
    expect(() => witnessToMacaulay2(withChange((w) => { w.data.Y[1][2] = 3; }))).toThrow(/^witnessToMacaulay2: data\.Y\[1\]\[2\]/);
  });

  it('refuses wrong shapes: W_i not d_i x d_{i-1}, ragged rows, wrong number of matrices, X or Y mismatched', () => {
    const cases: [string, (w: Record<string, any>) => void, RegExp][] = [
      ['W_2 has 3 rows', (w) => { w.point[1].push(['1', '1']); }, /point\[1\] \(W_2, 2 x 2\) must be an array of 2 rows, got an array of length 3/],
      ['W_3 ragged', (w) => { w.point[2][1] = ['1']; }, /point\[2\] \(W_3, 2 x 2\) row 1 must be an array of 2 entries/],
      ['3 matrices for N = 4', (w) => { w.point.pop(); }, /point must be an array of the 4 matrices W_1..W_4/],
      ['non-square widths', (w) => { w.widths = [2, 3, 2, 2, 2]; }, /point\[0\] \(W_1, 3 x 2\) must be an array of 3 rows/],
      ['X has 3 rows', (w) => { w.data.X.push(['1', '1', '1']); }, /data\.X must be an array of 2 rows/],
      ['Y has 2 columns', (w) => { w.data.Y = [['1', '2'], ['3', '4']]; }, /data\.Y row 0 must be an array of 3 entries/],
      ['X has no columns', (w) => { w.data.X = [[], []]; }, /data\.X must have at least one column/],
      ['data missing', (w) => { delete w.data; }, /data must be an object/],
    ];
    for (const [label, change, message] of cases) {
      expect(() => witnessToMacaulay2(withChange(change)), label).toThrow(message);
    }
  });

  it('refuses bad widths, conditions, claims, kinds and versions with one line naming the field', () => {
    const cases: [string, (w: Record<string, any>) => void, RegExp][] = [
      ['depth 1', (w) => { w.widths = [2, 2]; }, /^witnessToMacaulay2: widths must be an array d_0..d_N with N >= 2/],
      ['width 0', (w) => { w.widths = [2, 0, 2, 2, 2]; }, /^witnessToMacaulay2: widths\[1\] must be an integer >= 1, got 0/],
      ['width 1.5', (w) => { w.widths = [2, 1.5, 2, 2, 2]; }, /^witnessToMacaulay2: widths\[1\] must be an integer >= 1, got 1.5/],
      ['width "2"', (w) => { w.widths = ['2', 2, 2, 2, 2]; }, /^witnessToMacaulay2: widths\[0\] must be an integer >= 1, got "2"/],
      ['condition [0, 1]', (w) => { w.conditions = [[0, 1]]; }, /^witnessToMacaulay2: conditions\[0\]\[0\] must be an integer >= 1, got 0/],
      ['condition [3, 2]', (w) => { w.conditions = [[1, 1], [3, 2]]; }, /^witnessToMacaulay2: conditions\[1\] = \[3, 2\] must satisfy 1 <= a <= b <= N = 4/],
      ['condition [2, 5]', (w) => { w.conditions = [[2, 5]]; }, /must satisfy 1 <= a <= b <= N = 4/],
      ['condition [2]', (w) => { w.conditions = [[2]]; }, /^witnessToMacaulay2: conditions\[0\] must be a pair \[a, b\]/],
      ['conditions missing', (w) => { delete w.conditions; }, /^witnessToMacaulay2: conditions must be an array/],
      ['claims missing', (w) => { delete w.claims; }, /^witnessToMacaulay2: claims must be an object/],
      ['negative claim', (w) => { w.claims.restrictedDimension = -1; }, /^witnessToMacaulay2: claims\.restrictedDimension must be an integer >= 0/],
      ['string claim', (w) => { w.claims.genericDimension = '9'; }, /^witnessToMacaulay2: claims\.genericDimension must be an integer >= 0, got "9"/],
      ['kind', (w) => { w.kind = 'deeplin/other'; }, /^witnessToMacaulay2: kind must be "deeplin\/counterexample-witness"/],
      ['version', (w) => { w.version = 2; }, /^witnessToMacaulay2: version must be 1, got 2/],
    ];
    for (const [label, change, message] of cases) {
      expect(() => witnessToMacaulay2(withChange(change)), label).toThrow(message);
    }
    expect(() => witnessToMacaulay2(null)).toThrow(/^witnessToMacaulay2: the witness must be a JSON object, got null/);
    expect(() => witnessToMacaulay2([depth4()])).toThrow(/^witnessToMacaulay2: the witness must be a JSON object, got an array/);
  });

  it('accepts unequal widths and writes the matrices with their own shapes', () => {
    const text = witnessToMacaulay2({
      kind: 'deeplin/counterexample-witness',
      version: 1,
      widths: [1, 4, 1, 4, 1],
      data: { X: [['1', '-2', '1/2']], Y: [['3', '1', '-1']] },
      point: [[['0'], ['0'], ['0'], ['0']], [['0', '0', '0', '0']], [['1'], ['2'], ['0'], ['-1']], [['0', '0', '0', '0']]],
      conditions: [[1, 1], [2, 3], [4, 4]],
      claims: { genericDimension: 15, restrictedDimension: 4, codomainDimension: 21 },
    });
    expect(text).toContain('matrix(QQ, {{1}, {2}, {0}, {-1}}), -- W_3');
    expect(text).toContain('matrix(QQ, {{0, 0, 0, 0}}) -- W_4');
    expect(text).toContain('P = 16 parameters, m = 3 samples');
  });

  it('proofs/check-witness.m2 is macaulay2WitnessChecker(): the one checker runs the same checks as every standalone script', () => {
    const single = macaulay2WitnessChecker();
    expect(readFileSync('proofs/check-witness.m2', 'utf8'), 'regenerate: npx ts-node -T -e "require(\'fs\').writeFileSync(\'proofs/check-witness.m2\', require(\'./src/export/witnessToMacaulay2\').macaulay2WitnessChecker())"').toBe(single);
    const checks = (text: string) => text.slice(text.indexOf('-- ===================== checks'));
    expect(checks(single)).toBe(checks(witnessToMacaulay2(depth4())));
    expect(single).toContain('fromJSON get witnessPath');
    expect(single).not.toContain('widths = {');
  });
});
