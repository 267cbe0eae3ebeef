/** The examples that were in the TSDoc of src/cli/parseArgs.ts (an internal module, not public API), as unit tests. */
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../src/cli/parseArgs';

describe('parseArgs (former TSDoc examples)', () => {
  it('example 1', async () => {
    expect(parseArgs('check', ['w.json', '--json'], { json: 'boolean' })).toEqual({ positional: ['w.json'], options: { json: true } });
  });
});
