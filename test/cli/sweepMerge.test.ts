/**
 * deeplin sweep / merge / search --jobs on the command line: one-line errors,
 * --jobs independence, shard + merge = unsharded (bytes), and a real Ctrl-C
 * (SIGINT to a child process) followed by a resume from the checkpoint.
 */
import { spawn } from 'child_process';
import { existsSync, mkdtempSync, readFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { describe, expect, it } from 'vitest';
import { bufferIO } from '../../src/cli/commandIO';
import { runCli } from '../../src/cli/main';
import { checkWitness } from '../../src/witness/checkWitness';

const run = async (args: string[]): Promise<{ code: number; out: string[]; err: string[] }> => {
  const io = bufferIO();
  const code = await runCli(args, io);
  return { code, out: io.lines, err: io.errors };
};
const tmp = (): string => mkdtempSync(join(tmpdir(), 'deeplin-cli-'));

describe('deeplin sweep / merge: bad input is one line and exit code 2', () => {
  const cases: [string[], RegExp][] = [
    [['sweep', '--uniform', '1', '--max-depth', '3', '--shard', '2/2'], /^deeplin sweep: --shard = "2\/2" is out of range \(allowed: i\/n with integers 0 <= i < n <= 100000\)$/],
    [['sweep', '--uniform', '1', '--max-depth', '3', '--shard', 'first'], /^deeplin sweep: --shard = "first" is out of range/],
    [['sweep', '--uniform', '1', '--max-depth', '3', '--jobs', '0'], /^deeplin sweep: --jobs = 0 is out of range \(allowed: an integer in \[1, 256\]\)$/],
    [['sweep', '--uniform', '1', '--max-depth', '3', '--jobs', 'many'], /^deeplin sweep: --jobs = "many" is out of range/],
    [['sweep', '--max-depth', '3'], /^deeplin sweep: --max-width is missing \(expected: --max-width w .* or --uniform w1,w2/],
    [['sweep', '--uniform', '1', '--max-width', '2', '--max-depth', '3'], /^deeplin sweep: --uniform = "1" is out of range \(allowed: either --max-width or --uniform, not both\)/],
    [['sweep', '--uniform', '1,0', '--max-depth', '3'], /^deeplin sweep: --uniform \(entry 1\) = 0 is out of range/],
    [['sweep', '--uniform', '1'], /^deeplin sweep: --max-depth is missing/],
    [['sweep', '--max-width', '6', '--min-depth', '2', '--max-depth', '8'], /^deeplin sweep: the sweep has 12093192 architectures, more than the limit 100000/],
    [['search', '--width', '2', '--max-depth', '5', '--jobs', '0'], /^deeplin search: --jobs = 0 is out of range \(allowed: an integer in \[1, 256\]\)$/],
    [['search', '--profiles', '--max-width', '2', '--max-depth', '4', '--jobs', '2'], /^deeplin search: --jobs = "2" is out of range \(allowed: no --jobs with --profiles/],
    [['merge', '--out', 'x.json'], /^deeplin merge: SHARD\.json is missing/],
    [['merge', 'test/sweep/fixtures/uniform-shard-0-of-2.json', '--out', 'x.json'], /^deeplin merge: missing shard 1 of 2 \(have: 0\); nothing written$/],
    [['merge', '/nonexistent/shard.json', '--out', 'x.json'], /^deeplin merge: cannot read \/nonexistent\/shard\.json: no such file$/],
    [['merge', 'package.json', '--out', 'x.json'], /^deeplin merge: package\.json is not a deeplin sweep file/],
  ];
  for (const [args, message] of cases) {
    it(args.join(' '), async () => {
      const r = await run(args);
      expect(r.code).toBe(2);
      expect(r.err[r.err.length - 1]).toMatch(message);
      expect(r.err.filter((e) => /out of range|missing|cannot|not a|more than/.test(e))).toHaveLength(1);
    });
  }
  it('merge writes nothing when a shard is missing', async () => {
    const out = join(tmp(), 'merged.json');
    expect((await run(['merge', 'test/sweep/fixtures/uniform-shard-1-of-2.json', '--out', out])).code).toBe(2);
    expect(existsSync(out)).toBe(false);
  });
});

describe('deeplin sweep / merge', () => {
  const args = ['--uniform', '1,2', '--min-depth', '2', '--max-depth', '5'];

  it('--jobs 2 prints the same JSON as --jobs 1; shards merged = the unsharded --out file, byte for byte', async () => {
    const dir = tmp();
    const one = await run(['sweep', ...args, '--jobs', '1', '--json', '--out', join(dir, 'all.json')]);
    const two = await run(['sweep', ...args, '--jobs', '2', '--json']);
    expect([one.code, two.code]).toEqual([0, 0]);
    expect(two.out).toEqual(one.out);
    expect(JSON.parse(one.out.join('\n')).results).toHaveLength(8);
    expect(`${one.out.join('\n')}\n`).toBe(readFileSync(join(dir, 'all.json'), 'utf8'));
    for (const i of [0, 1, 2]) expect((await run(['sweep', ...args, '--jobs', '1', '--shard', `${i}/3`, '--out', join(dir, `shard-${i}.json`)])).code).toBe(0);
    const merged = await run(['merge', join(dir, 'shard-2.json'), join(dir, 'shard-0.json'), join(dir, 'shard-1.json'), '--out', join(dir, 'merged.json')]);
    expect(merged.code).toBe(0);
    expect(merged.out[0]).toBe('merged 3 shards: 8 architectures; holds 8, fails 0, undetermined 0');
    expect(readFileSync(join(dir, 'merged.json'), 'utf8')).toBe(readFileSync(join(dir, 'all.json'), 'utf8'));
  });

  it('a failing architecture carries its witness inline, and the witness checks', async () => {
    const r = await run(['sweep', '--uniform', '2', '--min-depth', '7', '--max-depth', '7', '--jobs', '1', '--json']);
    expect(r.code).toBe(0);
    const [entry] = JSON.parse(r.out.join('\n')).results;
    expect([entry.widths.length, entry.verdict, entry.restrictedDimension, entry.genericDimension]).toEqual([8, 'fails', 18, 18]);
    expect(checkWitness(entry.witness).ok).toBe(true);
  });

  it('Ctrl-C (a real SIGINT) stops with exit 130 and a resume line; resuming gives the uninterrupted result', async () => {
    const dir = tmp();
    const checkpoint = join(dir, 'run.jsonl');
    const sweepArgs = ['sweep', '--uniform', '1,2', '--min-depth', '2', '--max-depth', '6', '--jobs', '1', '--checkpoint', checkpoint, '--out', join(dir, 'resumed.json')];
    const script = "Promise.resolve(require('./src/cli/main.ts').runCli(process.argv.slice(1))).then((c) => { process.exitCode = c; })";
    const child = spawn(process.execPath, ['-r', require.resolve('ts-node/register/transpile-only'), '-e', script, '--', ...sweepArgs], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    // wait for the first finished architecture in the checkpoint, then interrupt
    for (let t = 0; t < 600; t++) {
      if (existsSync(checkpoint) && readFileSync(checkpoint, 'utf8').split('\n').length > 2) break;
      await new Promise((r) => setTimeout(r, 25));
    }
    child.kill('SIGINT');
    expect(await exited).toBe(130);
    const m = /interrupted after (\d+) of 10 architectures; resume with: npx deeplin (.*)$/m.exec(stderr);
    expect(m, stderr).not.toBeNull();
    const finished = Number((m as RegExpExecArray)[1]);
    expect(finished).toBeGreaterThanOrEqual(1);
    expect(finished).toBeLessThan(10);
    expect(readFileSync(checkpoint, 'utf8').trim().split('\n')).toHaveLength(1 + finished);
    expect(existsSync(join(dir, 'resumed.json'))).toBe(false);
    // resume with the printed command
    const resume = (m as RegExpExecArray)[2].split(' ');
    expect(resume).toEqual(sweepArgs);
    const resumed = await run(resume);
    expect([resumed.code, resumed.out[0]]).toEqual([0, `resumed ${finished} architectures from ${checkpoint}`]);
    const reference = await run(['sweep', '--uniform', '1,2', '--min-depth', '2', '--max-depth', '6', '--jobs', '1', '--out', join(dir, 'reference.json')]);
    expect(reference.code).toBe(0);
    expect(readFileSync(join(dir, 'resumed.json'), 'utf8')).toBe(readFileSync(join(dir, 'reference.json'), 'utf8'));
  });
});
