/**
 * `deeplin image-dim`, restricted to a parametrized variety with
 * `--params … --source-param …`: the JSON object (the keys plus
 * sourceDimension and the source evidence) and the text report.
 */
import { describe, expect, it } from 'vitest';
import { bufferIO } from '../../src/cli/commandIO';
import { runCli } from '../../src/cli/main';

async function run(args: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const io = bufferIO();
  const code = await runCli(args, io);
  return { code, out: io.lines, err: io.errors };
}

const KEYS = ['dimension', 'lowerBound', 'upperBound', 'failureProbability', 'floatRank', 'singularValues', 'gapRatio'];

describe('deeplin image-dim --params --source-param', () => {
  it('--json: the dimension of F on V = cl phi(params), with the same evidence for V', async () => {
    const r = await run(['image-dim', '--vars', 'a,b,c', '--map', 'a*c - b^2, a + c', '--params', 's,t', '--source-param', 's^2, s*t, t^2', '--json']);
    expect([r.code, r.err]).toEqual([0, []]);
    const j = JSON.parse(r.out.join('\n'));
    for (const k of KEYS) expect(j).toHaveProperty(k);
    expect(j).toMatchObject({ dimension: 1, lowerBound: 1, upperBound: 1, floatRank: 1, status: 'ok', sourceDimension: 2 });
    expect(j.source).toMatchObject({ dimension: 2, lowerBound: 2, upperBound: 2, floatRank: 2, status: 'ok' });
    for (const k of KEYS) expect(j.source).toHaveProperty(k);
    expect(j.singularValues).toHaveLength(2); // 2 components x 2 parameters
    expect(j.singularValues[1]).toBe(0); // exactly: a*c - b^2 vanishes identically on V
    expect(j.failureProbability).toBeLessThan(1e-12);
  });

  it('text: the restricted dimension, the source variety, the float cross-check and the method', async () => {
    const r = await run(['image-dim', '--vars', 'x1,x2,y1,y2', '--map', 'x1*y1, x1*y2, x2*y1, x2*y2', '--params', 't', '--source-param', '1 + t, 2 - t, 3*t, 1/2 + 2*t']);
    expect(r.code).toBe(0);
    expect(r.out[0]).toMatch(/^dimension of the map restricted to V = closure of the image of --source-param: 1 {2}\(exact lower bound 1: ranks 1 mod 2147483647, 1 mod 2147483629; upper bound 1 with failure probability <= /);
    expect(r.out[1]).toMatch(/^source variety V: dimension 1 /);
    expect(r.out[2]).toMatch(/^float cross-check: rank 1 \(ok\)/);
    expect(r.out[3]).toMatch(/^seed 1; generic rank of J_F\(phi\(t\)\) J_phi\(t\)/);
  });

  it('without --params the output is the unrestricted one (no source keys)', async () => {
    const j = JSON.parse((await run(['image-dim', '--vars', 'a,b', '--map', 'a^2, a*b, b^2', '--json'])).out.join('\n'));
    expect(j).toMatchObject({ dimension: 2, status: 'ok' });
    expect(j).not.toHaveProperty('source');
    expect(j).not.toHaveProperty('sourceDimension');
  });

  it('the --seed is used for both the map and the source evidence, reproducibly', async () => {
    const args = ['image-dim', '--vars', 'a,b,c', '--map', 'a*b, b*c, a*c', '--params', 't', '--source-param', 't, t^2, t^3', '--seed', '9', '--json'];
    const [a, b] = [JSON.parse((await run(args)).out.join('\n')), JSON.parse((await run(args)).out.join('\n'))];
    expect(a).toEqual(b);
    expect([a.seed, a.source.seed, a.dimension, a.sourceDimension]).toEqual([9, 10, 1, 1]);
  });
});

describe('deeplin image-dim --certify', () => {
  it('text: the proved relations and the exact dimension, exit 0', async () => {
    const r = await run(['image-dim', '--vars', 't', '--map', 't, t^2, t^3', '--certify']);
    expect(r.code).toBe(0);
    expect(r.out.filter((l) => /^(certified|  proved relation)/.test(l))).toEqual([
      'certified: dimension 1 exact (lower bound 1 = proved upper bound 1 = 3 - 2 relations)',
      '  proved relation: y0^2 - y1 = 0',
      '  proved relation: y0*y1 - y2 = 0',
    ]);
  });
  it('--json, relation of degree above --degree: "exact": false with the reason, exit 3', async () => {
    const r = await run(['image-dim', '--vars', 't', '--map', 't^2, t^5', '--certify', '--degree', '4', '--json']);
    expect(r.code).toBe(3);
    const j = JSON.parse(r.out.join('\n'));
    expect([j.dimension, j.exact, j.certification.upperBound, j.certification.hilbert]).toEqual([1, false, 2, [1, 3, 6, 10, 15]]);
    expect(j.certification.reason).toMatch(/^degree limit 4/);
  });
  it('--max-term-products: a deterministic work budget, exceeded: "exact": false with the budget as the reason, exit 3', async () => {
    const r = await run(['image-dim', '--vars', 't', '--map', 't, t^2, t^3', '--certify', '--max-term-products', '1', '--json']);
    expect(r.code).toBe(3);
    expect(JSON.parse(r.out.join('\n')).certification.reason).toBe('work budget of 1 term products exceeded at degree 2');
  });
  it('bad --degree and --degree without --certify: one line, exit 2', async () => {
    const bad = await run(['image-dim', '--vars', 't', '--map', 't', '--certify', '--degree', '0']);
    expect([bad.code, bad.err]).toEqual([2, ['deeplin image-dim: --degree = "0" is out of range (allowed: an integer in [1, 12])']]);
    const alone = await run(['image-dim', '--vars', 't', '--map', 't', '--degree', '2']);
    expect(alone.code).toBe(2);
    expect(alone.err[0]).toMatch(/^deeplin image-dim: --degree .* only with --certify/);
  });
});

describe('deeplin image-dim: an infinite gap ratio reads the same in JSON, text and report (issue #9 item 2)', () => {
  it('JSON "Infinity" (not null), text "Infinity (...)", report ∞', async () => {
    const j = await run(['image-dim', '--vars', 'a,b', '--map', 'a, a', '--json']);
    expect(j.code).toBe(0);
    const json = JSON.parse(j.out.join('\n'));
    expect(json).toMatchObject({ dimension: 1, floatRank: 1, gapRatio: 'Infinity' });
    const t = await run(['image-dim', '--vars', 'a,b', '--map', 'a, a']);
    expect(t.out.find((l) => l.startsWith('float cross-check'))).toContain('gap ratio Infinity (no gap to measure: the next singular value is exactly 0)');
    const { renderReport } = await import('../../src/report/renderReport');
    expect(renderReport(json, { file: 'i.json' })).toContain('= <b>∞</b>');
  });
});
