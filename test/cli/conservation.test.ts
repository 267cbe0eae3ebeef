import { describe, expect, it } from 'vitest';
import { bufferIO } from '../../src/cli/commandIO';
import { runCli } from '../../src/cli/main';

const run = async (args: string[]): Promise<{ code: number; out: string; err: string[] }> => {
  const io = bufferIO();
  const code = await runCli(args, io);
  return { code, out: io.lines.join('\n'), err: io.errors };
};

describe('deeplin conservation', () => {
  it('prints laws, deltaLaws and complete as JSON (widths 2,3,2: 6 laws, all from delta)', async () => {
    const r = await run(['conservation', '--widths', '2,3,2', '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ laws: 6, deltaLaws: 6, complete: true, lawsStatus: 'exact', seed: 1, prime: 2147483647 });
  });

  it('says in words when delta misses laws (widths 1,2,2,1)', async () => {
    const r = await run(['conservation', '--widths', '1,2,2,1', '--max-degree', '2']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/laws: 7 \(exact\)/);
    expect(r.out).toMatch(/complete: false/);
    expect(r.out).toMatch(/no polynomial law of degree <= 2 accounts for the rest/);
  });

  it('exits 3 with the reason when a limit leaves the count undetermined', async () => {
    const r = await run(['conservation', '--widths', '2,3,3,2', '--max-brackets', '1', '--max-degree', '0', '--json']);
    expect(r.code).toBe(3);
    expect(JSON.parse(r.out)).toMatchObject({ laws: null, complete: 'undetermined' });
  });

  it('refuses bad input in one line, exit 2', async () => {
    for (const [args, pattern] of [
      [['--widths', '2,3'], /^deeplin conservation: --widths/],
      [['--widths', '2,3,2', '--prime', '10'], /^deeplin conservation: --prime = 10 is out of range/],
      [['--widths', '2,3,2', '--max-degree', '99'], /^deeplin conservation: --max-degree/],
      [['--widths', '2,3,2', '--bogus'], /^deeplin conservation: option/],
      [['--widths', '300,300,300,300'], /^deeplin conservation: --widths = "300,300,300,300" is out of range \(allowed: widths that fit in memory.*exceeds the budget/],
    ] as const) {
      const r = await run(['conservation', ...args]);
      expect(r.code).toBe(2);
      expect(r.err.length).toBe(1);
      expect(r.err[0]).toMatch(pattern);
    }
  });
});
