/**
 * Every subcommand's --help shows a worked example; this runs each one as
 * written (minus the leading "deeplin") and requires it to succeed or to
 * report a mathematical outcome (exit 0, or 1 = the conjecture fails /
 * check failed) — never bad input (2).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bufferIO } from '../../src/cli/commandIO';
import { mainHelp, runCli } from '../../src/cli/main';
import { scratchWorkingDirectory } from '../docs/markdownExamples';

// the examples write to out/…: run them in a scratch directory, never in the checkout
const scratch = scratchWorkingDirectory();
beforeAll(() => scratch.enter());
afterAll(() => scratch.leave());

function commands(): string[] {
  const io = bufferIO();
  runCli(['--help'], io);
  return io.lines.join('\n').split('\n').filter((l) => /^ {2}[a-z-]+ {2,}/.test(l)).map((l) => l.trim().split(/\s+/)[0]);
}

function example(command: string): string[] {
  const io = bufferIO();
  runCli([command, '--help'], io);
  const text = io.lines.join('\n');
  const m = /Example:\n {2}npx deeplin (.+)$/m.exec(text);
  expect(m, `${command} --help has an Example`).not.toBeNull();
  // split on spaces outside double quotes
  return [...(m as RegExpExecArray)[1].matchAll(/"([^"]*)"|(\S+)/g)].map((x) => x[1] ?? x[2]);
}

describe('--help examples run as written', () => {
  const names = commands();
  it('lists the subcommands', () => {
    expect(names).toEqual(expect.arrayContaining(['counterexample', 'check', 'verify', 'search', 'image-dim', 'delta-dim', 'export', 'report', 'sweep', 'merge']));
    expect(mainHelp).toMatch(/Exit codes/);
  });
  for (const name of ['counterexample', 'check', 'verify', 'search', 'image-dim', 'delta-dim', 'export', 'report', 'sweep', 'merge', 'classify', 'critical-points']) {
    it(`deeplin ${name}`, async () => {
      const args = example(name);
      expect(args[0]).toBe(name);
      const io = bufferIO();
      const code = await runCli(args, io);
      expect(io.errors.filter((e) => /out of range|is missing|cannot read|unknown/.test(e))).toEqual([]);
      expect([0, 1]).toContain(code);
    });
  }
});
