/** The examples that were in the TSDoc of src/cli/commands/merge.ts (an internal module, not public API), as unit tests. */
import { describe, expect, it } from 'vitest';
import { bufferIO } from '../../../src/cli/commandIO';
import { runCli } from '../../../src/cli/main';

const shown = (v: unknown): string => JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? x.toString() : x));

describe('merge (former TSDoc examples)', () => {
  it('example 1', async () => {
    expect(shown(runCli(['merge', 'test/sweep/fixtures/uniform-shard-0-of-2.json', '--json'], bufferIO()))).toBe(shown(2 )); // (shard 1 of 2 is missing)
  });
});
