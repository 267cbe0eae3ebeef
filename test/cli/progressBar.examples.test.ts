/** The examples that were in the TSDoc of src/cli/progressBar.ts (an internal module, not public API), as unit tests. */
import { describe, expect, it } from 'vitest';
import { bufferIO } from '../../src/cli/commandIO';
import { formatDuration, interruptedLine, progressBar, resumeCommand, startLongRun } from '../../src/cli/progressBar';

const shown = (v: unknown): string => JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? x.toString() : x));

describe('progressBar (former TSDoc examples)', () => {
  it('example 1', async () => {
    expect(shown(progressBar(10, 40, 30))).toBe(shown("[######------------------] 10/40  25%  elapsed 0:30  ETA 1:30"));
  });
  it('example 2', async () => {
    expect(shown(progressBar(0, 8, 2))).toBe(shown("[------------------------] 0/8   0%  elapsed 0:02  ETA --"));
    expect(shown(progressBar(8, 8, 3725))).toBe(shown("[########################] 8/8 100%  elapsed 1:02:05  ETA 0:00"));
    expect(shown(progressBar(30, 40, 10, 20))).toBe(shown("[##################------] 30/40  75%  elapsed 0:10  ETA 0:10"));
  });
  it('example 3', async () => {
    expect(shown([formatDuration(59.6), formatDuration(61), formatDuration(3600)])).toBe(shown(["0:59","1:01","1:00:00"]));
  });
  it('example 4', async () => {
    const run = startLongRun(bufferIO());
    run.update(1, 4);
    expect(shown(run.signal.aborted)).toBe(shown(false));
    run.close();
  });
  it('example 5', async () => {
    expect(shown(resumeCommand('sweep', ['--uniform', '1,2', '--checkpoint', 'my run.jsonl']))).toBe(shown("npx deeplin sweep --uniform 1,2 --checkpoint 'my run.jsonl'"));
  });
  it('example 6', async () => {
    expect(shown(interruptedLine('sweep', ['--uniform', '1', '--checkpoint', 'c.jsonl'], 3, 8, 'architectures', true))).toBe(shown("deeplin sweep: interrupted after 3 of 8 architectures; resume with: npx deeplin sweep --uniform 1 --checkpoint c.jsonl"));
  });
});
