/**
 * Oracle: the Macaulay2 scripts written by witnessToMacaulay2 run in the real
 * M2 and re-verify witnesses with Macaulay2's own exact arithmetic over QQ.
 *  - a hand-made depth-16, width-2 point of the talk's A (W_iW_{i-1}W_{i-2} = 0
 *    for i = 4, 8, 12, 16) passes every check: restricted rank 45 = generic 45;
 *  - small hand-made witnesses whose numbers are computed by hand (below) pass
 *    every individual check and fail only the final restricted = generic check;
 *  - tampered witnesses and a tampered script fail, with exit code 1;
 *  - the one committed checker proofs/check-witness.m2 (macaulay2WitnessChecker)
 *    passes every committed witness, fails a mutated one and refuses malformed files.
 * Fails (never skips) when M2 is missing.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { describe, expect, it } from 'vitest';
import { macaulay2WitnessChecker, witnessToMacaulay2 } from '../../src/export/witnessToMacaulay2';
import { type M2Run, requireM2, runM2Script, runM2ScriptAsync } from './support/macaulay2';

const dir = mkdtempSync(join(tmpdir(), 'deeplin-m2-witness-'));
const WITNESS = 'proofs/depth16-width2.witness.json';
const CHECKER = 'proofs/check-witness.m2';

function runScript(name: string, text: string): M2Run {
  const file = join(dir, `${name}.m2`);
  writeFileSync(file, text);
  return runM2Script([file], 540_000);
}

/** Runs the one committed checker on a witness file. */
function runChecker(file: string): M2Run {
  return runM2Script([CHECKER, file], 540_000);
}

function runCheckerAsync(file: string): Promise<M2Run> {
  return runM2ScriptAsync([CHECKER, file], 540_000);
}

function runWitness(name: string, witness: unknown): M2Run {
  return runScript(name, witnessToMacaulay2(witness));
}

/** The verdict (PASS / FAIL) of each check, by name. */
function verdicts(run: M2Run): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of run.lines) {
    const m = /^(PASS|FAIL) ([^:]+): /.exec(line);
    if (m) out[m[2]] = m[1];
  }
  return out;
}

/** The line of one check, e.g. `line(run, 'PASS hessian')` is the line starting with `PASS hessian: `. */
function line(run: M2Run, verdictAndName: string): string {
  const found = run.lines.find((l) => l.startsWith(`${verdictAndName}: `));
  expect(found, `no line starting with "${verdictAndName}: " in:\n${run.stdout}`).toBeDefined();
  return found as string;
}

const CHECKS = ['shapes', 'hessian-variety-condition-1', 'hessian-variety-condition-2', 'gradient', 'hessian', 'orbit-spot-check',
  'data-generic', 'codomain-dimension', 'restricted-dimension', 'generic-dimension'];

type Json = Record<string, any>;
const BASE = { kind: 'deeplin/counterexample-witness', version: 1 };
const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x));

/**
 * Depth 4, widths 2: W_1 = 0, W_2 = a bᵀ, W_3 = c dᵀ with d ⟂ a (so W_3W_2 = 0), W_4 = 0.
 * By hand: on the orbit Δ_1 = |a|² b bᵀ (2 dimensions), Δ_3 = −|d|² c cᵀ (2), and
 * Δ_2 = |c|²|d|² d̂d̂ᵀ − |a|²|b|² ââᵀ adds only the angle of a (1): restricted rank 5.
 * The trace lemma (W_1 = W_4 = 0) already forces < 9; generic rank = codomain = 3·3 = 9.
 */
function depth4(): Json {
  return {
    ...BASE,
    widths: [2, 2, 2, 2, 2],
    data: { X: [['1', '0', '2'], ['0', '1', '-1']], Y: [['1', '2', '0'], ['-1', '1', '3']] },
    point: [[['0', '0'], ['0', '0']], [['1', '2'], ['2', '4']], [['2', '-1'], ['3', '-3/2']], [['0', '0'], ['0', '0']]],
    conditions: [[1, 1], [2, 3], [4, 4]],
    claims: { genericDimension: 9, restrictedDimension: 5, codomainDimension: 9 },
  };
}

