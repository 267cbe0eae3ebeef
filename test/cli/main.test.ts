/**
 * One voice for every command: a bad argument is one line on stderr starting
 * `deeplin <command>:` and naming the argument, nothing on stdout, exit 2 (the
 * README's exit-code table). The table must cover every command of the CLI.
 */
import { describe, expect, it } from 'vitest';
import { bufferIO } from '../../src/cli/commandIO';
import { COMMAND_NAMES, runCli } from '../../src/cli/main';

/** One bad argument per command, and what the line must name. */
const badArgument: Record<string, [string[], RegExp]> = {
  counterexample: [['--depth', '1', '--width', '2', '--out', '/tmp/deeplin-never.json'], /--depth = 1 is out of range/],
  check: [['/nonexistent/witness.json'], /cannot read \/nonexistent\/witness\.json/],
  verify: [['--depth', '4', '--width', '2', '--seed', '-1'], /--seed = -1 is out of range/],
  search: [['--width', '2', '--max-depth', '1'], /--max-depth = 1 is out of range/],
  'image-dim': [['--vars', 'a,b'], /--map is missing/],
  'delta-dim': [['--widths', '2,0,2'], /--widths/],
  export: [['--depth', '4', '--width', '2', '--format', 'pdf'], /--format = "pdf"/],
  report: [['/nonexistent/result.json'], /cannot read \/nonexistent\/result\.json/],
  sweep: [['--max-width', '2', '--max-depth', '1'], /--max-depth/],
  merge: [[], /SHARD\.json/],
  conservation: [['--widths', '2,2,2', '--prime', '4'], /--prime = 4/],
  flow: [['--widths', '2,2,2', '--inits', '0'], /--inits = 0 is out of range/],
  classify: [['/nonexistent/point.json'], /cannot read \/nonexistent\/point\.json/],
  'critical-points': [['--widths', '2,x,2'], /--widths/],
};

describe('every command: a bad argument is one line "deeplin <command>: …", exit 2', () => {
  it('the table covers every command', () => {
    expect(Object.keys(badArgument).sort()).toEqual([...COMMAND_NAMES].sort());
  });
  for (const command of COMMAND_NAMES) {
    it(command, async () => {
      const [args, names] = badArgument[command];
      const io = bufferIO();
      const code = await runCli([command, ...args], io);
      expect([code, io.errors.length, io.lines], io.errors.join(' / ')).toEqual([2, 1, []]);
      expect(io.errors[0].startsWith(`deeplin ${command}: `)).toBe(true);
      expect(io.errors[0]).toMatch(names);
      expect(io.errors[0]).not.toMatch(/internal error|\n|\bat .*\.(ts|js):\d+/);
    });
  }
});
