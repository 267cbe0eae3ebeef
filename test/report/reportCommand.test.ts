import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { describe, expect, it } from 'vitest';
import { bufferIO } from '../../src/cli/commandIO';
import { reportHelp } from '../../src/cli/commands/report';
import { mainHelp, runCli } from '../../src/cli/main';
import { renderReport } from '../../src/report/renderReport';
import { readJson } from './support';

async function run(args: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const io = bufferIO();
  const code = await runCli(args, io);
  return { code, out: io.lines, err: io.errors };
}

describe('deeplin report', () => {
  it('is listed in the main help, and its help has a one-line summary and an Example', () => {
    expect(mainHelp).toMatch(/\n {2}report {10}Writes a self-contained HTML report/);
    expect(reportHelp.split('\n')[1]).toBe('');
    expect(reportHelp).toMatch(/\nExample:\n {2}npx deeplin report proofs\/\S+\.json --out out\/\S+\.html$/);
  });

  it('runs its --help example as written and writes the page renderReport gives', async () => {
    const m = /Example:\n {2}npx deeplin (.+)$/m.exec(reportHelp) as RegExpExecArray;
    const args = m[1].split(' ');
    // as written, but --out into a temporary directory: npm test writes nothing into the checkout
    const shownOut = args[args.indexOf('--out') + 1];
    expect(shownOut).toMatch(/^out\//);
    args[args.indexOf('--out') + 1] = join(mkdtempSync(join(tmpdir(), 'deeplin-report-')), shownOut.slice('out/'.length));
    const r = await run(args);
    expect(r.err).toEqual([]);
    expect(r.code).toBe(0);
    const out = args[args.indexOf('--out') + 1];
    expect(r.out).toEqual([`report (sweep) written to ${out}`]);
    expect(readFileSync(out, 'utf8')).toBe(renderReport(readJson(args[1]), { file: args[1] }));
  });

  it('writes to standard output without --out, creating nothing', async () => {
    const r = await run(['report', 'proofs/depth16-width2.witness.json']);
    expect(r.code).toBe(0);
    expect(`${r.out.join('\n')}\n`).toBe(renderReport(readJson('proofs/depth16-width2.witness.json'), { file: 'proofs/depth16-width2.witness.json' }));
  });

  it('creates one missing --out directory level (never a chain: test/cli/fileIO.test.ts)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'deeplin-report-'));
    const out = join(dir, 'a', 'r.html');
    const r = await run(['report', 'test/report/fixtures/image-dim-segre-2x3.json', '--out', out]);
    expect(r.code).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('class="plot log-plot"');
  });

  it('bad input: one line, exit 2', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'deeplin-report-'));
    const notJson = join(dir, 'x.json');
    writeFileSync(notJson, '{ nope');
    const other = join(dir, 'other.json');
    writeFileSync(other, JSON.stringify({ kind: 'deeplin/verify-evidence', components: [] }));
    const cases: [string[], RegExp][] = [
      [['report'], /^deeplin report: FILE is missing/],
      [['report', 'a.json', 'b.json'], /^deeplin report: FILE = "a.json b.json" is out of range/],
      [['report', '/nonexistent/r.json'], /^deeplin report: cannot read \/nonexistent\/r\.json: no such file$/],
      [["report", notJson], /^deeplin report: .*x\.json: expected a key in double quotes at \$ \(line 1\)$/],
      [['report', other], /^deeplin report: .*other\.json is not a deeplin result this report understands \(accepted: deeplin verify --json, .*counterexample witness/],
      [['report', 'proofs/minimal-counterexamples.json', '--out'], /^deeplin report: --out = "nothing"/],
      [['report', 'proofs/minimal-counterexamples.json', '--frob'], /^deeplin report: option = "--frob"/],
    ];
    for (const [args, re] of cases) {
      const r = await run(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.err.length).toBe(1);
      expect(r.err[0]).toMatch(re);
      expect(r.out).toEqual([]);
    }
  });
});
