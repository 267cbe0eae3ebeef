import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { describe, expect, it } from 'vitest';
import { bufferIO } from '../../src/cli/commandIO';
import { runCli } from '../../src/cli/main';

const dir = mkdtempSync(join(tmpdir(), 'deeplin-classify-'));

describe('deeplin classify / critical-points / check', () => {
  it('classify --json gives kind, flag, inertia and exact loss; --out is accepted by check', async () => {
    const io = bufferIO();
    const out = join(dir, 'zero.evidence.json');
    expect(await runCli(['classify', 'proofs/landscape/zero-2-2-2-2.point.json', '--json', '--out', out], io)).toBe(0);
    const j = JSON.parse(io.lines.join('\n'));
    expect(j).toMatchObject({ kind: 'non-strict-saddle', hessianVanishes: true, inertia: [0, 0, 12], loss: '5', descentOrder: 3 });
    const io2 = bufferIO();
    expect(await runCli(['check', out], io2)).toBe(0);
    expect(io2.lines.join('\n')).toMatch(/PROVED: the point is a non-strict saddle/);
  });

  it('classify: a non-critical point; bad input is one line with exit 2', async () => {
    const f = join(dir, 'p.json');
    writeFileSync(f, JSON.stringify({ widths: [1, 1, 1], data: { X: [['1']], Y: [['2']] }, point: [[['1']], [['1']]] }));
    const io = bufferIO();
    expect(await runCli(['classify', f, '--json'], io)).toBe(0);
    expect(JSON.parse(io.lines.join('\n'))).toMatchObject({ kind: 'not-critical', loss: '1', gradientVanishes: false });
    writeFileSync(f, JSON.stringify({ widths: [1, 1, 1], point: [[['1']], [['0.5']]] }));
    const bad = bufferIO();
    expect(await runCli(['classify', f], bad)).toBe(2);
    expect(bad.errors).toHaveLength(1);
    expect(bad.errors[0]).toMatch(/not an exact rational/);
  });

  it('critical-points --widths 2,2,2,2 --json lists every kind with exact values', async () => {
    const io = bufferIO();
    expect(await runCli(['critical-points', '--widths', '2,2,2,2', '--json'], io)).toBe(0);
    const j = JSON.parse(io.lines.join('\n'));
    expect(j.eigenvalues).toEqual(['4', '1']);
    expect(j.globalMinimum).toBe('0');
    expect([...j.kinds].sort()).toEqual(['global-minimum', 'non-strict-saddle', 'strict-saddle']);
    const byKind = (k: string) => j.classes.filter((c: { kind: string }) => c.kind === k);
    expect(byKind('non-strict-saddle').map((c: { indexSet: number[]; value: string; hessianVanishes: boolean }) => [c.indexSet, c.value, c.hessianVanishes])).toEqual([[[], '5', true], [[1], '1', false]]);
    expect(byKind('global-minimum').map((c: { value: string }) => c.value)).toEqual(['0']);
    expect(new Set(byKind('strict-saddle').map((c: { value: string }) => c.value))).toEqual(new Set(['5', '1', '4']));
  });

  it('critical-points refuses data whose Σ has an irrational eigenvalue', async () => {
    const f = join(dir, 'data.json');
    writeFileSync(f, JSON.stringify({ X: [['1', '0'], ['0', '1']], Y: [['1', '1'], ['0', '1']] }));
    const io = bufferIO();
    expect(await runCli(['critical-points', '--widths', '2,2,2', '--data', f], io)).toBe(2);
    expect(io.errors[0]).toMatch(/^deeplin critical-points: data/);
    void readFileSync;
  });
});
