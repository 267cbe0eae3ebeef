import { describe, expect, it } from 'vitest';
import { bufferIO } from '../../../src/cli/commandIO';
import { runCli } from '../../../src/cli/main';

describe('deeplin verify: progress on standard error, never on standard output', () => {
  it('a small verify with stderr not a terminal prints progress lines with done/total for every phase, the result alone on stdout', async () => {
    const io = bufferIO({ terminal: false });
    const code = await runCli(['verify', '--depth', '4', '--width', '2', '--jobs', '1', '--json'], io);
    expect(code).toBe(0);
    expect(JSON.parse(io.lines.join('\n')).verdict).toBe('holds'); // stdout is exactly the JSON result
    const done = (phase: string): RegExp => new RegExp(`^${phase}: (\\d+)/\\1 \\(100%\\)`);
    expect(io.progressLines.some((l) => done('data-independent components evaluated').test(l))).toBe(true);
    // the data-dependent orbits are generated choice by choice (evaluated as they come), after the choices are bounded
    expect(io.progressLines.some((l) => done('choices of strings through C bounded \\(largest orbit dimension\\)').test(l))).toBe(true);
    expect(io.progressLines.some((l) => done('choices of strings through C explored').test(l))).toBe(true);
    expect(io.progressLines.every((l) => /\d+\/\d+ \(\d+%\)/.test(l))).toBe(true);
  });
});