/**
 * Widths (1, 4, 1, 4, 1), W_1 = W_2 = W_4 = 0, W_3 = v ≠ 0. By hand: on the orbit Δ_1 = 0,
 * Δ_3 = −v vᵀ (4 dimensions) determines Δ_2 = |v|²: restricted rank 4. Generic: Δ_1 = vvᵀ − uuᵀ
 * fills the 7-dimensional rank-≤2 locus of Sym(4), so does Δ_3, and Δ_2 adds 1: 15 < 21 = codomain,
 * so the script must certify the upper bound from the kernel of the Jacobian (21 − 6).
 */
function narrow(): Json {
  return {
    ...BASE,
    widths: [1, 4, 1, 4, 1],
    data: { X: [['1', '-2', '1/2']], Y: [['3', '1', '-1']] },
    point: [[['0'], ['0'], ['0'], ['0']], [['0', '0', '0', '0']], [['1'], ['2'], ['0'], ['-1']], [['0', '0', '0', '0']]],
    conditions: [[1, 1], [2, 3], [4, 4]],
    claims: { genericDimension: 15, restrictedDimension: 4, codomainDimension: 21 },
  };
}

/**
 * Depth 16, widths 2, a point of the talk's A: for each block i = 2, 6, 10, 14,
 * W_i = a vᵀ (rank 1), W_{i+1} invertible, W_{i+2} = c dᵀ with dᵀ W_{i+1} a = 0,
 * so W_{i+2}W_{i+1}W_i = 0; W_1, W_5, W_9, W_13 invertible. Integer entries.
 */
function depth16(): Json {
  const s = (x: number) => String(x);
  const point: string[][][] = [];
  for (let blk = 0; blk < 4; blk++) {
    point.push([[s(1 + blk), '1'], ['1', s(2 + blk)]]); // W_{4blk+1}
    const a = [1, blk + 2];
    const v = [blk + 1, -1];
    const M = [[2, 1], [blk, 3]];
    const u = [M[0][0] * a[0] + M[0][1] * a[1], M[1][0] * a[0] + M[1][1] * a[1]];
    const d = [-u[1], u[0]];
    const c = [1, -blk - 1];
    point.push(a.map((ai) => v.map((vj) => s(ai * vj)))); // W_{4blk+2} = a vᵀ
    point.push(M.map((row) => row.map(s))); // W_{4blk+3}
    point.push(c.map((ci) => d.map((dj) => s(ci * dj)))); // W_{4blk+4} = c dᵀ
  }
  return {
    ...BASE,
    widths: new Array(17).fill(2),
    data: { X: [['1', '0', '2'], ['0', '1', '-1']], Y: [['1', '2', '0'], ['-1', '1', '3']] },
    point,
    conditions: [[2, 4], [6, 8], [10, 12], [14, 16]],
    claims: { genericDimension: 45, restrictedDimension: 45, codomainDimension: 45 },
  };
}

