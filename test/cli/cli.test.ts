import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { describe, expect, it } from 'vitest';
import { bufferIO } from '../../src/cli/commandIO';
import { runCli } from '../../src/cli/main';

const run = async (args: string[]): Promise<{ code: number; out: string[]; err: string[] }> => {
  const io = bufferIO();
  const code = await runCli(args, io);
  return { code, out: io.lines, err: io.errors };
};

describe('deeplin CLI: bad input is one clear line and exit code 2', () => {
  const cases: [string[], RegExp][] = [
    [['counterexample', '--depth', '1', '--width', '2', '--out', 'x.json'], /^deeplin counterexample: --depth = 1 is out of range \(allowed: an integer in \[2, /],
    [['counterexample', '--depth', '3', '--width', '2', '--out', 'x.json'], /^deeplin counterexample: --depth = 3 .*>= 4/],
    [['counterexample', '--depth', '16', '--width', '0', '--out', 'x.json'], /^deeplin counterexample: --width = 0 is out of range/],
    [['counterexample', '--depth', '16', '--width', '-2', '--out', 'x.json'], /^deeplin counterexample: --width = -2 is out of range/],
    [['counterexample', '--depth', '2.5', '--width', '2', '--out', 'x.json'], /^deeplin counterexample: --depth = "2.5"/],
    [['counterexample', '--depth', '16', '--width', '2'], /^deeplin counterexample: --out is missing/],
    [['counterexample', '--depth', '16', '--width', '2', '--frob', '1'], /^deeplin counterexample: option = "--frob"/],
    [['counterexample', '--widths', '2,x,2', '--out', 'x.json'], /^deeplin counterexample: --widths \(entry 1\) = "x"/],
    [['counterexample', '--depth', '8', '--width', '2', '--conditions', '9-3', '--out', 'x.json'], /^deeplin counterexample: --conditions = "9-3"/],
    [['check'], /^deeplin check: FILE is missing/],
    [['check', '/nonexistent/witness.json'], /^deeplin check: cannot read \/nonexistent\/witness\.json: no such file$/],
    [['frobnicate'], /^deeplin: unknown command "frobnicate"/],
    [['verify', '--widths', '2,2'], /^deeplin verify: --widths = "2,2" .*at least 3/],
    [['verify', '--depth', '0', '--width', '2'], /^deeplin verify: --depth = 0 is out of range/],
    [['search', '--max-depth', '8'], /^deeplin search: --width is missing/],
    [['search', '--width', '2', '--max-depth', '100'], /^deeplin search: --max-depth = 100 is out of range/],
  ];
  for (const [args, message] of cases) {
    it(args.join(' '), async () => {
      const r = await run(args);
      expect(r.code).toBe(2);
      expect(r.err).toHaveLength(1);
      expect(r.err[0]).toMatch(message);
      expect(r.err[0]).not.toMatch(/\n|at .*\.ts:\d+/);
    });
  }

  it('a witness with floats or wrong shapes, and non-JSON, exit 2 with one line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'deeplin-'));
    const w = JSON.parse(readFileSync('proofs/depth16-width2.witness.json', 'utf8'));
    w.point[0][0][0] = '1.25';
    writeFileSync(join(dir, 'float.json'), JSON.stringify(w));
    writeFileSync(join(dir, 'bad.json'), '{ not json');
    const a = await run(['check', join(dir, 'float.json')]);
    expect([a.code, a.err.length]).toEqual([2, 1]);
    expect(a.err[0]).toMatch(/"1\.25" is not an exact rational/);
    const b = await run(['check', join(dir, 'bad.json')]);
    expect([b.code, b.err.length]).toEqual([2, 1]);
    expect(b.err[0]).toMatch(/^deeplin check: .*bad\.json: expected a key in double quotes at \$ \(line 1\)$/);
  });
});

describe('deeplin CLI: the main job', () => {
  it('counterexample writes a witness that check accepts (exit 0), and check fails a tampered copy (exit 1)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'deeplin-'));
    const file = join(dir, 'w.json');
    const made = await run(['counterexample', '--depth', '16', '--width', '2', '--seed', '5', '--out', file]);
    expect(made.code).toBe(0);
    expect(made.out.join('\n')).toMatch(/restricted dimension 45 .* = generic dimension 45 = codomain 45/);
    const ok = await run(['check', file]);
    expect(ok.code).toBe(0);
    expect(ok.out.filter((l) => l.startsWith('PASS'))).toHaveLength(10); // with the orbit dimension
    const w = JSON.parse(readFileSync(file, 'utf8'));
    w.claims.restrictedDimension = 44;
    writeFileSync(file, JSON.stringify(w));
    const bad = await run(['check', file, '--json']);
    expect(bad.code).toBe(1);
    expect(JSON.parse(bad.out.join('\n')).ok).toBe(false);
  });

  it('verify --json: width 2 holds at depth 6 (exit 0) and fails at depth 7 with a checked witness (exit 1); --data-independent says so', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'deeplin-'));
    const holds = await run(['verify', '--depth', '6', '--width', '2', '--json']);
    expect(holds.code).toBe(0);
    const h = JSON.parse(holds.out.join('\n'));
    expect(h).toMatchObject({ verdict: 'holds', coverage: 'full', genericDimension: 15, restrictedDimension: 14, hessianVarietyEmpty: false, witness: null });
    expect(h.orbitCount).toBeGreaterThan(100);
    const file = join(dir, 'w7.json');
    const fails = await run(['verify', '--depth', '7', '--width', '2', '--json', '--witness', file]);
    expect(fails.code).toBe(1);
    expect(JSON.parse(fails.out.join('\n'))).toMatchObject({ verdict: 'fails', coverage: 'full', genericDimension: 18, restrictedDimension: 18, witness: file });
    expect((await run(['check', file])).code).toBe(0);
    const indep = JSON.parse((await run(['verify', '--depth', '7', '--width', '2', '--json', '--data-independent'])).out.join('\n'));
    expect(indep).toMatchObject({ verdict: 'holds', coverage: 'data-independent', restrictedDimension: 17 });
  });

  it('verify --data uses the given X, Y for the data-dependent part, and refuses degenerate or inexact data', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'deeplin-'));
    writeFileSync(join(dir, 'ok.json'), JSON.stringify({ X: [['1', '0', '2'], ['0', '1', '1']], Y: [['1', '1', '0'], ['2', '-1', '1']] }));
    const ok = await run(['verify', '--depth', '5', '--width', '2', '--data', join(dir, 'ok.json'), '--json']);
    const j = JSON.parse(ok.out.join('\n'));
    expect([ok.code, j.verdict, j.coverage]).toEqual([0, 'holds', 'full']);
    expect(j.coverageNote).toMatch(/for the given data/);
    writeFileSync(join(dir, 'rank.json'), JSON.stringify({ X: [['1', '0', '2'], ['2', '0', '4']], Y: [['1', '1', '0'], ['2', '-1', '1']] }));
    const bad = await run(['verify', '--depth', '5', '--width', '2', '--data', join(dir, 'rank.json')]);
    expect([bad.code, bad.err[bad.err.length - 1]]).toEqual([2, expect.stringMatching(/^deeplin verify: --data = "rank X = 1, rank X Y\^T = 1"/)]);
    writeFileSync(join(dir, 'float.json'), JSON.stringify({ X: [['1', '0.5']], Y: [['1', '1']] }));
    const fl = await run(['verify', '--widths', '1,2,1', '--data', join(dir, 'float.json')]);
    expect([fl.code, fl.err[fl.err.length - 1]]).toEqual([2, expect.stringMatching(/--data X\[0\]\[1\]: "0\.5" is not an exact rational/)]);
  });

  it('image-dim --json reports dimension, bounds, failure probability, float rank, singular values and gap', async () => {
    const r = await run(['image-dim', '--vars', 'a,b,c', '--map', 'a*b, b*c, a*c', '--json']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out.join('\n'));
    expect(j).toMatchObject({ dimension: 3, lowerBound: 3, upperBound: 3, floatRank: 3, status: 'ok' });
    expect(j.singularValues).toHaveLength(3);
    expect(j.gapRatio).toBeGreaterThan(1e6);
    expect(j.failureProbability).toBeLessThan(1e-12);
    const bad = await run(['image-dim', '--vars', 'a', '--map', '0.5*a']);
    expect([bad.code, bad.err.length]).toEqual([2, 1]);
    expect(bad.err[0]).toMatch(/0\.5 is not exact/);
  });

  it('export writes delta and the pattern ideals in every format, and a witness re-check script', async () => {
    const m2 = (await run(['export', '--depth', '4', '--width', '2', '--format', 'm2'])).out.join('\n');
    expect(m2).toMatch(/^R = QQ\[w_\(1,1,1\)/m);
    expect(m2).toContain('hessianPatterns = {P1x3, P1x4, P2x4};');
    expect((await run(['export', '--depth', '4', '--width', '2', '--format', 'singular'])).out.join('\n')).toContain('ideal P1x4 = ideal(W1) + ideal(W3*W2) + ideal(W4);');
    expect((await run(['export', '--depth', '3', '--width', '1', '--format', 'latex'])).out.join('\n')).toContain('(\\Delta_{1})_{1,1} &= -{w^{(1)}_{1,1}}^{2} + {w^{(2)}_{1,1}}^{2}');
    const json = JSON.parse((await run(['export', '--widths', '1,2,1', '--format', 'json'])).out.join('\n'));
    expect([json.kind, json.delta.length, json.patterns.length]).toEqual(['deeplin/symbolic-system', 3, 0]);
    const script = (await run(['export', '--witness', 'proofs/depth16-width2.witness.json', '--format', 'm2'])).out.join('\n');
    expect(script).toContain('deeplin: independent Macaulay2 re-check of a counterexample witness');
    expect((await run(['export', '--depth', '4', '--width', '2', '--format', 'pdf'])).err[0]).toMatch(/^deeplin export: --format = "pdf" is out of range/);
    expect((await run(['export', '--depth', '200', '--width', '4', '--format', 'm2'])).err[0]).toMatch(/^deeplin export: parameter count = 3200/);
  });

  it('search --json reports the minimal depth and the verdicts of all smaller depths', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'deeplin-'));
    const r = await run(['search', '--width', '2', '--max-depth', '9', '--json', '--witness', join(dir, 'm.json')]);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out.join('\n'));
    expect(j).toMatchObject({ width: 2, minimalDepth: 7, smallerDepthsHold: true });
    expect(j.depths.map((d: { depth: number; verdict: string }) => `${d.depth}:${d.verdict}`)).toEqual(['2:holds', '3:holds', '4:holds', '5:holds', '6:holds', '7:fails']);
    expect((await run(['check', j.witness])).code).toBe(0);
  });

  it('every subcommand has --help with a worked example', async () => {
    for (const cmd of ['counterexample', 'check', 'verify', 'search', 'image-dim']) {
      const r = await run([cmd, '--help']);
      expect(r.code).toBe(0);
      expect(r.out.join('\n')).toMatch(/Example:\n  npx deeplin /);
    }
  });
});
