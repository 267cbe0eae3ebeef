/** The examples that were in the TSDoc of src/cli/commands/sweep.ts (an internal module, not public API), as unit tests. */
import { describe, expect, it } from 'vitest';
import { bufferIO } from '../../../src/cli/commandIO';
import { runCli } from '../../../src/cli/main';

const shown = (v: unknown): string => JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? x.toString() : x));

describe('sweep (former TSDoc examples)', () => {
  it('example 1', async () => {
    expect(shown(runCli(['sweep', '--help'], bufferIO()))).toBe(shown(0));
    runCli(['sweep', '--uniform', '1', '--max-depth', '3', '--jobs', '0'], bufferIO()); // a Promise of 2 (--jobs = 0 is out of range)
  });
});
