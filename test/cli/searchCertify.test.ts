import { describe, expect, it } from 'vitest';
import { bufferIO } from '../../src/cli/commandIO';
import { runCli } from '../../src/cli/main';

describe('deeplin search --certify [--certify-effort]', () => {
  it('proves every depth that holds with either effort; verdict effort gives the same "proved"', async () => {
    const runs = await Promise.all(['exact', 'verdict'].map(async (effort) => {
      const io = bufferIO();
      const code = await runCli(['search', '--width', '2', '--max-depth', '4', '--certify', '--certify-effort', effort, '--jobs', '1', '--json'], io);
      expect(code, io.errors.join('\n')).toBe(1); // nothing fails up to depth 4
      return JSON.parse(io.lines.join('\n'));
    }));
    for (const r of runs) {
      expect(r.depths.map((d: { depth: number; proved: boolean }) => [d.depth, d.proved])).toEqual([[2, true], [3, true], [4, true]]);
      expect(r.proved).toBe(true);
    }
  }, 120_000);

  it('refuses a bad --certify-effort, and --certify-effort without --certify, in one line (exit 2)', async () => {
    for (const args of [['--certify', '--certify-effort', 'fast'], ['--certify-effort', 'verdict']]) {
      const io = bufferIO();
      const code = await runCli(['search', '--width', '2', '--max-depth', '3', ...args], io);
      expect(code).toBe(2);
      expect(io.errors).toHaveLength(1);
      expect(io.errors[0]).toMatch(/^deeplin search: --certify-effort/);
    }
  });
});
