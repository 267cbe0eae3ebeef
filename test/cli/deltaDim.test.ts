import { describe, expect, it } from 'vitest';
import { bufferIO } from '../../src/cli/commandIO';
import { runCli } from '../../src/cli/main';
import { determinantalBound } from '../../src/verify/genericDimension';
import { architecture } from '../../src/model/architecture';

const run = async (args: string[]): Promise<{ code: number; out: string; err: string[] }> => {
  const io = bufferIO();
  const code = await runCli(args, io);
  return { code, out: io.lines.join('\n'), err: io.errors };
};

describe('deeplin delta-dim', () => {
  it('prints the exact generic dimension as JSON with method, prime and seconds (depth 128, width 8: 4572)', async () => {
    const r = await run(['delta-dim', '--depth', '128', '--width', '8', '--json']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(j).toMatchObject({ genericDimension: 4572, exact: true, prime: 2147483647, seed: 1 });
    expect(j.method).toMatch(/^exact: rank of d delta mod 2147483647/);
    expect(typeof j.seconds).toBe('number');
  });

  it('pins MATH.md numbers: widths (1,3,1) give 5 and (2,...,2) at depth 16 give 45 (the codomain)', async () => {
    expect(JSON.parse((await run(['delta-dim', '--widths', '1,3,1', '--json'])).out).genericDimension).toBe(5);
    expect(JSON.parse((await run(['delta-dim', '--depth', '16', '--width', '2', '--json'])).out).genericDimension).toBe(45);
  });

  it('equals the determinantal bound on non-uniform profiles, and says when it is only a lower bound', async () => {
    for (const widths of [[3, 1, 3, 1, 3], [1, 2, 5, 2, 1], [4, 4, 1, 4, 4]]) {
      const j = JSON.parse((await run(['delta-dim', '--widths', widths.join(','), '--json'])).out);
      expect(j.genericDimension).toBe(determinantalBound(architecture(widths)));
      expect(j.exact).toBe(true);
    }
  });

  it('--orbit n,l: the restricted dimension on an orbit of A_H is positive and at most min(orbit dimension, generic dimension)', async () => {
    const j = JSON.parse((await run(['delta-dim', '--depth', '12', '--width', '2', '--orbit', '4,9', '--json'])).out);
    expect(j.orbit.pattern).toEqual({ n: 4, l: 9 });
    expect(j.orbit.restrictedDimension).toBeLessThanOrEqual(Math.min(j.orbit.orbitDimension, j.genericDimension));
    expect(j.orbit.restrictedDimension).toBeGreaterThan(0);
  });

  it('is deterministic for a seed', async () => {
    const a = JSON.parse((await run(['delta-dim', '--depth', '9', '--width', '3', '--orbit', '2,6', '--seed', '5', '--json'])).out);
    const b = JSON.parse((await run(['delta-dim', '--depth', '9', '--width', '3', '--orbit', '2,6', '--seed', '5', '--json'])).out);
    expect(a.orbit).toEqual(b.orbit);
  });

  it('refuses bad input in one line naming the argument', async () => {
    const cases: [string[], RegExp][] = [
      [['delta-dim', '--depth', '1', '--width', '2'], /^deeplin delta-dim: --depth = 1 is out of range/],
      [['delta-dim', '--depth', '8', '--width', '2', '--orbit', '7,8'], /^deeplin delta-dim: --orbit = "7,8" .*n \+ 2 <= l <= N = 8/],
      [['delta-dim', '--depth', '8', '--width', '2', '--prime', '100'], /^deeplin delta-dim: p = 100/],
      [['delta-dim', '--depth', '40000', '--width', '60'], /parameter count|memory/],
    ];
    for (const [args, re] of cases) {
      const r = await run(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.err.length).toBe(1);
      expect(r.err[0]).toMatch(re);
    }
  });
});
