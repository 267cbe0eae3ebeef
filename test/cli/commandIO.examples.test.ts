/** The examples that were in the TSDoc of src/cli/commandIO.ts (an internal module, not public API), as unit tests. */
import { describe, expect, it } from 'vitest';
import { bufferIO } from '../../src/cli/commandIO';

describe('commandIO (former TSDoc examples)', () => {
  it('example 1', async () => {
    const io = bufferIO();
    io.out('hello');
    expect(io.lines).toEqual(['hello']);
  });
});