describe('witnessToMacaulay2 scripts in the real Macaulay2', () => {
  it('Macaulay2 is installed (the oracle tests fail, never skip, without it)', () => {
    requireM2();
  });

  it('a hand-made depth-16 width-2 point of the talk\'s A passes every check: 45 = 45, exit code 0', () => {
    const run = runWitness('depth16-handmade', depth16());
    const v = verdicts(run);
    for (const name of [...CHECKS, 'condition [2,4]', 'condition [6,8]', 'condition [10,12]', 'condition [14,16]', 'restricted-equals-generic']) {
      expect(v[name], `${name} in\n${run.stdout}`).toBe('PASS');
    }
    expect(run.lines.filter((l) => l.startsWith('FAIL'))).toEqual([]);
    expect(line(run, 'PASS hessian-variety-condition-1')).toContain('n = 4 < l = 14');
    expect(line(run, 'PASS hessian-variety-condition-2')).toContain('all 120 pairs k < j covered');
    expect(line(run, 'PASS restricted-dimension')).toContain('= 45 (Jacobian of delta at W times T_W: 45; d/ds delta(W + s T(xi)) at s = 0: 45; 68 directions');
    expect(line(run, 'PASS generic-dimension')).toContain('generic rank of d(delta) = 45');
    expect(run.lines).toContain(`dim cl delta(A_H) = dim cl delta(parameter space) = 45: the main conjecture fails for widths (${new Array(17).fill(2).join(', ')})`);
    expect(run.lines[run.lines.length - 1]).toBe('deeplin-m2: ALL CHECKS PASSED');
    expect(run.status).toBe(0);
  });

  it('depth 4, widths 2 with the true numbers: every check passes except restricted = generic (5 < 9), exit code 1', () => {
    const run = runWitness('depth4', depth4());
    const v = verdicts(run);
    for (const name of [...CHECKS, 'condition [1,1]', 'condition [2,3]', 'condition [4,4]']) expect(v[name], `${name} in\n${run.stdout}`).toBe('PASS');
    expect(v['restricted-equals-generic']).toBe('FAIL');
    expect(run.lines.filter((l) => l.startsWith('FAIL'))).toHaveLength(1);
    expect(line(run, 'PASS gradient')).toContain('all 16 partial derivatives of L vanish at W (L(W) = 16)');
    expect(line(run, 'PASS hessian')).toContain('zero quadratic form in 16 variables');
    expect(line(run, 'PASS restricted-dimension')).toContain('= 5 (Jacobian of delta at W times T_W: 5; d/ds delta(W + s T(xi)) at s = 0: 5; 20 directions');
    expect(line(run, 'PASS generic-dimension')).toContain('generic rank of d(delta) = 9');
    expect(line(run, 'FAIL restricted-equals-generic')).toContain('restricted rank 5 vs generic rank 9');
    expect(run.stdout).not.toContain('the main conjecture fails');
    expect(run.lines[run.lines.length - 1]).toBe('deeplin-m2: FAILED');
    expect(run.status).toBe(1);
  });

  it('widths (1, 4, 1, 4, 1): generic rank 15 < codomain 21 is certified exactly from the kernel of the Jacobian', () => {
    const run = runWitness('narrow', narrow());
    const v = verdicts(run);
    for (const name of CHECKS) expect(v[name], `${name} in\n${run.stdout}`).toBe('PASS');
    expect(line(run, 'PASS restricted-dimension')).toContain('= 4 (');
    expect(line(run, 'PASS generic-dimension')).toContain('generic rank of d(delta) = 15; lower bound 15');
    expect(line(run, 'PASS generic-dimension')).toContain('upper bound 15 = 21 - 6');
    expect(v['restricted-equals-generic']).toBe('FAIL');
    expect(run.status).toBe(1);
    const wrong = narrow();
    wrong.claims.genericDimension = 21;
    const run2 = runWitness('narrow-claims-codomain', wrong);
    expect(verdicts(run2)['generic-dimension']).toBe('FAIL');
    expect(run2.status).toBe(1);
  });

  it('a changed matrix entry breaks a condition and the Hessian: FAIL lines, exit code 1', () => {
    const w = depth4();
    w.point[2][1][1] = '-1'; // W_3 = [[2, -1], [3, -1]] no longer kills the image of W_2
    const run = runWitness('depth4-tampered-entry', w);
    const v = verdicts(run);
    expect(v['condition [2,3]']).toBe('FAIL');
    expect(line(run, 'FAIL condition [2,3]')).toContain('W_3 W_2 has rank 1, not 0');
    expect(v.gradient).toBe('PASS'); // W_1 = W_4 = 0 still kill the gradient
    expect(v.hessian).toBe('FAIL'); // the (k, j) = (1, 4) term 2<R, E_4 W_3 W_2 E_1 X> survives
    expect(v['orbit-spot-check']).toBe('FAIL');
    expect(run.lines[run.lines.length - 1]).toBe('deeplin-m2: FAILED');
    expect(run.status).toBe(1);
  });

  it('wrong claimed ranks fail their checks', () => {
    const cases: [string, (w: Json) => void, string][] = [
      ['restricted', (w) => { w.claims.restrictedDimension = 6; }, 'restricted-dimension'],
      ['generic', (w) => { w.claims.genericDimension = 8; }, 'generic-dimension'],
      ['codomain', (w) => { w.claims.codomainDimension = 10; }, 'codomain-dimension'],
    ];
    for (const [label, change, check] of cases) {
      const w = depth4();
      change(w);
      const run = runWitness(`depth4-wrong-${label}`, w);
      const v = verdicts(run);
      expect(v[check], `${check} in\n${run.stdout}`).toBe('FAIL');
      expect(v.shapes).toBe('PASS');
      expect(v.hessian).toBe('PASS');
      expect(run.lines[run.lines.length - 1]).toBe('deeplin-m2: FAILED');
      expect(run.status).toBe(1);
    }
    const w16 = depth16();
    w16.claims.restrictedDimension = 44;
    const run = runWitness('depth16-wrong-restricted', w16);
    expect(line(run, 'FAIL restricted-dimension')).toContain('= 45 (');
    expect(run.stdout).not.toContain('the main conjecture fails');
    expect(run.status).toBe(1);
  });

  it('conditions that do not imply the theorem\'s conditions fail the combinatorial check even where the Hessian vanishes', () => {
    const w = depth4();
    w.conditions = [[1, 1], [4, 4]]; // true at the point, but the pair (k, j) = (1, 4) needs W_3 W_2 = 0
    const run = runWitness('depth4-weak-conditions', w);
    const v = verdicts(run);
    expect(v['hessian-variety-condition-1']).toBe('PASS');
    expect(v['hessian-variety-condition-2']).toBe('FAIL');
    expect(line(run, 'FAIL hessian-variety-condition-2')).toContain('{{1, 4}}');
    expect(v.hessian).toBe('PASS');
    expect(run.status).toBe(1);
  });

  it('a point outside A_H fails the direct gradient / Hessian check', () => {
    const w = depth4();
    w.point[0] = [['1', '0'], ['0', '1']]; // W_1 = I: W_4...W_1 X = 0 still, but now the Hessian sees E_1 terms
    w.conditions = [[4, 4]];
    const run = runWitness('depth4-outside', w);
    const v = verdicts(run);
    expect(v['condition [4,4]']).toBe('PASS');
    expect(v['hessian-variety-condition-1']).toBe('FAIL');
    expect(v.hessian).toBe('FAIL');
    expect(run.status).toBe(1);

    const all = depth4();
    all.point = all.point.map(() => [['1', '0'], ['0', '1']]); // W = I: a generic point, not critical
    all.conditions = [];
    const run2 = runWitness('depth4-identity', all);
    const v2 = verdicts(run2);
    expect(v2.conditions).toBe('FAIL');
    expect(line(run2, 'FAIL gradient')).toContain('the gradient does not vanish');
    expect(v2.hessian).toBe('FAIL');
    expect(run2.status).toBe(1);
  });

  it('an edited script (widths no longer matching the point) fails the shapes check and stops', () => {
    const text = witnessToMacaulay2(depth4()).replace('widths = {2, 2, 2, 2, 2};', 'widths = {2, 3, 2, 2, 2};');
    const run = runScript('depth4-edited-widths', text);
    expect(line(run, 'FAIL shapes')).toContain('W_1 must be a 3 x 2 matrix over QQ');
    expect(run.lines[run.lines.length - 1]).toBe('deeplin-m2: FAILED');
    expect(run.lines.some((l) => l.startsWith('PASS gradient'))).toBe(false);
    expect(run.status).toBe(1);
  });

  it('proofs/check-witness.m2 passes the committed depth-16 witness and fails it with one entry changed', () => {
    const run = runChecker(WITNESS);
    expect(run.lines.filter((l) => l.startsWith('FAIL'))).toEqual([]);
    expect(run.lines).toContain(`dim cl delta(A_H) = dim cl delta(parameter space) = 45: the main conjecture fails for widths (${new Array(17).fill(2).join(', ')})`);
    expect(run.lines[run.lines.length - 1]).toBe('deeplin-m2: ALL CHECKS PASSED');
    expect(run.status).toBe(0);

    const tampered = clone(JSON.parse(readFileSync(WITNESS, 'utf8'))) as Json;
    tampered.point[2][0][0] = '2'; // W_3: the window [2, 4] no longer vanishes
    const file = join(dir, 'depth16-width2-tampered.witness.json');
    writeFileSync(file, JSON.stringify(tampered));
    const bad = runChecker(file);
    expect(verdicts(bad)['condition [2,4]']).toBe('FAIL');
    expect(bad.stdout).not.toContain('the main conjecture fails');
    expect(bad.lines[bad.lines.length - 1]).toBe('deeplin-m2: FAILED');
    expect(bad.status).toBe(1);
  });

  it('proofs/check-witness.m2 fails a stabiliser witness whose claimed dimension is changed, and refuses malformed files', () => {
    const witness = JSON.parse(readFileSync('proofs/witnesses/minimal-width2-depth7.witness.json', 'utf8')) as Json;
    const claim = clone(witness);
    claim.claims.restrictedDimension = 17;
    const file = join(dir, 'claim-changed.witness.json');
    writeFileSync(file, JSON.stringify(claim));
    const run = runChecker(file);
    expect(verdicts(run)['restricted-dimension']).toBe('FAIL');
    expect(run.status).toBe(1);

    const malformed: [string, (w: Json) => void, string][] = [
      ['unknown-field', (w) => { w.extra = 1; }, 'the witness has unknown fields {extra}'],
      ['float-entry', (w) => { w.point[0][0][0] = '0.5'; }, 'point[0] holds 0.5, not an exact rational'],
      ['zero-denominator', (w) => { w.data.X[0][0] = '1/0'; }, 'data.X holds 1/0, not an exact rational'],
      ['bad-group', (w) => { w.group = 'H'; }, 'group must be "G" or "stabilizer"'],
    ];
    for (const [name, edit, message] of malformed) {
      const w = clone(witness);
      edit(w);
      const f = join(dir, `${name}.witness.json`);
      writeFileSync(f, JSON.stringify(w));
      const r = runChecker(f);
      expect(r.lines.some((l) => l.startsWith(`FAIL witness-file: ${message}`)), `${name}:\n${r.stdout}`).toBe(true);
      expect(r.lines[r.lines.length - 1], name).toBe('deeplin-m2: FAILED');
      expect(r.status, name).toBe(1);
    }
  });

  it('proofs/check-witness.m2 is what macaulay2WitnessChecker writes, and every witness runs its standalone script identically', () => {
    expect(readFileSync(CHECKER, 'utf8')).toBe(macaulay2WitnessChecker());
    const file = 'test/fixtures/stabilizer-widths-1-1-2-2-1-2.witness.json';
    const standalone = runWitness('standalone', JSON.parse(readFileSync(file, 'utf8')));
    const single = runChecker(file);
    const checks = (r: M2Run) => r.lines.filter((l) => /^(PASS|FAIL) /.test(l));
    expect(checks(single)).toEqual(checks(standalone));
    expect(single.status).toBe(0);
  });

  it('every committed witness (proofs/, test/fixtures/) passes proofs/check-witness.m2', async () => {
    const witnesses = ['proofs', 'proofs/witnesses', 'test/fixtures'].flatMap((d) => readdirSync(d).filter((f) => f.endsWith('.witness.json')).map((f) => `${d}/${f}`));
    expect(witnesses.length).toBeGreaterThanOrEqual(140);
    const failures: string[] = [];
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < witnesses.length) {
        const file = witnesses[next++];
        const run = await runCheckerAsync(file);
        const last = run.lines[run.lines.length - 1];
        const fails = run.lines.filter((l) => l.startsWith('FAIL'));
        if (run.status !== 0 || last !== 'deeplin-m2: ALL CHECKS PASSED' || fails.length > 0) failures.push(`${file}: exit ${run.status}, ${fails.join('; ')}`);
      }
    };
    await Promise.all([worker(), worker()]);
    expect(failures).toEqual([]);
  }, 1_800_000);
});
