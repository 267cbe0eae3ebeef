/**
 * proofs/check-certificate.m2 in the real Macaulay2: it re-proves the width 2, depth 4
 * upper-bound certificate written by `deeplin verify --certify` (version 6: kernel fields,
 * eigenvalue relations from rank-one layers
 * for the G-orbit components, relations naming their slice for the stabiliser component), on the
 * whole family and with --slices (each relation on its slice, the slice's density and the
 * relation's invariance at inner orthogonal vertices re-proved), and refuses a copy with one
 * relation coefficient changed or a slice without its orthogonal groups; with --slices it also
 * re-proves the committed width 3 depth 4 certificate, and the 8 width 3 depth 6 components
 * bounded by eigenvalue relations alone. Fails (never skips) without M2.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { describe, expect, it } from 'vitest';
import { bufferIO } from '../../src/cli/commandIO';
import { runCli } from '../../src/cli/main';
import { type M2Run, runM2Script } from './support/macaulay2';

const dir = mkdtempSync(join(tmpdir(), 'deeplin-m2-certificate-'));
const CHECKER = 'proofs/check-certificate.m2';

function runChecker(file: string, ...flags: string[]): M2Run {
  return runM2Script([CHECKER, file, ...flags], 900_000);
}

describe('proofs/check-certificate.m2 in the real Macaulay2', () => {
  it('re-proves the width 2 depth 4 certificate of verify --certify and fails it with one coefficient changed', async () => {
    const file = join(dir, 'depth4-width2.certificate.json');
    const io = bufferIO();
    const code = await runCli(['verify', '--depth', '4', '--width', '2', '--certify', file], io);
    expect(code, io.errors.join('\n')).toBe(0);

    const run = runChecker(file);
    expect(run.lines.filter((l) => l.startsWith('FAIL')), run.stdout).toEqual([]);
    expect(run.lines).toContain('dim cl delta(listed components) <= 5 < 9 <= dim cl delta(parameter space)');
    expect(run.lines.some((l) => /kernel fields: J\(g\) v\(g\) expands to 0 over QQ/.test(l))).toBe(true);
    expect(run.lines.some((l) => /relation 1: F\(delta\(psi\(g\)\)\) expands to 0/.test(l))).toBe(true);
    expect(run.lines[run.lines.length - 1]).toBe('deeplin-m2: ALL CHECKS PASSED');
    expect(run.status).toBe(0);

    const cert = JSON.parse(readFileSync(file, 'utf8'));
    const stabilizer = cert.components.findIndex((c: { group: string; relations: unknown[] }) => c.group === 'stabilizer' && c.relations.length > 0);
    expect(stabilizer).toBeGreaterThanOrEqual(0);
    const term = cert.components[stabilizer].relations[0].terms[0];
    term[0] = term[0] === '2' ? '3' : '2'; // one coefficient changed: F no longer vanishes on the family
    const tampered = join(dir, 'tampered.certificate.json');
    writeFileSync(tampered, JSON.stringify(cert));
    const bad = runChecker(tampered);
    expect(bad.lines.some((l) => l.startsWith('FAIL') && l.includes('relation 1: F(delta(psi(g))) is NOT the zero polynomial')), bad.stdout).toBe(true);
    expect(bad.lines[bad.lines.length - 1]).toBe('deeplin-m2: FAILED');
    expect(bad.status).toBe(1);

    // version 6: eigenvalue relations (rank-one layers) re-proved, gradients from det(K + t dK) over QQ[t]
    expect(run.lines.some((l) => /^PASS .*: eigenvalue relation 1: det\(Delta_\d \(x\) I [+-] I \(x\) Delta_\d - s I\) = 0/.test(l)), run.stdout).toBe(true);
    const shifted = JSON.parse(readFileSync(file, 'utf8'));
    const withEigen = shifted.components.find((c: { eigenvalueRelations?: unknown[] }) => (c.eigenvalueRelations?.length ?? 0) > 0);
    withEigen.eigenvalueRelations[0].shift.push(['1', 1]);
    const shiftedFile = join(dir, 'shifted.certificate.json');
    writeFileSync(shiftedFile, JSON.stringify(shifted));
    const badShift = runChecker(shiftedFile);
    expect(badShift.lines.some((l) => l.startsWith('FAIL') && l.includes('eigenvalue relation 1: NOT proved: the shift is not')), badShift.stdout).toBe(true);
    expect(badShift.status).toBe(1);

    const extra = { ...JSON.parse(readFileSync(file, 'utf8')), extra: 1 };
    const malformed = join(dir, 'malformed.certificate.json');
    writeFileSync(malformed, JSON.stringify(extra));
    const refused = runChecker(malformed);
    expect(refused.lines).toContain('FAIL certificate-file: the certificate has unknown fields {extra}');
    expect(refused.status).toBe(1);

    // --slices: every relation with a slice is proved on it, the slice re-proved dense (with its orthogonal groups)
    const sliced = runChecker(file, '--slices');
    expect(sliced.lines.filter((l) => l.startsWith('FAIL')), sliced.stdout).toEqual([]);
    expect(sliced.lines.some((l) => /relation 1 slice dense: the slice's Jacobian at s = 0 with \d+ orthogonal tangents .* has rank (\d+) = \1 = dim of the orbit projected/.test(l))).toBe(true);
    expect(sliced.lines.some((l) => /F proved SO-invariant at/.test(l))).toBe(true);
    expect(sliced.lines.some((l) => /F\(delta\(psi_slice\(s\)\)\) expands to 0 in QQ\[\d+ slice parameters\]/.test(l))).toBe(true);
    expect(sliced.lines[sliced.lines.length - 1]).toBe('deeplin-m2: ALL CHECKS PASSED');
    const tamperedSliced = runChecker(tampered, '--slices');
    expect(tamperedSliced.lines.some((l) => l.startsWith('FAIL') && /relation 1: F\(delta\(psi_slice\(s\)\)\) is NOT the zero polynomial/.test(l)), tamperedSliced.stdout).toBe(true);
    const bare = JSON.parse(readFileSync(file, 'utf8'));
    for (const c of bare.components) for (const r of c.relations) delete r.slice?.orthogonal;
    const bareFile = join(dir, 'bare.certificate.json');
    writeFileSync(bareFile, JSON.stringify(bare));
    const short = runChecker(bareFile, '--slices');
    expect(short.lines.some((l) => l.startsWith('FAIL') && /slice dense: .* has rank \d+ < \d+ = dim of the orbit projected/.test(l)), short.stdout).toBe(true);
    expect(short.status).toBe(1);
  }, 900_000);

  it('re-proves the 8 width 3 depth 6 components that only eigenvalue relations bound (proofs/certificates/width3-depth6-last8.certificate.json)', () => {
    const run = runChecker('proofs/certificates/width3-depth6-last8.certificate.json', '--slices');
    expect(run.lines.filter((l) => l.startsWith('FAIL')), run.stdout).toEqual([]);
    expect(run.lines.filter((l) => /^PASS .*: eigenvalue relation \d: det\(Delta_/.test(l))).toHaveLength(9);
    expect(run.lines).toContain('dim cl delta(listed components) <= 29 < 30 <= dim cl delta(parameter space)');
    expect(run.lines[run.lines.length - 1]).toBe('deeplin-m2: ALL CHECKS PASSED');
  }, 300_000);

  it('re-proves the committed width 3 depth 4 certificate with --slices (a width-3 certificate re-checked outside deeplin)', () => {
    const run = runChecker('proofs/certificates/uniform-width3-depth4.certificate.json', '--slices');
    expect(run.lines.filter((l) => l.startsWith('FAIL')), run.stdout).toEqual([]);
    expect(run.lines).toContain('dim cl delta(listed components) <= 11 < 18 <= dim cl delta(parameter space)');
    expect(run.lines[run.lines.length - 1]).toBe('deeplin-m2: ALL CHECKS PASSED');
    expect(run.status).toBe(0);
  }, 900_000);
});
